"""Rules about invitations: answers that are late, and refusals still in the programme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from confdesk.model import Status
from confdesk.rules.problem import Problem
from confdesk.rules.settings import RuleSettings
from confdesk.rules.snapshot import Snapshot


def unconfirmed_invitation(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    days = timedelta(days=settings.confirm_days_before)
    for lineup in snap.active_by_session.values():
        for assignment in lineup:
            if assignment.status != Status.INVITED:
                continue
            session = snap.session_by_id[assignment.session_id]
            day = session.starts_at.astimezone(snap.zone).date()
            if today >= day - days:
                person = snap.person_by_id[assignment.person_id]
                yield Problem(
                    "unconfirmed_invitation",
                    "warning",
                    f"{person.name} has not confirmed '{session.title}' "
                    f"({day.isoformat()}, {settings.confirm_days_before} days' notice).",
                    session_ids=(session.id,),
                    person_ids=(person.id,),
                    assignment_ids=(assignment.id,),
                    facts={"days": settings.confirm_days_before, "day": day.isoformat()},
                )


def refused_still_printed(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    """A declined or withdrawn assignment that would still be printed.

    Exporters leave declined and withdrawn people out of the lineups they print, but the
    programme's time plan and the speaking-minutes totals come from the minutes each row of a
    lineup holds. A refused assignment that still holds speaking minutes is therefore "still
    printed": its time shows in the session's plan although nobody will take it. Setting its
    minutes to 0 (or removing it) clears the problem.
    """
    for assignment in snap.assignments:
        if assignment.active or not assignment.speaking_minutes:
            continue
        session = snap.session_by_id[assignment.session_id]
        if session.cancelled:
            continue
        person = snap.person_by_id[assignment.person_id]
        yield Problem(
            "refused_still_printed",
            "warning",
            f"{person.name} has {assignment.status} '{session.title}' but still holds "
            f"{assignment.speaking_minutes} speaking minutes in its lineup.",
            session_ids=(session.id,),
            person_ids=(person.id,),
            assignment_ids=(assignment.id,),
            facts={"status": assignment.status, "minutes": assignment.speaking_minutes},
        )
