"""The main window: navigation between the screens, menus, toolbar, status bar, and the
conference file (new, open, recent, save a copy). Every edit is saved as it is made, so there is
no Save: each command runs in its own unit of work."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import logging
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from ui.app import icon
from ui.i18n import (
    ARABIC_INDIC,
    LANGUAGES,
    NATIVE_NAMES,
    WESTERN,
    choose_digits,
    chosen_digits,
    current_language,
    install_language,
)

# The core (SQLAlchemy, the models, the services) is imported where it is used, never by this
# module: the window is built and painted before the first conference file opens, and importing
# the core takes longer than showing the window (tests/ui/test_startup.py); so are Qt's file
# dialog and message boxes, which its first frame does not need. The screens' classes
# (``self.screens[key]`` is the class SCREENS names for ``key``) are imported for the type
# checker only, so a screen's package stays optional at run time.
if TYPE_CHECKING:
    from confdesk.store import Store
    from ui.agenda.page import AgendaPage
    from ui.context import AppContext
    from ui.exports.page import ExportsPage
    from ui.lineups.page import LineupsPage
    from ui.people.page import PeoplePage
    from ui.problems.page import ProblemsPage
    from ui.registrations.page import RegistrationsPage
    from ui.tasks import Task

log = logging.getLogger(__name__)
RECENT_LIMIT = 8


class Screen(NamedTuple):
    key: str
    module: str
    widget: str
    icon: str
    shortcut: str


SCREENS = (
    Screen("agenda", "ui.agenda.page", "AgendaPage", "agenda", "Ctrl+1"),
    Screen("people", "ui.people.page", "PeoplePage", "people", "Ctrl+2"),
    Screen("registrations", "ui.registrations.page", "RegistrationsPage", "registrations", "Ctrl+3"),
    Screen("lineups", "ui.lineups.page", "LineupsPage", "lineups", "Ctrl+4"),
    Screen("problems", "ui.problems.page", "ProblemsPage", "problems", "Ctrl+5"),
    Screen("deadlines", "ui.deadlines.page", "DeadlinesPage", "deadlines", "Ctrl+6"),
    Screen("exports", "ui.exports.page", "ExportsPage", "exports", "Ctrl+7"),
)


def load_screen(screen: Screen, context: AppContext, parent: QWidget) -> QWidget | None:
    """Build a screen from its package; None when its package is not installed (an optional
    screen). A screen that fails to build does not keep the organisers out of the others, nor
    is it hidden: the error is logged with its traceback, handed to ``sys.excepthook`` when one
    is installed (pytest-qt's, so the test that built it fails), and the window gets a
    :class:`FailedScreen` naming the screen in its place."""
    try:
        module = importlib.import_module(screen.module)
        widget: QWidget = getattr(module, screen.widget)(context, parent)
        return widget
    except Exception as error:
        if isinstance(error, ModuleNotFoundError) and error.name and screen.module.startswith(error.name):
            return None
        log.exception("screen %s cannot be built", screen.key)
        if sys.excepthook is not sys.__excepthook__:
            # The default hook would only print the traceback the log already holds.
            sys.excepthook(type(error), error, error.__traceback__)
        return FailedScreen(screen, error, parent)


class FailedScreen(QLabel):
    """Stands in the window for a screen that raised while being built: one message naming
    the screen, instead of a blank page."""

    def __init__(self, screen: Screen, error: Exception, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = screen.key
        self.error = error
        self.setObjectName(f"{screen.key}_failed")
        import html

        title = parent.screen_title(screen.key).replace("&", "") if isinstance(parent, MainWindow) else screen.key
        sentence = QCoreApplication.translate(
            "errors", "Something went wrong; the details were written to the log file."
        )
        self.setText(f"<h3>{html.escape(title)}</h3><p>{html.escape(sentence)}</p>")
        self.setAccessibleName(title)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(24)


#: Screens built with the window; the others are built when first shown.
EAGER = frozenset({"agenda", "exports"})
#: When the Problems screen is built after the first file opened at start-up.
PROBLEMS_AFTER_OPEN_MS = 500


def screen_available(screen: Screen) -> bool:
    """Whether the screen's module is installed, found without running its package: a screen's
    ``__init__`` may import its page, and the page the core, which start-up imports only once
    the window is on screen."""
    package, _, name = screen.module.rpartition(".")
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        return False
    if spec is None or spec.submodule_search_locations is None:
        return False
    return importlib.machinery.PathFinder.find_spec(name, list(spec.submodule_search_locations)) is not None


def remember_recent(settings: QSettings, location: str) -> list[str]:
    """Put ``location`` first in the recent files. A database URL is kept without its
    password (open_store keeps that in the keyring), and so is any stored before."""
    from confdesk.redact import split_password

    location = split_password(location)[0]
    # type=list makes QSettings return a list; its stub says object.
    stored = cast("list[str]", settings.value("files/recent", [], type=list))
    recent = list(dict.fromkeys(split_password(str(item))[0] for item in stored if item))
    recent = [item for item in recent if item != location]
    recent.insert(0, location)
    del recent[RECENT_LIMIT:]
    settings.setValue("files/recent", recent)
    settings.setValue("files/last", location)
    return recent


class MainWindow(QMainWindow):
    """The organisers' workspace on one conference file.

    Built with ``None`` instead of a conference, it is the window without one: its menus, the
    names of its screens and "Opening demo.confdesk" in the status bar, shown at once while the
    first file opens; :meth:`attach` then fills it in.
    """

    file_opened = Signal(str)
    #: The first frame is on screen (once, after every widget of that frame painted).
    painted = Signal()
    #: A conference is open and the agenda shows it.
    ready = Signal()

    def __init__(self, context: AppContext | None, parent: QWidget | None = None, *, opening: str = "") -> None:
        """``opening`` names the file being opened, for a window built without a conference."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app"))
        self._context = context
        self._painted = False
        self.opening = opening
        self.settings = QSettings()
        self.screens: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.dialog: QDialog | None = None
        self._build()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        self._restore_state()

    @property
    def context(self) -> AppContext:
        """The open conference; only a window built without one (start-up) has none yet."""
        if self._context is None:
            raise RuntimeError("the window has no conference open yet")
        return self._context

    @property
    def is_open(self) -> bool:
        return self._context is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the window paints before its children, and the whole frame is to be on
            # screen before what waits for it (opening the first file) runs.
            QTimer.singleShot(0, self.painted.emit)

    def attach(self, context: AppContext) -> None:
        """Show ``context`` in a window built without a conference (the first file opened)."""
        self._teardown()
        self._context = context
        # The Problems check (its import and its reading in the background) waits until the
        # agenda has answered the first input, instead of holding it up.
        self._build(problems_after_ms=PROBLEMS_AFTER_OPEN_MS)
        self._restore_state()
        self.statusBar().clearMessage()
        if not context.is_open:
            context.store_opened.connect(self._on_store_opened)
        self.ready.emit()

    def _on_store_opened(self) -> None:
        """The store of the first file opened after its agenda showed: a file that turned out
        read-only is shown so (rebuilt, as for a language switch); the title reads the store."""
        if not isValid(self) or self._context is None or not self._context.is_open:
            return
        if self.context.read_only:
            self._rebuild()
        else:
            self._update_title()

    # Building ---------------------------------------------------------------------------------
    def _build(self, problems_after_ms: int = 0) -> None:
        """Build (or rebuild, after a language or file change) everything the user sees; the
        Problems screen is built ``problems_after_ms`` later (its count is on its name)."""
        context = self._context
        if context is None:
            self.undo_action = QAction(self.tr("&Undo"), self)
            self.redo_action = QAction(self.tr("&Redo"), self)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        else:
            self.undo_action = context.undo_stack.createUndoAction(self, self.tr("&Undo"))
            self.redo_action = context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        # Both, once each: the platform's Redo is one of these on every desktop, and listing a
        # sequence twice makes Qt call it ambiguous and do nothing.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { border: none; background: palette(window); padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)
        self.screen_actions: dict[str, QAction] = {}
        self.screens, self.docks = {}, {}
        self.failed_screens: dict[str, FailedScreen] = {}
        self._pending: dict[str, Screen] = {}
        for screen in SCREENS:
            if context is not None and screen.key in EAGER:
                if self._build_screen(screen) is None:
                    continue
            elif screen_available(screen):
                # Built on first use, so start-up pays only for the agenda.
                self._pending[screen.key] = screen
            else:
                continue
            title = self.screen_title(screen.key)
            action = QAction(icon(screen.icon), title, self)
            action.setShortcut(QKeySequence(screen.shortcut))
            action.triggered.connect(lambda _checked=False, key=screen.key: self.show_screen(key))
            self.screen_actions[screen.key] = action
            item = QListWidgetItem(icon(screen.icon), title.replace("&", ""), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            item.setToolTip(QKeySequence(screen.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        self.navigation.currentItemChanged.connect(self._on_navigation)

        if context is not None:
            from ui.undo.history import UndoHistoryDock

            history = UndoHistoryDock(context.undo_stack, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history)
            history.hide()
            self.docks["history"] = history

        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._make_file_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._update_title()
        self._show_read_only()
        self.show_screen("agenda")
        if context is None:
            self.statusBar().showMessage(self.tr("Opening %1").replace("%1", self.opening))
        elif "problems" in self._pending:
            if context.is_open:
                QTimer.singleShot(problems_after_ms, lambda: self.screen("problems"))
            else:
                # Its check reads the store: it waits until the store has opened, then as long
                # as it would have after the agenda appeared.
                context.store_opened.connect(
                    lambda: QTimer.singleShot(problems_after_ms, lambda: self._build_pending("problems"))
                )

    def _build_screen(self, screen: Screen) -> QWidget | None:
        widget = load_screen(screen, self.context, self)
        if widget is None:
            return None
        if isinstance(widget, FailedScreen):
            # Shown when its screen is chosen; not a screen the rest of the window can use.
            self.stack.addWidget(widget)
            self.failed_screens[screen.key] = widget
            return widget
        if isinstance(widget, QDockWidget):
            widget.setObjectName(widget.objectName() or f"{screen.key}_dock")
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
            self.restoreDockWidget(widget)
            self.docks[screen.key] = widget
        else:
            self.stack.addWidget(widget)
        self.screens[screen.key] = widget
        self._wire(screen.key, widget)
        return widget

    def _build_pending(self, key: str) -> None:
        if isValid(self):  # the window may have closed meanwhile
            self.screen(key)

    # Shadows QWidget.screen() (the QScreen the window is on), which nothing here calls: on the
    # main window, screen(key) means one of its screens.
    def screen(self, key: str) -> QWidget | None:  # type: ignore[override]
        """The screen for ``key``, built now if it was not needed before (None until a
        conference is open)."""
        if key in self._pending and self._context is not None:
            self._build_screen(self._pending.pop(key))
        return self.screens.get(key)

    def screen_title(self, key: str) -> str:
        return {
            "agenda": self.tr("&Agenda"),
            "people": self.tr("&People"),
            "registrations": self.tr("&Registrations"),
            "lineups": self.tr("&Lineups"),
            "problems": self.tr("Pro&blems"),
            "deadlines": self.tr("&Deadlines"),
            "exports": self.tr("E&xports"),
        }[key]

    def _wire(self, key: str, widget: QWidget) -> None:
        if key == "agenda":
            cast("AgendaPage", widget).open_lineup_requested.connect(self.show_lineup)
        elif key == "problems":
            # "Fix" on a problem goes to the place where it is fixed.
            problems = cast("ProblemsPage", widget)
            problems.session_activated.connect(self.show_session)
            problems.person_activated.connect(self.show_person)

            def lineup(session_id: int, role: str, assignment_id: int) -> None:
                page = cast("LineupsPage | None", self.show_screen("lineups"))
                if page is not None:
                    page.open_session(session_id, role or None, assignment_id or None)

            def sessions(session_ids: tuple[int, ...]) -> None:
                page = cast("AgendaPage | None", self.show_screen("agenda"))
                if page is not None:
                    page.show_sessions(session_ids)

            def registration(person_id: int, interest_id: int) -> None:
                page = cast("RegistrationsPage | None", self.show_screen("registrations"))
                if page is not None and not (interest_id and page.show_registration_of_interest(interest_id)):
                    page.show_registration_of_person(person_id)

            def badge(count: int) -> None:
                title = self.screen_title("problems").replace("&", "")
                for row in range(self.navigation.count()):
                    item = self.navigation.item(row)
                    if item.data(Qt.ItemDataRole.UserRole) == "problems":
                        item.setText(f"{title} ({count})" if count else title)

            problems.lineup_requested.connect(lineup)
            problems.sessions_requested.connect(sessions)
            problems.registration_requested.connect(registration)
            problems.open_count_changed.connect(badge)

    def _make_file_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
            name: str = "",
        ) -> QAction:
            made = QAction(text, self)
            if name:
                made.setIcon(icon(name))
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_action = action(self.tr("&New Conference…"), self.new_file, QKeySequence.StandardKey.New, "new")
        self.open_action = action(self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open, "open")
        self.connect_action = action(self.tr("Connect to a Team &Database…"), self.connect_team, None)
        self.copy_action = action(self.tr("Save a &Copy…"), self.save_copy, "Ctrl+Shift+S", "save-copy")
        self.restore_action = action(self.tr("Restore a &Backup…"), self.restore_backup, None)
        self.successor_action = action(self.tr("New from an &Earlier Conference…"), self.new_from_earlier, None)
        self.settings_action = action(self.tr("Conference &Settings…"), self.conference_settings, None)
        self.parts_action = action(self.tr("&Parts…"), self.edit_parts, None)
        self.rules_action = action(self.tr("R&ules…"), self.edit_rules, None)
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = action(self.tr("&About ConfDesk"), self.about, "F1")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.successor_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addAction(self.copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.parts_action)
        file_menu.addAction(self.rules_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        agenda = cast("AgendaPage | None", self.screens.get("agenda"))
        if agenda is not None:
            edit_menu.addSeparator()
            edit_menu.addActions(agenda.actions_for_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        for screen in SCREENS:
            if screen.key in self.screen_actions:
                view_menu.addAction(self.screen_actions[screen.key])
        view_menu.addSeparator()
        if "history" in self.docks:
            history_toggle = self.docks["history"].toggleViewAction()
        else:
            history_toggle = QAction(self)
            history_toggle.setEnabled(False)
        history_toggle.setText(self.tr("Undo &History"))
        history_toggle.setShortcut(QKeySequence("Ctrl+H"))
        history_toggle.setIcon(icon("history"))
        view_menu.addAction(history_toggle)
        self.history_toggle = history_toggle

        language_menu = bar.addMenu(self.tr("&Language"))
        language_menu.addSection(self.tr("Interface"))
        interface_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for index, lang in enumerate(LANGUAGES, start=1):
            chosen = QAction(f"&{index} {NATIVE_NAMES[lang]}", self, checkable=True)
            chosen.setChecked(lang == current_language())
            chosen.triggered.connect(lambda _checked=False, lang=lang: self.set_interface_language(lang))
            interface_group.addAction(chosen)
            language_menu.addAction(chosen)
            self.language_actions[lang] = chosen
        language_menu.addSection(self.tr("Conference content"))
        content_group = QActionGroup(self)
        self.content_actions: dict[str, QAction] = {}
        for index, lang in enumerate(LANGUAGES, start=4):
            chosen = QAction(
                f"&{index} " + self.tr("Content in %1").replace("%1", NATIVE_NAMES[lang]),
                self,
                checkable=True,
            )
            chosen.setShortcut(QKeySequence(f"Ctrl+Alt+{index - 3}"))
            chosen.setChecked(self._context is not None and lang == self._context.content_language)
            chosen.triggered.connect(lambda _checked=False, lang=lang: self.set_content_language(lang))
            content_group.addAction(chosen)
            language_menu.addAction(chosen)
            self.content_actions[lang] = chosen
        language_menu.addSection(self.tr("Digits in Arabic"))
        digits_group = QActionGroup(self)
        self.digits_actions: dict[str, QAction] = {}
        for choice, text in (
            (WESTERN, self.tr("&Western digits (0123)")),
            (ARABIC_INDIC, self.tr("&Arabic-Indic digits (٠١٢٣)")),
        ):
            chosen = QAction(text, self, checkable=True)
            chosen.setChecked(choice == chosen_digits())
            chosen.triggered.connect(lambda _checked=False, choice=choice: self.set_digits(choice))
            digits_group.addAction(chosen)
            language_menu.addAction(chosen)
            self.digits_actions[choice] = chosen

        exports = cast("ExportsPage | None", self.screens.get("exports"))
        if exports is not None and exports.actions_for_menu:
            exports_menu = bar.addMenu(self.tr("E&xports"))
            exports_menu.addActions(exports.actions_for_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "language": language_menu,
            "help": help_menu,
        }

    def _make_toolbar(self) -> None:
        for old in self.findChildren(QToolBar):
            self.removeToolBar(old)
            # Nameless until it is deleted, so that restoring the window's state (it goes by
            # name) does not show it again beside its successor.
            old.setObjectName("")
            old.deleteLater()
        toolbar = QToolBar(self.tr("Main Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.copy_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addAction(self.history_toggle)
        agenda = cast("AgendaPage | None", self.screens.get("agenda"))
        if agenda is not None:
            toolbar.addSeparator()
            agenda.new_action.setIcon(icon("session-new"))
            toolbar.addAction(agenda.new_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        for label in getattr(self, "_status_labels", []):
            status.removeWidget(label)
            label.deleteLater()
        self.file_label = QLabel(self)
        if self._context is None:
            self._status_labels = [self.file_label]
            status.addPermanentWidget(self.file_label)
            return
        self.saved_label = QLabel(self.tr("All changes saved"), self)
        self.saved_label.setToolTip(self.tr("Every change is written to the conference file as it is made."))
        if self.context.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
            self.saved_label.setToolTip(
                self.tr("The file, its folder or its disk cannot be written: it can be viewed and exported only.")
                if self.context.store.is_sqlite
                else self.tr("Your account on this team database may read it but not change it (a viewer).")
            )
        self.zone_label = QLabel(self)
        self._status_labels = [self.file_label, self.zone_label, self.saved_label]
        for label in self._status_labels:
            status.addPermanentWidget(label)
        self.context.display_zone_changed.connect(self._update_zone_label)
        self.context.undo_stack.indexChanged.connect(self._on_undo_index)
        self.context.history_dropped.connect(self._on_history_dropped)
        self.context.undo_deferred.connect(self._on_history_dropped)
        self.context.colleagues_changed.connect(self._on_history_dropped)
        from ui.team.conflict import asker

        # Weakly: a context holding its window (or itself) in a cycle is freed by the cyclic
        # garbage collector at any moment, in the middle of Qt's event processing.
        self.context.resolve_conflict = asker(
            weakref.ref(self), lambda window: cast(MainWindow, window).context.display_zone
        )
        self._update_zone_label()

    # State ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._context is not None:  # without a conference, the window has none of its docks
            self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)

    def _update_title(self) -> None:
        if self._context is None:
            self.setWindowTitle("ConfDesk")
            self.file_label.setText(self.opening)
            return
        first_view = self.context.first_view
        if first_view is not None and not self.context.is_open:
            name = first_view.title(self.context.content_language)
        else:
            from confdesk.views.conference import conference_title

            with self.context.store.reader() as db:
                name = conference_title(db, self.context.conference_id, self.context.content_language)
        path = self.context.path
        self.setWindowFilePath(str(path) if path else "")
        if self.context.read_only:
            self.setWindowTitle(self.tr("%1 — read-only — ConfDesk").replace("%1", name))
        else:
            self.setWindowTitle(f"{name} — ConfDesk")
        self.file_label.setText(path.name if path else self.context.location)
        self.file_label.setToolTip(str(path) if path else self.context.location)

    def _update_zone_label(self, *_args: object) -> None:
        self.zone_label.setText(self.tr("Times in %1").replace("%1", self.context.display_zone.key))

    def _on_undo_index(self, _index: int) -> None:
        stack = self.context.undo_stack
        if not isValid(stack) or not isValid(self):
            return  # the stack clears itself while its conference closes (quit, tests)
        text = stack.undoText()
        if text:
            self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", text), 4000)

    # Navigation -------------------------------------------------------------------------------
    def _on_navigation(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        widget = self.screen(key)
        if widget is None:
            widget = self.failed_screens.get(key)
        if widget is None:
            return
        if isinstance(widget, QDockWidget):
            widget.show()
            widget.raise_()
            widget.setFocus()
        else:
            self.stack.setCurrentWidget(widget)

    def show_screen(self, key: str) -> QWidget | None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentItem(item)
                self._on_navigation(item, None)
                return self.screens.get(key)
        return None

    def current_screen(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def show_session(self, session_id: int) -> None:
        agenda = cast("AgendaPage | None", self.show_screen("agenda"))
        if agenda is not None:
            agenda.show_session(session_id)

    def show_lineup(self, session_id: int) -> None:
        lineups = cast("LineupsPage | None", self.show_screen("lineups"))
        if lineups is not None:
            lineups.show_session(session_id)

    def show_person(self, person_id: int) -> None:
        people = cast("PeoplePage | None", self.show_screen("people"))
        if people is not None:
            people.show_person(person_id)

    # Languages --------------------------------------------------------------------------------
    def set_interface_language(self, lang: str) -> None:
        """Switch the interface language now: translators, direction, then every widget is
        rebuilt in the new language (the open file and the undo history stay)."""
        if lang == current_language():
            return
        app = QApplication.instance()
        assert app is not None
        install_language(app, lang)
        self.settings.setValue("ui/language", lang)
        self._rebuild()

    def set_digits(self, choice: str) -> None:
        """Western or Arabic-Indic digits in the Arabic interface, everywhere: editors, agenda,
        tables (the window is rebuilt as for a language switch)."""
        if choice == chosen_digits():
            return
        app = QApplication.instance()
        assert app is not None
        choose_digits(app, choice)
        self._rebuild()

    def set_content_language(self, lang: str) -> None:
        self.settings.setValue("ui/content_language", lang)
        if self._context is None:
            return  # chosen while the first file opens: start-up applies it once it is open
        self.context.set_content_language(lang)
        self._update_title()

    def _rebuild(self) -> None:
        current = self.current_screen() or "agenda"
        state = self.saveState()
        self._teardown()
        self.setLayoutDirection(QApplication.layoutDirection())
        self._build()
        self.restoreState(state)
        self.show_screen(current)

    def _on_history_dropped(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _teardown(self) -> None:
        if self._context is not None:
            self._context.display_zone_changed.disconnect(self._update_zone_label)
            self._context.undo_stack.indexChanged.disconnect(self._on_undo_index)
            self._context.history_dropped.disconnect(self._on_history_dropped)
        for dock in self.docks.values():
            self.removeDockWidget(dock)
            dock.deleteLater()
        for action in (self.undo_action, self.redo_action):
            action.deleteLater()
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.screens, self.docks, self._pending = {}, {}, {}

    # Files ------------------------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = cast("list[str]", self.settings.value("files/recent", [], type=list))  # see remember_recent
        for index, location in enumerate(recent[:RECENT_LIMIT], start=1):
            entry = self.recent_menu.addAction(f"&{index} {Path(location).name}")
            entry.setToolTip(location)
            entry.triggered.connect(lambda _checked=False, location=location: self.open_location(location))
        self.recent_menu.setEnabled(bool(recent))

    def _file_filter(self) -> str:
        from confdesk.store import SUFFIX

        return self.tr("ConfDesk conference (*%1)").replace("%1", SUFFIX)

    def _folder(self) -> str:
        path = self.context.store.path if self._context is not None else None
        return str(path.parent) if path else ""

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        location, _ = QFileDialog.getOpenFileName(self, self.tr("Open Conference"), self._folder(), self._file_filter())
        if location:
            self.open_location(location)

    def connect_team(self) -> None:
        """File → Connect to a Team Database…: open the conference on the team's server."""
        from ui.team.connect import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.location():
            self.open_location(dialog.location())

    def open_location(self, location: str, *, backup: bool = True) -> Task:
        """Open a conference file in the background and switch the window to it (opening makes
        a backup of it first, unless ``backup`` is false)."""
        from confdesk.store import NotAConferenceFile, open_store
        from ui.context import AppContext
        from ui.tasks import run_task

        def work(progress, _is_cancelled) -> tuple[Store, int]:
            progress(0, 0)
            store = open_store(location, backup=backup)
            conference_id = store.conference_id()
            if conference_id is None:
                store.close()
                raise NotAConferenceFile(location)
            return store, conference_id

        def done(result: tuple[Store, int]) -> None:
            self.switch_to(AppContext(*result), location)

        from ui.app import location_name

        return run_task(self, self.tr("Opening %1").replace("%1", location_name(location)), work, done)

    def switch_to(self, context: AppContext, location: str) -> None:
        """Show another conference: the old file is closed and its undo history dropped."""
        old = self._context
        if old is None:
            self.attach(context)
        else:
            self._teardown()
            self._context = context
            context.set_content_language(old.content_language)
            old.close()
            old.deleteLater()
            self._build()
        remember_recent(self.settings, location)
        self.file_opened.emit(location)
        from ui.app import location_name

        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", location_name(location)), 5000)
        if old is not None:
            self.ready.emit()

    def new_file(self) -> None:
        from confdesk.store import SUFFIX
        from ui.errors import describe
        from ui.new_conference import NewConferenceDialog, create_conference_file

        dialog = NewConferenceDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        facts = dialog.facts()
        from PySide6.QtWidgets import QFileDialog

        location, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Conference"), str(Path(self._folder()) / f"{facts.name}{SUFFIX}"), self._file_filter()
        )
        if not location:
            return
        path = Path(location if location.endswith(SUFFIX) else location + SUFFIX)
        try:
            create_conference_file(path, facts, current_language())
        except Exception as error:  # noqa: BLE001 - worded for the user by describe()
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("New Conference"), describe(error))
            return
        self.open_location(str(path))

    def new_from_earlier(self) -> None:
        """File → New from an Earlier Conference…: next year's file, then opened."""
        from ui.conference.successor import SuccessorDialog

        source = self.context.store.path if self._context is not None else None
        dialog = SuccessorDialog(str(source or ""), self._folder(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target:
            self.open_location(dialog.target)

    def conference_settings(self) -> None:
        """File → Conference Settings…: one undoable command; the status bar says what it did."""
        from ui.conference import conference_dialog

        dialog = conference_dialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome:
            self.statusBar().showMessage(dialog.outcome, 8000)

    def edit_parts(self) -> None:
        """File → Parts…: add, rename, new dates, delete (each undoable)."""
        from ui.conference.parts import PartsDialog

        self.parts_dialog = PartsDialog(self.context, self)
        self.parts_dialog.open()

    def edit_rules(self) -> None:
        """File → Rules…: one undoable command; the Problems screen re-runs the checks."""
        from ui.conference import rules_dialog

        dialog = rules_dialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Rules saved; the checks were run again."), 6000)

    def save_copy(self) -> None:
        from confdesk.store import SUFFIX

        path = self.context.store.path
        suggestion = str(path.with_name(f"{path.stem} copy{SUFFIX}")) if path else ""
        from PySide6.QtWidgets import QFileDialog

        location, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), suggestion, self._file_filter())
        if location:
            self.save_copy_to(Path(location if location.endswith(SUFFIX) else location + SUFFIX))

    def save_copy_to(self, destination: Path):
        """Write a consistent copy with SQLite's backup API, off the GUI thread."""
        from ui.tasks import run_task

        store = self.context.store

        def work(progress, _is_cancelled) -> Path:
            progress(0, 0)
            store.save_copy(destination)  # built beside it and renamed over it
            return destination

        def done(written: Path) -> None:
            self.statusBar().showMessage(self.tr("A copy was saved as %1").replace("%1", written.name), 6000)

        return run_task(self, self.tr("Saving a copy"), work, done)

    def _show_read_only(self) -> None:
        """A read-only file says so (title, status bar) and its edits are off; the core refuses
        them anyway."""
        if self._context is None:
            for waiting in (
                self.copy_action,
                self.restore_action,
                self.settings_action,
                self.parts_action,
                self.rules_action,
            ):
                waiting.setEnabled(False)
            return
        read_only = self.context.read_only
        self.restore_action.setEnabled(not read_only and self.context.path is not None)
        self.settings_action.setEnabled(not read_only)
        self.parts_action.setEnabled(not read_only)
        self.rules_action.setEnabled(not read_only)
        if not read_only:
            return
        for edit in (self.undo_action, self.redo_action):
            edit.setEnabled(False)
        agenda = cast("AgendaPage | None", self.screens.get("agenda"))
        if agenda is not None:
            for edit in agenda.actions_for_menu:
                edit.setEnabled(False)

    def restore_backup(self) -> None:
        """File → Restore a Backup…: choose one of the open file's backups."""
        path = self.context.store.path
        if path is None or self.context.read_only:
            return
        from ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(path, self)
        dialog.restore_requested.connect(self.restore_from)
        self.dialog = dialog
        dialog.open()

    def restore_from(self, backup: Path) -> Task | None:
        """Restore ``backup`` into the open file: its current state is backed up first, then the
        file is reopened (the undo history no longer matches it, so it starts empty)."""
        from confdesk.store.backups import restore
        from ui.tasks import run_task

        store, location, path = self.context.store, self.context.store.location, self.context.store.path
        if path is None:
            return None
        store.engine.dispose()  # no idle connection of ours stays open on the file

        def work(progress, _is_cancelled) -> Path:
            progress(0, 0)
            restore(backup, path)
            return backup

        def done(_restored: Path) -> None:
            # The file now holds exactly the backup, which need not be backed up once more.
            self.open_location(location, backup=False).finished.connect(
                lambda: self.statusBar().showMessage(
                    self.tr("The backup was restored; the undo history was cleared."), 8000
                )
            )

        return run_task(self, self.tr("Restoring a backup"), work, done)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About ConfDesk"),
            self.tr(
                "<h3>ConfDesk</h3><p>Plan a multilingual, multi-stakeholder virtual conference: "
                "agenda, people, lineups, calendars and printed programmes in Arabic, English and French.</p>"
            ),
        )
