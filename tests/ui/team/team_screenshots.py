"""Render what team mode looks like, in Arabic and English:

    QT_QPA_PLATFORM=offscreen python tests/ui/team/team_screenshots.py [FOLDER]

writes ``team-history-{ar,en}.png`` (a session's History tab after a colleague and the user
changed it), ``team-conflict-{ar,en}.png`` (the question when both changed its title) and
``team-connect-{ar,en}.png`` (File → Connect to a Team Database…), by default in
``docs/screenshots``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from confdesk import services  # noqa: E402
from confdesk.demo import build_demo  # noqa: E402
from confdesk.model.text import LocalText  # noqa: E402
from confdesk.services.errors import ConcurrentEdit  # noqa: E402
from confdesk.store import open_store  # noqa: E402
from confdesk.views.agenda import read_agenda  # noqa: E402
from ui.agenda.dialog import SessionDialog  # noqa: E402
from ui.fonts import install_fonts  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.team.conflict import conflict_box  # noqa: E402
from ui.team.connect import ConnectDialog  # noqa: E402


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setFont(install_fonts())
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "demo.confdesk"
        store = open_store(path, create=True)
        with store.unit() as db:
            build_demo(db)
        with store.reader() as db:
            agenda = read_agenda(db, store.conference_id())
        row = agenda.sessions[1]
        colleague = open_store(path, backup=False)
        colleague.author = "Layla Khoury"
        with colleague.unit() as db:
            title = LocalText(ar=row.title.ar, en=f"{row.title.en} (revised)", fr=row.title.fr)
            services.update_session(db, row.id, title=title)
            services.update_session(db, row.id, passcode="GCM-2026")
        colleague.close()
        store.author = "Rim Benali"
        with store.unit() as db:
            services.update_session(db, row.id, join_url="https://meet.example.org/plenary-1")
        with store.reader() as db:
            entries = services.history(db, session_id=row.id, limit=50)
            newest = entries[0].at
        zone = agenda.parts and __import__("zoneinfo").ZoneInfo("Asia/Beirut")
        store.close()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("team/host", "db.example.org")
    settings.setValue("team/database", "gcm_review")
    settings.setValue("team/user", "rim")
    for lang in ("ar", "en"):
        install_language(app, lang)
        dialog = SessionDialog(agenda.parts, zone, lambda _part, _data: None, row=row, lang=lang, history=entries)
        dialog.findChild(QTabWidget, "history_tabs").setCurrentIndex(1)
        dialog.resize(dialog.sizeHint())
        dialog.show()
        app.processEvents()
        written.append(folder / f"team-history-{lang}.png")
        dialog.grab().save(str(written[-1]))
        dialog.close()
        error = ConcurrentEdit("session", row.id, author="Layla Khoury", at=newest, fields=["title"])
        box, _ = conflict_box(None, error, zone)
        box.show()
        app.processEvents()
        written.append(folder / f"team-conflict-{lang}.png")
        box.grab().save(str(written[-1]))
        box.close()
        connect = ConnectDialog(settings)
        connect.show()
        app.processEvents()
        written.append(folder / f"team-connect-{lang}.png")
        connect.grab().save(str(written[-1]))
        connect.close()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"):
        print(path)
