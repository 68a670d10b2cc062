"""Sessions of a part: create, edit, move, delete; each outcome carries its undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any, Unpack, cast
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Part, Session, SessionKind
from confdesk.model.themes import ThemeFramework
from confdesk.services import validate
from confdesk.services.assignments import create_assignments
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import SessionChanges, SessionData
from confdesk.services.errors import OutsidePart, UnknownLanguage, ValidationError
from confdesk.services.snapshots import SessionSnapshot, session_data, session_snapshot
from confdesk.services.themes import session_themes

#: Changing any of these changes what a calendar invite says, so SEQUENCE goes up.
_RESCHEDULING_FIELDS = frozenset({"starts_at", "ends_at", "join_url", "meeting_id", "passcode", "cancelled"})


def _check(data: SessionData, part: Part) -> SessionData:
    kind = validate.choice(data.kind, SessionKind, field="kind")
    validate.period(data.starts_at, data.ends_at)
    title = validate.local_text(data.title, field="title", max_length=validate.TITLE_LENGTH)
    description = validate.local_text(
        data.description, field="description", multiline=True, max_length=validate.BODY_LENGTH
    )
    if title.is_empty():
        raise ValidationError("title: a session needs a title in at least one language", field="title")
    if data.number is not None and data.number < 1:
        raise ValidationError("number: must be 1 or more", field="number")
    zone = ZoneInfo(part.conference.timezone)
    first_day = data.starts_at.astimezone(zone).date()
    last_day = data.ends_at.astimezone(zone).date()
    if first_day < part.start_date or last_day > part.end_date:
        raise OutsidePart(
            f"starts_at: the session falls outside its part's dates "
            f"({part.start_date.isoformat()} to {part.end_date.isoformat()})",
            field="starts_at",
        )
    themes = session_themes(data.themes, ThemeFramework.from_dict(part.conference.themes))
    interpretation = tuple(validate.language(code, field="interpretation") for code in data.interpretation)
    offered = part.conference.interpretation or []
    not_offered = [code for code in interpretation if offered and code not in offered]
    if not_offered:
        raise UnknownLanguage(
            f"interpretation: {', '.join(not_offered)} is not among the conference's interpretation "
            f"languages ({', '.join(offered)}; Conference Settings adds one)",
            field="interpretation",
        )
    return replace(
        data,
        kind=kind,
        title=title,
        description=description,
        themes=themes,
        interpretation=interpretation,
        join_url=validate.link(data.join_url, field="join_url"),
        meeting_id=validate.text(data.meeting_id, field="meeting_id", max_length=64, strict=True),
        passcode=validate.text(data.passcode, field="passcode", max_length=64, strict=True),
    )


def _values(data: SessionData) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in SessionData.__dataclass_fields__}
    values["interpretation"] = list(data.interpretation)
    values["themes"] = list(data.themes)
    return values


def create_session(
    db: DbSession,
    part_id: int,
    data: SessionData,
    *,
    session_id: int | None = None,
    sequence: int = 0,
) -> Outcome[int]:
    part = fetch(db, Part, part_id)
    data = _check(data, part)
    row = Session(id=session_id, part_id=part_id, sequence=sequence, **_values(data))
    new = new_id(db, row)
    return Outcome(new, touched(sessions=new, parts=part_id), partial(delete_session, session_id=new))


def update_session(
    db: DbSession,
    session_id: int,
    *,
    part_id: int | None = None,
    expected_version: int | None = None,
    **changes: Unpack[SessionChanges],
) -> Outcome[None]:
    """Change fields (and optionally the part) of a session. A change to what an invitation
    says (time, link, meeting id, passcode, cancellation) raises its SEQUENCE."""
    return _edit(db, session_id, changes, part_id=part_id, expected_version=expected_version)


def _edit(
    db: DbSession,
    session_id: int,
    changes: SessionChanges,
    *,
    part_id: int | None = None,
    expected_version: int | None = None,
    sequence: int | None = None,
) -> Outcome[None]:
    """``sequence`` None raises it when needed; undo and redo give the exact one to restore."""
    moved = () if part_id is None else ("part_id",)
    row = fetch(db, Session, session_id, expected_version=expected_version, fields=(*changes, *moved))
    validate.known_fields(SessionData, changes)
    part = fetch(db, Part, part_id) if part_id is not None else row.part
    before = session_data(row)
    after = _check(replace(before, **changes), part)
    values = _values(after)
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, values[name])
    previous_part, previous_sequence = row.part_id, row.sequence
    if part.id != row.part_id:
        row.part = part
    if sequence is not None:
        row.sequence = sequence
    elif _RESCHEDULING_FIELDS & previous.keys():
        row.sequence += 1
    undo = partial(
        _edit,
        session_id=session_id,
        changes=cast(SessionChanges, previous),
        part_id=previous_part,
        sequence=previous_sequence,
    )
    return Outcome(None, touched(sessions=session_id, parts={part.id, previous_part}), undo)


def move_session(
    db: DbSession,
    session_id: int,
    starts_at: datetime,
    ends_at: datetime,
    *,
    part_id: int | None = None,
    expected_version: int | None = None,
) -> Outcome[None]:
    """Reschedule a session (a drag in the agenda); see :func:`update_session`."""
    return update_session(
        db, session_id, part_id=part_id, expected_version=expected_version, starts_at=starts_at, ends_at=ends_at
    )


def delete_session(db: DbSession, session_id: int) -> Outcome[None]:
    """Delete a session with its lineup; undo puts both back with their ids."""
    row = fetch(db, Session, session_id)
    snapshot = session_snapshot(row)
    assignment_ids = [assignment.id for assignment in row.assignments]
    person_ids = {assignment.person_id for assignment in row.assignments}
    db.delete(row)
    db.flush()
    changes = touched(sessions=session_id, parts=row.part_id, assignments=assignment_ids, people=person_ids)
    return Outcome(None, changes, partial(restore_session, snapshot=snapshot))


def restore_session(db: DbSession, snapshot: SessionSnapshot) -> Outcome[int]:
    """Recreate a deleted session, with its id, SEQUENCE and lineup."""
    created = create_session(db, snapshot.part_id, snapshot.data, session_id=snapshot.id, sequence=snapshot.sequence)
    lineup = create_assignments(db, snapshot.assignments)
    return Outcome(snapshot.id, created.changes | lineup.changes, created.undo)
