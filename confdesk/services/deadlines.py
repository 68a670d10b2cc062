"""Deadlines: dated milestones with a title in each language."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, Deadline, DeadlineKind
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.conference import _known_fields
from confdesk.services.data import DeadlineData
from confdesk.services.errors import Required


def _check(data: DeadlineData) -> DeadlineData:
    kind = validate.choice(data.kind, DeadlineKind, field="kind")
    if data.title.is_empty():
        raise Required("title: a deadline needs a title", field="title")
    validate.aware(data.due_at, field="due_at")
    return replace(data, kind=kind)


def deadline_data(row: Deadline) -> DeadlineData:
    return DeadlineData(row.kind, row.title, row.due_at)


def create_deadline(
    db: DbSession, conference_id: int, data: DeadlineData, *, deadline_id: int | None = None
) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check(data)
    row = Deadline(
        id=deadline_id, conference_id=conference_id, kind=data.kind, title=data.title, due_at=data.due_at
    )
    new = new_id(db, row)
    return Outcome(new, touched(deadlines=new))


def update_deadline(
    db: DbSession, deadline_id: int, *, expected_version: int | None = None, **changes: object
) -> Outcome[dict[str, object]]:
    row = fetch(db, Deadline, deadline_id, expected_version=expected_version)
    _known_fields(DeadlineData, changes)
    before = deadline_data(row)
    after = _check(replace(before, **changes))
    previous = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, getattr(after, name))
    return Outcome(previous, touched(deadlines=deadline_id))


def delete_deadline(db: DbSession, deadline_id: int) -> Outcome[tuple[int, DeadlineData]]:
    """Delete a deadline; the value (id, data) lets undo recreate it with the same id."""
    row = fetch(db, Deadline, deadline_id)
    value = (row.id, deadline_data(row))
    db.delete(row)
    db.flush()
    return Outcome(value, touched(deadlines=deadline_id))
