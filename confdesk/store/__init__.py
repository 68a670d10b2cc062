"""The conference file: opening, checking and migrating it, and units of work on it.

A conference lives in one SQLite file (suffix ``.confdesk``) by default; any SQLAlchemy URL
works too. The store owns transactions: services take a session and never commit; callers run
them inside ``with store.unit() as db:``.

Nothing is lost and nothing is half-done:

* every transaction is a real SQLite transaction, schema changes included: creating a file and
  each migration run in one, so a process killed at any point leaves the file at its old or
  its new revision (the driver's own transaction handling, which commits before DDL, is off);
* a unit of work takes the write lock when it starts (``BEGIN IMMEDIATE``), so what it reads
  (the next free id, say) stays true until it commits; a file another program keeps locked
  for longer than :data:`~confdesk.store.sqlite.BUSY_TIMEOUT` is :class:`FileBusy`;
* opening a file makes a rotating backup of it first (:mod:`confdesk.store.backups`), once
  it has passed its checks;
* a read-only file opens for reading (:attr:`Store.read_only`); units of work refuse with
  :class:`ReadOnlyFile`. A full disk is :class:`DiskFull`, never "damaged".
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from confdesk.credentials import database_credentials
from confdesk.model import Conference
from confdesk.store import journal, postgresql
from confdesk.store.errors import (
    CorruptFile,
    DatabaseUnavailable,
    DiskFull,
    FileBusy,
    FileMissing,
    NewerSchema,
    NotAConferenceFile,
    ReadOnlyFile,
    StoreError,
)
from confdesk.store.sqlite import (
    BUSY_TIMEOUT,
    connect_read_only,
    existing_wal_files,
    remove_new_wal_files,
    store_error,
    sync_file,
    sync_folder,
    wal_files,
    writable,
)

if TYPE_CHECKING:
    from alembic.config import Config

    from confdesk.services.errors import ConcurrentEdit

log = logging.getLogger(__name__)

SUFFIX = ".confdesk"
#: The newest migration. Opening a file already at this revision needs no Alembic at all,
#: which keeps start-up fast; tests/core/test_migrations.py checks it names the one head.
HEAD_REVISION = "0007"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")

__all__ = [
    "BUSY_TIMEOUT",
    "SUFFIX",
    "CorruptFile",
    "DatabaseUnavailable",
    "DiskFull",
    "FileBusy",
    "FileMissing",
    "NewerSchema",
    "NotAConferenceFile",
    "ReadOnlyFile",
    "Store",
    "StoreError",
    "alembic_config",
    "check_file",
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


#: The execution option naming how a transaction begins: "IMMEDIATE" (a unit of work) takes the
#: write lock at once; on SQLite the default, DEFERRED, takes it when the first write comes.
_BEGIN = "confdesk_begin"


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy's recipe for real transactions on SQLite (docs: "Transactions with SQLite and
    # the sqlite3 driver"): the driver must neither begin nor commit by itself (it commits before
    # DDL), so _begin below emits BEGIN. The PRAGMAs run here, outside any transaction, where
    # journal_mode and foreign_keys can change.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _begin(connection: Connection) -> None:
    # Straight to the driver: BEGIN is no statement of the caller's (views count theirs).
    statement = f"BEGIN {connection.get_execution_options().get(_BEGIN, 'DEFERRED')}"
    driver = connection.connection.driver_connection
    assert driver is not None
    try:
        driver.execute(statement)
    except sqlite3.Error as error:  # as SQLAlchemy would have raised it ("database is locked")
        raise OperationalError(statement, None, error) from error


def _sqlite_events(engine: Engine, on_connect: Callable[[sqlite3.Connection, object], None]) -> Engine:
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _begin)
    return engine


def _file_engine(path: Path, timeout: float) -> Engine:
    # hide_parameters: an error's text never carries the values of a statement (names,
    # addresses) into messages and crash logs.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        hide_parameters=True,
        connect_args={"timeout": timeout},
    )
    return _sqlite_events(engine, _set_sqlite_pragmas)


def _read_only_engine(path: Path, timeout: float) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_read_only(path, timeout=timeout),
        poolclass=QueuePool,
        hide_parameters=True,
    )
    return _sqlite_events(engine, _set_read_only_pragmas)


def _remember_versioned(db: DbSession, _context: object, _instances: object) -> None:
    """Before each flush, note which versioned rows it updates or deletes, so that a stale
    version (someone else changed the row) can name the row."""
    db.info["versioned"] = [
        (getattr(row, "__tablename__", ""), getattr(row, "id", None))
        for row in (*db.dirty, *db.deleted)
        if hasattr(row, "version")
    ]


def _concurrent_edit(db: DbSession, error: StaleDataError) -> ConcurrentEdit:
    from confdesk.services.errors import ConcurrentEdit

    found = re.search(r"on table '([^']+)'", str(error))
    table = found.group(1) if found else ""
    ids = [row_id for name, row_id in db.info.get("versioned", []) if name == table]
    entity_id: object = ids[0] if len(ids) == 1 else ", ".join(map(str, ids)) or "?"
    return ConcurrentEdit(table or "row", entity_id)


def _default_author() -> str:
    from confdesk.services.base import os_user

    return os_user()


#: The PostgreSQL channel a unit of work that changed the conference notifies on commit.
CHANNEL = "confdesk_change"


def _notify_desks(db: DbSession) -> None:
    """Tell the other desks following the database (``LISTEN``) that the change log grew;
    PostgreSQL delivers it when (and only if) the transaction commits."""
    if db.info.get("journaled"):
        db.connection().exec_driver_sql(f"NOTIFY {CHANNEL}")


class Store:
    """An open conference file with its schema at the newest revision."""

    def __init__(
        self,
        engine: Engine,
        location: str,
        *,
        path: Path | None = None,
        read_only: bool = False,
        on_close: Callable[[], None] | None = None,
        author: str | None = None,
    ) -> None:
        self.engine = engine
        self.location = location
        #: Who this desk's changes are by, and the token its own change-log entries carry.
        self.journal = journal.Journal(_default_author() if author is None else author)
        #: True when the file cannot be changed (a read-only file, folder or disk): it can be
        #: read and exported; every unit of work raises :class:`ReadOnlyFile`.
        self.read_only = read_only
        self._path = path
        self._on_close = on_close
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _remember_versioned)
        event.listen(self._sessions, "after_flush", journal.record_flush)
        if engine.dialect.name == "postgresql":
            event.listen(self._sessions, "before_commit", _notify_desks)
        # Units of work take the write lock when they begin (SQLite's; on PostgreSQL an advisory
        # lock, see store.postgresql): ids and versions they read stay true until they commit,
        # and a second writer waits (busy timeout) for the first.
        self._writer = engine.execution_options(**{_BEGIN: "IMMEDIATE"})

    @property
    def author(self) -> str:
        return self.journal.author

    @author.setter
    def author(self, name: str) -> None:
        """The name this desk's changes are logged under (a setting of the application)."""
        self.journal.author = name.strip()[:120] or _default_author()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file on disk, for SQLite stores."""
        if self._path is not None:
            return self._path
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    def _translated(self, error: DBAPIError) -> StoreError | None:
        return _store_error(self.engine, error, self.location)

    @contextmanager
    def unit(self) -> Iterator[DbSession]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        Raises :class:`ReadOnlyFile` on a read-only store, :class:`FileBusy` when another
        program holds the write lock for longer than the busy timeout, :class:`DiskFull`, and
        :class:`~confdesk.services.errors.ConcurrentEdit` when a row changed under it."""
        if self.read_only:
            raise ReadOnlyFile(self.location)
        db = self._sessions(bind=self._writer)
        db.info["journal"] = self.journal
        try:
            with db.begin():
                yield db
                db.flush()
                record = journal.unit_record(db)
            self.journal.last_unit = record
        except StaleDataError as error:
            raise _concurrent_edit(db, error) from error
        except DBAPIError as error:
            translated = self._translated(error)
            if translated is None:
                raise
            raise translated from error
        finally:
            db.close()

    @contextmanager
    def reader(self) -> Iterator[DbSession]:
        """A session for reading only; nothing is committed. Rows read stay readable after the
        block (closing does not expire them), but lazy relationships must be read inside it."""
        db = self._sessions()
        try:
            yield db
        except DBAPIError as error:
            translated = self._translated(error)
            if translated is None:
                raise
            raise translated from error
        finally:
            db.close()

    def conference_id(self) -> int | None:
        with self.reader() as db:
            return db.scalar(select(Conference.id).order_by(Conference.id).limit(1))

    def save_copy(self, destination: Path) -> None:
        """Write a consistent copy of the conference as a conference file: of a SQLite file with
        SQLite's backup API, of a server database table by table from one snapshot (a team's
        conference taken home).

        The copy is built beside ``destination`` under a temporary name, synced and renamed
        over it: a full disk or a crash leaves a file that was there as it was."""
        build = self._backup_into if self.is_sqlite else self._copy_tables_into
        _build_beside(Path(destination), build)

    def _backup_into(self, partial: Path) -> None:
        raw = self.engine.raw_connection()
        try:
            target = sqlite3.connect(partial)
            try:
                driver = raw.driver_connection
                if driver is None:
                    raise StoreError(self.location, "the database connection is closed")
                driver.backup(target)
            finally:
                target.close()
        finally:
            raw.close()

    def _copy_tables_into(self, partial: Path) -> None:
        from confdesk.store.share import copy_tables

        copy = open_store(partial, create=True, backup=False)
        try:
            copy_tables(self.engine, copy.engine)
        finally:
            copy.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()


