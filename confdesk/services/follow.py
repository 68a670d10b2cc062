"""Following colleagues: the changes other desks commit to the conference, as they come.

A desk is one open conference (a window, a command). :class:`Follower` tells, cheaply and as
often as asked, whether another desk changed anything since it last looked, and what:

* on PostgreSQL it ``LISTEN``\\s on :data:`~confdesk.store.CHANNEL`, which every unit of work
  that changed the conference notifies on commit; the change log is read only when a
  notification came;
* on SQLite (two windows on one file) it asks ``PRAGMA data_version``, which moves whenever
  another connection commits to the file; the change log is read only when it moved.

Either way the entries come from the change log, after the last one seen, minus this desk's own.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from confdesk.model.journal import ChangeLogEntry
from confdesk.services.history import HistoryEntry
from confdesk.store import CHANNEL, Store
from confdesk.store.sqlite import connect_read_only

log = logging.getLogger(__name__)


class Follower:
    """Polled by the window (every half second, say); :meth:`poll` returns what others did."""

    def __init__(self, store: Store) -> None:
        self._store = store
        with store.reader() as db:
            self._cursor: int = db.scalar(select(func.max(ChangeLogEntry.id))) or 0
        self._probe: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self._listener: Any = None
        if store.is_sqlite and store.path is not None:
            self._probe = connect_read_only(store.path)
            self._data_version = self._read_data_version()
        elif store.engine.dialect.name == "postgresql":
            self._listen()

    def _read_data_version(self) -> int | None:
        assert self._probe is not None
        try:
            row = self._probe.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    def _listen(self) -> None:
        try:
            raw = self._store.engine.raw_connection()
            raw.detach()  # kept for listening, never handed back to the pool
            connection = raw.driver_connection
            assert connection is not None
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._listener = connection
        except (DBAPIError, OSError, AssertionError) as error:
            log.warning("cannot follow colleagues' changes: %s", type(error).__name__)
            self._listener = None

    def fileno(self) -> int | None:
        """The socket that becomes readable when a colleague commits (PostgreSQL), else None."""
        if self._listener is None:
            return None
        return int(self._listener.pgconn.socket)

    def _something_new(self) -> bool:
        if self._probe is not None:
            version = self._read_data_version()
            moved = version != self._data_version
            self._data_version = version
            return moved
        if self._listener is not None:
            try:
                return any(True for _ in self._listener.notifies(timeout=0))
            except Exception as error:  # noqa: BLE001 - the connection dropped: listen again, read the log
                log.warning("lost the connection colleagues' changes come by: %s", type(error).__name__)
                self._listener = None
                self._listen()
                return True
        return True  # nothing to ask (an in-memory database): read the log each time

    def poll(self) -> list[HistoryEntry]:
        """Other desks' changes committed since the last poll, oldest first."""
        if not self._something_new():
            return []
        desk = self._store.journal.desk
        with self._store.reader() as db:
            rows = list(
                db.scalars(select(ChangeLogEntry).where(ChangeLogEntry.id > self._cursor).order_by(ChangeLogEntry.id))
            )
        if rows:
            self._cursor = rows[-1].id
        return [HistoryEntry.of(row) for row in rows if row.desk != desk]

    def close(self) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        if self._listener is not None:
            with contextlib.suppress(Exception):  # closing a dead connection
                self._listener.close()
            self._listener = None
