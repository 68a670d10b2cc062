"""Problems worded in the interface language from their code, ids and facts (the core gives
codes; only the English message for the command line comes from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from babel.dates import format_date
from PySide6.QtCore import QObject

from confdesk.model import LocalText
from confdesk.rules import Problem
from confdesk.services.problems import Acceptance
from ui.problems.fixes import Fix
from ui.widgets.language import ui_language


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

    def severity_group(self, severity: str) -> str:
        """The heading of a severity's group on the Problems screen."""
        return {
            "error": self.tr("Errors"),
            "warning": self.tr("Warnings"),
            "info": self.tr("Notes"),
        }.get(severity, severity)

    def kind(self, code: str) -> str:
        """What kind of problem a code is, as a group heading and a filter choice."""
        return {
            "person_double_booked": self.tr("Double booking"),
            "session_outside_part": self.tr("Outside the days of its part"),
            "shared_link_overlap": self.tr("Meeting link used twice"),
            "minutes_over_length": self.tr("Speaking time over the session's length"),
            "missing_role": self.tr("Missing role"),
            "same_organisation": self.tr("Speakers from the same organisation"),
            "gender_imbalance": self.tr("Gender balance"),
            "too_few_groups": self.tr("Too few stakeholder groups"),
            "too_few_countries": self.tr("Too few countries"),
            "unregistered_part": self.tr("Not registered for the part"),
            "late_interest": self.tr("Late interest"),
            "no_email": self.tr("No e-mail address"),
            "unconfirmed_invitation": self.tr("Invitation not confirmed"),
            "refused_still_printed": self.tr("Declined but still timed"),
        }.get(code, code)

    def acceptance(self, acceptance: Acceptance) -> str:
        """ "Accepted by amina on 10 Feb 2021: the note", as far as the acceptance says."""
        try:
            day = format_date(datetime.fromisoformat(acceptance.at).astimezone(), "medium", locale=ui_language())
        except ValueError:
            day = ""
        if acceptance.by and day:
            head = self.tr("Accepted by {name} on {day}").format(name=acceptance.by, day=day)
        elif day:
            head = self.tr("Accepted on {day}").format(day=day)
        else:
            head = self.tr("Accepted")
        if not acceptance.note:
            return head
        return self.tr("{accepted}: {note}").format(accepted=head, note=acceptance.note)

    def fix_hint(self, fix: Fix | None, names: Names) -> str:
        """What "Fix" will open, so the user knows before pressing it."""
        if fix is None:
            return self.tr("There is no single place to fix this.")
        sessions = [names.session(session_id) for session_id in fix.session_ids]
        if fix.screen == "lineups" and sessions:
            if fix.role:
                return self.tr("Fix opens the lineup of “{session}” with {role} chosen, ready to add someone.").format(
                    session=sessions[0], role=self.role(fix.role)
                )
            if fix.assignment_id:
                return self.tr("Fix opens the lineup of “{session}” with this person selected.").format(
                    session=sessions[0]
                )
            return self.tr("Fix opens the lineup of “{session}”.").format(session=sessions[0])
        if fix.screen == "agenda" and len(sessions) > 1:
            return self.tr("Fix shows “{first}” and “{second}” selected in the agenda, on their day.").format(
                first=sessions[0], second=sessions[1]
            )
        if fix.screen == "agenda" and sessions:
            return self.tr("Fix shows “{session}” in the agenda.").format(session=sessions[0])
        person = names.person(fix.person_id)
        if fix.screen == "registrations" and fix.interest_id:
            return self.tr("Fix opens the registration of {person} with this interest selected.").format(person=person)
        if fix.screen == "registrations":
            return self.tr("Fix opens the registration of {person}.").format(person=person)
        return self.tr("Fix opens {person} on the People screen.").format(person=person)

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
            return self.tr(
                "“{session}” gives %n speaking minutes but lasts {length} min.", "", int(f["minutes"])
            ).format(session=session, length=f["length"])
        if code == "missing_role":
            roles = self.tr(" or ").join(self.role(r) for r in f["roles"])
            return self.tr("“{session}” has no {roles}.").format(session=session, roles=roles)
        if code == "same_organisation":
            return self.tr(
                "“{session}”: %n speakers from the same organisation ({organisation}).", "", int(f["count"])
            ).format(session=session, organisation=f["organisation"])
        if code == "gender_imbalance":
            return self.tr("“{session}”: {count} of %n speakers have the same gender.", "", int(f["known"])).format(
                session=session, count=f["count"]
            )
        if code == "too_few_groups":
            return self.tr(
                "“{session}”: speakers from only %n stakeholder groups, at least {needed} expected.",
                "",
                int(f["groups"]),
            ).format(session=session, needed=f["needed"])
        if code == "too_few_countries":
            return self.tr(
                "“{session}”: speakers from only %n countries, at least {needed} expected.", "", int(f["countries"])
            ).format(session=session, needed=f["needed"])
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
                "{person} declined or withdrew from “{session}” but still holds %n speaking minutes.",
                "",
                int(f["minutes"]),
            ).format(person=person, session=session)
        return problem.message
