"""A session's lineup, the sessions to choose from, and who to offer for a session: people
whose expressed interest matches it first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import (
    Assignment,
    Interest,
    InterestKind,
    LocalText,
    Part,
    Person,
    Registration,
    Session,
    SessionKind,
)
from confdesk.views.rows import LineupRow


@dataclass(frozen=True)
class SessionChoice:
    id: int
    part_id: int
    part_name: LocalText
    day: date
    kind: str
    number: int | None
    title: LocalText
    starts_at: datetime
    ends_at: datetime
    internal: bool
    cancelled: bool

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    name_ar: str
    organisation: LocalText
    #: The person said they want to speak in this kind of session.
    interested: bool


def session_choices(db: DbSession, conference_id: int, zone: ZoneInfo) -> list[SessionChoice]:
    """Every session by part and start, with its day in ``zone`` (the conference's)."""
    return [
        SessionChoice(
            session_id,
            part_id,
            part_name,
            starts_at.astimezone(zone).date(),
            kind,
            number,
            title,
            starts_at,
            ends_at,
            internal,
            cancelled,
        )
        for session_id, part_id, part_name, kind, number, title, starts_at, ends_at, internal, cancelled in db.execute(
            select(
                Session.id,
                Session.part_id,
                Part.name,
                Session.kind,
                Session.number,
                Session.title,
                Session.starts_at,
                Session.ends_at,
                Session.internal,
                Session.cancelled,
            )
            .join(Part, Part.id == Session.part_id)
            .where(Part.conference_id == conference_id)
            .order_by(Part.position, Part.id, Session.starts_at, Session.id)
        )
    ]


def lineup_rows(db: DbSession, session_id: int) -> list[LineupRow]:
    return [
        LineupRow(*cast(tuple[Any, ...], values))
        for values in db.execute(
            select(
                Assignment.id,
                Assignment.version,
                Assignment.person_id,
                Person.name,
                Person.name_ar,
                Person.organisation,
                Assignment.role,
                Assignment.position,
                Assignment.speaking_minutes,
                Assignment.status,
            )
            .join(Person, Person.id == Assignment.person_id)
            .where(Assignment.session_id == session_id)
            .order_by(Assignment.position, Assignment.id)
        )
    ]


def matching_interests(kind: str, number: int | None) -> list[tuple[str, int | None]]:
    """The (interest kind, roundtable) pairs that volunteer someone for a session of this kind;
    a rapporteur is wanted anywhere."""
    wanted: list[tuple[str, int | None]] = [(InterestKind.RAPPORTEUR, None)]
    if kind == SessionKind.ROUNDTABLE and number is not None:
        wanted.append((InterestKind.ROUNDTABLE_SPEAKER, number))
    elif kind in (SessionKind.PLENARY, SessionKind.OPENING, SessionKind.CLOSING):
        wanted.append((InterestKind.PLENARY_SPEAKER, None))
    elif kind == SessionKind.OPEN_DISCUSSION:
        wanted.append((InterestKind.OPEN_DISCUSSION, None))
    return wanted


def candidates(db: DbSession, conference_id: int, session_id: int) -> list[Candidate]:
    """Everyone of the conference for the add-a-person completer: interested people first,
    then the rest, each group by name."""
    kind, number = db.execute(select(Session.kind, Session.number).where(Session.id == session_id)).one()
    interested: set[int] = set()
    for interest_kind, roundtable in matching_interests(kind, number):
        query = (
            select(Registration.person_id)
            .join(Interest, Interest.registration_id == Registration.id)
            .join(Person, Person.id == Registration.person_id)
            .where(Person.conference_id == conference_id, Interest.kind == interest_kind)
        )
        query = query.where(Interest.roundtable.is_(None) if roundtable is None else Interest.roundtable == roundtable)
        interested.update(db.scalars(query))
    people = [
        Candidate(person_id, name, name_ar, organisation, person_id in interested)
        for person_id, name, name_ar, organisation in db.execute(
            select(Person.id, Person.name, Person.name_ar, Person.organisation)
            .where(Person.conference_id == conference_id)
            .order_by(Person.name, Person.id)
        )
    ]
    people.sort(key=lambda person: not person.interested)
    return people
