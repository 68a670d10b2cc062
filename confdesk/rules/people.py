"""Rules about people: registrations, interests and addresses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from confdesk.model import DeadlineKind, Status
from confdesk.rules.problem import Problem
from confdesk.rules.settings import RuleSettings
from confdesk.rules.snapshot import Snapshot


def unregistered_part(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    for person_id, assignments in snap.active_by_person.items():
        registered = snap.registered_parts.get(person_id, frozenset())
        for assignment in assignments:
            session = snap.session_by_id[assignment.session_id]
            if session.part_id not in registered:
                part = snap.part_by_id[session.part_id]
                yield Problem(
                    "unregistered_part",
                    "warning",
                    f"{snap.person_by_id[person_id].name} is in '{session.title}' but did not "
                    f"register for '{part.name}'.",
                    session_ids=(session.id,),
                    person_ids=(person_id,),
                    assignment_ids=(assignment.id,),
                    part_ids=(part.id,),
                )


def late_interest(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    due = [d for d in snap.deadlines if d.kind == DeadlineKind.INTEREST]
    if not due:
        return
    # With several interest deadlines (an extension), the last one is the one that counts.
    deadline = max(due, key=lambda d: (d.due_at, d.id))
    for interest in snap.interests:
        if interest.expressed_at > deadline.due_at:
            person = snap.person_by_id[interest.person_id]
            what = interest.kind + (f" {interest.roundtable}" if interest.roundtable else "")
            yield Problem(
                "late_interest",
                "warning",
                f"{person.name} expressed interest ({what}) on "
                f"{interest.expressed_at.astimezone(snap.zone).date().isoformat()}, after the "
                f"deadline of {deadline.due_at.astimezone(snap.zone).date().isoformat()}.",
                person_ids=(person.id,),
                interest_ids=(interest.id,),
                facts={
                    "kind": interest.kind,
                    "roundtable": interest.roundtable,
                    "expressed_at": interest.expressed_at.isoformat(),
                    "due_at": deadline.due_at.isoformat(),
                },
            )


#: Statuses in which the person has been (or is being) written to.
_INVITED = frozenset({Status.INVITED, Status.CONFIRMED})


def no_email(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    for person_id, assignments in snap.active_by_person.items():
        invited = [a for a in assignments if a.status in _INVITED]
        person = snap.person_by_id[person_id]
        if invited and not person.email:
            yield Problem(
                "no_email",
                "error",
                f"{person.name} is invited but has no e-mail address.",
                session_ids=tuple(sorted({a.session_id for a in invited})),
                person_ids=(person_id,),
                assignment_ids=tuple(a.id for a in invited),
            )
