"""The deadlines with what arrived before and after each, counted by the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Deadline, Interest, LocalText, Person, Registration


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    version: int
    kind: str
    title: LocalText
    due_at: datetime
    registrations_before: int
    registrations_after: int
    interests_before: int
    interests_after: int


def _counts(db: DbSession, conference_id: int, stamp: InstrumentedAttribute[datetime]) -> dict[int, tuple[int, int]]:
    """(before or at, after) each deadline of the timestamps in ``stamp``'s table, in one
    grouped statement over deadline × arrival."""
    on_time = func.sum(case((stamp <= Deadline.due_at, 1), else_=0))
    late = func.sum(case((stamp > Deadline.due_at, 1), else_=0))
    query = (
        select(Deadline.id, on_time, late)
        .join(Person, Person.conference_id == Deadline.conference_id)
        .join(Registration, Registration.person_id == Person.id)
        .where(Deadline.conference_id == conference_id)
        .group_by(Deadline.id)
    )
    if stamp is Interest.expressed_at:
        query = query.join(Interest, Interest.registration_id == Registration.id)
    return {deadline_id: (before or 0, after or 0) for deadline_id, before, after in db.execute(query)}


def deadline_rows(db: DbSession, conference_id: int) -> list[DeadlineRow]:
    registrations = _counts(db, conference_id, Registration.registered_at)
    interests = _counts(db, conference_id, Interest.expressed_at)
    rows = []
    for deadline_id, version, kind, title, due_at in db.execute(
        select(Deadline.id, Deadline.version, Deadline.kind, Deadline.title, Deadline.due_at)
        .where(Deadline.conference_id == conference_id)
        .order_by(Deadline.due_at, Deadline.id)
    ):
        rows.append(
            DeadlineRow(
                deadline_id,
                version,
                kind,
                title,
                due_at,
                *registrations.get(deadline_id, (0, 0)),
                *interests.get(deadline_id, (0, 0)),
            )
        )
    return rows
