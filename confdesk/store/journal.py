"""Writes the change log (:class:`~confdesk.model.journal.ChangeLogEntry`) as units of work flush.

Every flush of a unit of work is looked at once it has happened (``after_flush``: rows have
their ids, attributes still hold what they were): each row created or deleted is one entry
holding the whole row, each column changed is one entry with the value before and after. So
every service is journaled without knowing it; the few that insert many rows at once, past
the ORM's unit of work, call :func:`created` themselves.

Values are kept as JSON: texts in every language as their dict, times as ISO 8601.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model.journal import CHANGED, CREATED, DELETED, ChangeLogEntry
from confdesk.model.text import LocalText

#: The tables of the conference itself; operational records (mail sent, calendar replies,
#: published snapshots) have their own history and are not journaled field by field.
JOURNALED = frozenset({"conference", "part", "session", "person", "registration", "interest", "assignment", "deadline"})
#: Columns that are bookkeeping, not content.
_SKIPPED = frozenset({"version"})
_TABLE = ChangeLogEntry


def new_desk() -> str:
    """A token naming one open conference (one window, one command run)."""
    return secrets.token_hex(8)


#: (entity, entity_id, field) of one entry; field None for a row created or deleted.
Touch = tuple[str, int, str | None]


@dataclass(frozen=True)
class UnitRecord:
    """What one committed unit of work wrote to the change log: the fields it touched and the
    id of its last entry (colleagues' entries after it are what an undo must not overwrite)."""

    touched: frozenset[Touch]
    last_id: int


@dataclass
class Journal:
    """Who is writing, from which desk, and what this desk's last unit of work wrote."""

    author: str
    desk: str = field(default_factory=new_desk)
    last_unit: UnitRecord | None = None


def journal_of(db: DbSession) -> Journal | None:
    found = db.info.get("journal")
    return found if isinstance(found, Journal) else None


def plain(value: Any) -> Any:
    """A column value as JSON can hold it."""
    if isinstance(value, LocalText):
        return value.to_dict()
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    return value


def _belongs_to(table: str, row: Any) -> tuple[int | None, int | None]:
    """The session and the person a row's history is shown under."""
    values = inspect(row).dict
    session_id = row.id if table == "session" else values.get("session_id")
    person_id = row.id if table == "person" else values.get("person_id")
    return session_id, person_id


def _whole(row: Any) -> dict[str, Any]:
    """Every column of a row (as it is in memory: for a deleted row, as it was)."""
    state = inspect(row)
    return {
        column.key: plain(state.dict[column.key])
        for column in state.mapper.column_attrs
        if column.key not in _SKIPPED and column.key in state.dict
    }


def _entries(db: DbSession, journal: Journal, at: datetime) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def entry(table: str, row: Any, action: str, **values: Any) -> None:
        session_id, person_id = _belongs_to(table, row)
        rows.append(
            {
                "at": at,
                "author": journal.author,
                "desk": journal.desk,
                "entity": table,
                "entity_id": row.id,
                "action": action,
                "field": None,
                "before": None,
                "after": None,
                "version": getattr(row, "version", None),
                "session_id": session_id,
                "person_id": person_id,
                **values,
            }
        )

    for row in db.new:
        table = getattr(row, "__tablename__", "")
        if table in JOURNALED:
            entry(table, row, CREATED, after=_whole(row))
    for row in db.dirty:
        table = getattr(row, "__tablename__", "")
        if table not in JOURNALED:
            continue
        state = inspect(row)
        for column in state.mapper.column_attrs:
            if column.key in _SKIPPED:
                continue
            history = state.attrs[column.key].history
            if not history.has_changes():
                continue
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if plain(before) == plain(after):
                continue
            entry(table, row, CHANGED, field=column.key, before=plain(before), after=plain(after))
    for row in db.deleted:
        table = getattr(row, "__tablename__", "")
        if table in JOURNALED:
            entry(table, row, DELETED, before=_whole(row))
    return rows


def record_flush(db: DbSession, _context: object) -> None:
    """``after_flush`` listener of every unit of work: write the entries of what it flushed."""
    journal = journal_of(db)
    if journal is None:
        return
    rows = _entries(db, journal, datetime.now(UTC))
    if rows:
        db.connection().execute(insert(_TABLE), rows)
        _note(db, rows)


def created(db: DbSession, table: str, values: Iterable[Mapping[str, Any]]) -> None:
    """Entries for rows inserted in bulk (each mapping holds the row's ``id`` and columns)."""
    journal = journal_of(db)
    if journal is None or table not in JOURNALED:
        return
    at = datetime.now(UTC)
    rows = []
    for row in values:
        whole = {name: plain(value) for name, value in row.items() if name not in _SKIPPED}
        rows.append(
            {
                "at": at,
                "author": journal.author,
                "desk": journal.desk,
                "entity": table,
                "entity_id": row["id"],
                "action": CREATED,
                "field": None,
                "before": None,
                "after": whole,
                "version": row.get("version", None if table == "interest" else 1),
                "session_id": row["id"] if table == "session" else row.get("session_id"),
                "person_id": row["id"] if table == "person" else row.get("person_id"),
            }
        )
    if rows:
        db.connection().execute(insert(_TABLE), rows)
        _note(db, rows)


def _note(db: DbSession, rows: list[dict[str, Any]]) -> None:
    db.info["journaled"] = True
    db.info.setdefault("touched", set()).update((row["entity"], row["entity_id"], row["field"]) for row in rows)


def unit_record(db: DbSession) -> UnitRecord | None:
    """What the unit of work ``db`` wrote (call before it commits), or None if nothing."""
    if not db.info.get("journaled"):
        return None
    last = db.scalar(select(func.max(ChangeLogEntry.id)))
    return UnitRecord(frozenset(db.info.get("touched", ())), int(last or 0))


def changes_since(db: DbSession, table: str, entity_id: int, version: int) -> list[ChangeLogEntry]:
    """The entries of changes to one row made after it was at ``version``, oldest first."""
    query = (
        select(ChangeLogEntry)
        .where(
            ChangeLogEntry.entity == table,
            ChangeLogEntry.entity_id == entity_id,
            ChangeLogEntry.version > version,
        )
        .order_by(ChangeLogEntry.id)
    )
    return list(db.scalars(query))
