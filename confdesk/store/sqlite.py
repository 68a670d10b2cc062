"""Low-level help with SQLite conference files: read-only connections, the ``-wal``/``-shm``
files beside them, syncing to disk, and SQLite's errors turned into the store's typed errors.

Shared by :mod:`confdesk.store` and :mod:`confdesk.store.backups`; nothing here knows the schema.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

from confdesk.store.errors import DiskFull, FileBusy, ReadOnlyFile, StoreError

#: How long a unit of work waits for another program's write lock before the file is said to
#: be busy, in seconds (SQLite's busy timeout).
BUSY_TIMEOUT = 5.0


def wal_files(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside a WAL database."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def existing_wal_files(path: Path) -> frozenset[Path]:
    return frozenset(side for side in wal_files(path) if side.exists())


def remove_new_wal_files(path: Path, existed: frozenset[Path]) -> None:
    """Remove the ``-wal``/``-shm`` files a read-only look at ``path`` left behind.

    Only files that did not exist before the look go. On a file that can be written, SQLite's
    own way: the last connection to close a WAL database deletes both files, so a brief
    read-write connection that reads one header value and closes cleans up after the read-only
    one without writing anything (skipped beside a rollback journal, which a read-write
    connection would roll back, writing to the file). On a file nobody can write, an empty log
    and its shared memory are removed directly.
    """
    new = [side for side in wal_files(path) if side not in existed and side.exists()]
    if not new:
        return
    if writable(path):
        # Another program may have opened the file meanwhile and use these files: only SQLite
        # can tell (it deletes them only when its connection is the last one).
        if not Path(f"{path}-journal").exists():
            with suppress(sqlite3.Error):
                connection = sqlite3.connect(path, timeout=0)
                try:
                    connection.execute("PRAGMA schema_version").fetchall()
                finally:
                    connection.close()
        return
    # Nobody can write the file, so nobody writes to its log: an empty one, and the shared
    # memory beside it, hold nothing anyone needs.
    log, shared = wal_files(path)
    with suppress(OSError):
        if log in new and log.exists() and log.stat().st_size == 0:
            log.unlink()
        if shared in new and shared.exists() and not log.exists():
            shared.unlink()


def writable(path: Path) -> bool:
    """Whether SQLite can change ``path``: the file and its folder (where SQLite writes the
    ``-wal``, ``-shm`` and journal files) must both be writable."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _uri(path: Path, options: str) -> str:
    return f"file:{quote(str(path.resolve()))}?{options}"


def connect_read_only(path: Path, *, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (``mode=ro``).

    On a read-only disk or folder SQLite cannot make the ``-shm`` file a WAL database needs, and
    refuses even to read it; such a file cannot change under us, so it is opened as immutable
    instead (no locks, no ``-shm``), unless a ``-wal`` file beside it still holds changes."""
    connection = sqlite3.connect(_uri(path, "mode=ro"), uri=True, timeout=timeout, check_same_thread=False)
    try:
        connection.execute("PRAGMA schema_version").fetchall()
    except sqlite3.OperationalError:
        connection.close()
        log = wal_files(path)[0]
        if os.access(path.parent, os.W_OK) or (log.exists() and log.stat().st_size > 0):
            raise
        connection = sqlite3.connect(_uri(path, "immutable=1"), uri=True, timeout=timeout, check_same_thread=False)
    except sqlite3.DatabaseError:
        return connection  # not a database, or damaged: whoever reads it says which
    return connection


def store_error(error: BaseException, location: str) -> StoreError | None:
    """The typed error for a busy, read-only or full file, or None for any other error.

    ``error`` is a SQLAlchemy error (its ``orig`` is the driver's), a :mod:`sqlite3` error or an
    :class:`OSError`."""
    orig = getattr(error, "orig", None) or error
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC or orig.errno == getattr(errno, "EDQUOT", -1):
            return DiskFull(location)
        if orig.errno == errno.EROFS:
            return ReadOnlyFile(location)
        return None
    if not isinstance(orig, sqlite3.Error):
        return None
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text or "is locked" in text:
        return FileBusy(location)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFull(location)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyFile(location)
    return None


#: A temporary file older than this was left by a process that is gone, whatever its number.
_ABANDONED_AFTER = 24 * 3600


def left_by_a_dead_process(path: Path, pid: int) -> bool:
    """Whether the temporary file ``path``, named after the process ``pid`` that writes it, was
    abandoned: that process no longer runs (POSIX), or the file is a day old."""
    try:
        if time.time() - path.stat().st_mtime > _ABANDONED_AFTER:
            return True
    except OSError:
        return False
    if os.name != "posix" or pid == os.getpid():
        return False  # on Windows, os.kill(pid, 0) would send Ctrl+C, not ask
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it runs, as someone else
        return False
    return False


def sync_file(path: Path) -> None:
    """Flush ``path`` to the disk, so a rename that follows never exposes a half-written file."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; nothing to do where folders cannot be opened)."""
    if os.name == "nt":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
