"""Read-only questions about a conference, answered as plain frozen dataclasses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
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
)


@dataclass(frozen=True)
class PartSummary:
    id: int
    name: LocalText
    start_date: date
    end_date: date
    sessions: int

    @property
    def days(self) -> list[date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + timedelta(days=n) for n in range(count)]


@dataclass(frozen=True)
class Summary:
    conference_id: int
    name: LocalText
    timezone: str
    languages: tuple[str, ...]
    parts: tuple[PartSummary, ...]
    sessions: int
    internal_sessions: int
    people: int
    registrations: int
    deadlines: int
    assignments_by_status: dict[str, int]

    @property
    def days(self) -> list[date]:
        return sorted({day for part in self.parts for day in part.days})

    @property
    def assignments(self) -> int:
        return sum(self.assignments_by_status.values())


def summary(db: DbSession, conference_id: int) -> Summary:
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    counts = dict(
        db.execute(
            select(Session.part_id, func.count(Session.id))
            .join(Part)
            .where(Part.conference_id == conference_id)
            .group_by(Session.part_id)
        ).all()
    )
    parts = tuple(
        PartSummary(part.id, part.name, part.start_date, part.end_date, counts.get(part.id, 0))
        for part in db.scalars(select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id))
    )
    internal = db.scalar(
        select(func.count(Session.id)).join(Part).where(Part.conference_id == conference_id, Session.internal.is_(True))
    )
    people = db.scalar(select(func.count(Person.id)).where(Person.conference_id == conference_id))
    registrations = db.scalar(
        select(func.count(Registration.id)).join(Person).where(Person.conference_id == conference_id)
    )
    deadlines = db.scalar(select(func.count(Deadline.id)).where(Deadline.conference_id == conference_id))
    by_status = Counter(
        dict(
            db.execute(
                select(Assignment.status, func.count(Assignment.id))
                .join(Session)
                .join(Part)
                .where(Part.conference_id == conference_id)
                .group_by(Assignment.status)
            ).all()
        )
    )
    return Summary(
        conference_id=conference_id,
        name=conference.name,
        timezone=conference.timezone,
        languages=tuple(conference.languages),
        parts=parts,
        sessions=sum(counts.values()),
        internal_sessions=internal or 0,
        people=people or 0,
        registrations=registrations or 0,
        deadlines=deadlines or 0,
        assignments_by_status={status.value: by_status.get(status.value, 0) for status in Status},
    )


def conference_zone(db: DbSession, conference_id: int) -> ZoneInfo:
    timezone = db.scalar(select(Conference.timezone).where(Conference.id == conference_id))
    if timezone is None:
        raise LookupError(conference_id)
    return ZoneInfo(timezone)
