"""How the import dialog words column targets, row outcomes and rejection reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.imports import RowOutcome, RowResult
from confdesk.imports.mapping import IGNORE, interest_target

ROUNDTABLES = 8


def targets() -> list[tuple[str, str]]:
    """(target, label) for every choice of a column's combo box, "ignore" first."""
    fields = [
        (IGNORE, QCoreApplication.translate("InterchangeLabels", "(not imported)")),
        ("first_name", QCoreApplication.translate("InterchangeLabels", "First name")),
        ("last_name", QCoreApplication.translate("InterchangeLabels", "Last name")),
        ("name", QCoreApplication.translate("InterchangeLabels", "Full name")),
        ("name_ar", QCoreApplication.translate("InterchangeLabels", "Name in Arabic")),
        ("email", QCoreApplication.translate("InterchangeLabels", "E-mail")),
        ("organisation", QCoreApplication.translate("InterchangeLabels", "Organisation")),
        ("job_title", QCoreApplication.translate("InterchangeLabels", "Job title")),
        ("honorific", QCoreApplication.translate("InterchangeLabels", "Honorific")),
        ("country", QCoreApplication.translate("InterchangeLabels", "Country")),
        ("group", QCoreApplication.translate("InterchangeLabels", "Stakeholder group")),
        ("language", QCoreApplication.translate("InterchangeLabels", "Language")),
        ("gender", QCoreApplication.translate("InterchangeLabels", "Gender")),
        ("registered_at", QCoreApplication.translate("InterchangeLabels", "Registration date")),
        ("parts", QCoreApplication.translate("InterchangeLabels", "Parts")),
        ("interests", QCoreApplication.translate("InterchangeLabels", "Interests (list of choices)")),
        ("listed", QCoreApplication.translate("InterchangeLabels", "Consent to be listed")),
        ("notes", QCoreApplication.translate("InterchangeLabels", "Notes")),
        (
            interest_target("open_discussion"),
            QCoreApplication.translate("InterchangeLabels", "Interest: open discussion"),
        ),
        (interest_target("rapporteur"), QCoreApplication.translate("InterchangeLabels", "Interest: rapporteur")),
        (
            interest_target("plenary_speaker"),
            QCoreApplication.translate("InterchangeLabels", "Interest: plenary speaker"),
        ),
    ]
    fields += [
        (
            interest_target("roundtable_speaker", n),
            QCoreApplication.translate("InterchangeLabels", "Interest: roundtable %1 speaker").replace("%1", str(n)),
        )
        for n in range(1, ROUNDTABLES + 1)
    ]
    return fields


def outcome(value: RowOutcome) -> str:
    return {
        RowOutcome.IMPORTED: QCoreApplication.translate("InterchangeLabels", "imported"),
        RowOutcome.MERGED: QCoreApplication.translate("InterchangeLabels", "merged"),
        RowOutcome.UNCHANGED: QCoreApplication.translate("InterchangeLabels", "unchanged"),
        RowOutcome.REJECTED: QCoreApplication.translate("InterchangeLabels", "rejected"),
        RowOutcome.SKIPPED: QCoreApplication.translate("InterchangeLabels", "skipped"),
    }[value]


def reason(result: RowResult) -> str:
    """The reason in the interface language, followed by the core's detail where it has one."""
    worded = {
        "missing_email": QCoreApplication.translate("InterchangeLabels", "No e-mail address."),
        "bad_email": QCoreApplication.translate("InterchangeLabels", "The e-mail address is not valid."),
        "missing_name": QCoreApplication.translate("InterchangeLabels", "No name."),
        "unknown_country": QCoreApplication.translate("InterchangeLabels", "The country is not known."),
        "unknown_group": QCoreApplication.translate("InterchangeLabels", "The stakeholder group is not known."),
        "unknown_part": QCoreApplication.translate("InterchangeLabels", "The part is not a part of this conference."),
        "too_long": QCoreApplication.translate("InterchangeLabels", "A value is too long."),
        "bad_text": QCoreApplication.translate(
            "InterchangeLabels", "A value holds characters that cannot be saved (control characters or broken text)."
        ),
        "duplicate_in_file": QCoreApplication.translate(
            "InterchangeLabels", "The same e-mail address is on an earlier row."
        ),
        "blank": QCoreApplication.translate("InterchangeLabels", "Blank row."),
        "changed_fields": QCoreApplication.translate(
            "InterchangeLabels", "Some values differ from those recorded; the recorded ones were kept."
        ),
    }.get(result.code, "")
    if result.code in _SAID_IN_FULL:
        return worded
    return " ".join(part for part in (worded, result.reason) if part)


#: Codes whose worded sentence says everything; the others add the core's detail, which quotes
#: the file's value or the earlier row.
_SAID_IN_FULL = frozenset({"blank", "missing_email", "missing_name"})
