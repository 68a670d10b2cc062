"""Rows as JSON-ready records, and back through the services.

The dump format (docs/file-format.md), undo snapshots of deletions and the demo all use these.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session as DbSession

from confdesk.model import (
    Assignment,
    Conference,
    Deadline,
    LocalText,
    Part,
    Person,
    Registration,
    Session,
    Status,
    StatusChange,
)
from confdesk.services import validate
from confdesk.services import assignments as assignment_services
from confdesk.services import registrations as registration_services
from confdesk.services import sessions as session_services
from confdesk.services.changes import Changes, touched
from confdesk.services.conference import conference_data
from confdesk.services.data import (
    AssignmentInput,
    RegistrationInput,
    StatusStep,
    ConferenceData,
    DeadlineData,
    InterestData,
    PartData,
    PersonData,
    SessionData,
)
from confdesk.services.people import create_person


def stamp(value: datetime) -> str:
    """An aware time as ISO 8601 in UTC (``2021-02-23T07:00:00Z``), losslessly."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_stamp(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a UTC offset is required")
    return value.astimezone(UTC)


def text_of(value: dict[str, str] | None) -> LocalText:
    return LocalText.from_dict(value)


# --- to records -------------------------------------------------------------------------------


def conference_record(row: Conference) -> dict:
    data = conference_data(row)
    return {
        "id": row.id,
        "name": data.name.to_dict(),
        "short_name": data.short_name.to_dict(),
        "timezone": data.timezone,
        "languages": list(data.languages),
        "organisers": [item.to_dict() for item in data.organisers],
        "contact_email": data.contact_email,
        "platform": data.platform,
        "platform_url": data.platform_url,
        "notes": {key: text.to_dict() for key, text in data.notes.items()},
        "settings": data.settings,
    }


def part_record(row: Part) -> dict:
    return {
        "id": row.id,
        "name": row.name.to_dict(),
        "start_date": row.start_date.isoformat(),
        "end_date": row.end_date.isoformat(),
        "position": row.position,
    }


def session_record(row: Session) -> dict:
    return {
        "id": row.id,
        "part_id": row.part_id,
        "kind": row.kind,
        "number": row.number,
        "title": row.title.to_dict(),
        "description": row.description.to_dict(),
        "starts_at": stamp(row.starts_at),
        "ends_at": stamp(row.ends_at),
        "join_url": row.join_url,
        "meeting_id": row.meeting_id,
        "passcode": row.passcode,
        "interpretation": list(row.interpretation),
        "themes": list(row.themes),
        "internal": row.internal,
        "cancelled": row.cancelled,
        "sequence": row.sequence,
    }


def person_record(row: Person) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "name_ar": row.name_ar,
        "honorific": row.honorific.to_dict(),
        "job_title": row.job_title.to_dict(),
        "organisation": row.organisation.to_dict(),
        "group": row.group,
        "country": row.country,
        "email": row.email,
        "language": row.language,
        "gender": row.gender,
        "timezone": row.timezone,
        "listed": row.listed,
        "notes": row.notes,
    }


def registration_record(row: Registration) -> dict:
    return {
        "id": row.id,
        "person_id": row.person_id,
        "registered_at": stamp(row.registered_at),
        "source": row.source,
        "part_ids": sorted(part.id for part in row.parts),
        "interests": [
            {
                "id": item.id,
                "kind": item.kind,
                "roundtable": item.roundtable,
                "expressed_at": stamp(item.expressed_at),
            }
            for item in sorted(row.interests, key=lambda interest: interest.id)
        ],
    }


def assignment_record(row: Assignment) -> dict:
    return {
        "id": row.id,
        "session_id": row.session_id,
        "person_id": row.person_id,
        "role": row.role,
        "position": row.position,
        "speaking_minutes": row.speaking_minutes,
        "status": row.status,
        "status_changed_at": stamp(row.status_changed_at),
        "history": [
            {
                "id": change.id,
                "status": change.status,
                "changed_at": stamp(change.changed_at),
                "changed_by": change.changed_by,
            }
            for change in row.history
        ],
    }


def deadline_record(row: Deadline) -> dict:
    return {
        "id": row.id,
        "kind": row.kind,
        "title": row.title.to_dict(),
        "due_at": stamp(row.due_at),
    }


def session_snapshot(row: Session) -> dict:
    """A session with its lineup, for undoing its deletion."""
    record = session_record(row)
    record["assignments"] = [assignment_record(a) for a in row.assignments]
    return record


def person_snapshot(row: Person) -> dict:
    """A person with registrations and assignments, for undoing their deletion."""
    record = person_record(row)
    record["conference_id"] = row.conference_id
    record["registrations"] = [registration_record(r) for r in row.registrations]
    record["assignments"] = [assignment_record(a) for a in row.assignments]
    return record


# --- from records, through the services -------------------------------------------------------


def conference_input(record: dict) -> ConferenceData:
    return ConferenceData(
        name=text_of(record["name"]),
        short_name=text_of(record.get("short_name")),
        timezone=record["timezone"],
        languages=tuple(record["languages"]),
        organisers=tuple(text_of(item) for item in record.get("organisers", [])),
        contact_email=record.get("contact_email", ""),
        platform=record.get("platform", ""),
        platform_url=record.get("platform_url", ""),
        notes={key: text_of(value) for key, value in record.get("notes", {}).items()},
        settings=record.get("settings", {}),
    )


