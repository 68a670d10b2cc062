"""Render the Agenda's "All days" overview of the demo in English, Arabic and French:

    QT_QPA_PLATFORM=offscreen python tests/ui/agenda/overview_screenshots.py [FOLDER]

writes ``overview-en.png``, ``overview-ar.png`` and ``overview-fr.png`` (default folder
``docs/screenshots``) through the application's own ``--screenshot`` start-up, with settings
kept in a temporary folder that asks for the "All days" view."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from confdesk.demo import build_demo  # noqa: E402
from confdesk.store import open_store  # noqa: E402
from ui.app import APPLICATION, ORGANISATION, main  # noqa: E402


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_DATA_HOME"] = str(Path(scratch) / "data")
        demo = Path(scratch) / "demo.confdesk"
        store = open_store(demo, create=True)
        with store.unit() as db:
            build_demo(db)
        store.close()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(scratch) / "settings"))
        for lang in ("en", "ar", "fr"):
            settings = QSettings()
            settings.clear()
            settings.setValue("agenda/view", "all")
            settings.sync()
            out = folder / f"overview-{lang}.png"
            if main(["--db", str(demo), "--lang", lang, "--screenshot", str(out)]) != 0:
                raise SystemExit(f"could not render {out}")
            written.append(out)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"):
        print(path)
