"""Who did what: the change log read back, per session, per person or for the whole conference,
and the :class:`Changes` a colleague's entries make (what an open window refreshes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model.journal import ChangeLogEntry
from confdesk.services.base import chunked
from confdesk.services.changes import Changes, touched
from confdesk.store.journal import UnitRecord


@dataclass(frozen=True)
class HistoryEntry:
    """One change: a row created or deleted (``field`` None), or one field from ``before`` to
    ``after``."""

    id: int
    at: datetime
    author: str
    entity: str
    entity_id: int
    action: str
    field: str | None
    before: Any
    after: Any
    session_id: int | None = None
    person_id: int | None = None

    @classmethod
    def of(cls, row: ChangeLogEntry) -> HistoryEntry:
        return cls(
            row.id,
            row.at,
            row.author,
            row.entity,
            row.entity_id,
            row.action,
            row.field,
            row.before,
            row.after,
            row.session_id,
            row.person_id,
        )


def history(
    db: DbSession, *, session_id: int | None = None, person_id: int | None = None, limit: int | None = None
) -> list[HistoryEntry]:
    """The changes to a session (with its lineup), to a person (with their registrations and
    roles), or with neither to everything; newest first."""
    query = select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())
    if session_id is not None:
        query = query.where(ChangeLogEntry.session_id == session_id)
    if person_id is not None:
        query = query.where(ChangeLogEntry.person_id == person_id)
    if limit is not None:
        query = query.limit(limit)
    return [HistoryEntry.of(row) for row in db.scalars(query)]


def row_changes(entity: str, entity_id: object) -> Changes:
    """What views reload to show one row as it is now (after a refused save)."""
    if not isinstance(entity_id, int):
        return Changes.all()
    entry = HistoryEntry(0, datetime.min, "", entity, entity_id, "changed", "", None, None)
    return changes_of([entry]) or Changes.all()


def changes_of(entries: Iterable[HistoryEntry]) -> Changes:
    """What views must refresh after ``entries`` (a colleague's changes)."""
    changes = Changes()
    for entry in entries:
        table, row_id = entry.entity, entry.entity_id
        if table == "conference":
            changes |= touched(conference=True)
        elif table == "part":
            changes |= touched(parts=row_id)
        elif table == "session":
            part = (entry.after or entry.before or {}).get("part_id") if entry.field is None else None
            changes |= touched(sessions=row_id, parts=part if isinstance(part, int) else ())
            if entry.field == "part_id":
                moved = {value for value in (entry.before, entry.after) if isinstance(value, int)}
                changes |= touched(parts=moved)
        elif table == "assignment":
            changes |= touched(assignments=row_id)
        elif table == "deadline":
            changes |= touched(deadlines=row_id)
        elif table == "registration":
            changes |= touched(registrations=row_id)
        elif table == "interest":
            registration = (entry.after or entry.before or {}).get("registration_id") if entry.field is None else None
            changes |= touched(registrations=registration) if isinstance(registration, int) else Changes.all()
        if table != "person" and entry.person_id is not None:
            changes |= touched(people=entry.person_id)
        elif table == "person":
            changes |= touched(people=row_id)
        if table != "session" and entry.session_id is not None:
            changes |= touched(sessions=entry.session_id)
    return changes


def clashes(db: DbSession, record: UnitRecord, desk: str) -> list[HistoryEntry]:
    """Other desks' changes, after the unit of work ``record`` describes, to the fields it
    touched (a row a colleague deleted or put back clashes with any field of it): what taking
    that unit back, or doing it again, would overwrite. Oldest first."""
    rows: dict[tuple[str, int], set[str | None]] = {}
    for entity, entity_id, name in record.touched:
        rows.setdefault((entity, entity_id), set()).add(name)
    if not rows:
        return []
    found: list[HistoryEntry] = []
    for entity in {entity for entity, _ in rows}:
        ids = [entity_id for kind, entity_id in rows if kind == entity]
        for chunk in chunked(ids):
            query = (
                select(ChangeLogEntry)
                .where(
                    ChangeLogEntry.id > record.last_id,
                    ChangeLogEntry.desk != desk,
                    ChangeLogEntry.entity == entity,
                    ChangeLogEntry.entity_id.in_(chunk),
                )
                .order_by(ChangeLogEntry.id)
            )
            for row in db.scalars(query):
                mine = rows[(row.entity, row.entity_id)]
                if row.field is None or None in mine or row.field in mine:
                    found.append(HistoryEntry.of(row))
    return sorted(found, key=lambda entry: entry.id)


def value_text(value: Any) -> str:
    """A logged value as one short line: texts per language as ``en: …; fr: …``."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{key}: {value_text(item)}" for key, item in value.items() if item not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(value_text(item) for item in value) or "—"
    return str(value)


def summary(entry: HistoryEntry) -> str:
    """What the entry did, in English, for the command line and logs: ``title: A → B``, or the
    row created or deleted with its name."""
    if entry.field is not None:
        return f"{entry.field}: {value_text(entry.before)} → {value_text(entry.after)}"
    whole = entry.after if entry.action == "created" else entry.before
    label = ""
    if isinstance(whole, dict):
        for key in ("title", "name", "role", "kind"):
            if whole.get(key):
                label = value_text(whole[key])
                break
    return f"{entry.action} {label}".strip()
