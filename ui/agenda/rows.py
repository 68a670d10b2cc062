"""What the agenda reads: parts, sessions and lineups as plain frozen rows (no live ORM objects
reach the widgets)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Assignment, LocalText, Part, Person, Session
from confdesk.views.sessions import SessionFacts, session_fields


@dataclass(frozen=True)
class PartRow:
    id: int
    name: LocalText
    start_date: date
    end_date: date


@dataclass(frozen=True, slots=True)
class SessionRow(SessionFacts):
    speakers: int


@dataclass(frozen=True)
class LineupRow:
    assignment_id: int
    person_id: int
    name: str
    name_ar: str
    organisation: LocalText
    role: str
    status: str
    speaking_minutes: int


@dataclass(frozen=True)
class Agenda:
    parts: tuple[PartRow, ...]
    sessions: tuple[SessionRow, ...]

    def part(self, part_id: int) -> PartRow:
        return next(part for part in self.parts if part.id == part_id)

    def session(self, session_id: int) -> SessionRow | None:
        return next((row for row in self.sessions if row.id == session_id), None)


def read_agenda(db: DbSession, conference_id: int) -> Agenda:
    parts = tuple(
        PartRow(part.id, part.name, part.start_date, part.end_date)
        for part in db.scalars(
            select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id)
        )
    )
    part_ids = [part.id for part in parts]
    counts: dict[int, int] = {}
    for session_id in db.scalars(
        select(Assignment.session_id).join(Session).where(Session.part_id.in_(part_ids))
    ):
        counts[session_id] = counts.get(session_id, 0) + 1
    sessions = tuple(
        SessionRow(**session_fields(row), speakers=counts.get(row.id, 0))
        for row in db.scalars(
            select(Session).where(Session.part_id.in_(part_ids)).order_by(Session.starts_at, Session.id)
        )
    )
    return Agenda(parts, sessions)


def read_lineup(db: DbSession, session_id: int) -> list[LineupRow]:
    rows = db.execute(
        select(Assignment, Person)
        .join(Person, Assignment.person_id == Person.id)
        .where(Assignment.session_id == session_id)
        .order_by(Assignment.position, Assignment.id)
    ).all()
    return [
        LineupRow(
            assignment.id,
            person.id,
            person.name,
            person.name_ar,
            person.organisation,
            assignment.role,
            assignment.status,
            assignment.speaking_minutes,
        )
        for assignment, person in rows
    ]
