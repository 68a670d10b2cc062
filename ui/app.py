"""Application start-up: language first, then fonts, then the conference file, then the window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import cast

from platformdirs import user_data_dir, user_log_dir
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from confdesk.errors import ConfDeskError
from confdesk.store import Store, open_store
from ui.i18n import LANGUAGES, install_language

ORGANISATION = "ConfDesk"
APPLICATION = "ConfDesk"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon(name: str) -> QIcon:
    """An icon from resources/icons by its file name without ``.svg``."""
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


def demo_path() -> Path:
    return Path(user_data_dir(APPLICATION, appauthor=False)) / "demo.confdesk"


def default_location(settings: QSettings) -> str:
    """The last file opened, or the demo in the user data folder (created on first use)."""
    # type=str makes QSettings return a str; its stub says object.
    last = cast(str, settings.value("files/last", "", type=str))
    if last and ("://" in last or Path(last).exists()):
        return last
    path = demo_path()
    if not path.exists():
        from confdesk.demo import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        store = open_store(path, create=True)
        try:
            with store.unit() as db:
                build_demo(db)
        finally:
            store.close()
    return str(path)


def _log_to_file() -> None:
    """A crash or unexpected error leaves a log file instead of a traceback on screen."""
    from confdesk.store.crash_log import ScrubbingFormatter

    folder = Path(user_log_dir(APPLICATION, appauthor=False))
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


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("app"))
    _log_to_file()
    settings = QSettings()
    lang = install_language(app, args.lang or cast(str, settings.value("ui/language", "en", type=str)))

    from ui.fonts import install_fonts

    app.setFont(install_fonts())
    location = args.db or default_location(settings)
    from ui.errors import describe

    try:
        store: Store = open_store(location)
        conference_id = store.conference_id()
        if conference_id is None:
            from confdesk.store import NotAConferenceFile

            store.close()
            raise NotAConferenceFile(location)
    except ConfDeskError as error:
        if args.screenshot:
            print(f"main.py: error: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, APPLICATION, describe(error))
        return 1

    from ui.context import AppContext
    from ui.main_window import MainWindow, remember_recent

    remember_recent(settings, location)
    context = AppContext(store, conference_id)
    content = cast(str, settings.value("ui/content_language", lang, type=str))
    context.set_content_language(content if content in LANGUAGES else lang)
    window = MainWindow(context)
    if args.screen:
        window.show_screen(args.screen)
    if args.screenshot:
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        # What screens read in the background (the problems check) is in the picture too.
        QThreadPool.globalInstance().waitForDone(30_000)
        for _ in range(3):  # the results, then the layouts they ask for
            app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.context.store.close()
        if not ok:
            print(f"main.py: error: cannot write {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    window.context.store.close()
    return code
