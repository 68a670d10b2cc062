"""What every screen of the window shares: the open conference, the undo stack, the one
change signal, and the display choices (content language, display time zone)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from confdesk.queries import conference_zone
from confdesk.services import Changes, HistoryEntry, changes_of
from confdesk.store import Store
from ui.team.following import Following

if TYPE_CHECKING:
    from ui.team.conflict import Resolver

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
    #: Colleagues (another window, another desk on the server) changed something; the text
    #: says who and how much (for the status bar). Views have been told through ``changed``.
    colleagues_changed = Signal(str)

    def __init__(self, store: Store, conference_id: int, parent: QObject | None = None, *, follow: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.conference_id = conference_id
        self.undo_stack = QUndoStack(self)
        author = str(QSettings().value(AUTHOR_SETTING, "", type=str) or "")
        if author.strip():
            store.author = author
        #: Asks the user what to do when a colleague changed the same field (set by the window;
        #: None raises the error, as tests and scripts expect).
        self.resolve_conflict: Resolver | None = None
        self.following: Following | None = None
        if follow:
            self.following = Following(store, self)
            self.following.arrived.connect(self._colleagues_changed)
        with store.reader() as db:
            self.conference_zone: ZoneInfo = conference_zone(db, conference_id)
        self._display_zone = self.conference_zone
        self._content_language = "en"

    @property
    def read_only(self) -> bool:
        """True when the file cannot be changed (a read-only file, folder or disk): every view
        and export works, and the core refuses every edit (:class:`~confdesk.store.ReadOnlyFile`)."""
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

    def _colleagues_changed(self, entries: list[HistoryEntry]) -> None:
        self.notify(changes_of(entries))
        if self.following is not None:
            self.colleagues_changed.emit(self.following.arrival_text(entries))

    def close(self) -> None:
        """Stop following colleagues and close the conference."""
        if self.following is not None:
            self.following.stop()
            self.following = None
        self.store.close()

    def notify(self, changes: Changes) -> None:
        if changes.conference:
            self._follow_conference_zone()
        if changes:
            self.changed.emit(changes)

    def _follow_conference_zone(self) -> None:
        """After a change to the conference (its time zone set, or undone): times are shown in
        the new zone, unless the user chose another one to look through."""
        with self.store.reader() as db:
            zone = conference_zone(db, self.conference_id)
        if zone.key == self.conference_zone.key:
            return
        following = self._display_zone.key == self.conference_zone.key
        self.conference_zone = zone
        if following:
            self._display_zone = zone
            self.display_zone_changed.emit(zone.key)
