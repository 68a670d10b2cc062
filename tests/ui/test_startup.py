"""Start-up shows the window first: it paints before the core is imported or the file opened,
then the agenda of the file fills it in. Orders of events, never times (bench/startup.py
measures those)."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from ui.app import main
from ui.core_import import without_source_scan
from ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]

#: Modules that take long to import: none of them is loaded when the window first paints.
HEAVY = (
    "sqlalchemy",
    "confdesk.store",
    "confdesk.model",
    "confdesk.services",
    "ui.agenda.page",
    "reportlab",
    "openpyxl",
    "icalendar",
    "ortools",
    "caldav",
    "keyring",
    "alembic",
    "lxml",
)
#: What neither showing the agenda nor opening a file at the newest schema needs.
NEEDED_LATER = ("reportlab", "openpyxl", "icalendar", "ortools", "caldav", "keyring", "alembic", "lxml")

# Runs main.py's main() in a fresh interpreter and reports what held at the window's first
# paint, when it said it was ready, and once the store of its file was open.
PROBE = r"""
import builtins, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

heavy = json.loads(sys.argv[1])
seen = {}

def at_ready(window):
    agenda = window.screens.get("agenda")
    seen["ready"] = {
        "screen": window.current_screen(),
        "sessions_shown": len(agenda.timetable.blocks) if agenda is not None else 0,
        "title": window.windowTitle(),
        "toolbars_shown": sum(toolbar.isVisible() for toolbar in window.findChildren(QToolBar)),
        "loaded": [name for name in heavy if name in sys.modules],
        "store_open": window.context.is_open,
    }
    if window.context.is_open:
        at_open(window)
    else:
        window.context.store_opened.connect(lambda: QTimer.singleShot(0, lambda: at_open(window)))

def at_ready_signal(window):
    # As the window says it is ready, before anything queued runs (the store's worker).
    seen["ready_signal"] = {"loaded": [name for name in heavy if name in sys.modules]}

def at_open(window):
    agenda = window.screens.get("agenda")
    seen["opened"] = {
        "sessions_shown": len(agenda.timetable.blocks) if agenda is not None else 0,
        "loaded": [name for name in heavy if name in sys.modules],
        "import_hook": builtins.__import__.__name__,
    }
    QApplication.instance().quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and "paint" not in seen:
            seen["paint"] = {
                "loaded": [name for name in heavy if name in sys.modules],
                "open": watched.is_open,
                "status": watched.statusBar().currentMessage(),
                "screens_named": watched.navigation.count(),
                "menus": [action.text() for action in watched.menuBar().actions()],
            }
            watched.ready.connect(lambda: at_ready_signal(watched))
            watched.ready.connect(lambda: QTimer.singleShot(0, lambda: at_ready(watched)))
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
from ui.app import main
seen["code"] = main(sys.argv[2:])
print(json.dumps(seen))
"""


def probe(tmp_path: Path, *args: str) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_paints_before_the_core_loads_and_then_shows_the_agenda(demo_file, tmp_path):
    seen = probe(tmp_path, "--db", str(demo_file))
    paint, ready = seen["paint"], seen["ready"]
    assert paint["loaded"] == []
    assert not paint["open"]
    assert paint["status"] == f"Opening {demo_file.name}"
    assert paint["screens_named"] == 7
    assert paint["menus"][:2] == ["&File", "&Edit"]
    assert ready["screen"] == "agenda" and ready["sessions_shown"] > 0
    assert "GCM Regional Review" in ready["title"]
    assert ready["toolbars_shown"] == 1  # the one of the window without a conference is gone
    assert "ui.agenda.page" in ready["loaded"]
    # The agenda was built from the first view alone: nothing it imports loads the ORM.
    assert "sqlalchemy" not in seen["ready_signal"]["loaded"]
    assert "confdesk.services" not in seen["ready_signal"]["loaded"]
    assert not set(NEEDED_LATER) & set(ready["loaded"])
    opened = seen["opened"]
    assert opened["sessions_shown"] == ready["sessions_shown"]
    assert "sqlalchemy" in opened["loaded"] and "confdesk.services" in opened["loaded"]
    assert not set(NEEDED_LATER) & set(opened["loaded"])  # no Alembic for a file at the newest schema
    assert opened["import_hook"] == "__feature_import__"  # PySide6's hook is back in place
    assert seen["code"] == 0


def test_the_agenda_of_a_file_at_the_newest_schema_shows_before_the_store_opens(demo_file, tmp_path):
    ready = probe(tmp_path, "--db", str(demo_file))["ready"]
    assert not ready["store_open"]
    assert ready["sessions_shown"] > 0


def test_a_file_without_a_first_view_opens_before_its_agenda_shows(demo_file, tmp_path):
    seen = probe(tmp_path, "--db", f"sqlite:///{demo_file}")  # a URL: the store's to read
    assert seen["ready"]["store_open"]
    assert seen["ready"]["sessions_shown"] > 0
    assert seen["code"] == 0


def test_the_screen_asked_for_is_shown_once_the_file_is_open(demo_file, tmp_path):
    ready = probe(tmp_path, "--db", str(demo_file), "--screen", "people", "--lang", "fr")["ready"]
    assert ready["screen"] == "people"
    assert ready["sessions_shown"] > 0


def test_without_the_last_file_the_demo_is_made_and_opened(tmp_path):
    seen = probe(tmp_path)
    assert seen["paint"]["loaded"] == []
    assert seen["paint"]["status"] == "Opening demo.confdesk"
    assert seen["ready"]["sessions_shown"] > 0
    assert (tmp_path / "data" / "ConfDesk" / "demo.confdesk").exists()


@pytest.fixture
def isolated(tmp_path, qapp, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield
    install_language(qapp, "en")
    QCoreApplication.setOrganizationName("ConfDeskTests")


def test_a_file_that_cannot_be_opened_is_named_over_the_window_and_start_up_ends(isolated, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.confdesk"
    bogus.write_text("plain text")
    shown: list[tuple[bool, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, _title, text: shown.append((parent is not None, text)) or 0
    )
    assert main(["--db", str(bogus)]) == 1
    [(over_the_window, text)] = shown
    assert over_the_window
    assert "notes.confdesk" in text


def test_imports_skip_the_source_scan_only_inside_and_the_hook_comes_back_after_an_error():
    hooked = builtins.__import__
    assert hooked.__name__ == "__feature_import__"  # PySide6 is loaded in the tests
    with pytest.raises(ModuleNotFoundError), without_source_scan():
        assert builtins.__import__ is not hooked
        import ui.no_such_module  # noqa: F401
    assert builtins.__import__ is hooked


def test_a_file_whose_store_fails_to_open_after_its_agenda_showed_is_named_once_and_start_up_ends(
    isolated, demo_file, monkeypatch
):
    import confdesk.store
    from confdesk.store.errors import CorruptFile

    def refuse(location, **_options):
        raise CorruptFile(str(location), "database disk image is malformed")

    monkeypatch.setattr(confdesk.store, "open_store", refuse)
    shown: list[tuple[bool, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, _title, text: shown.append((parent is not None, text)) or 0
    )
    assert main(["--db", str(demo_file)]) == 1
    [(over_the_window, text)] = shown
    assert over_the_window
    assert text == f"“{demo_file.name}” is damaged and cannot be read."
