"""Importing a registration list: every row imported, merged into a known person, or rejected
with a reason, all in the caller's one unit of work.

People are matched by e-mail (the services store addresses trimmed and lower-case). A known
person keeps every value they have: the file may fill an empty field or add an interest or a
part, and any value that differs is reported, never written over.

Parts: a row with a parts column registers for the parts it names; without one, a new
registration is for every part of the conference and a merged one keeps its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from confdesk.imports.mapping import IGNORE, Profile, guess_mapping
from confdesk.imports.report import Detail, ImportReport, RowOutcome, RowResult
from confdesk.imports.rows import Draft, PartName, Rejected, RowReader
from confdesk.imports.sources import Limits, Table, read_table
from confdesk.imports.text import normalise
from confdesk.imports.values import conference_choices
from confdesk.imports.vocabulary import interest_label
from confdesk.model import Part, Person, Registration
from confdesk.queries import conference_zone
from confdesk.services import (
    InterestData,
    Outcome,
    PersonChanges,
    RegistrationInput,
    add_interest,
    combined,
    create_people,
    create_registration,
    create_registrations,
    update_person,
    update_registration_parts,
    validate,
)
from confdesk.services.base import now
from confdesk.store import Store

Progress = Callable[[int, int], None]
#: Rows read to tell an Arabic-script name column from a Latin one.
SAMPLE_ROWS = 200

#: Person fields compared with a known person, in the order a report lists them.
_COMPARED = (
    "name",
    "name_ar",
    "honorific",
    "job_title",
    "organisation",
    "group",
    "country",
    "language",
    "gender",
    "listed",
    "notes",
)


def import_table(
    db: DbSession,
    conference_id: int,
    table: Table,
    mapping: list[str] | None = None,
    profile: Profile | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Import ``table`` into the conference through the services; never commits.

    A service refusing a row that passed the checks here raises, so the caller's unit of work
    rolls the whole import back: all or nothing.
    """
    profile = profile or Profile()
    mapping = mapping or guess_mapping(table.headers, profile, [row.cells for row in table.rows[:SAMPLE_ROWS]])
    parts = _part_names(db, conference_id)
    roundtables = conference_choices(db, conference_id).roundtable_numbers
    reader = RowReader(table.headers, mapping, profile, conference_zone(db, conference_id), parts, now(), roundtables)
    known = _known_people(db, conference_id)
    results: dict[int, RowResult] = {}
    drafts: list[Draft] = []
    first_row: dict[str, int] = {}
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        if row.is_blank():
            results[row.number] = RowResult(row.number, RowOutcome.SKIPPED, "", "blank", "blank row")
            continue
        try:
            draft = reader.read(row)
        except Rejected as rejection:
            results[row.number] = RowResult(
                row.number,
                RowOutcome.REJECTED,
                _email_of(row.cells, mapping),
                rejection.code,
                rejection.reason,
                rejection.values,
            )
            continue
        if draft.email in first_row:
            results[row.number] = RowResult(
                row.number,
                RowOutcome.REJECTED,
                draft.email,
                "duplicate_in_file",
                f"same e-mail as row {first_row[draft.email]}",
                (str(first_row[draft.email]),),
            )
            continue
        first_row[draft.email] = row.number
        drafts.append(draft)
        if progress and done % 500 == 0:
            progress(done, total * 2)
    source = validate.escaped(validate.join_lines(table.name))[:200]
    all_parts = tuple(part.id for part in parts)
    new = [draft for draft in drafts if draft.email not in known]
    actions = _create(db, conference_id, new, all_parts, source, results)
    for count, draft in enumerate((d for d in drafts if d.email in known), start=1):
        actions += _merge(db, known[draft.email], draft, all_parts, source, results)
        if progress and count % 200 == 0:
            progress(total + count, total * 2)
    if progress:
        progress(total * 2, total * 2)
    unused = [header for header, target in zip(table.headers, mapping, strict=True) if target == IGNORE and header]
    ordered = [results[number] for number in sorted(results)]
    return ImportReport(table.name, ordered, unused, combined(actions, None))


def _email_of(cells: tuple[object, ...], mapping: list[str]) -> str:
    """What a rejected row gives as its address, made safe to print and to write as UTF-8."""
    if "email" in mapping:
        return validate.escaped(str(cells[mapping.index("email")] or "").strip()[:320])
    return ""


def _part_names(db: DbSession, conference_id: int) -> list[PartName]:
    rows = db.scalars(select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id))
    return [
        PartName(part.id, index, tuple(normalise(name) for name in (part.name.ar, part.name.en, part.name.fr) if name))
        for index, part in enumerate(rows, start=1)
    ]


def _known_people(db: DbSession, conference_id: int) -> dict[str, Person]:
    query = (
        select(Person)
        .where(Person.conference_id == conference_id, Person.email.is_not(None))
        .options(
            selectinload(Person.registrations).selectinload(Registration.interests),
            selectinload(Person.registrations).selectinload(Registration.parts),
        )
    )
    return {person.email: person for person in db.scalars(query) if person.email}


def _interest_data(draft: Draft) -> tuple[InterestData, ...]:
    return tuple(InterestData(kind, draft.registered_at, roundtable) for kind, roundtable in draft.interests)


def _with_notes(reason: str, notes: list[Detail]) -> str:
    return "; ".join(part for part in (reason, *(note.text for note in notes)) if part)