def _build_beside(destination: Path, build: Callable[[Path], None]) -> None:
    """``build(partial)`` writes a file beside ``destination``; it is synced and renamed over
    ``destination``, or removed (with its WAL files) if anything fails on the way."""
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    for leftover in (partial, *wal_files(partial)):
        leftover.unlink(missing_ok=True)
    try:
        build(partial)
        sync_file(partial)
        os.replace(partial, destination)
        sync_folder(destination.parent)
    except BaseException:
        for leftover in (partial, *wal_files(partial)):
            leftover.unlink(missing_ok=True)
        raise


def _store_error(engine: Engine, error: DBAPIError, location: str) -> StoreError | None:
    """The typed error for a busy (locked), read-only or full database, or None."""
    if engine.dialect.name == "sqlite":
        return store_error(error, location)
    if engine.dialect.name == "postgresql":
        return postgresql.store_error(error, location)
    return None


def _inspect_existing(engine: Engine, location: str, *, allow_empty: bool) -> str | None:
    """Refuse a database that is not ours, is damaged, or is from a newer ConfDesk; return its
    schema revision (None for an empty database)."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                # The first problem is enough to refuse the file (and makes a one-line message).
                verdict = connection.exec_driver_sql("PRAGMA quick_check(1)").scalar()
                if verdict != "ok":
                    lines = [line for line in str(verdict).splitlines() if not line.startswith("***")]
                    raise CorruptFile(location, "; ".join(lines))
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
            # Busy, read-only or full is not damaged; anything else SQLite cannot read is.
            raise (store_error(error, location) or CorruptFile(location, str(error.orig))) from error
        raise DatabaseUnavailable(location, str(error.orig)) from error
    except DatabaseError as error:
        raise CorruptFile(location, str(error.orig)) from error
    if revision is None:
        raise NotAConferenceFile(location)
    if revision != HEAD_REVISION and revision not in _known_revisions():
        raise NewerSchema(location, revision)
    return revision


def _foreign_keys(connection: Connection, on: bool) -> None:
    """Switch SQLite's foreign keys on the raw connection, outside any transaction (inside one,
    the PRAGMA is silently ignored)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _upgrade(engine: Engine, revision: str | None, location: str = "") -> None:
    """Bring the schema to the head revision in one transaction: killed at any point, the file
    stays at its old revision.

    On SQLite, foreign keys are off while the migrations run (Alembic's batch mode rebuilds a
    table by copying it and dropping the old one, which must not cascade) and checked as a
    whole before the commit."""
    if revision == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as connection:
            if sqlite:
                _foreign_keys(connection, on=False)
                connection.execution_options(**{_BEGIN: "IMMEDIATE"})
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise CorruptFile(location, "updating its format would break links between its records")
            finally:
                if sqlite:
                    try:
                        _foreign_keys(connection, on=True)
                    except sqlite3.Error:
                        connection.invalidate()  # never hand a connection without them back
    except DBAPIError as error:
        translated = _store_error(engine, error, location)
        if translated is None:
            raise
        raise translated from error


