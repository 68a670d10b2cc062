"""Colleagues' changes in an open window: polled twice a second, refreshing only what changed.

The core's :class:`~confdesk.services.follow.Follower` says what other desks committed (on
PostgreSQL it is told by ``NOTIFY``, on a shared file by SQLite's ``data_version``); each batch
goes to :meth:`AppContext.notify` as the :class:`~confdesk.services.Changes` it makes, the
same signal an own edit sends, so views keep their selection and an open editor its text.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from confdesk.errors import ConfDeskError
from confdesk.services import HistoryEntry
from confdesk.services.follow import Follower
from confdesk.store import Store

log = logging.getLogger(__name__)

#: How often the window looks for colleagues' changes.
INTERVAL_MS = 500


class Following(QObject):
    """Polls a :class:`Follower` and reports batches of other desks' changes."""

    #: A list of :class:`HistoryEntry`, oldest first.
    arrived = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._follower: Follower | None = None
        try:
            self._follower = Follower(store)
        except (ConfDeskError, OSError) as error:  # a window works without following
            log.warning("not following colleagues' changes: %s", type(error).__name__)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        #: Seconds the last refresh took (read by bench/team.py).
        self.last_poll_seconds = 0.0
        if self._follower is not None:
            self._timer.start()

    def poll(self) -> list[HistoryEntry]:
        if self._follower is None:
            return []
        started = time.perf_counter()
        # Reading the log allocates enough to wake Python's cyclic garbage collector, which
        # would free any window left in a reference cycle (a closed one) right here, this timer
        # with it, while Qt is still dispatching its timeout: a crash. It runs after instead.
        collecting = gc.isenabled()
        gc.disable()
        try:
            entries = self._follower.poll()
        except ConfDeskError as error:  # the file busy, the server away: try again next time
            log.warning("could not read colleagues' changes: %s", type(error).__name__)
            return []
        finally:
            if collecting:
                gc.enable()
        if entries:
            self.arrived.emit(entries)
        self.last_poll_seconds = time.perf_counter() - started
        return entries

    def stop(self) -> None:
        self._timer.stop()
        if self._follower is not None:
            self._follower.close()
            self._follower = None

    def arrival_text(self, entries: list[HistoryEntry]) -> str:
        """For the status bar: who changed how much."""
        authors = sorted({entry.author or "?" for entry in entries})
        rows = {(entry.entity, entry.entity_id) for entry in entries}
        return self.tr("%1 changed %n items.", "", len(rows)).replace("%1", ", ".join(authors))
