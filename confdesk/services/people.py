"""People (stakeholders): create, edit, delete, and many at once for loads and imports; each
outcome carries its undo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, Unpack, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, Gender, Person, StakeholderGroup
from confdesk.services import validate
from confdesk.services.assignments import create_assignments
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, touched
from confdesk.services.data import PersonChanges, PersonData
from confdesk.services.errors import DuplicateEmail, ValidationError
from confdesk.services.registrations import create_registrations
from confdesk.services.snapshots import PersonSnapshot, person_data, person_snapshot
from confdesk.store import journal


def _check(data: PersonData) -> PersonData:
    name = validate.text(data.name, field="name", required=True, max_length=200)
    name_ar = validate.text(data.name_ar, field="name_ar", max_length=200)
    group = validate.choice(data.group, StakeholderGroup, field="group")
    gender = validate.choice(data.gender, Gender, field="gender") if data.gender else None
    timezone = validate.timezone(data.timezone) if data.timezone else None
    return replace(
        data,
        name=name,
        name_ar=name_ar,
        honorific=validate.local_text(data.honorific, field="honorific", max_length=validate.TITLE_LENGTH),
        job_title=validate.local_text(data.job_title, field="job_title", max_length=validate.TITLE_LENGTH),
        organisation=validate.local_text(data.organisation, field="organisation", max_length=validate.TITLE_LENGTH),
        notes=validate.clean(data.notes, field="notes", multiline=True, max_length=10_000),
        group=group,
        gender=gender,
        timezone=timezone,
        country=validate.country(data.country),
        email=validate.email(data.email),
        language=validate.language(data.language),
    )


def _emails(db: DbSession, conference_id: int) -> dict[str, int]:
    """E-mail → person id for the conference, cached for the unit of work.

    Every change to people goes through these services, which keep the cache current, so a
    load of 10,000 people checks duplicates without a query (and a flush) per person.
    """
    cache: dict[int, dict[str, int]] = db.info.setdefault("confdesk.emails", {})
    if conference_id not in cache:
        rows = db.execute(
            select(Person.email, Person.id).where(Person.conference_id == conference_id, Person.email.is_not(None))
        )
        cache[conference_id] = {email: person_id for email, person_id in rows if email}
    return cache[conference_id]


def _claim_email(emails: dict[str, int], email: str | None, person_id: int | None) -> None:
    if email is None:
        return
    owner = emails.get(email)
    if owner is not None and owner != person_id:
        raise DuplicateEmail(f"email: {email} already belongs to another person", field="email")


def _values(data: PersonData) -> dict[str, Any]:
    return {name: getattr(data, name) for name in PersonData.__dataclass_fields__}


def create_person(db: DbSession, conference_id: int, data: PersonData, *, person_id: int | None = None) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check(data)
    emails = _emails(db, conference_id)
    _claim_email(emails, data.email, person_id)
    row = Person(id=person_id, conference_id=conference_id, **_values(data))
    new = new_id(db, row)
    if data.email:
        emails[data.email] = new
    return Outcome(new, touched(people=new), partial(delete_person, person_id=new))


def create_people(
    db: DbSession,
    conference_id: int,
    people: Iterable[PersonData],
    *,
    ids: Sequence[int] | None = None,
) -> Outcome[list[int]]:
    """Create many people in one statement (loads, imports, the demo): the same checks as
    :func:`create_person`, errors naming the position (``people[12].email``)."""
    fetch(db, Conference, conference_id)
    emails = _emails(db, conference_id)
    rows: list[dict[str, Any]] = []
    for index, data in enumerate(people):
        person_id = ids[index] if ids is not None else None
        try:
            data = _check(data)
            _claim_email(emails, data.email, person_id)
        except ValidationError as error:
            raise type(error)(f"people[{index}].{error}", field=error.field) from None
        values = _values(data) | {"conference_id": conference_id, "version": 1}
        if person_id is not None:
            values["id"] = person_id
        rows.append(values)
        if data.email:
            emails[data.email] = person_id if person_id is not None else -1 - index
    if not rows:
        return Outcome([], touched(), partial(delete_people, person_ids=[]))
    if ids is not None:
        db.execute(insert(Person), rows)
        new_ids = list(ids)
    else:
        new_ids = list(db.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows))
    journal.created(db, "person", ({**row, "id": row_id} for row, row_id in zip(rows, new_ids)))
    for values, person_id in zip(rows, new_ids, strict=True):
        if values["email"]:
            emails[values["email"]] = person_id
    return Outcome(new_ids, touched(people=new_ids), partial(delete_people, person_ids=new_ids))


def update_person(
    db: DbSession, person_id: int, *, expected_version: int | None = None, **changes: Unpack[PersonChanges]
) -> Outcome[None]:
    """Change fields of a person; undo sets back what they were."""
    row = fetch(db, Person, person_id, expected_version=expected_version, fields=changes)
    validate.known_fields(PersonData, changes)
    before = person_data(row)
    after = _check(replace(before, **changes))
    emails = _emails(db, row.conference_id)
    _claim_email(emails, after.email, person_id)
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, getattr(after, name))
    if "email" in previous:
        if before.email:
            emails.pop(before.email, None)
        if after.email:
            emails[after.email] = person_id
    undo = partial(update_person, person_id=person_id, **cast(PersonChanges, previous))
    return Outcome(None, touched(people=person_id), undo)


def delete_person(db: DbSession, person_id: int) -> Outcome[None]:
    """Delete a person with their registrations and assignments; undo puts them all back."""
    return delete_people(db, [person_id])


def delete_people(db: DbSession, person_ids: Sequence[int]) -> Outcome[None]:
    rows = [fetch(db, Person, person_id) for person_id in person_ids]
    snapshots = tuple(person_snapshot(row) for row in rows)
    changes = touched(
        people=person_ids,
        assignments=[a.id for row in rows for a in row.assignments],
        sessions={a.session_id for row in rows for a in row.assignments},
        registrations=[r.id for row in rows for r in row.registrations],
    )
    for row in rows:
        if row.email:
            _emails(db, row.conference_id).pop(row.email, None)
        db.delete(row)
    db.flush()
    return Outcome(None, changes, partial(restore_people, snapshots=snapshots))


def restore_people(db: DbSession, snapshots: Sequence[PersonSnapshot]) -> Outcome[None]:
    """Recreate deleted people with their ids, registrations and assignments."""
    changes = touched()
    for conference_id in dict.fromkeys(item.conference_id for item in snapshots):
        mine = [item for item in snapshots if item.conference_id == conference_id]
        changes |= create_people(
            db, conference_id, [item.data for item in mine], ids=[item.id for item in mine]
        ).changes
    changes |= create_registrations(db, [r for item in snapshots for r in item.registrations]).changes
    changes |= create_assignments(db, [a for item in snapshots for a in item.assignments]).changes
    undo = partial(delete_people, person_ids=[item.id for item in snapshots])
    return Outcome(None, changes, undo)
