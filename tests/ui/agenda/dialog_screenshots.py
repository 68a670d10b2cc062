"""Render the session dialog on the demo's longest-titled session in Arabic, English and French:

    QT_QPA_PLATFORM=offscreen python tests/ui/agenda/dialog_screenshots.py [FOLDER]

writes ``session-dialog-ar.png``, ``session-dialog-en.png`` and ``session-dialog-fr.png`` (default
folder ``docs/screenshots``): each language installed as the application does at start-up, the
dialog opened at the size it asks for, grabbed to PNG."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from confdesk.demo import build_demo  # noqa: E402
from confdesk.store import open_store  # noqa: E402
from confdesk.views.agenda import read_agenda  # noqa: E402
from ui.agenda.dialog import SessionDialog  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.fonts import install_fonts  # noqa: E402
from ui.i18n import install_language  # noqa: E402


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setFont(install_fonts())
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "demo.confdesk", create=True)
        with store.unit() as db:
            build_demo(db)
        context = AppContext(store, store.conference_id())
        zone = context.conference_zone
        with store.reader() as db:
            agenda = read_agenda(db, context.conference_id)
        store.close()
    # The session whose titles are the longest: the one most likely to be cut.
    row = max(agenda.sessions, key=lambda s: max(len(s.title.ar), len(s.title.en), len(s.title.fr)))
    for lang in ("ar", "en", "fr"):
        install_language(app, lang)
        dialog = SessionDialog(
            agenda.parts,
            zone,
            lambda _part, _data: None,
            row=row,
            lang=lang,
            themes=agenda.themes,
            interpretation=agenda.interpretation,
        )
        dialog.show()
        app.processEvents()
        out = folder / f"session-dialog-{lang}.png"
        if not dialog.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        dialog.close()
        dialog.deleteLater()
        written.append(out)
    install_language(app, "en")
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"):
        print(path)
