"""Assignments: a person in a session with a role, an order, speaking minutes and a status.
Every outcome names the assignment, its session and its person, and carries its undo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial
from typing import Any, Unpack, cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as DbSession

from confdesk import workflow
from confdesk.model import Assignment, Part, Person, Role, Session, Status, StatusChange
from confdesk.services import validate
from confdesk.services.base import chunked, fetch, new_id, now, os_user
from confdesk.services.changes import Changes, Outcome, touched
from confdesk.services.data import AssignmentChanges, AssignmentInput, StatusStep
from confdesk.services.errors import (
    DuplicateAssignment,
    IllegalTransition,
    NotFound,
    ValidationError,
)
from confdesk.services.snapshots import assignment_input
from confdesk.store import journal


def _touched(row: Assignment) -> Changes:
    return touched(assignments=row.id, sessions=row.session_id, people=row.person_id)


def _minutes(value: int) -> int:
    if not isinstance(value, int) or value < 0 or value > 24 * 60:
        raise ValidationError("speaking_minutes: between 0 and 1440", field="speaking_minutes")
    return value


def _by(by: str | None) -> str:
    """Who made a status change: ``by`` checked, or the operating-system user made safe."""
    if by is None:
        return validate.escaped(os_user())[:120]
    return validate.clean(by, field="by", max_length=120)


def create_assignment(
    db: DbSession,
    session_id: int,
    person_id: int,
    role: str,
    *,
    status: str = Status.PROPOSED,
    speaking_minutes: int = 0,
    position: int | None = None,
    at: datetime | None = None,
    by: str | None = None,
    assignment_id: int | None = None,
) -> Outcome[int]:
    """Put a person in a session's lineup (at the end unless ``position`` is given)."""
    session = fetch(db, Session, session_id)
    person = fetch(db, Person, person_id)
    if person.conference_id != session.part.conference_id:
        raise ValidationError("person_id: a person of another conference", field="person_id")
    role = validate.choice(role, Role, field="role")
    status = validate.choice(status, Status, field="status")
    at = validate.aware(at or now(), field="at")
    by = _by(by)
    if any(a.person_id == person_id and a.role == role for a in session.assignments):
        raise DuplicateAssignment(
            f"person_id: {person.name} already has the role {role} in this session",
            field="person_id",
        )
    if position is None:
        position = 1 + (
            db.scalar(select(func.max(Assignment.position)).where(Assignment.session_id == session_id)) or 0
        )
    row = Assignment(
        id=assignment_id,
        session=session,
        person=person,
        role=role,
        position=position,
        speaking_minutes=_minutes(speaking_minutes),
        status=status,
        status_changed_at=at,
        history=[StatusChange(status=status, changed_at=at, changed_by=by)],
    )
    new = new_id(db, row)
    changes = touched(assignments=new, sessions=session_id, people=person_id)
    return Outcome(new, changes, partial(delete_assignment, assignment_id=new))


def update_assignment(
    db: DbSession,
    assignment_id: int,
    *,
    expected_version: int | None = None,
    **changes: Unpack[AssignmentChanges],
) -> Outcome[None]:
    """Change role or speaking minutes."""
    row = fetch(db, Assignment, assignment_id, expected_version=expected_version, fields=changes)
    unknown = sorted(set(changes) - set(AssignmentChanges.__annotations__))
    if unknown:
        raise ValidationError(f"{unknown[0]}: not a field that can be changed", field=unknown[0])
    previous: dict[str, Any] = {}
    role = changes.get("role")
    if role is not None and role != row.role:
        role = validate.choice(role, Role, field="role")
        if any(a.person_id == row.person_id and a.role == role and a.id != row.id for a in row.session.assignments):
            raise DuplicateAssignment("role: the person already has this role here", field="role")
        previous["role"], row.role = row.role, role
    minutes = changes.get("speaking_minutes")
    if minutes is not None and minutes != row.speaking_minutes:
        previous["speaking_minutes"], row.speaking_minutes = row.speaking_minutes, _minutes(minutes)
    undo = partial(update_assignment, assignment_id=assignment_id, **cast(AssignmentChanges, previous))
    return Outcome(None, _touched(row), undo)


