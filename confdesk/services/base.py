"""Helpers every service uses: fetching by id, the clock, the operating-system user."""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session as DbSession

from confdesk.services.errors import ConcurrentEdit, NotFound

T = TypeVar("T")

#: Ids per ``IN (…)`` query. Each id is one bound variable, and SQLite refuses a statement
#: with more than 32,766 of them (PostgreSQL 65,535): a 50,000-row import must ask in chunks.
CHUNK = 500


def fetch(db: DbSession, entity: type[T], entity_id: int, *, expected_version: int | None = None) -> T:
    """The row with ``entity_id`` or :class:`NotFound`; with ``expected_version``, refuse to
    work on a row someone else has changed since the caller read it."""
    row = db.get(entity, entity_id)
    if row is None:
        raise NotFound(entity.__tablename__, entity_id)  # type: ignore[attr-defined]
    if expected_version is not None and row.version != expected_version:  # type: ignore[attr-defined]
        raise ConcurrentEdit(entity.__tablename__, entity_id)  # type: ignore[attr-defined]
    return row


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