def part_input(record: dict) -> PartData:
    return PartData(
        name=text_of(record["name"]),
        start_date=date.fromisoformat(record["start_date"]),
        end_date=date.fromisoformat(record["end_date"]),
        position=record.get("position", 0),
    )


def session_input(record: dict) -> SessionData:
    return SessionData(
        kind=record["kind"],
        title=text_of(record["title"]),
        starts_at=parse_stamp(record["starts_at"]),
        ends_at=parse_stamp(record["ends_at"]),
        number=record.get("number"),
        description=text_of(record.get("description")),
        join_url=record.get("join_url", ""),
        meeting_id=record.get("meeting_id", ""),
        passcode=record.get("passcode", ""),
        interpretation=tuple(record.get("interpretation", [])),
        themes=tuple(record.get("themes", [])),
        internal=record.get("internal", False),
        cancelled=record.get("cancelled", False),
    )


def person_input(record: dict) -> PersonData:
    return PersonData(
        name=record["name"],
        group=record["group"],
        name_ar=record.get("name_ar", ""),
        honorific=text_of(record.get("honorific")),
        job_title=text_of(record.get("job_title")),
        organisation=text_of(record.get("organisation")),
        country=record.get("country", ""),
        email=record.get("email"),
        language=record.get("language", "en"),
        gender=record.get("gender"),
        timezone=record.get("timezone"),
        listed=record.get("listed", False),
        notes=record.get("notes", ""),
    )


def interest_input(record: dict) -> InterestData:
    return InterestData(
        kind=record["kind"],
        expressed_at=parse_stamp(record["expressed_at"]),
        roundtable=record.get("roundtable"),
    )


def deadline_input(record: dict) -> DeadlineData:
    return DeadlineData(
        kind=record["kind"], title=text_of(record["title"]), due_at=parse_stamp(record["due_at"])
    )


def registration_input(record: dict) -> RegistrationInput:
    interests = record.get("interests", [])
    return RegistrationInput(
        person_id=record["person_id"],
        part_ids=tuple(record["part_ids"]),
        registered_at=parse_stamp(record["registered_at"]),
        source=record.get("source", "manual"),
        interests=tuple(interest_input(item) for item in interests),
        id=record.get("id"),
        interest_ids=tuple(item["id"] for item in interests)
        if interests and all("id" in item for item in interests)
        else None,
    )


def assignment_input(record: dict) -> AssignmentInput:
    history = record.get("history") or [
        {"status": record["status"], "changed_at": record["status_changed_at"]}
    ]
    return AssignmentInput(
        session_id=record["session_id"],
        person_id=record["person_id"],
        role=record["role"],
        history=tuple(
            StatusStep(
                status=step["status"],
                changed_at=parse_stamp(step["changed_at"]),
                changed_by=step.get("changed_by", ""),
                id=step.get("id"),
            )
            for step in history
        ),
        position=record.get("position", 0),
        speaking_minutes=record.get("speaking_minutes", 0),
        id=record.get("id"),
    )


def restore_registration(db: DbSession, record: dict) -> Changes:
    outcome = registration_services.create_registration(
        db,
        record["person_id"],
        record["part_ids"],
        registered_at=parse_stamp(record["registered_at"]),
        source=record.get("source", "manual"),
        interests=[interest_input(item) for item in record.get("interests", [])],
        registration_id=record.get("id"),
        interest_ids=[item["id"] for item in record.get("interests", [])]
        if all("id" in item for item in record.get("interests", []))
        else None,
    )
    return outcome.changes


def restore_assignment(db: DbSession, record: dict) -> Changes:
    """Recreate an assignment with its exact status history."""
    history = record.get("history") or [
        {"status": record["status"], "changed_at": record["status_changed_at"], "changed_by": ""}
    ]
    first = history[0]
    outcome = assignment_services.create_assignment(
        db,
        record["session_id"],
        record["person_id"],
        record["role"],
        status=first["status"],
        speaking_minutes=record.get("speaking_minutes", 0),
        position=record.get("position"),
        at=parse_stamp(first["changed_at"]),
        by=first.get("changed_by", ""),
        assignment_id=record.get("id"),
    )
    row = db.get(Assignment, outcome.value)
    assert row is not None
    if "id" in first:
        row.history[0].id = first["id"]
    for change in history[1:]:
        row.history.append(
            StatusChange(
                id=change.get("id"),
                status=validate.choice(change["status"], Status, field="history.status"),
                changed_at=parse_stamp(change["changed_at"]),
                changed_by=change.get("changed_by", ""),
            )
        )
    row.status = record["status"]
    row.status_changed_at = parse_stamp(record["status_changed_at"])
    return outcome.changes


def restore_session(db: DbSession, record: dict) -> Changes:
    outcome = session_services.create_session(
        db,
        record["part_id"],
        session_input(record),
        session_id=record["id"],
        sequence=record.get("sequence", 0),
    )
    changes = outcome.changes
    for item in record.get("assignments", []):
        changes |= restore_assignment(db, item)
    return changes


def restore_person(db: DbSession, record: dict) -> Changes:
    outcome = create_person(db, record["conference_id"], person_input(record), person_id=record["id"])
    changes = outcome.changes
    for item in record.get("registrations", []):
        changes |= restore_registration(db, item)
    for item in record.get("assignments", []):
        changes |= restore_assignment(db, item)
    return changes | touched(people=record["id"])