def _create(
    db: DbSession,
    conference_id: int,
    drafts: list[Draft],
    all_parts: tuple[int, ...],
    source: str,
    results: dict[int, RowResult],
) -> list[Outcome[Any]]:
    if not drafts:
        return []
    people = [draft.person for draft in drafts]
    created = create_people(db, conference_id, people, ids=_next_ids(db, Person, len(people)))
    person_ids = created.value
    registration_ids: list[int | None] = [None] * len(drafts)
    registration_ids = list(_next_ids(db, Registration, len(drafts)) or registration_ids)
    registrations = [
        RegistrationInput(
            person_id,
            draft.part_ids or all_parts,
            draft.registered_at,
            source,
            _interest_data(draft),
            id=registration_id,
        )
        for person_id, registration_id, draft in zip(person_ids, registration_ids, drafts, strict=True)
    ]
    done: list[Outcome[Any]] = [created]
    if all_parts:
        done.append(create_registrations(db, registrations))
    for draft in drafts:
        results[draft.row] = RowResult(
            draft.row, RowOutcome.IMPORTED, draft.email, "", _with_notes("", draft.notes), details=tuple(draft.notes)
        )
    return done


def _next_ids(db: DbSession, entity: type[Person] | type[Registration], count: int) -> list[int] | None:
    """Ids for ``count`` new rows on SQLite, else None (the database chooses).

    SQLite cannot return the ids of a many-row INSERT in order, so SQLAlchemy would send one
    INSERT per row: three times slower for a 10,000-row list. Choosing them here is safe because
    the ids follow the largest one inside this unit of work; a writer racing us would fail the
    primary key and roll the whole import back, not mix rows up.
    """
    if db.get_bind().dialect.name != "sqlite":
        return None
    start = (db.scalar(select(func.max(entity.id))) or 0) + 1
    return list(range(start, start + count))


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return normalise(a) == normalise(b)
    return a == b


def _kept(name: str, ours: object, theirs: object) -> Detail:
    return Detail(
        "kept_value", (name, str(ours), str(theirs)), f"kept {name.replace('_', ' ')} {ours!r} (file: {theirs!r})"
    )


def _compare(person: Person, draft: Draft) -> tuple[PersonChanges, list[Detail]]:
    """(fields to fill because the person has no value, what was said about values kept)."""
    fill: dict[str, Any] = {}
    kept: list[Detail] = []
    for name in _COMPARED:
        if name not in draft.given:
            continue
        theirs, ours = getattr(draft.person, name), getattr(person, name)
        if hasattr(theirs, "to_dict"):
            ((lang, value),) = theirs.to_dict().items()
            if any(_same(value, known) for known in ours.to_dict().values()):
                continue
            if not ours.has(lang):
                fill[name] = ours.with_(lang, value)
            else:
                kept.append(_kept(name, ours.get(lang), value))
        elif _same(theirs, ours):
            continue
        elif ours in ("", None, False):
            fill[name] = theirs
        else:
            kept.append(_kept(name, ours, theirs))
    return cast(PersonChanges, fill), kept


def _merge(
    db: DbSession, person: Person, draft: Draft, all_parts: tuple[int, ...], source: str, results: dict[int, RowResult]
) -> list[Outcome[Any]]:
    fill, kept = _compare(person, draft)
    added: list[Detail] = []
    done: list[Outcome[Any]] = []
    if fill:
        done.append(update_person(db, person.id, **fill))
        added.append(Detail("filled", tuple(fill), "filled " + ", ".join(name.replace("_", " ") for name in fill)))
    if not person.registrations:
        if all_parts:
            done.append(
                create_registration(
                    db,
                    person.id,
                    draft.part_ids or all_parts,
                    registered_at=draft.registered_at,
                    source=source,
                    interests=_interest_data(draft),
                )
            )
            added.append(Detail("added_registration", (), "added registration"))
    else:
        registration = min(person.registrations, key=lambda item: (item.registered_at, item.id))
        recorded = {(item.kind, item.roundtable) for reg in person.registrations for item in reg.interests}
        for kind, roundtable in draft.interests:
            if (kind, roundtable) not in recorded:
                done.append(add_interest(db, registration.id, InterestData(kind, draft.registered_at, roundtable)))
                added.append(
                    Detail(
                        "added_interest",
                        (kind, str(roundtable or "")),
                        f"added interest: {interest_label(kind, roundtable, 'en')}",
                    )
                )
        if draft.part_ids:
            have = [part.id for part in registration.parts]
            missing = [part_id for part_id in draft.part_ids if part_id not in have]
            if missing:
                done.append(update_registration_parts(db, registration.id, have + missing))
                text = "added part" if len(missing) == 1 else "added parts"
                added.append(Detail("added_parts", (str(len(missing)),), text))
    outcome = RowOutcome.MERGED if added else RowOutcome.UNCHANGED
    code = "changed_fields" if kept else ""
    said = added + kept
    results[draft.row] = RowResult(
        draft.row,
        outcome,
        draft.email,
        code,
        _with_notes("; ".join(detail.text for detail in said), draft.notes),
        details=tuple(dict.fromkeys(said + draft.notes)),
    )
    return done


def import_file(
    store: Store,
    conference_id: int,
    path: str | Path,
    *,
    profile: Profile | None = None,
    mapping: list[str] | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> ImportReport:
    """Read ``path`` within ``limits`` and import it in one unit of work of ``store`` (rolled
    back for a dry run)."""
    profile = profile or Profile()
    table = read_table(path, sheet=sheet or profile.sheet, limits=limits)
    return import_read_table(
        store, conference_id, table, profile=profile, mapping=mapping, dry_run=dry_run, progress=progress
    )


def import_read_table(
    store: Store,
    conference_id: int,
    table: Table,
    *,
    profile: Profile | None = None,
    mapping: list[str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    unit = store.reader() if dry_run else store.unit()
    with unit as db:
        report = import_table(db, conference_id, table, mapping, profile, progress=progress)
    if dry_run:
        report = replace(report, outcome=Outcome(None), dry_run=True)
    return report
