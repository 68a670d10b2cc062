"""Helpers every service uses: fetching by id, the clock, the operating-system user."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Protocol, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session as DbSession

from confdesk.services.errors import ConcurrentEdit, NotFound
from confdesk.store import journal

T = TypeVar("T")

#: Ids per ``IN (…)`` query. Each id is one bound variable, and SQLite refuses a statement
#: with more than 32,766 of them (PostgreSQL 65,535): a 50,000-row import must ask in chunks.
CHUNK = 500


#: ``db.info`` key set while an action runs "on top" of a colleague's change (:func:`on_top`).
ON_TOP = "on_top"


def fetch(
    db: DbSession,
    entity: type[T],
    entity_id: int,
    *,
    expected_version: int | None = None,
    fields: Iterable[str] = (),
) -> T:
    """The row with ``entity_id`` or :class:`NotFound`.

    With ``expected_version`` (the version the caller read) and ``fields`` (what the caller is
    about to change): when someone else changed the row since, the change goes through if the
    change log shows they changed other fields only, and is refused with :class:`ConcurrentEdit`
    (naming who, when and the fields both changed) if they changed one of ``fields`` too, or if
    the log cannot tell. Inside :func:`on_top`, the caller's change wins without asking."""
    row = db.get(entity, entity_id)
    table: str = entity.__tablename__  # type: ignore[attr-defined]
    if row is None:
        raise NotFound(table, entity_id)
    if expected_version is None or row.version == expected_version or db.info.get(ON_TOP):  # type: ignore[attr-defined]
        return row
    theirs = journal.changes_since(db, table, entity_id, expected_version)
    mine = set(fields)
    columns = {column.key for column in sa_inspect(entity).column_attrs}
    if not mine <= columns:  # a field that is no column: assume the worst
        mine = columns
    both = sorted({entry.field for entry in theirs if entry.field in mine})
    recreated = any(entry.field is None for entry in theirs)  # deleted and put back: all is new
    if theirs and mine and not both and not recreated:
        return row  # they changed other fields: this change merges with theirs
    in_the_way = [entry for entry in theirs if entry.field in mine] or theirs
    newest = in_the_way[-1] if in_the_way else None
    raise ConcurrentEdit(
        table,
        entity_id,
        author=newest.author if newest else "",
        at=newest.at if newest else None,
        fields=both,
    )


def on_top(action: Callable[[DbSession], T]) -> Callable[[DbSession], T]:
    """``action`` applied over whatever colleagues changed since it was prepared (the user chose
    "apply mine on top" after a :class:`ConcurrentEdit`)."""

    def run(db: DbSession) -> T:
        db.info[ON_TOP] = True
        try:
            return action(db)
        finally:
            db.info.pop(ON_TOP, None)

    return run


def now() -> datetime:
    return datetime.now(UTC)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a bare container
        return ""


class HasId(Protocol):
    id: int


def new_id(db: DbSession, row: HasId) -> int:
    """Add ``row`` and return its id, flushing only when the database must choose it."""
    db.add(row)
    if row.id is None:
        db.flush()
    return row.id


def chunked(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``values`` in lists of at most ``size``, for ``in_()`` queries over many ids."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk
