"""The people table: one row per person with what the filters need (interests, lineup
statuses) gathered in three statements, however many people there are."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Assignment, Interest, LocalText, Person, Registration
from confdesk.services.data import PersonData
from confdesk.views.text import fold


@dataclass(frozen=True)
class PersonRow:
    id: int
    version: int
    name: str
    name_ar: str
    honorific: LocalText
    job_title: LocalText
    organisation: LocalText
    group: str
    country: str
    email: str | None
    language: str
    gender: str | None
    timezone: str | None
    listed: bool
    notes: str
    #: ``kind`` or ``roundtable_speaker:N`` for every interest the person expressed.
    interests: frozenset[str]
    #: Statuses of the person's assignments (empty: in no lineup).
    statuses: frozenset[str]
    #: Folded names, organisations and e-mail: what the search box matches against.
    search_key: str

    def data(self) -> PersonData:
        """The person's editable fields, as the services take them."""
        return PersonData(**{name: getattr(self, name) for name in PersonData.__dataclass_fields__})


def interest_key(kind: str, roundtable: int | None) -> str:
    return f"{kind}:{roundtable}" if roundtable is not None else kind


def search_key(*texts: str | LocalText | None) -> str:
    parts: list[str] = []
    for text in texts:
        if isinstance(text, LocalText):
            parts.extend((text.ar, text.en, text.fr))
        elif text:
            parts.append(text)
    # A separator no one types keeps a match from spanning two fields.
    return fold("\x1f".join(part for part in parts if part))


def person_rows(db: DbSession, conference_id: int, ids: Collection[int] | None = None) -> list[PersonRow]:
    """People of the conference (only ``ids`` when given), ordered by name."""
    people = select(
        Person.id, Person.version, Person.name, Person.name_ar, Person.honorific,
        Person.job_title, Person.organisation, Person.group, Person.country, Person.email,
        Person.language, Person.gender, Person.timezone, Person.listed, Person.notes,
    ).where(Person.conference_id == conference_id)  # fmt: skip
    interests = (
        select(Registration.person_id, Interest.kind, Interest.roundtable)
        .join(Interest, Interest.registration_id == Registration.id)
        .join(Person, Person.id == Registration.person_id)
        .where(Person.conference_id == conference_id)
    )
    statuses = (
        select(Assignment.person_id, Assignment.status)
        .join(Person, Person.id == Assignment.person_id)
        .where(Person.conference_id == conference_id)
    )
    if ids is not None:
        people = people.where(Person.id.in_(ids))
        interests = interests.where(Registration.person_id.in_(ids))
        statuses = statuses.where(Assignment.person_id.in_(ids))
    interest_keys: dict[int, set[str]] = defaultdict(set)
    for person_id, kind, roundtable in db.execute(interests):
        interest_keys[person_id].add(interest_key(kind, roundtable))
    person_statuses: dict[int, set[str]] = defaultdict(set)
    for person_id, status in db.execute(statuses):
        person_statuses[person_id].add(status)
    rows = [
        PersonRow(
            **values._asdict(),
            interests=frozenset(interest_keys.get(values[0], ())),
            statuses=frozenset(person_statuses.get(values[0], ())),
            search_key=search_key(values.name, values.name_ar, values.organisation, values.email),
        )
        for values in db.execute(people.order_by(Person.name, Person.id))
    ]
    return rows
