"""How the import dialog words column targets, known values, row outcomes and reasons: every
sentence in the interface language, the file's own values quoted inside it."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QCoreApplication

from confdesk.imports import RowOutcome, RowResult
from confdesk.imports.mapping import IGNORE, interest_target
from confdesk.imports.values import ConferenceChoices, known_values, parse_interest_value
from confdesk.model import Gender
from ui.counts import Counts
from ui.i18n import current_language
from ui.widgets.vocabulary import Vocabulary

_LANG_INDEX = {"ar": 0, "en": 1, "fr": 2}


def targets(roundtables: tuple[int, ...] = ()) -> list[tuple[str, str]]:
    """(target, label) for every choice of a column's combo box, "ignore" first; a roundtable
    interest only for the conference's real ``roundtables``."""
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
        for n in roundtables
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


def field_name(target: str) -> str:
    return dict(targets()).get(target, target)


def value_label(field: str, value: str, choices: ConferenceChoices) -> str:
    """A known value of a coded column as the user reads it, in the interface language."""
    lang = current_language()
    words = Vocabulary()
    if field == "group":
        return words.group(value)
    if field == "gender":
        genders: dict[str, str] = {
            Gender.FEMALE: QCoreApplication.translate("InterchangeLabels", "Female"),
            Gender.MALE: QCoreApplication.translate("InterchangeLabels", "Male"),
            Gender.OTHER: QCoreApplication.translate("InterchangeLabels", "Other"),
        }
        return genders.get(value, value)
    if field == "language":
        return str(Locale.parse(value).get_display_name(Locale(lang)) or value)
    if field == "country":
        return str(Locale(lang).territories.get(value, value))
    if field == "parts":
        for position, names in choices.parts:
            if str(position) == value:
                return names[_LANG_INDEX[lang]] or next(filter(None, names), value)
        return value
    if field == "interests":
        kind, number = parse_interest_value(value)
        return words.interest(kind, number)
    return value


def value_choices(field: str, choices: ConferenceChoices) -> list[tuple[str, str]]:
    """(value, label) of every known value of ``field``, sorted by label."""
    found = [(value, value_label(field, value, choices)) for value in known_values(field, choices)]
    return sorted(found, key=lambda item: item[1].casefold())


def _quoted(value: str) -> str:
    return QCoreApplication.translate("InterchangeLabels", "“%1”").replace("%1", value)


def _recorded(field: str, value: str) -> str:
    """A person's value as the report quotes it: codes worded, yes or no for consent."""
    if field in ("group", "country", "language", "gender"):
        return value_label(field, value, ConferenceChoices((), ()))
    if field == "listed":
        yes = value == "True"
        return (
            QCoreApplication.translate("InterchangeLabels", "yes")
            if yes
            else QCoreApplication.translate("InterchangeLabels", "no")
        )
    return value


def _kept(field: str, recorded: str, given: str) -> str:
    return (
        QCoreApplication.translate("InterchangeLabels", "Kept the recorded %1, %2 (the file says %3).")
        .replace("%1", field_name(field))
        .replace("%2", _quoted(_recorded(field, recorded)))
        .replace("%3", _quoted(_recorded(field, given)))
    )


def _detail(code: str, values: tuple[str, ...]) -> str:
    first = values[0] if values else ""
    if code == "unknown_language":
        language = value_label("language", values[1], ConferenceChoices((), ())) if len(values) > 1 else ""
        return (
            QCoreApplication.translate("InterchangeLabels", "Language %1 not recognised; %2 kept.")
            .replace("%1", _quoted(first))
            .replace("%2", language)
        )
    if code == "unknown_gender":
        return QCoreApplication.translate("InterchangeLabels", "Gender %1 not recognised; left empty.").replace(
            "%1", _quoted(first)
        )
    if code == "unknown_answer":
        second = values[1] if len(values) > 1 else ""
        return (
            QCoreApplication.translate("InterchangeLabels", "Answer %1 in column %2 not understood; no interest taken.")
            .replace("%1", _quoted(first))
            .replace("%2", _quoted(second))
        )
    if code == "unknown_interest":
        return QCoreApplication.translate("InterchangeLabels", "Speaking role %1 not understood.").replace(
            "%1", _quoted(first)
        )
    if code == "unknown_roundtable":
        return QCoreApplication.translate(
            "InterchangeLabels", "The conference has no roundtable %1; no interest taken."
        ).replace("%1", first)
    if code == "unknown_date":
        return QCoreApplication.translate(
            "InterchangeLabels", "Registration date %1 not understood; the import time was used."
        ).replace("%1", _quoted(first))
    if code == "filled":
        return QCoreApplication.translate("InterchangeLabels", "Filled in: %1.").replace(
            "%1", QCoreApplication.translate("InterchangeLabels", ", ").join(field_name(name) for name in values)
        )
    if code == "added_registration":
        return QCoreApplication.translate("InterchangeLabels", "Registration added.")
    if code == "added_interest":
        number = int(values[1]) if len(values) > 1 and values[1].isdigit() else None
        return QCoreApplication.translate("InterchangeLabels", "Interest added: %1.").replace(
            "%1", Vocabulary().interest(first, number)
        )
    if code == "added_parts":
        count = int(first) if first.isdigit() else 1
        return Counts().parts_added(count)
    if code == "kept_value" and len(values) == 3:
        return _kept(*values)
    return ""


def _main(result: RowResult) -> str:
    values = result.values
    first = _quoted(values[0]) if values else ""
    field = field_name(values[0]) if values else ""
    worded = {
        "missing_email": QCoreApplication.translate("InterchangeLabels", "No e-mail address."),
        "bad_email": QCoreApplication.translate("InterchangeLabels", "%1 is not a valid e-mail address.").replace(
            "%1", first
        ),
        "missing_name": QCoreApplication.translate("InterchangeLabels", "No name."),
        "unknown_country": QCoreApplication.translate("InterchangeLabels", "The country %1 is not known.").replace(
            "%1", first
        ),
        "unknown_group": QCoreApplication.translate(
            "InterchangeLabels", "The stakeholder group %1 is not known."
        ).replace("%1", first),
        "unknown_part": QCoreApplication.translate("InterchangeLabels", "%1 is not a part of this conference.").replace(
            "%1", first
        ),
        "too_long": QCoreApplication.translate("InterchangeLabels", "Too long: %1.").replace("%1", field),
        "bad_text": QCoreApplication.translate(
            "InterchangeLabels", "%1 holds characters that cannot be saved (control characters or broken text)."
        ).replace("%1", field),
        "duplicate_in_file": QCoreApplication.translate(
            "InterchangeLabels", "The same e-mail address is on row %1."
        ).replace("%1", values[0] if values else ""),
        "blank": QCoreApplication.translate("InterchangeLabels", "Blank row."),
    }
    if result.code == "changed_fields" and not any(d.code == "kept_value" for d in result.details):
        return QCoreApplication.translate(
            "InterchangeLabels", "Some values differ from those recorded; the recorded ones were kept."
        )
    return worded.get(result.code, "")


def reason(result: RowResult) -> str:
    """Everything said about a row, in the interface language, each sentence once."""
    sentences = [_main(result), *(_detail(detail.code, detail.values) for detail in result.details)]
    return " ".join(dict.fromkeys(sentence for sentence in sentences if sentence))