def check_file(path: Path) -> str | None:
    """Check a SQLite conference file without changing it (not even by the ``-wal``/``-shm``
    files a look at a WAL database leaves): its schema revision, or a :class:`StoreError`
    saying why it is not a good conference file. An empty database gives None."""
    location = str(path)
    if not path.exists():
        raise FileMissing(location)
    if path.is_dir():
        raise NotAConferenceFile(location)
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise NotAConferenceFile(location)
    existed = existing_wal_files(path)
    engine = _read_only_engine(path, BUSY_TIMEOUT)
    try:
        return _inspect_existing(engine, location, allow_empty=True)
    finally:
        engine.dispose()
        remove_new_wal_files(path, existed)


def _backup_before_opening(path: Path, location: str, revision: str) -> None:
    """A rotating backup of a file that passed its checks. Before a migration it must succeed;
    otherwise a backup that cannot be made is logged and the file opens all the same."""
    from confdesk.store.backups import folder_for, make

    try:
        make(path)
    except (OSError, sqlite3.Error, StoreError) as error:
        if revision == HEAD_REVISION:
            log.warning("no backup could be made before opening a file: %s", type(error).__name__)
            return
        if isinstance(error, StoreError):
            raise
        folder = str(folder_for(path))
        raise (
            store_error(error, folder) or StoreError(location, "no backup could be made before updating its format")
        ) from error


