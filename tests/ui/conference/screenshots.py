"""Screenshots of the conference's own dialogs (settings and its Themes tab, parts, rules) in
each language:

    QT_QPA_PLATFORM=offscreen python tests/ui/conference/screenshots.py [FOLDER]

Each language runs in its own process (a translator and a layout direction per application)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def shoot(lang: str, folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ui.i18n import install_language

    install_language(app, lang)
    from confdesk.demo import build_demo
    from confdesk.store import open_store
    from ui.conference import conference_dialog, rules_dialog
    from ui.conference.parts import PartsDialog
    from ui.context import AppContext

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "demo.confdesk", create=True)
        with store.unit() as db:
            build_demo(db)
        context = AppContext(store, store.conference_id())
        for name, dialog in (
            ("conference-settings", conference_dialog(context)),
            ("conference-parts", PartsDialog(context)),
            ("conference-rules", rules_dialog(context)),
        ):
            dialog.show()
            app.processEvents()
            path = folder / f"{name}-{lang}.png"
            dialog.grab().save(str(path))
            print(path)
            if name == "conference-settings":
                dialog.tabs.setCurrentWidget(dialog.themes)
                app.processEvents()
                path = folder / f"conference-themes-{lang}.png"
                dialog.grab().save(str(path))
                print(path)
                dialog.tabs.setCurrentWidget(dialog.house_style)
                app.processEvents()
                path = folder / f"conference-house-style-{lang}.png"
                dialog.grab().save(str(path))
                print(path)
            dialog.close()
        store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 2:
        shoot(sys.argv[2], Path(sys.argv[1]))
    else:
        target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
        for language in ("ar", "en", "fr"):
            subprocess.run([sys.executable, __file__, str(target), language], check=True)
