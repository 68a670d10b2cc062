"""Application start-up: language first, then fonts, then the conference file, then the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from confdesk.errors import ConfDeskError
from confdesk.store import Store, open_store

LANGUAGES = ("ar", "en", "fr")
ORGANISATION = "ConfDesk"
APPLICATION = "ConfDesk"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Start the ConfDesk desktop application.")
    parser.add_argument("--db", metavar="FILE", help="conference file to open (default: the last one, or the demo)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window to a PNG and exit")
    return parser.parse_args(argv)


def demo_path() -> Path:
    return Path(user_data_dir(APPLICATION, appauthor=False)) / "demo.confdesk"


def default_location(settings: QSettings) -> str:
    """The last file opened, or the demo in the user data folder (created on first use)."""
    last = settings.value("files/last", "", type=str)
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


def apply_language(app: QApplication, lang: str) -> None:
    """Set the layout direction and locale before any widget exists."""
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(lang))


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    lang = args.lang or settings.value("ui/language", "en", type=str)
    apply_language(app, lang if lang in LANGUAGES else "en")

    from ui.fonts import install_fonts

    app.setFont(install_fonts())
    location = args.db or default_location(settings)
    try:
        store: Store = open_store(location)
    except ConfDeskError as error:
        if args.screenshot:
            print(f"main.py: error: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, APPLICATION, str(error))
        return 1
    settings.setValue("files/last", location)

    from ui.summary_window import SummaryWindow

    window = SummaryWindow(store)
    window.resize(1100, 720)
    if args.screenshot:
        window.show()
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        store.close()
        if not ok:
            print(f"main.py: error: cannot write {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    store.close()
    return code
