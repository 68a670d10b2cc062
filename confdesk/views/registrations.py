"""The registrations table: each registration with its person, parts and interests, in three
statements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Assignment, Interest, LocalText, Part, Person, Registration, registration_part
from confdesk.views.people import interest_key, search_key


@dataclass(frozen=True)
class InterestRow:
    id: int
    kind: str
    roundtable: int | None
    expressed_at: datetime

    @property
    def key(self) -> str:
        return interest_key(self.kind, self.roundtable)


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    person_id: int
    name: str
    name_ar: str
    organisation: LocalText
    email: str | None
    group: str
    country: str
    language: str
    registered_at: datetime
    source: str
    part_ids: tuple[int, ...]
    interest_rows: tuple[InterestRow, ...]
    #: Statuses of the person's assignments, for the same filters as the people table.
    statuses: frozenset[str]
    search_key: str

    @property
    def interests(self) -> frozenset[str]:
        return frozenset(item.key for item in self.interest_rows)


@dataclass(frozen=True)
class PartChoice:
    id: int
    name: LocalText


def part_choices(db: DbSession, conference_id: int) -> list[PartChoice]:
    return [
        PartChoice(part_id, name)
        for part_id, name in db.execute(
            select(Part.id, Part.name).where(Part.conference_id == conference_id).order_by(Part.position, Part.id)
        )
    ]


def registration_rows(db: DbSession, conference_id: int, ids: Collection[int] | None = None) -> list[RegistrationRow]:
    """Registrations of the conference (only ``ids`` when given), newest first."""
    registrations = (
        select(
            Registration.id,
            Registration.person_id,
            Person.name,
            Person.name_ar,
            Person.organisation,
            Person.email,
            Person.group,
            Person.country,
            Person.language,
            Registration.registered_at,
            Registration.source,
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Person.conference_id == conference_id)
    )
    parts = (
        select(registration_part.c.registration_id, registration_part.c.part_id)
        .join(Registration, Registration.id == registration_part.c.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .join(Part, Part.id == registration_part.c.part_id)
        .where(Person.conference_id == conference_id)
        .order_by(Part.position, Part.id)
    )
    interests = (
        select(Interest.registration_id, Interest.id, Interest.kind, Interest.roundtable, Interest.expressed_at)
        .join(Registration, Registration.id == Interest.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .where(Person.conference_id == conference_id)
        .order_by(Interest.expressed_at, Interest.id)
    )
    statuses = (
        select(Assignment.person_id, Assignment.status)
        .join(Person, Person.id == Assignment.person_id)
        .where(Person.conference_id == conference_id)
    )
    if ids is not None:
        registrations = registrations.where(Registration.id.in_(ids))
        parts = parts.where(registration_part.c.registration_id.in_(ids))
        interests = interests.where(Interest.registration_id.in_(ids))
        statuses = statuses.where(
            Assignment.person_id.in_(select(Registration.person_id).where(Registration.id.in_(ids)))
        )
    part_ids: dict[int, list[int]] = defaultdict(list)
    for registration_id, part_id in db.execute(parts):
        part_ids[registration_id].append(part_id)
    interest_rows: dict[int, list[InterestRow]] = defaultdict(list)
    for registration_id, *values in db.execute(interests):
        interest_rows[registration_id].append(InterestRow(*cast(list[Any], values)))
    person_statuses: dict[int, set[str]] = defaultdict(set)
    for person_id, status in db.execute(statuses):
        person_statuses[person_id].add(status)
    return [
        RegistrationRow(
            *values,
            part_ids=tuple(part_ids.get(values.id, ())),
            interest_rows=tuple(interest_rows.get(values.id, ())),
            statuses=frozenset(person_statuses.get(values.person_id, ())),
            search_key=search_key(values.name, values.name_ar, values.organisation, values.email),
        )
        for values in db.execute(registrations.order_by(Registration.registered_at.desc(), Registration.id.desc()))
    ]


def registration_ids_of_people(db: DbSession, person_ids: Collection[int]) -> list[int]:
    """Registrations whose person changed (name, organisation...), to refresh those rows."""
    return list(db.scalars(select(Registration.id).where(Registration.person_id.in_(person_ids))))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    name_ar: str


def person_choices(db: DbSession, conference_id: int) -> list[PersonChoice]:
    """Everyone of the conference by name, to register someone."""
    return [
        PersonChoice(person_id, name, name_ar)
        for person_id, name, name_ar in db.execute(
            select(Person.id, Person.name, Person.name_ar)
            .where(Person.conference_id == conference_id)
            .order_by(Person.name, Person.id)
        )
    ]
