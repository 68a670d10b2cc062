"""Registrations of people for parts, and the speaking-role interests they expressed; each
outcome carries its undo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import partial
from typing import Any, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Interest, InterestKind, Part, Person, Registration, registration_part
from confdesk.services import validate
from confdesk.services.base import chunked, fetch, new_id, now
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import InterestData, RegistrationInput
from confdesk.services.errors import NotFound, Required, ValidationError
from confdesk.services.snapshots import registration_input
from confdesk.store import journal


def _parts(db: DbSession, person: Person, part_ids: Sequence[int]) -> list[Part]:
    if not part_ids:
        raise Required("parts: a registration is for at least one part", field="parts")
    parts = [fetch(db, Part, part_id) for part_id in dict.fromkeys(part_ids)]
    if any(part.conference_id != person.conference_id for part in parts):
        raise ValidationError("parts: a part of another conference", field="parts")
    return parts


def _check_interest(data: InterestData) -> InterestData:
    kind = validate.choice(data.kind, InterestKind, field="interests.kind")
    validate.aware(data.expressed_at, field="interests.expressed_at")
    if kind == InterestKind.ROUNDTABLE_SPEAKER:
        if data.roundtable is None or data.roundtable < 1:
            raise Required("interests.roundtable: say which roundtable (1 or more)", field="interests.roundtable")
    elif data.roundtable is not None:
        raise ValidationError(
            "interests.roundtable: only a roundtable-speaker interest names a roundtable",
            field="interests.roundtable",
        )
    return InterestData(kind, data.expressed_at, data.roundtable)


def create_registration(
    db: DbSession,
    person_id: int,
    part_ids: Sequence[int],
    *,
    registered_at: datetime | None = None,
    source: str = "manual",
    interests: Sequence[InterestData] = (),
    registration_id: int | None = None,
    interest_ids: Sequence[int] | None = None,
) -> Outcome[int]:
    person = fetch(db, Person, person_id)
    parts = _parts(db, person, part_ids)
    registered_at = validate.aware(registered_at or now(), field="registered_at")
    checked = [_check_interest(item) for item in interests]
    keys = [(item.kind, item.roundtable) for item in checked]
    if len(set(keys)) != len(keys):
        raise ValidationError("interests: the same interest is listed twice", field="interests")
    row = Registration(
        id=registration_id,
        person=person,
        registered_at=registered_at,
        source=validate.text(source, field="source", max_length=200),
        parts=parts,
        interests=[
            Interest(
                id=interest_ids[index] if interest_ids else None,
                kind=item.kind,
                roundtable=item.roundtable,
                expressed_at=item.expressed_at,
            )
            for index, item in enumerate(checked)
        ],
    )
    new = new_id(db, row)
    changes = touched(registrations=new, people=person_id)
    return Outcome(new, changes, partial(delete_registration, registration_id=new))


def update_registration_parts(db: DbSession, registration_id: int, part_ids: Sequence[int]) -> Outcome[None]:
    """Change which parts a registration is for."""
    row = fetch(db, Registration, registration_id)
    previous = [part.id for part in row.parts]
    row.parts = _parts(db, row.person, part_ids)
    db.flush()
    undo = partial(update_registration_parts, registration_id=registration_id, part_ids=previous)
    return Outcome(None, touched(registrations=registration_id, people=row.person_id), undo)


def delete_registration(db: DbSession, registration_id: int) -> Outcome[None]:
    """Delete a registration with its interests; undo puts it back with the same ids."""
    return delete_registrations(db, [registration_id])


def delete_registrations(db: DbSession, registration_ids: Sequence[int]) -> Outcome[None]:
    rows = [fetch(db, Registration, registration_id) for registration_id in registration_ids]
    snapshot = tuple(registration_input(row) for row in rows)
    changes = touched(registrations=registration_ids, people={row.person_id for row in rows})
    for row in rows:
        db.delete(row)
    db.flush()
    return Outcome(None, changes, partial(create_registrations, items=snapshot))


def add_interest(
    db: DbSession,
    registration_id: int,
    data: InterestData,
    *,
    interest_id: int | None = None,
) -> Outcome[int]:
    row = fetch(db, Registration, registration_id)
    data = _check_interest(data)
    if any((item.kind, item.roundtable) == (data.kind, data.roundtable) for item in row.interests):
        raise ValidationError("interests: this interest is already recorded", field="interests")
    interest = Interest(
        id=interest_id,
        registration=row,
        kind=data.kind,
        roundtable=data.roundtable,
        expressed_at=data.expressed_at,
    )
    new = new_id(db, interest)
    changes = touched(registrations=registration_id, people=row.person_id)
    return Outcome(new, changes, partial(remove_interest, interest_id=new))


def remove_interest(db: DbSession, interest_id: int) -> Outcome[None]:
    """Remove an interest; undo adds it back with the same id."""
    row = fetch(db, Interest, interest_id)
    registration = row.registration
    data = InterestData(row.kind, row.expressed_at, row.roundtable)
    registration.interests.remove(row)
    db.flush()
    undo = partial(add_interest, registration_id=registration.id, data=data, interest_id=interest_id)
    return Outcome(None, touched(registrations=registration.id, people=registration.person_id), undo)


def create_registrations(db: DbSession, items: Sequence[RegistrationInput]) -> Outcome[list[int]]:
    """Create many registrations with their interests in a few statements (loads, imports):
    the checks of :func:`create_registration`, errors naming the position."""
    if not items:
        return Outcome([], touched(), partial(delete_registrations, registration_ids=[]))
    person_ids = {item.person_id for item in items}
    known_people: dict[int, int] = {}
    for chunk in chunked(sorted(person_ids)):
        known_people.update(db.execute(select(Person.id, Person.conference_id).where(Person.id.in_(chunk))).all())
    part_conference = dict(db.execute(select(Part.id, Part.conference_id)).all())
    rows, links, interests = [], [], []
    for index, item in enumerate(items):
        where = f"registrations[{index}]"
        conference_id = known_people.get(item.person_id)
        if conference_id is None:
            raise NotFound("person", item.person_id, where=f"{where}.person_id")
        if not item.part_ids:
            raise Required(f"{where}.part_ids: at least one part", field="parts")
        for part_id in item.part_ids:
            if part_conference.get(part_id) != conference_id:
                raise ValidationError(f"{where}.part_ids: no part {part_id} here", field="parts")
        try:
            validate.aware(item.registered_at, field="registered_at")
            checked = [_check_interest(data) for data in item.interests]
            source = validate.text(item.source, field="source", max_length=200)
        except ValidationError as error:
            raise type(error)(f"{where}.{error}", field=error.field) from None
        keys = [(data.kind, data.roundtable) for data in checked]
        if len(set(keys)) != len(keys):
            raise ValidationError(f"{where}.interests: the same interest twice", field="interests")
        row: dict[str, Any] = {
            "person_id": item.person_id,
            "registered_at": item.registered_at,
            "source": source,
            "version": 1,
        }
        if item.id is not None:
            row["id"] = item.id
        rows.append(row)
        links.append(tuple(dict.fromkeys(item.part_ids)))
        interests.append((checked, item.interest_ids))
    if all("id" in row for row in rows):
        db.execute(insert(Registration), rows)
        ids = [cast(int, row["id"]) for row in rows]
    else:
        ids = list(db.scalars(insert(Registration).returning(Registration.id, sort_by_parameter_order=True), rows))
    journal.created(db, "registration", ({**row, "id": row_id} for row, row_id in zip(rows, ids)))
    db.execute(
        insert(registration_part),
        [{"registration_id": rid, "part_id": pid} for rid, parts in zip(ids, links) for pid in parts],
    )
    interest_rows = []
    for registration_id, (checked, interest_ids) in zip(ids, interests):
        for position, data in enumerate(checked):
            interest_row = {
                "registration_id": registration_id,
                "kind": data.kind,
                "roundtable": data.roundtable,
                "expressed_at": data.expressed_at,
            }
            if interest_ids:
                interest_row["id"] = interest_ids[position]
            interest_rows.append(interest_row)
    if interest_rows:
        # SQLAlchemy batches consecutive rows with the same columns; a None roundtable is left
        # out of a row, so mixed interests would go one INSERT per row unless grouped like this.
        interest_rows.sort(key=lambda row: row["roundtable"] is None)
        db.execute(insert(Interest), interest_rows)
    changes = touched(registrations=ids, people=person_ids)
    return Outcome(ids, changes, partial(delete_registrations, registration_ids=ids))
