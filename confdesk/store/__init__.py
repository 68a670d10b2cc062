"""The conference file: opening, checking and migrating it, and units of work on it.

A conference lives in one SQLite file (suffix ``.confdesk``) by default; any SQLAlchemy URL
works too. The store owns transactions: services take a session and never commit; callers run
them inside ``with store.unit() as db:``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from confdesk.model import Conference
from confdesk.store.errors import (
    CorruptFile,
    DatabaseUnavailable,
    FileMissing,
    NewerSchema,
    NotAConferenceFile,
    StoreError,
)

if TYPE_CHECKING:
    from alembic.config import Config

SUFFIX = ".confdesk"
#: The newest migration. Opening a file already at this revision needs no Alembic at all,
#: which keeps start-up fast; tests/core/test_migrations.py checks it names the one head.
HEAD_REVISION = "0002"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")

__all__ = [
    "SUFFIX",
    "CorruptFile",
    "DatabaseUnavailable",
    "FileMissing",
    "NewerSchema",
    "NotAConferenceFile",
    "Store",
    "StoreError",
    "alembic_config",
    "open_store",
]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _is_url(location: str) -> bool:
    return "://" in location


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """An open conference file with its schema at the newest revision."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file on disk, for SQLite stores."""
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def unit(self) -> Iterator[DbSession]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as db:
            yield db

    @contextmanager
    def reader(self) -> Iterator[DbSession]:
        """A session for reading only; nothing is committed. Rows read stay readable after the
        block (closing does not expire them), but lazy relationships must be read inside it."""
        db = self._sessions()
        try:
            yield db
        finally:
            db.close()

    def conference_id(self) -> int | None:
        with self.reader() as db:
            return db.scalar(select(Conference.id).order_by(Conference.id).limit(1))

    def save_copy(self, destination: Path) -> None:
        """Write a consistent copy of a SQLite conference file with SQLite's backup API."""
        if not self.is_sqlite:
            raise StoreError(self.location, "only a SQLite conference file can be copied")
        raw = self.engine.raw_connection()
        try:
            target = sqlite3.connect(destination)
            try:
                driver = raw.driver_connection
                if driver is None:
                    raise StoreError(self.location, "the database connection is closed")
                driver.backup(target)
            finally:
                target.close()
        finally:
            raw.close()

    def close(self) -> None:
        self.engine.dispose()


def _inspect_existing(engine: Engine, location: str, *, allow_empty: bool) -> str | None:
    """Refuse a database that is not ours, is damaged, or is from a newer ConfDesk; return its
    schema revision (None for an empty database)."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                verdict = connection.exec_driver_sql("PRAGMA quick_check").scalar()
                if verdict != "ok":
                    raise CorruptFile(location, str(verdict))
            tables = set(inspect(connection).get_table_names())
            if not tables:
                if allow_empty:
                    return None
                raise NotAConferenceFile(location)
            if "alembic_version" not in tables or "conference" not in tables:
                raise NotAConferenceFile(location)
            revision: str | None = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except StoreError:
        raise
    except OperationalError as error:
        if engine.dialect.name == "sqlite":
            raise CorruptFile(location, str(error.orig)) from error
        raise DatabaseUnavailable(location, str(error.orig)) from error
    except DatabaseError as error:
        raise CorruptFile(location, str(error.orig)) from error
    if revision is None:
        raise NotAConferenceFile(location)
    if revision != HEAD_REVISION and revision not in _known_revisions():
        raise NewerSchema(location, revision)
    return revision


def _upgrade(engine: Engine, revision: str | None) -> None:
    if revision == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(location: str | Path, *, create: bool = False) -> Store:
    """Open (or with ``create``, make) a conference database and bring its schema up to date.

    ``location`` is a file path or any SQLAlchemy URL. A file that is not a ConfDesk file,
    is damaged or comes from a newer schema raises a :class:`StoreError` and is left untouched.
    """
    location = str(location)
    if _is_url(location):
        try:
            url = make_url(location)
        except ArgumentError as error:
            raise DatabaseUnavailable(location, "not a valid database URL") from error
        if url.drivername == "postgresql":
            # psycopg (3) is the driver ConfDesk installs; SQLAlchemy's default is psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_store(Path(url.database), create=create)
        try:
            engine = create_engine(url)
        except Exception as error:  # missing driver, bad options: report, don't crash
            raise DatabaseUnavailable(location, str(error)) from error
        if url.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        _upgrade(engine, _inspect_existing(engine, location, allow_empty=True))
        return Store(engine, location)

    path = Path(location)
    revision = None
    if not path.exists():
        if not create:
            raise FileMissing(location)
    else:
        if path.is_dir():
            raise NotAConferenceFile(location)
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
        if header and header != _SQLITE_MAGIC:
            raise NotAConferenceFile(location)
        if not header and not create:
            raise NotAConferenceFile(location)
        if header:
            readonly = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
            try:
                revision = _inspect_existing(readonly, location, allow_empty=create)
            finally:
                readonly.dispose()
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    _upgrade(engine, revision)
    return Store(engine, location)
