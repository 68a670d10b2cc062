"""The domain's closed vocabularies as the user reads them, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from confdesk.model import DeadlineKind, InterestKind, Role, SessionKind, StakeholderGroup, Status


class Vocabulary(QObject):
    """Words for the codes stored in the database. A QObject so lupdate files them under one
    context and ``self.tr`` picks the language installed at run time."""

    def group(self, code: str) -> str:
        words: dict[str, str] = {
            StakeholderGroup.MEMBER_STATE: self.tr("Member State"),
            StakeholderGroup.UN_SYSTEM: self.tr("UN system"),
            StakeholderGroup.CIVIL_SOCIETY: self.tr("Civil society"),
            StakeholderGroup.ACADEMIA: self.tr("Academia"),
            StakeholderGroup.PRIVATE_SECTOR: self.tr("Private sector"),
            StakeholderGroup.TRADE_UNION: self.tr("Trade union"),
            StakeholderGroup.MIGRANT_DIASPORA: self.tr("Migrant or diaspora organisation"),
            StakeholderGroup.LOCAL_AUTHORITY: self.tr("Local authority"),
            StakeholderGroup.NHRI: self.tr("National human rights institution"),
            StakeholderGroup.YOUTH: self.tr("Youth"),
            StakeholderGroup.INTERNATIONAL_ORGANISATION: self.tr("International organisation"),
        }
        return words.get(code, code)

    def role(self, code: str) -> str:
        words: dict[str, str] = {
            Role.CHAIR: self.tr("Chair"),
            Role.MODERATOR: self.tr("Moderator"),
            Role.SPEAKER: self.tr("Speaker"),
            Role.PANELLIST: self.tr("Panellist"),
            Role.KEYNOTE: self.tr("Keynote"),
            Role.RAPPORTEUR: self.tr("Rapporteur"),
            Role.DISCUSSANT: self.tr("Discussant"),
            Role.FLOOR_INTERVENTION: self.tr("Floor intervention"),
        }
        return words.get(code, code)

    def status(self, code: str) -> str:
        words: dict[str, str] = {
            Status.PROPOSED: self.tr("Proposed"),
            Status.INVITED: self.tr("Invited"),
            Status.CONFIRMED: self.tr("Confirmed"),
            Status.DECLINED: self.tr("Declined"),
            Status.WITHDRAWN: self.tr("Withdrawn"),
        }
        return words.get(code, code)

    def interest(self, kind: str, roundtable: int | None = None) -> str:
        if kind == InterestKind.ROUNDTABLE_SPEAKER:
            if roundtable is None:
                return self.tr("Roundtable speaker (any)")
            return self.tr("Roundtable %1 speaker").replace("%1", str(roundtable))
        words: dict[str, str] = {
            InterestKind.OPEN_DISCUSSION: self.tr("Open discussion"),
            InterestKind.RAPPORTEUR: self.tr("Rapporteur"),
            InterestKind.PLENARY_SPEAKER: self.tr("Plenary speaker"),
        }
        return words.get(kind, kind)

    def interest_key(self, key: str) -> str:
        """Words for a key of :func:`confdesk.views.people.interest_key`."""
        kind, _, number = key.partition(":")
        return self.interest(kind, int(number) if number else None)

    def deadline_kind(self, code: str) -> str:
        words: dict[str, str] = {
            DeadlineKind.SURVEY: self.tr("Survey"),
            DeadlineKind.REPORTS: self.tr("Reports"),
            DeadlineKind.INTEREST: self.tr("Speaking-role interest"),
            DeadlineKind.REGISTRATION: self.tr("Registration"),
            DeadlineKind.OTHER: self.tr("Other"),
        }
        return words.get(code, code)

    def session_kind(self, code: str) -> str:
        words: dict[str, str] = {
            SessionKind.OPENING: self.tr("Opening"),
            SessionKind.PLENARY: self.tr("Plenary"),
            SessionKind.ROUNDTABLE: self.tr("Roundtable"),
            SessionKind.OPEN_DISCUSSION: self.tr("Open discussion"),
            SessionKind.BREAK: self.tr("Break"),
            SessionKind.CLOSING: self.tr("Closing"),
            SessionKind.SIDE_EVENT: self.tr("Side event"),
        }
        return words.get(code, code)

    def error(self, error: Exception) -> str:
        """One sentence for a service error, in the interface language."""
        code = getattr(error, "code", "")
        field = getattr(error, "field", None) or ""
        if code == "invalid_email":
            return self.tr("This is not a valid e-mail address.")
        if code == "duplicate_email":
            return self.tr("Another person already has this e-mail address.")
        if code == "unknown_country":
            return self.tr("This country is not known.")
        if code == "unknown_language":
            return self.tr("This language is not known.")
        if code == "unknown_timezone":
            return self.tr("This time zone is not known.")
        if code == "duplicate_assignment":
            return self.tr("This person already has this role in the session.")
        if code == "illegal_transition":
            return self.tr("The invitation cannot move to this status from its current one.")
        if code == "concurrent_edit":
            return self.tr("Someone else changed this in the meantime; it has been reloaded, please try again.")
        if code == "unknown_id":
            return self.tr("This item no longer exists.")
        if code == "required":
            if field == "name":
                return self.tr("A name is required.")
            if field == "parts":
                return self.tr("Choose at least one part of the conference.")
            if field == "title":
                return self.tr("A title is required.")
            return self.tr("A required value is missing.")
        if code == "invalid_value" and field == "interests":
            return self.tr("This interest is already recorded.")
        return self.tr("The change was refused: %1").replace("%1", str(error))
