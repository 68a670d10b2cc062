"""The conference and its parts."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, LocalText, Part
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import ConferenceData, PartData
from confdesk.services.errors import EndBeforeStart, Required, ValidationError


def _check_conference(data: ConferenceData) -> ConferenceData:
    if data.name.is_empty():
        raise Required("name: a conference needs a name", field="name")
    validate.timezone(data.timezone)
    languages = tuple(validate.language(code, field="languages") for code in data.languages)
    if not languages:
        raise Required("languages: at least one language is required", field="languages")
    contact = validate.email(data.contact_email, field="contact_email") or ""
    return replace(data, languages=languages, contact_email=contact)


def _conference_values(data: ConferenceData) -> dict[str, object]:
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


def create_conference(
    db: DbSession, data: ConferenceData, *, conference_id: int | None = None
) -> Outcome[int]:
    data = _check_conference(data)
    row = Conference(id=conference_id, **_conference_values(data))
    new = new_id(db, row)
    return Outcome(new, touched(conference=True))


def update_conference(
    db: DbSession, conference_id: int, *, expected_version: int | None = None, **changes: object
) -> Outcome[dict[str, object]]:
    """Change fields of the conference; the value is what they were before (for undo)."""
    row = fetch(db, Conference, conference_id, expected_version=expected_version)
    before = conference_data(row)
    _known_fields(ConferenceData, changes)
    after = _check_conference(replace(before, **changes))
    values = _conference_values(after)
    for name in changes:
        setattr(row, name, values[name])
    return Outcome({name: getattr(before, name) for name in changes}, touched(conference=True))


def _check_part(data: PartData) -> PartData:
    if data.name.is_empty():
        raise Required("name: a part needs a name", field="name")
    if data.end_date < data.start_date:
        raise EndBeforeStart("end_date: the last day comes before the first", field="end_date")
    return data


def create_part(
    db: DbSession, conference_id: int, data: PartData, *, part_id: int | None = None
) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check_part(data)
    values = {f.name: getattr(data, f.name) for f in fields(PartData)}
    row = Part(id=part_id, conference_id=conference_id, **values)
    new = new_id(db, row)
    return Outcome(new, touched(parts=new))


def part_data(row: Part) -> PartData:
    return PartData(row.name, row.start_date, row.end_date, row.position)


def update_part(
    db: DbSession, part_id: int, *, expected_version: int | None = None, **changes: object
) -> Outcome[dict[str, object]]:
    row = fetch(db, Part, part_id, expected_version=expected_version)
    before = part_data(row)
    _known_fields(PartData, changes)
    after = _check_part(replace(before, **changes))
    for name in changes:
        setattr(row, name, getattr(after, name))
    return Outcome({name: getattr(before, name) for name in changes}, touched(parts=part_id))


def delete_part(db: DbSession, part_id: int) -> Outcome[None]:
    row = fetch(db, Part, part_id)
    sessions = [session.id for session in row.sessions]
    db.delete(row)
    db.flush()
    return Outcome(None, touched(parts=part_id, sessions=sessions))


def _known_fields(data_type: type, changes: dict[str, object]) -> None:
    names = {f.name for f in fields(data_type)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise ValidationError(f"{unknown[0]}: not a field that can be changed", field=unknown[0])
