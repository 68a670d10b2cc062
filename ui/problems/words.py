"""Problems worded in the interface language from their code, ids and facts (the core gives
codes; only the English message for the command line comes from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from babel.dates import format_date
from PySide6.QtCore import QObject

from confdesk.model import LocalText
from confdesk.rules import Problem


@dataclass(frozen=True)
class Names:
    """Session titles and people's names, read with the problems, in the content language."""

    language: str = "en"
    sessions: dict[int, LocalText] = field(default_factory=dict)
    people: dict[int, tuple[str, str]] = field(default_factory=dict)

    def session(self, session_id: int) -> str:
        title = self.sessions.get(session_id)
        return title.get(self.language) if title else f"#{session_id}"

    def person(self, person_id: int) -> str:
        name, name_ar = self.people.get(person_id, (f"#{person_id}", ""))
        return name_ar if self.language == "ar" and name_ar else name


class ProblemWords(QObject):
    def severity(self, severity: str) -> str:
        return {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Note"),
        }.get(severity, severity)

    def role(self, role: str) -> str:
        return {
            "chair": self.tr("chair"),
            "moderator": self.tr("moderator"),
            "speaker": self.tr("speaker"),
            "panellist": self.tr("panellist"),
            "keynote": self.tr("keynote speaker"),
            "rapporteur": self.tr("rapporteur"),
            "discussant": self.tr("discussant"),
            "floor_intervention": self.tr("floor intervention"),
        }.get(role, role)

    def interest(self, kind: str, roundtable: int | None) -> str:
        if kind == "roundtable_speaker":
            return self.tr("speaker at roundtable {number}").format(number=roundtable)
        return {
            "plenary_speaker": self.tr("plenary speaker"),
            "rapporteur": self.tr("rapporteur"),
            "open_discussion": self.tr("open discussion"),
        }.get(kind, kind)

    def describe(self, problem: Problem, names: Names, ui_language: str = "en") -> str:
        s, p, f = problem.session_ids, problem.person_ids, problem.facts
        person = names.person(p[0]) if p else ""
        session = names.session(s[0]) if s else ""
        other = names.session(s[1]) if len(s) > 1 else ""

        def day(iso: str) -> str:
            return format_date(date.fromisoformat(iso), "medium", locale=ui_language)

        code = problem.code
        if code == "person_double_booked":
            return self.tr("{person} is in “{first}” and “{second}” at the same time.").format(
                person=person, first=session, second=other
            )
        if code == "session_outside_part":
            return self.tr("“{session}” is outside the days of its part ({start} to {end}).").format(
                session=session, start=day(f["part_start"]), end=day(f["part_end"])
            )
        if code == "shared_link_overlap":
            return self.tr("“{first}” and “{second}” overlap on the same meeting link.").format(
                first=session, second=other
            )
        if code == "minutes_over_length":
            return self.tr("“{session}” gives {minutes} speaking minutes but lasts {length} minutes.").format(
                session=session, minutes=f["minutes"], length=f["length"]
            )
        if code == "missing_role":
            roles = self.tr(" or ").join(self.role(r) for r in f["roles"])
            return self.tr("“{session}” has no {roles}.").format(session=session, roles=roles)
        if code == "same_organisation":
            return self.tr("“{session}”: {count} speakers from the same organisation ({organisation}).").format(
                session=session, count=f["count"], organisation=f["organisation"]
            )
        if code == "gender_imbalance":
            return self.tr("“{session}”: {count} of {known} speakers have the same gender.").format(
                session=session, count=f["count"], known=f["known"]
            )
        if code == "too_few_groups":
            return self.tr(
                "“{session}”: speakers from only {groups} stakeholder group(s), at least {needed} expected."
            ).format(session=session, groups=f["groups"], needed=f["needed"])
        if code == "too_few_countries":
            return self.tr(
                "“{session}”: speakers from only {countries} country(ies), at least {needed} expected."
            ).format(session=session, countries=f["countries"], needed=f["needed"])
        if code == "unregistered_part":
            return self.tr("{person} is in “{session}” but did not register for its part.").format(
                person=person, session=session
            )
        if code == "late_interest":
            return self.tr("{person} expressed interest ({interest}) after the deadline.").format(
                person=person, interest=self.interest(f["kind"], f.get("roundtable"))
            )
        if code == "no_email":
            return self.tr("{person} is invited but has no e-mail address.").format(person=person)
        if code == "unconfirmed_invitation":
            return self.tr("{person} has not confirmed “{session}”.").format(person=person, session=session)
        if code == "refused_still_printed":
            return self.tr(
                "{person} declined or withdrew from “{session}” but still holds {minutes} speaking minutes."
            ).format(person=person, session=session, minutes=f["minutes"])
        return problem.message
