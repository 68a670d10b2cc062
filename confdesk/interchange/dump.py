"""The whole conference as JSON (docs/file-format.md): dump it, and load it back through the
services so a loaded file obeys exactly the rules a user's edits do."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any, cast

import fastjsonschema
from sqlalchemy import select, text
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from confdesk.errors import ConfDeskError
from confdesk.interchange import records
from confdesk.interchange.schema import FORMAT_NAME, FORMAT_VERSION, SCHEMA
from confdesk.model import Assignment, Base, Conference, Person, Registration, Session
from confdesk.services import (
    create_conference,
    create_deadline,
    create_part,
    create_people,
    create_session,
)
from confdesk.services.assignments import create_assignments
from confdesk.services.errors import ServiceError
from confdesk.services.registrations import create_registrations


class FormatError(ConfDeskError, ValueError):
    """The JSON is not a conference dump; ``path`` names the bad field (``sessions[3].ends_at``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def dump(db: DbSession, conference_id: int) -> dict[str, Any]:
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise FormatError("", f"there is no conference with id {conference_id}")
    part_ids = [part.id for part in conference.parts]
    sessions = db.scalars(
        select(Session)
        .where(Session.part_id.in_(part_ids))
        .order_by(Session.id)
        .options(selectinload(Session.assignments).selectinload(Assignment.history))
    ).all()
    people = db.scalars(select(Person).where(Person.conference_id == conference_id).order_by(Person.id)).all()
    registrations = db.scalars(
        select(Registration)
        .join(Person)
        .where(Person.conference_id == conference_id)
        .order_by(Registration.id)
        .options(selectinload(Registration.parts), selectinload(Registration.interests))
    ).all()
    assignments = sorted((a for session in sessions for a in session.assignments), key=lambda a: a.id)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "conference": records.conference_record(conference),
        "parts": [records.part_record(part) for part in sorted(conference.parts, key=lambda p: p.id)],
        "sessions": [records.session_record(session) for session in sessions],
        "people": [records.person_record(person) for person in people],
        "registrations": [records.registration_record(r) for r in registrations],
        "assignments": [records.assignment_record(a) for a in assignments],
        "deadlines": [records.deadline_record(d) for d in sorted(conference.deadlines, key=lambda d: d.id)],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def parse(text: str) -> dict[str, Any]:
    """Parse and check a dump; :class:`FormatError` names the first bad field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError("", f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaValueException as error:
        name = error.name or ""
        path = name.removeprefix("data").lstrip(".")
        raise FormatError(path, error.message.removeprefix(name).strip()) from None
    if data["version"] > FORMAT_VERSION:
        raise FormatError("version", f"written by a newer ConfDesk (format {data['version']})")
    return cast(dict[str, Any], data)


@functools.cache
def _validator() -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema to Python: 80x faster than jsonschema on a
    # 10,000-person dump, and its errors name the path (data.sessions[3].ends_at).
    return fastjsonschema.compile(SCHEMA)


def load(db: DbSession, data: dict[str, Any], *, progress: Callable[[int, int], None] | None = None) -> int:
    """Recreate a parsed dump in an empty database through the services; return the conference
    id. A service's complaint becomes a :class:`FormatError` naming the record's path."""
    steps = 6
    report = progress or (lambda done, total: None)

    def each(section: str, create: Callable[[dict[str, Any]], object]) -> None:
        for index, record in enumerate(data.get(section, [])):
            try:
                create(record)
            except (ServiceError, ValueError, KeyError) as error:
                raise _located(f"{section}[{index}]", error) from None

    try:
        conference_id = create_conference(
            db,
            records.conference_input(data["conference"], format_version=data["version"]),
            conference_id=data["conference"]["id"],
        ).value
    except (ServiceError, ValueError) as error:
        raise _located("conference", error) from None
    report(1, steps)
    each("parts", lambda r: create_part(db, conference_id, records.part_input(r), part_id=r["id"]))
    each(
        "sessions",
        lambda r: create_session(
            db, r["part_id"], records.session_input(r), session_id=r["id"], sequence=r.get("sequence", 0)
        ),
    )
    report(2, steps)
    people = data.get("people", [])
    try:
        create_people(db, conference_id, [records.person_input(r) for r in people], ids=[r["id"] for r in people])
    except (ServiceError, ValueError) as error:
        raise _located("", error) from None
    report(3, steps)
    _bulk(lambda: create_registrations(db, [records.registration_input(r) for r in data.get("registrations", [])]))
    report(4, steps)
    _bulk(lambda: create_assignments(db, [records.assignment_input(r) for r in data.get("assignments", [])]))
    report(5, steps)
    each(
        "deadlines",
        lambda r: create_deadline(db, conference_id, records.deadline_input(r), deadline_id=r["id"]),
    )
    db.flush()
    _advance_id_sequences(db)
    report(6, steps)
    return conference_id


def _advance_id_sequences(db: DbSession) -> None:
    """After inserting rows with the dump's ids, move PostgreSQL's id sequences past them so the
    next row a user creates gets a fresh id (SQLite needs nothing: it uses max(id) + 1)."""
    if db.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            db.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
                )
            )


def _bulk(create: Callable[[], object]) -> None:
    try:
        create()
    except ServiceError as error:
        raise _located("", error) from None


def _located(path: str, error: Exception) -> FormatError:
    """Turn a service's ``"field: problem"`` into a FormatError at ``path.field``."""
    if isinstance(error, KeyError):
        return FormatError(path, f"missing field {error}")
    message = str(error)
    head, separator, rest = message.partition(": ")
    if separator and re.fullmatch(r"[\w.\[\]]+", head):
        return FormatError(f"{path}.{head}" if path else head, rest)
    return FormatError(path, message)