def reorder_lineup(
    db: DbSession,
    session_id: int,
    assignment_ids: list[int],
    *,
    expected_versions: Mapping[int, int] | None = None,
) -> Outcome[None]:
    """Put a session's lineup in the given order (positions 1, 2, 3…). With
    ``expected_versions`` (assignment id → version read), refuse if a colleague changed any
    of them since."""
    session = fetch(db, Session, session_id)
    for assignment_id, version in (expected_versions or {}).items():
        fetch(db, Assignment, assignment_id, expected_version=version, fields=("position",))
    current = sorted(a.id for a in session.assignments)
    if current != sorted(assignment_ids):
        raise ValidationError(
            "assignment_ids: the new order must list exactly the session's lineup",
            field="assignment_ids",
        )
    return _place(db, session_id, {assignment_id: n for n, assignment_id in enumerate(assignment_ids, 1)})


def _place(db: DbSession, session_id: int, positions: Mapping[int, int]) -> Outcome[None]:
    """Give each assignment its position; undo gives back the exact positions before."""
    session = fetch(db, Session, session_id)
    by_id = {a.id: a for a in session.assignments}
    previous = {assignment_id: by_id[assignment_id].position for assignment_id in positions}
    for assignment_id, position in positions.items():
        if by_id[assignment_id].position != position:
            by_id[assignment_id].position = position
    changes = touched(
        sessions=session_id,
        assignments=positions.keys(),
        people={by_id[assignment_id].person_id for assignment_id in positions},
    )
    return Outcome(None, changes, partial(_place, session_id=session_id, positions=previous))


