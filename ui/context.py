"""What every screen of the window shares: the open conference, the undo stack, the one
change signal, and the display choices (content language, display time zone).

At start-up the context is made from the file's first view (:mod:`confdesk.views.first_view`),
before SQLAlchemy has loaded, and the store opens in a worker thread while the window shows the
agenda and takes input (see :meth:`AppContext.open_in_background`).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from confdesk.services import Changes, HistoryEntry
    from confdesk.store import Store
    from confdesk.views.first_view import FirstView
    from ui.team.conflict import Resolver
    from ui.team.following import Following

#: How often Python hands the GIL between threads while the store opens in the background
#: (its default is 5 ms: a click would wait up to that long for each Qt call it makes).
OPENING_SWITCH_INTERVAL_S = 0.0005
#: QSettings key of the name this user's changes are logged under (empty: the OS account).
AUTHOR_SETTING = "team/author"


class AppContext(QObject):
    """The open conference as the UI sees it.

    ``changed`` is the one signal every view listens to: it carries the
    :class:`~confdesk.services.Changes` of each command (done, undone or redone) so a view
    refreshes only what a change touched.
    """

    changed = Signal(object)  # Changes
    #: The undo history was dropped; the text says why (for the status bar).
    history_dropped = Signal(str)
    #: An undo or redo could not run for a passing reason (the file busy, the disk full); the
    #: history is kept as it was and the text says so (for the status bar).
    undo_deferred = Signal(str)
    content_language_changed = Signal(str)
    display_zone_changed = Signal(str)
    #: The store of a context made from a first view is open (:attr:`store` answers at once).
    store_opened = Signal()
    #: It could not be opened; the error says why (:attr:`store` raises it).
    open_failed = Signal(object)
    #: Colleagues (another window, another desk on the server) changed something; the text
    #: says who and how much (for the status bar). Views have been told through ``changed``.
    colleagues_changed = Signal(str)
    _settled = Signal()

    def __init__(
        self,
        store: Store | None,
        conference_id: int,
        parent: QObject | None = None,
        *,
        first_view: FirstView | None = None,
        follow: bool = True,
    ) -> None:
        """``store`` is None only with a ``first_view``, whose store
        :meth:`open_in_background` opens."""
        super().__init__(parent)
        self._store = store
        #: What the screens show until the store is open (None once they read the store).
        self.first_view = first_view
        self.conference_id = conference_id
        self.undo_stack = QUndoStack(self)
        #: Asks the user what to do when a colleague changed the same field (set by the window;
        #: None raises the error, as tests and scripts expect).
        self.resolve_conflict: Resolver | None = None
        #: Follows colleagues' changes once the store is open (``follow``).
        self.following: Following | None = None
        self._follow = follow
        if store is not None:
            from confdesk.queries import conference_zone

            with store.reader() as db:
                self.conference_zone: ZoneInfo = conference_zone(db, conference_id)
        elif first_view is not None:
            self.conference_zone = ZoneInfo(first_view.timezone)
        else:
            raise ValueError("a context needs a store or a first view")
        self._display_zone = self.conference_zone
        self._content_language = "en"
        self._opened = threading.Event()
        self._opener: Callable[[], Store] | None = None
        self._thread: threading.Thread | None = None
        self._outcome: Store | BaseException | None = None
        # Queued by name: the worker thread emits it, and this object lives on the GUI thread.
        self._settled.connect(self._settle, Qt.ConnectionType.QueuedConnection)
        if store is not None:
            self._adopt(store)

    def _adopt(self, store: Store) -> None:
        """The store is open: this user's name on their changes, and colleagues' followed."""
        author = str(QSettings().value(AUTHOR_SETTING, "", type=str) or "")
        if author.strip():
            store.author = author
        if self._follow and self.following is None:
            from ui.team.following import Following

            self.following = Following(store, self)
            self.following.arrived.connect(self._colleagues_changed)

    def _colleagues_changed(self, entries: list[HistoryEntry]) -> None:
        from confdesk.services import changes_of

        self.notify(changes_of(entries))
        if self.following is not None:
            self.colleagues_changed.emit(self.following.arrival_text(entries))

    # The store --------------------------------------------------------------------------------
    def open_in_background(self, open_store: Callable[[], Store], *, start: bool = True) -> None:
        """Open the store of a context made from a first view in a worker thread: the core is
        imported there (SQLAlchemy, the models, the services), then ``open_store()`` runs.

        With ``start=False`` the worker starts at :meth:`start_opening` (once the agenda is on
        screen, say), or as soon as anything asks for :attr:`store`.

        The GUI thread keeps handling input meanwhile: while the worker runs, Python hands the
        GIL between threads every :data:`OPENING_SWITCH_INTERVAL_S` instead of every 5 ms, so a
        click or a repaint waits for it a tenth as long. :attr:`store_opened` or
        :attr:`open_failed` follows on the GUI thread; code that needs the store before then
        waits for it (:attr:`store`)."""
        if self._store is not None or self._opener is not None:
            raise RuntimeError("the store is open already")
        self._opener = open_store
        if start:
            self.start_opening()

    def start_opening(self) -> None:
        """Start the worker of :meth:`open_in_background` (nothing if it has started)."""
        if self._thread is not None or self._opener is None:
            return
        self._thread = threading.Thread(target=self._open, args=(self._opener,), name="open-store", daemon=True)
        self._thread.start()

    def _open(self, open_store: Callable[[], Store]) -> None:
        from ui.core_import import import_core

        # Loading the core and the store makes a few hundred thousand objects that live as
        # long as the program, and the cyclic garbage collector, counting them as they are
        # made, would scan them over and over (some 15 % of the time this takes, measured
        # here); it resumes once they are made.
        collecting = gc.isenabled()
        gc.disable()
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(switch_interval, OPENING_SWITCH_INTERVAL_S))
        try:
            import_core()
            self._outcome = open_store()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread (open_failed)
            self._outcome = error
        finally:
            sys.setswitchinterval(switch_interval)
            if collecting:
                gc.enable()
            # Announced before the event is set: whoever waits for it (closing at exit) goes on
            # only once this thread no longer touches this object.
            self._settled.emit()
            self._opened.set()

    @Slot()
    def _settle(self) -> None:
        """On the GUI thread, once the worker is done: the store is taken (if :attr:`store`
        did not take it before) and the outcome announced."""
        if self.first_view is None:
            return  # announced already
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            self.open_failed.emit(outcome)
            return
        assert outcome is not None
        self._store = outcome
        self.first_view = None
        self._adopt(outcome)
        self.store_opened.emit()

    def close(self) -> None:
        """Stop following colleagues and close the store (see :meth:`close_store`)."""
        self.close_store()

    def close_store(self) -> None:
        """Stop following colleagues and close the store, once it has opened if it is opening
        (nothing to close if opening it failed)."""
        if self.following is not None:
            self.following.stop()
            self.following = None
        self._opener = None  # a worker not started yet never starts
        if self._store is None and self._thread is not None:
            self._thread.join()  # the application may end next: not while the worker runs
            if not isinstance(self._outcome, BaseException):
                self._store = self._outcome
        if self._store is not None:
            self._store.close()

    @property
    def is_open(self) -> bool:
        """Whether the store is open (a context made from a store always is)."""
        return self._store is not None

    @property
    def store(self) -> Store:
        """The conference's store; while it opens in the background, waits for it (and raises
        what opening it raised)."""
        if self._store is None:
            self.start_opening()
            if self._thread is None:
                raise RuntimeError("the store was closed before it opened")
            self._opened.wait()
            if isinstance(self._outcome, BaseException):
                raise self._outcome
            assert self._outcome is not None
            self._store = self._outcome
            store = self._store
            author = str(QSettings().value(AUTHOR_SETTING, "", type=str) or "")
            if author.strip():  # before any edit: _settle follows on the GUI thread
                store.author = author
        return self._store

    @property
    def location(self) -> str:
        """The file or database URL (without a password), as the store names it."""
        if self._store is None and self.first_view is not None:
            return self.first_view.location
        return self.store.location

    @property
    def path(self) -> Path | None:
        """The file on disk (None for a database server)."""
        if self._store is None and self.first_view is not None:
            return Path(self.first_view.location)
        return self.store.path

    @property
    def read_only(self) -> bool:
        """True when the file cannot be changed (a read-only file, folder or disk): every view
        and export works, and the core refuses every edit (:class:`~confdesk.store.ReadOnlyFile`).

        False while a first view's store opens: there is a first view only of a file that can
        be written (:func:`~confdesk.views.first_view.read_first_view`)."""
        if self._store is None and self.first_view is not None:
            return False
        return self.store.read_only

    @property
    def content_language(self) -> str:
        """Which language of conference content (titles, names) views show."""
        return self._content_language

    def set_content_language(self, lang: str) -> None:
        if lang != self._content_language:
            self._content_language = lang
            self.content_language_changed.emit(lang)

    @property
    def display_zone(self) -> ZoneInfo:
        """The zone times are shown in: the conference's unless the user picks another."""
        return self._display_zone

    def set_display_zone(self, name: str) -> None:
        zone = ZoneInfo(name)
        if zone.key != self._display_zone.key:
            self._display_zone = zone
            self.display_zone_changed.emit(name)

    def notify(self, changes: Changes) -> None:
        if changes.conference:
            self._follow_conference_zone()
        if changes:
            self.changed.emit(changes)

    def _follow_conference_zone(self) -> None:
        """After a change to the conference (its time zone set, or undone): times are shown in
        the new zone, unless the user chose another one to look through."""
        from confdesk.queries import conference_zone

        with self.store.reader() as db:
            zone = conference_zone(db, self.conference_id)
        if zone.key == self.conference_zone.key:
            return
        following = self._display_zone.key == self.conference_zone.key
        self.conference_zone = zone
        if following:
            self._display_zone = zone
            self.display_zone_changed.emit(zone.key)
