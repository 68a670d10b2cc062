"""Rows as JSON-ready records (docs/file-format.md), and records as the services' inputs.

Used by dump and load; the services never depend on this module (their undo snapshots are
their own plain values, :mod:`confdesk.services.snapshots`).
"""

from __future__ import annotations

from dataclasses import MISSING, fields, replace
from datetime import UTC, date, datetime
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from confdesk.model import (
    Assignment,
    Conference,
    Deadline,
    LocalText,
    Part,
    Person,
    Registration,
    Session,
)
from confdesk.model.organisers import Organiser
from confdesk.model.themes import ThemeFramework
from confdesk.presets import theme_preset
from confdesk.services.conference import conference_data
from confdesk.services.data import (
    AssignmentInput,
    ConferenceData,
    DeadlineData,
    InterestData,
    PartData,
    PersonData,
    RegistrationInput,
    SessionData,
    StatusStep,
)
from confdesk.services.snapshots import deadline_data, part_data, person_data, session_data

D = TypeVar("D")


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


# --- a service input as a record and back ----------------------------------------------------
# One place turns the services' ``…Data`` values into JSON and back, by their field types, so a
# new field needs no edit here.

Record = dict[str, Any]


def plain(data: Any) -> Record:
    """A ``…Data`` dataclass as a JSON-ready dict, field by field in declaration order."""
    return {item.name: _to_json(getattr(data, item.name)) for item in fields(data)}


def _to_json(value: Any) -> Any:
    if isinstance(value, (LocalText, ThemeFramework, Organiser)):
        return value.to_dict()
    if isinstance(value, datetime):
        return stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    return value


def from_plain(data_type: type[D], record: Record) -> D:
    """The ``…Data`` a record describes; a missing field takes the dataclass default (and a
    missing required field raises ``KeyError`` naming it)."""
    hints = get_type_hints(data_type)
    values: dict[str, Any] = {}
    for item in fields(data_type):  # type: ignore[arg-type]
        if item.name in record:
            values[item.name] = _from_json(hints[item.name], record[item.name])
        elif item.default is MISSING and item.default_factory is MISSING:
            raise KeyError(item.name)
    return data_type(**values)


def _from_json(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin, arguments = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        [hint] = [argument for argument in arguments if argument is not type(None)]
        return _from_json(hint, value)
    if hint is LocalText:
        return text_of(value)
    if hint is ThemeFramework:
        return ThemeFramework.from_dict(value)
    if hint is Organiser:
        return Organiser.from_dict(value)
    if hint is datetime:
        return parse_stamp(value)
    if hint is date:
        return date.fromisoformat(value)
    if origin is tuple:
        return tuple(_from_json(arguments[0], item) for item in value)
    if hint is str and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a theme numbered in format 1 ("themes": [6, 18]) is the code "6"
    if origin is dict and arguments and arguments[1] is LocalText:
        return {key: text_of(item) for key, item in value.items()}
    return value


# --- to records -------------------------------------------------------------------------------


def conference_record(row: Conference) -> Record:
    return {"id": row.id, **plain(conference_data(row))}


def part_record(row: Part) -> Record:
    return {"id": row.id, **plain(part_data(row))}


def session_record(row: Session) -> Record:
    return {"id": row.id, "part_id": row.part_id, **plain(session_data(row)), "sequence": row.sequence}


def person_record(row: Person) -> Record:
    return {"id": row.id, **plain(person_data(row))}


def registration_record(row: Registration) -> Record:
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


def assignment_record(row: Assignment) -> Record:
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


def deadline_record(row: Deadline) -> Record:
    return {"id": row.id, **plain(deadline_data(row))}


# --- from records, through the services -------------------------------------------------------


def conference_input(record: Record, *, format_version: int) -> ConferenceData:
    data = from_plain(ConferenceData, record)
    if format_version < 2 and "themes" not in record:
        # Format 1 had one framework, the GCM objectives, which its session themes numbered.
        data = replace(data, themes=theme_preset("gcm"))
    return data


def part_input(record: Record) -> PartData:
    return from_plain(PartData, record)


def session_input(record: Record) -> SessionData:
    return from_plain(SessionData, record)


def person_input(record: Record) -> PersonData:
    return from_plain(PersonData, record)


def interest_input(record: Record) -> InterestData:
    return from_plain(InterestData, record)


def deadline_input(record: Record) -> DeadlineData:
    return from_plain(DeadlineData, record)


def registration_input(record: Record) -> RegistrationInput:
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


def assignment_input(record: Record) -> AssignmentInput:
    history = record.get("history") or [{"status": record["status"], "changed_at": record["status_changed_at"]}]
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
