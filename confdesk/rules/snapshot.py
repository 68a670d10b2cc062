"""The conference as the rules and the proposer see it: loaded once, in a few queries, into
frozen dataclasses, so every rule works in memory with indexes instead of querying per row."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import (
    Assignment,
    Conference,
    Deadline,
    Interest,
    Part,
    Person,
    Registration,
    Session,
    registration_part,
)
from confdesk.workflow import ACTIVE


@dataclass(frozen=True, slots=True)
class PartFacts:
    id: int
    name: str
    start_date: date
    end_date: date


@dataclass(frozen=True, slots=True)
class SessionFacts:
    id: int
    part_id: int
    kind: str
    number: int | None
    title: str
    starts_at: datetime
    ends_at: datetime
    join_url: str = ""
    internal: bool = False
    cancelled: bool = False

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: int
    name: str
    organisation: str = ""
    group: str = ""
    country: str = ""
    email: str | None = None
    gender: str | None = None

    @property
    def organisation_key(self) -> str:
        """Organisations compare case- and space-insensitively; empty means unknown."""
        return " ".join(self.organisation.casefold().split())


@dataclass(frozen=True, slots=True)
class AssignmentFacts:
    id: int
    session_id: int
    person_id: int
    role: str
    status: str
    speaking_minutes: int = 0
    position: int = 0

    @property
    def active(self) -> bool:
        """Declined and withdrawn assignments no longer put the person in the session."""
        return self.status in ACTIVE


@dataclass(frozen=True, slots=True)
class InterestFacts:
    id: int
    person_id: int
    kind: str
    roundtable: int | None
    expressed_at: datetime


@dataclass(frozen=True, slots=True)
class DeadlineFacts:
    id: int
    kind: str
    due_at: datetime


@dataclass(frozen=True)
class Snapshot:
    conference_id: int
    timezone: str
    settings: dict[str, Any]
    parts: tuple[PartFacts, ...]
    sessions: tuple[SessionFacts, ...]
    people: tuple[PersonFacts, ...]
    assignments: tuple[AssignmentFacts, ...]
    interests: tuple[InterestFacts, ...] = ()
    deadlines: tuple[DeadlineFacts, ...] = ()
    #: person id -> the parts they registered for.
    registered_parts: dict[int, frozenset[int]] = field(default_factory=dict)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def part_by_id(self) -> dict[int, PartFacts]:
        return {part.id: part for part in self.parts}

    @cached_property
    def session_by_id(self) -> dict[int, SessionFacts]:
        return {session.id: session for session in self.sessions}

    @cached_property
    def person_by_id(self) -> dict[int, PersonFacts]:
        return {person.id: person for person in self.people}

    @cached_property
    def active_by_session(self) -> dict[int, list[AssignmentFacts]]:
        """Active assignments of each live (not cancelled) session, in lineup order."""
        lineups: dict[int, list[AssignmentFacts]] = defaultdict(list)
        sessions = self.session_by_id
        for assignment in self.assignments:
            if assignment.active and not sessions[assignment.session_id].cancelled:
                lineups[assignment.session_id].append(assignment)
        for lineup in lineups.values():
            lineup.sort(key=lambda a: (a.position, a.id))
        return lineups

    @cached_property
    def active_by_person(self) -> dict[int, list[AssignmentFacts]]:
        """Active assignments of each person in live sessions, by assignment id."""
        by_person: dict[int, list[AssignmentFacts]] = defaultdict(list)
        for lineup in self.active_by_session.values():
            for assignment in lineup:
                by_person[assignment.person_id].append(assignment)
        for assignments in by_person.values():
            assignments.sort(key=lambda a: a.id)
        return by_person


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building a snapshot allocates tens of thousands of small acyclic objects; each burst of
    allocations would trigger full cyclic collections whose cost grows with everything alive,
    making loading twice the data more than twice as slow. Nothing here forms cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(db: DbSession, conference_id: int) -> Snapshot:
    """Read everything the rules and the proposer need in one pass (eight queries)."""
    with _collector_paused():
        return _load(db, conference_id)


def _load(db: DbSession, conference_id: int) -> Snapshot:
    conference = db.execute(
        select(Conference.timezone, Conference.settings).where(Conference.id == conference_id)
    ).one_or_none()
    if conference is None:
        raise LookupError(conference_id)
    parts = tuple(
        PartFacts(id, name.get("en"), start, end)
        for id, name, start, end in db.execute(
            select(Part.id, Part.name, Part.start_date, Part.end_date)
            .where(Part.conference_id == conference_id)
            .order_by(Part.position, Part.id)
        )
    )
    sessions = tuple(
        SessionFacts(id, part_id, kind, number, title.get("en"), starts, ends, url or "", internal, cancelled)
        for id, part_id, kind, number, title, starts, ends, url, internal, cancelled in db.execute(
            select(
                Session.id,
                Session.part_id,
                Session.kind,
                Session.number,
                Session.title,
                Session.starts_at,
                Session.ends_at,
                Session.join_url,
                Session.internal,
                Session.cancelled,
            )
            .join(Part)
            .where(Part.conference_id == conference_id)
            .order_by(Session.starts_at, Session.id)
        )
    )
    people = tuple(
        PersonFacts(id, name, organisation.get("en"), group, country or "", email, gender)
        for id, name, organisation, group, country, email, gender in db.execute(
            select(
                Person.id,
                Person.name,
                Person.organisation,
                Person.group,
                Person.country,
                Person.email,
                Person.gender,
            )
            .where(Person.conference_id == conference_id)
            .order_by(Person.id)
        )
    )
    assignments = tuple(
        AssignmentFacts(*row)
        for row in db.execute(
            select(
                Assignment.id,
                Assignment.session_id,
                Assignment.person_id,
                Assignment.role,
                Assignment.status,
                Assignment.speaking_minutes,
                Assignment.position,
            )
            .join(Session)
            .join(Part)
            .where(Part.conference_id == conference_id)
            .order_by(Assignment.id)
        )
    )
    interests = tuple(
        InterestFacts(*row)
        for row in db.execute(
            select(
                Interest.id,
                Registration.person_id,
                Interest.kind,
                Interest.roundtable,
                Interest.expressed_at,
            )
            .join(Registration)
            .join(Person)
            .where(Person.conference_id == conference_id)
            .order_by(Interest.id)
        )
    )
    deadlines = tuple(
        DeadlineFacts(*row)
        for row in db.execute(
            select(Deadline.id, Deadline.kind, Deadline.due_at)
            .where(Deadline.conference_id == conference_id)
            .order_by(Deadline.due_at, Deadline.id)
        )
    )
    registered: dict[int, set[int]] = defaultdict(set)
    for person_id, part_id in db.execute(
        select(Registration.person_id, registration_part.c.part_id)
        .join(registration_part, registration_part.c.registration_id == Registration.id)
        .join(Part, Part.id == registration_part.c.part_id)
        .where(Part.conference_id == conference_id)
    ):
        registered[person_id].add(part_id)
    return Snapshot(
        conference_id=conference_id,
        timezone=conference.timezone,
        settings=dict(conference.settings or {}),
        parts=parts,
        sessions=sessions,
        people=people,
        assignments=assignments,
        interests=interests,
        deadlines=deadlines,
        registered_parts={person: frozenset(ids) for person, ids in registered.items()},
    )
