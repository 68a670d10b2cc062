"""The conference and its parts; each outcome carries its undo."""

from __future__ import annotations

from dataclasses import fields, replace
from functools import partial
from typing import Any, Unpack, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, LocalText, Part, registration_part
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import ConferenceChanges, ConferenceData, PartChanges, PartData
from confdesk.services.errors import EndBeforeStart, Required
from confdesk.services.sessions import restore_session
from confdesk.services.snapshots import PartSnapshot, part_data, session_snapshot


def _check_conference(data: ConferenceData) -> ConferenceData:
    name = validate.local_text(data.name, field="name", max_length=validate.TITLE_LENGTH)
    if name.is_empty():
        raise Required("name: a conference needs a name", field="name")
    validate.timezone(data.timezone)
    languages = tuple(validate.language(code, field="languages") for code in data.languages)
    if not languages:
        raise Required("languages: at least one language is required", field="languages")
    contact = validate.email(data.contact_email, field="contact_email") or ""
    organisers = tuple(
        validate.local_text(text, field=f"organisers[{index}]", multiline=True, max_length=2_000)
        for index, text in enumerate(data.organisers)
    )
    notes = {
        validate.clean(key, field="notes", max_length=100): validate.local_text(
            text, field=f"notes.{key}", multiline=True, max_length=validate.BODY_LENGTH
        )
        for key, text in data.notes.items()
    }
    validate.settings(data.settings)
    return replace(
        data,
        name=name,
        short_name=validate.local_text(data.short_name, field="short_name", max_length=100),
        languages=languages,
        organisers=organisers,
        contact_email=contact,
        platform=validate.text(data.platform, field="platform", max_length=120),
        platform_url=validate.text(data.platform_url, field="platform_url", max_length=500, strict=True),
        notes=notes,
    )


def _conference_values(data: ConferenceData) -> dict[str, Any]:
    return {
        "name": data.name,
        "short_name": data.short_name,
        "timezone": data.timezone,
        "languages": list(data.languages),
        "organisers": [text.to_dict() for text in data.organisers],
        "contact_email": data.contact_email,
        "platform": data.platform,
        "platform_url": data.platform_url,
        "notes": {key: text.to_dict() for key, text in data.notes.items()},
        "settings": dict(data.settings),
    }


def conference_data(row: Conference) -> ConferenceData:
    return ConferenceData(
        name=row.name,
        short_name=row.short_name,
        timezone=row.timezone,
        languages=tuple(row.languages),
        organisers=tuple(LocalText.from_dict(item) for item in row.organisers),
        contact_email=row.contact_email,
        platform=row.platform,
        platform_url=row.platform_url,
        notes={key: LocalText.from_dict(value) for key, value in row.notes.items()},
        settings=dict(row.settings),
    )


def create_conference(db: DbSession, data: ConferenceData, *, conference_id: int | None = None) -> Outcome[int]:
    """A new conference (a new file, the demo, a load). Its undo is not offered to users: the
    file it lives in is what they would discard."""
    data = _check_conference(data)
    row = Conference(id=conference_id, **_conference_values(data))
    new = new_id(db, row)
    return Outcome(new, touched(conference=True))


def update_conference(
    db: DbSession,
    conference_id: int,
    *,
    expected_version: int | None = None,
    **changes: Unpack[ConferenceChanges],
) -> Outcome[None]:
    """Change fields of the conference; undo sets back what they were."""
    row = fetch(db, Conference, conference_id, expected_version=expected_version)
    before = conference_data(row)
    validate.known_fields(ConferenceData, changes)
    after = _check_conference(replace(before, **changes))
    values = _conference_values(after)
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, values[name])
    undo = partial(update_conference, conference_id=conference_id, **cast(ConferenceChanges, previous))
    return Outcome(None, touched(conference=True), undo)


def _check_part(data: PartData) -> PartData:
    name = validate.local_text(data.name, field="name", max_length=validate.TITLE_LENGTH)
    if name.is_empty():
        raise Required("name: a part needs a name", field="name")
    if data.end_date < data.start_date:
        raise EndBeforeStart("end_date: the last day comes before the first", field="end_date")
    return replace(data, name=name)


def create_part(db: DbSession, conference_id: int, data: PartData, *, part_id: int | None = None) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check_part(data)
    values = {f.name: getattr(data, f.name) for f in fields(PartData)}
    row = Part(id=part_id, conference_id=conference_id, **values)
    new = new_id(db, row)
    return Outcome(new, touched(parts=new), partial(delete_part, part_id=new))


def update_part(
    db: DbSession, part_id: int, *, expected_version: int | None = None, **changes: Unpack[PartChanges]
) -> Outcome[None]:
    row = fetch(db, Part, part_id, expected_version=expected_version)
    before = part_data(row)
    validate.known_fields(PartData, changes)
    after = _check_part(replace(before, **changes))
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, getattr(after, name))
    undo = partial(update_part, part_id=part_id, **cast(PartChanges, previous))
    return Outcome(None, touched(parts=part_id), undo)


def delete_part(db: DbSession, part_id: int) -> Outcome[None]:
    """Delete a part with its sessions and their lineups; undo puts everything back, the
    registrations' links to the part included."""
    row = fetch(db, Part, part_id)
    registration_ids = tuple(
        db.scalars(
            select(registration_part.c.registration_id)
            .where(registration_part.c.part_id == part_id)
            .order_by(registration_part.c.registration_id)
        )
    )
    snapshot = PartSnapshot(
        id=row.id,
        conference_id=row.conference_id,
        data=part_data(row),
        sessions=tuple(session_snapshot(session) for session in row.sessions),
        registration_ids=registration_ids,
    )
    lineups = [a for session in snapshot.sessions for a in session.assignments]
    changes = touched(
        parts=part_id,
        registrations=registration_ids,
        sessions=[session.id for session in snapshot.sessions],
        assignments=[a.id for a in lineups if a.id is not None],
        people={a.person_id for a in lineups},
    )
    db.delete(row)
    db.flush()
    return Outcome(None, changes, partial(restore_part, snapshot=snapshot))


def restore_part(db: DbSession, snapshot: PartSnapshot) -> Outcome[int]:
    created = create_part(db, snapshot.conference_id, snapshot.data, part_id=snapshot.id)
    changes = created.changes | touched(registrations=snapshot.registration_ids)
    for session in snapshot.sessions:
        changes |= restore_session(db, session).changes
    if snapshot.registration_ids:
        db.execute(
            insert(registration_part),
            [{"registration_id": rid, "part_id": snapshot.id} for rid in snapshot.registration_ids],
        )
    return Outcome(snapshot.id, changes, created.undo)