def change_status(
    db: DbSession,
    assignment_id: int,
    status: str,
    *,
    at: datetime | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> Outcome[str]:
    """Move an assignment along the workflow; illegal moves raise :class:`IllegalTransition`.

    The move is kept in the history with its time and the operating-system user; undo drops
    that step again, and redo puts the very same step back. The value is the status before."""
    row = fetch(db, Assignment, assignment_id, expected_version=expected_version, fields=("status",))
    status = validate.choice(status, Status, field="status")
    if not workflow.can_move(row.status, status):
        allowed = ", ".join(s.value for s in workflow.next_statuses(row.status)) or "none"
        raise IllegalTransition(
            f"status: an assignment cannot go from {row.status} to {status} (allowed: {allowed})",
            field="status",
        )
    at = validate.aware(at or now(), field="at")
    by = _by(by)
    previous = row.status
    moved = _append_step(db, assignment_id, StatusStep(status, at, by))
    return Outcome(previous, moved.changes, moved.undo)


def note_status(db: DbSession, assignment_id: int, *, at: datetime, by: str) -> Outcome[None]:
    """Keep in the history that the status was confirmed as it stands (an answer that moves
    nothing, a tentative calendar reply say): a step to the same status; undo drops it."""
    row = fetch(db, Assignment, assignment_id)
    step = StatusStep(row.status, validate.aware(at, field="at"), _by(by))
    return _append_step(db, assignment_id, step)


def _append_step(db: DbSession, assignment_id: int, step: StatusStep) -> Outcome[None]:
    row = fetch(db, Assignment, assignment_id)
    row.status = step.status
    row.status_changed_at = step.changed_at
    change = StatusChange(id=step.id, status=step.status, changed_at=step.changed_at, changed_by=step.changed_by)
    row.history.append(change)
    db.flush()
    return Outcome(None, _touched(row), partial(_drop_last_step, assignment_id=assignment_id))


def _drop_last_step(db: DbSession, assignment_id: int) -> Outcome[None]:
    """Take back the last status change: the status before it is the current one again."""
    row = fetch(db, Assignment, assignment_id)
    if len(row.history) < 2:
        raise IllegalTransition("status: there is no earlier status to go back to", field="status")
    undone = row.history.pop()
    restored = row.history[-1]
    row.status = restored.status
    row.status_changed_at = restored.changed_at
    step = StatusStep(undone.status, undone.changed_at, undone.changed_by, undone.id)
    return Outcome(None, _touched(row), partial(_append_step, assignment_id=assignment_id, step=step))


def delete_assignment(db: DbSession, assignment_id: int) -> Outcome[None]:
    """Remove a person from a lineup; undo puts them back with their status history."""
    return delete_assignments(db, [assignment_id])


def delete_assignments(db: DbSession, assignment_ids: Sequence[int]) -> Outcome[None]:
    rows = [fetch(db, Assignment, assignment_id) for assignment_id in assignment_ids]
    snapshot = tuple(assignment_input(row) for row in rows)
    changes = touched(
        assignments=assignment_ids,
        sessions={row.session_id for row in rows},
        people={row.person_id for row in rows},
    )
    for row in rows:
        db.delete(row)
    db.flush()
    return Outcome(None, changes, partial(create_assignments, items=snapshot))


def create_assignments(db: DbSession, items: Sequence[AssignmentInput]) -> Outcome[list[int]]:
    """Create many assignments with their status histories (loads, the proposer's accepted
    lineups): the checks of :func:`create_assignment`, errors naming the position."""
    if not items:
        return Outcome([], touched(), partial(delete_assignments, assignment_ids=[]))
    session_ids = {item.session_id for item in items}
    person_ids = {item.person_id for item in items}
    session_conference: dict[int, int] = {}
    taken: set[tuple[int, int, str]] = set()
    for chunk in chunked(sorted(session_ids)):
        session_conference.update(
            db.execute(select(Session.id, Part.conference_id).join(Part).where(Session.id.in_(chunk))).all()
        )
        lineups = select(Assignment.session_id, Assignment.person_id, Assignment.role).where(
            Assignment.session_id.in_(chunk)
        )
        taken.update((session_id, person_id, role) for session_id, person_id, role in db.execute(lineups))
    person_conference: dict[int, int] = {}
    for chunk in chunked(sorted(person_ids)):
        person_conference.update(db.execute(select(Person.id, Person.conference_id).where(Person.id.in_(chunk))).all())
    rows, histories = [], []
    for index, item in enumerate(items):
        where = f"assignments[{index}]"
        if item.session_id not in session_conference:
            raise NotFound("session", item.session_id, where=f"{where}.session_id")
        if person_conference.get(item.person_id) != session_conference[item.session_id]:
            raise NotFound("person", item.person_id, where=f"{where}.person_id")
        try:
            role = validate.choice(item.role, Role, field="role")
            if not item.history:
                raise ValidationError("history: at least the current status", field="history")
            steps = [
                (validate.choice(s.status, Status, field="status"), validate.aware(s.changed_at, field="changed_at"), s)
                for s in item.history
            ]
            for step in item.history:
                validate.clean(step.changed_by, field="changed_by", max_length=120)
            minutes = _minutes(item.speaking_minutes)
        except ValidationError as error:
            raise type(error)(f"{where}.{error}", field=error.field) from None
        key = (item.session_id, item.person_id, role)
        if key in taken:
            raise DuplicateAssignment(f"{where}.role: the person already has this role here", field="role")
        taken.add(key)
        status, changed_at, _ = steps[-1]
        row: dict[str, Any] = {
            "session_id": item.session_id,
            "person_id": item.person_id,
            "role": role,
            "position": item.position,
            "speaking_minutes": minutes,
            "status": status,
            "status_changed_at": changed_at,
            "version": 1,
        }
        if item.id is not None:
            row["id"] = item.id
        rows.append(row)
        histories.append(steps)
    if all("id" in row for row in rows):
        db.execute(insert(Assignment), rows)
        ids = [cast(int, row["id"]) for row in rows]
    else:
        ids = list(db.scalars(insert(Assignment).returning(Assignment.id, sort_by_parameter_order=True), rows))
    journal.created(db, "assignment", ({**row, "id": row_id} for row, row_id in zip(rows, ids)))
    change_rows = []
    for assignment_id, steps in zip(ids, histories):
        for status, changed_at, step in steps:
            change = {
                "assignment_id": assignment_id,
                "status": status,
                "changed_at": changed_at,
                "changed_by": step.changed_by,
            }
            if step.id is not None:
                change["id"] = step.id
            change_rows.append(change)
    db.execute(insert(StatusChange), change_rows)
    changes = touched(assignments=ids, sessions=session_ids, people=person_ids)
    return Outcome(ids, changes, partial(delete_assignments, assignment_ids=ids))