def _open_read_only(path: Path, location: str, revision: str, existed: frozenset[Path], timeout: float) -> Store:
    """A store that reads ``path`` and refuses every change. A file at an older schema is read
    through a migrated copy in the temporary folder (the file itself cannot be updated)."""

    def cleanup() -> None:
        remove_new_wal_files(path, existed)

    if revision == HEAD_REVISION:
        return Store(_read_only_engine(path, timeout), location, path=path, read_only=True, on_close=cleanup)
    folder = Path(tempfile.mkdtemp(prefix="confdesk-read-only-"))
    copy = folder / path.name
    try:
        source = connect_read_only(path, timeout=timeout)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        engine = _file_engine(copy, timeout)
        _upgrade(engine, revision, location)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise

    def cleanup_copy() -> None:
        cleanup()
        shutil.rmtree(folder, ignore_errors=True)

    return Store(engine, location, path=path, read_only=True, on_close=cleanup_copy)


def _read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(_SQLITE_MAGIC))


def open_store(
    location: str | Path,
    *,
    create: bool = False,
    read_only: bool = False,
    backup: bool = True,
    busy_timeout: float = BUSY_TIMEOUT,
) -> Store:
    """Open (or with ``create``, make) a conference database and bring its schema up to date.

    ``location`` is a file path or any SQLAlchemy URL. A file that is not a ConfDesk file,
    is damaged or comes from a newer schema raises a :class:`StoreError` and is left untouched
    (no ``-wal``/``-shm`` files are left beside it either).

    An existing SQLite file that passes its checks is backed up first (``backup``; see
    :mod:`confdesk.store.backups`). A file that cannot be written (or any file, with
    ``read_only``) opens read-only: :attr:`Store.read_only`, and units of work refuse.
    ``busy_timeout`` is how long, in seconds, a unit of work waits for another program's lock
    (SQLite's busy timeout; PostgreSQL's ``lock_timeout``, for a row another transaction holds).
    """
    location = str(location)
    if _is_url(location):
        # A password in the URL is used to connect, kept in the keyring, and nowhere else:
        # from here on ``location`` (errors, Store.location) is the URL without it.
        location, password = database_credentials(location)
        try:
            url = make_url(location)
        except ArgumentError as error:
            raise DatabaseUnavailable(location, "not a valid database URL") from error
        if password is not None:
            url = url.set(password=password)
        if url.drivername == "postgresql":
            # psycopg (3) is the driver ConfDesk installs; SQLAlchemy's default is psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_store(
                Path(url.database), create=create, read_only=read_only, backup=backup, busy_timeout=busy_timeout
            )
        try:
            # pool_pre_ping: a server drops idle connections (a restart, a network timeout); a
            # unit of work then gets a new one instead of failing on the dead one.
            engine = create_engine(url, hide_parameters=True, pool_pre_ping=url.get_backend_name() != "sqlite")
        except Exception as error:  # missing driver, bad options: report, don't crash
            raise DatabaseUnavailable(location, str(error)) from error
        if url.get_backend_name() == "sqlite":
            _sqlite_events(engine, _set_sqlite_pragmas)
        elif url.get_backend_name() == "postgresql":
            postgresql.configure(engine, lock_timeout=busy_timeout, writer_option=_BEGIN)
        _upgrade(engine, _inspect_existing(engine, location, allow_empty=True), location)
        if engine.dialect.name == "postgresql":
            from confdesk.store.share import can_write

            # A member of the viewer role (docs/team.md) may read only: the desk says so.
            return Store(engine, location, read_only=read_only or not can_write(engine))
        return Store(engine, location, read_only=read_only)

    path = Path(location)
    revision = None
    if not path.exists():
        if not create:
            raise FileMissing(location)
    else:
        if path.is_dir():
            raise NotAConferenceFile(location)
        try:
            header = _read_header(path)
        except PermissionError as error:
            raise StoreError(location, "permission denied") from error
        if header and header != _SQLITE_MAGIC:
            raise NotAConferenceFile(location)
        if not header and not create:
            raise NotAConferenceFile(location)
        read_only = read_only or not writable(path)
        if not header and read_only:
            raise ReadOnlyFile(location)
        if header:
            existed = existing_wal_files(path)
            viewing: Store | None = None
            inspection = _read_only_engine(path, busy_timeout)
            try:
                try:
                    revision = _inspect_existing(inspection, location, allow_empty=create and not read_only)
                finally:
                    inspection.dispose()
                if read_only:
                    assert revision is not None  # an empty database is only allowed to create one
                    viewing = _open_read_only(path, location, revision, existed, busy_timeout)
                    return viewing
                if backup and revision is not None:
                    _backup_before_opening(path, location, revision)
            finally:
                if viewing is None:  # a read-only store cleans up when it closes
                    remove_new_wal_files(path, existed)
    engine = _file_engine(path, busy_timeout)
    try:
        _upgrade(engine, revision, location)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, location)
