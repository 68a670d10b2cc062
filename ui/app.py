"""Application start-up: language first, then fonts, then the window, then the conference file.

The window is on screen before the core is imported: it paints with its menus, the names of its
screens and "Opening demo.confdesk" in its status bar, and the file opens right after that first frame
(SQLAlchemy, the models and the agenda take longer to load than the window takes to show).

The agenda then shows the file's first view, read straight from SQLite
(:mod:`confdesk.views.first_view`); once that agenda is on screen, a worker thread imports the
core and opens the store while the window takes input
(:meth:`ui.context.AppContext.open_in_background`); a file the first
view cannot read (an older schema, a database URL) opens the way any file opens, before the
agenda shows. Either way a file that cannot be opened is named in one message and start-up ends.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ui.core_import import without_source_scan

# PySide6 reads the whole source of every module imported after it (ui/core_import.py says why):
# the modules the window needs before its first frame skip that, as the core does.
with without_source_scan():
    from ui.i18n import LANGUAGES, install_language

if TYPE_CHECKING:
    from confdesk.store import Store
    from confdesk.views.first_view import FirstView
    from ui.main_window import MainWindow

ORGANISATION = "ConfDesk"
APPLICATION = "ConfDesk"
#: How long a window that is never painted (started minimised, say) waits to open its file.
OPEN_UNPAINTED_MS = 2000
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by its file name without ``.svg``.

    One QIcon per name for the whole run (QIcon is shared, like a string): the SVG is read and
    drawn once at each size, not again each time the window is rebuilt (the first file opened,
    a language switch)."""
    return QIcon(str(ICONS / f"{name}.svg"))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Start the ConfDesk desktop application.")
    parser.add_argument("--db", metavar="FILE", help="conference file to open (default: the last one, or the demo)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window to a PNG and exit")
    parser.add_argument(
        "--screen",
        metavar="NAME",
        help="screen to show first (agenda, people, registrations, lineups, problems, deadlines, exports)",
    )
    return parser.parse_args(argv)


def user_data_dir(appname: str) -> str:
    # platformdirs is imported once a folder is needed (the demo's on first use, the log's once
    # the window is up), not before the window paints.
    from platformdirs import user_data_dir as folder

    return folder(appname, appauthor=False)


def user_log_dir(appname: str) -> str:
    from platformdirs import user_log_dir as folder

    return folder(appname, appauthor=False)


def demo_path() -> Path:
    return Path(user_data_dir(APPLICATION)) / "demo.confdesk"


def last_location(settings: QSettings) -> str:
    """The last file opened, or else where the demo lives (see :func:`default_location`)."""
    # type=str makes QSettings return a str; its stub says object.
    last = cast(str, settings.value("files/last", "", type=str))
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(demo_path())


def location_name(location: str) -> str:
    """What the status bar calls a file while it opens: its name, or a database's, never the
    user name or password a database URL may hold."""
    if "://" in location:
        return urlsplit(location).path.rsplit("/", 1)[-1]
    return Path(location).name


def default_location(settings: QSettings) -> str:
    """The last file opened, or the demo in the user data folder (created on first use)."""
    location = last_location(settings)
    path = demo_path()
    if location == str(path) and not path.exists():
        from confdesk.demo import build_demo
        from confdesk.store import open_store

        path.parent.mkdir(parents=True, exist_ok=True)
        store = open_store(path, create=True)
        try:
            with store.unit() as db:
                build_demo(db)
        finally:
            store.close()
    return location


