"""Sessions of a part: create, edit, move, delete (and restore for undo)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Part, Session, SessionKind
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.conference import _known_fields
from confdesk.services.data import SessionData
from confdesk.services.errors import OutsidePart, ValidationError

#: Changing any of these changes what a calendar invite says, so SEQUENCE goes up.
_RESCHEDULING_FIELDS = frozenset(
    {"starts_at", "ends_at", "join_url", "meeting_id", "passcode", "cancelled"}
)


def _check(data: SessionData, part: Part) -> SessionData:
    kind = validate.choice(data.kind, SessionKind, field="kind")
    validate.period(data.starts_at, data.ends_at)
    if data.title.is_empty():
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
    themes = tuple(int(theme) for theme in data.themes)
    if any(not 1 <= theme <= 23 for theme in themes):
        raise ValidationError("themes: GCM objectives are numbered 1 to 23", field="themes")
    interpretation = tuple(
        validate.language(code, field="interpretation") for code in data.interpretation
    )
    return replace(
        data,
        kind=kind,
        themes=themes,
        interpretation=interpretation,
        join_url=validate.text(data.join_url, field="join_url", max_length=500),
        meeting_id=validate.text(data.meeting_id, field="meeting_id", max_length=64),
        passcode=validate.text(data.passcode, field="passcode", max_length=64),
    )


def _values(data: SessionData) -> dict[str, object]:
    values = {name: getattr(data, name) for name in SessionData.__dataclass_fields__}
    values["interpretation"] = list(data.interpretation)
    values["themes"] = list(data.themes)
    return values


def session_data(row: Session) -> SessionData:
    return SessionData(
        kind=row.kind,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        number=row.number,
        description=row.description,
        join_url=row.join_url,
        meeting_id=row.meeting_id,
        passcode=row.passcode,
        interpretation=tuple(row.interpretation),
        themes=tuple(row.themes),
        internal=row.internal,
        cancelled=row.cancelled,
    )


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
    return Outcome(new, touched(sessions=new, parts=part_id))


def update_session(
    db: DbSession,
    session_id: int,
    *,
    part_id: int | None = None,
    expected_version: int | None = None,
    **changes: object,
) -> Outcome[dict[str, object]]:
    """Change fields (and optionally the part) of a session.

    The value is the previous values of what changed, ``part_id`` included, so that calling
    ``update_session(db, id, **outcome.value)`` undoes the edit exactly.
    """
    row = fetch(db, Session, session_id, expected_version=expected_version)
    _known_fields(SessionData, changes)
    part = fetch(db, Part, part_id) if part_id is not None else row.part
    before = session_data(row)
    after = _check(replace(before, **changes), part)
    values = _values(after)
    previous: dict[str, object] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, values[name])
    if part.id != row.part_id:
        previous["part_id"] = row.part_id
        row.part = part
    if _RESCHEDULING_FIELDS & previous.keys():
        row.sequence += 1
    parts = {part.id, previous.get("part_id", part.id)}
    return Outcome(previous, touched(sessions=session_id, parts=parts))


def move_session(
    db: DbSession,
    session_id: int,
    starts_at: datetime,
    ends_at: datetime,
    *,
    part_id: int | None = None,
) -> Outcome[dict[str, object]]:
    """Reschedule a session (a drag in the agenda); see :func:`update_session`."""
    return update_session(db, session_id, part_id=part_id, starts_at=starts_at, ends_at=ends_at)


def delete_session(db: DbSession, session_id: int) -> Outcome[dict]:
    """Delete a session with its lineup; the value is a snapshot :func:`restore_session` takes."""
    from confdesk.interchange import records

    row = fetch(db, Session, session_id)
    snapshot = records.session_snapshot(row)
    assignment_ids = [assignment.id for assignment in row.assignments]
    part_id = row.part_id
    db.delete(row)
    db.flush()
    return Outcome(snapshot, touched(sessions=session_id, parts=part_id, assignments=assignment_ids))


def restore_session(db: DbSession, snapshot: dict) -> Outcome[int]:
    """Recreate a deleted session, with its id and its lineup, from :func:`delete_session`."""
    from confdesk.interchange import records

    changes = records.restore_session(db, snapshot)
    return Outcome(snapshot["id"], changes)
