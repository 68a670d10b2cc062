"""Deadlines: dated milestones with a title in each language; each outcome carries its undo."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any, Unpack, cast

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, Deadline, DeadlineKind
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import DeadlineChanges, DeadlineData
from confdesk.services.errors import Required
from confdesk.services.snapshots import deadline_data


def _check(data: DeadlineData) -> DeadlineData:
    kind = validate.choice(data.kind, DeadlineKind, field="kind")
    title = validate.local_text(data.title, field="title", max_length=validate.TITLE_LENGTH)
    if title.is_empty():
        raise Required("title: a deadline needs a title", field="title")
    validate.aware(data.due_at, field="due_at")
    return replace(data, kind=kind, title=title)


def create_deadline(
    db: DbSession, conference_id: int, data: DeadlineData, *, deadline_id: int | None = None
) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check(data)
    row = Deadline(id=deadline_id, conference_id=conference_id, kind=data.kind, title=data.title, due_at=data.due_at)
    new = new_id(db, row)
    return Outcome(new, touched(deadlines=new), partial(delete_deadline, deadline_id=new))


def update_deadline(
    db: DbSession,
    deadline_id: int,
    *,
    expected_version: int | None = None,
    **changes: Unpack[DeadlineChanges],
) -> Outcome[None]:
    row = fetch(db, Deadline, deadline_id, expected_version=expected_version, fields=changes)
    validate.known_fields(DeadlineData, changes)
    before = deadline_data(row)
    after = _check(replace(before, **changes))
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, getattr(after, name))
    undo = partial(update_deadline, deadline_id=deadline_id, **cast(DeadlineChanges, previous))
    return Outcome(None, touched(deadlines=deadline_id), undo)


def delete_deadline(db: DbSession, deadline_id: int) -> Outcome[None]:
    """Delete a deadline; undo recreates it with the same id."""
    row = fetch(db, Deadline, deadline_id)
    data, conference_id = deadline_data(row), row.conference_id
    db.delete(row)
    db.flush()
    undo = partial(create_deadline, conference_id=conference_id, data=data, deadline_id=deadline_id)
    return Outcome(None, touched(deadlines=deadline_id), undo)