class _FrameWatch(QObject):
    """Runs ``callback`` once, after the next frame of ``widget`` is on screen (the rest of the
    frame painted too), or after ``timeout_ms`` if it is never painted (minimised, hidden)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], timeout_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(timeout_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            callback()
            self.deleteLater()


def after_next_frame(window: MainWindow, callback: Callable[[], None], timeout_ms: int = OPEN_UNPAINTED_MS) -> None:
    """Run ``callback`` once the screen the window shows has painted its next frame."""
    _FrameWatch(window.stack.currentWidget() or window, callback, timeout_ms)


def _log_to_file() -> None:
    """A crash or unexpected error leaves a log file instead of a traceback on screen."""
    import logging

    from confdesk.store.crash_log import ScrubbingFormatter

    folder = Path(user_log_dir(APPLICATION))
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "confdesk.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    # Tracebacks keep their frames and exception types, never the values (names, addresses)
    # that exception messages and SQL parameters carry.
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])


def open_first(
    window: MainWindow,
    args: argparse.Namespace,
    settings: QSettings,
    lang: str,
    on_failure: Callable[[], None] = lambda: None,
) -> int:
    """Open the conference file of the command line (or the last one, or the demo) in the
    window built without one; 1 when it cannot be opened (the user was told why).

    A file with a first view is shown at once and its store opens in the background: if that
    fails, the user is told why and ``on_failure()`` runs then."""
    from confdesk.views.first_view import read_first_view

    location = args.db or ""
    if not args.screenshot:
        location = location or default_location(settings)
        first_view = read_first_view(location)
        if first_view is not None:
            _show_first_view(window, first_view, args, settings, lang, on_failure)
            return 0
    # Loading the core and the agenda makes a few hundred thousand objects that live as long
    # as the program, and the cyclic garbage collector, counting them as they are made, would
    # scan them over and over (some 15 % of the time this takes, measured here); it resumes
    # once they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _open_first(window, args, settings, lang)
    finally:
        if collecting:
            gc.enable()


def _show_first_view(
    window: MainWindow,
    first_view: FirstView,
    args: argparse.Namespace,
    settings: QSettings,
    lang: str,
    on_failure: Callable[[], None],
) -> None:
    from ui.context import AppContext

    location = first_view.location
    context = AppContext(None, first_view.conference_id, first_view=first_view)

    def open_checked() -> Store:
        _log_to_file()  # its formatter is the core's, imported by now
        from confdesk.store import NotAConferenceFile, open_store

        store = open_store(location)
        if store.conference_id() != first_view.conference_id:
            store.close()
            raise NotAConferenceFile(location)  # it changed under us: another program's
        return store

    def opened() -> None:
        from ui.main_window import remember_recent

        remember_recent(settings, location)

    def failed(error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.errors import describe

        QMessageBox.critical(window, APPLICATION, describe(error))
        on_failure()

    context.store_opened.connect(opened)
    context.open_failed.connect(failed)
    content = cast(str, settings.value("ui/content_language", lang, type=str))
    context.set_content_language(content if content in LANGUAGES else lang)
    window.attach(context)
    # Started once the agenda is on screen: the worker would take the GIL from building and
    # painting it. Another screen asked for may need the store: it starts then.
    context.open_in_background(open_checked, start=False)
    after_next_frame(window, context.start_opening)
    if args.screen:
        context.start_opening()
        window.show_screen(args.screen)


def _open_first(window: MainWindow, args: argparse.Namespace, settings: QSettings, lang: str) -> int:
    from confdesk.errors import ConfDeskError
    from ui.core_import import import_core

    import_core()
    _log_to_file()  # its formatter is the core's
    from confdesk.store import NotAConferenceFile, open_store
    from ui.context import AppContext
    from ui.errors import describe
    from ui.main_window import remember_recent

    location = args.db or ""
    try:
        location = location or default_location(settings)
        store: Store = open_store(location)
        conference_id = store.conference_id()
        if conference_id is None:
            store.close()
            raise NotAConferenceFile(location)
    except ConfDeskError as error:
        if args.screenshot:
            print(f"main.py: error: {error}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, APPLICATION, describe(error))
        return 1

    remember_recent(settings, location)
    context = AppContext(store, conference_id)
    content = cast(str, settings.value("ui/content_language", lang, type=str))
    context.set_content_language(content if content in LANGUAGES else lang)
    window.attach(context)
    if args.screen:
        window.show_screen(args.screen)
    return 0


def main(argv: list[str]) -> int:
    with without_source_scan():  # argparse imports gettext's locale
        args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with without_source_scan():
        from ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(app)  # noqa: F841 - lives as long as the application
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("app"))
    settings = QSettings()
    lang = install_language(app, args.lang or cast(str, settings.value("ui/language", "en", type=str)))

    with without_source_scan():
        from ui.fonts import install_fonts
        from ui.main_window import MainWindow

    app.setFont(install_fonts())
    location = args.db or last_location(settings)
    window = MainWindow(None, opening=location_name(location))
    if args.screenshot:
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        if open_first(window, args, settings, lang):
            return 1
        window.screen("problems")  # built now, not when the agenda is idle: it is in the picture
        # What screens read in the background (the problems check) is in the picture too.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
        for _ in range(3):  # the results, then the layouts they ask for
            app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.context.close()
        if not ok:
            print(f"main.py: error: cannot write {args.screenshot}", file=sys.stderr)
            return 1
        return 0

    def open_once() -> None:
        if window.is_open or opening:
            return
        opening.append(True)

        def end() -> None:
            # Once, and only while the loop runs: QCoreApplication.exit() after app.exec() has
            # returned leaves the thread's "quit now" set, and every event loop after it (a
            # dialog's, a wait for a worker) would return at once.
            if ended:
                return
            ended.append(True)
            window.close()
            app.exit(1)

        if open_first(window, args, settings, lang, end):
            end()

    opening: list[bool] = []
    ended: list[bool] = []
    window.painted.connect(open_once)
    QTimer.singleShot(OPEN_UNPAINTED_MS, open_once)
    window.show()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    ended.append(True)  # whatever reports late (a failed open) no longer ends a loop
    if window.is_open:
        window.context.close()
    return code
