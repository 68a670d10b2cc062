"""The main window on the demo: screens, file operations, undo history and wiring."""

from __future__ import annotations

import importlib
import logging

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget
from sqlalchemy import func, select

from confdesk.model import Session
from confdesk.store import open_store
from ui.context import AppContext
from ui.main_window import SCREENS, MainWindow, Screen, load_screen, screen_available


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Keep the tests' recent files and window state out of the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    yield


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    made = MainWindow(AppContext(demo_store, demo_store.conference_id()))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_window_opens_the_demo_on_the_agenda(window):
    assert window.current_screen() == "agenda"
    assert window.stack.currentWidget() is window.screens["agenda"]
    assert "GCM Regional Review" in window.windowTitle()
    keys = [window.navigation.item(row).data(256) for row in range(window.navigation.count())]
    assert keys[0] == "agenda" and "exports" in keys
    assert window.screens["agenda"].timetable.blocks


def assert_every_screen_opens(window: MainWindow) -> None:
    """Each installed screen has its shortcut, and triggering it shows the screen itself: built,
    not the message that stands in for a screen that raised while being built."""
    assert set(window.screen_actions) == {screen.key for screen in SCREENS if screen_available(screen)}
    for key, action in window.screen_actions.items():
        assert not action.shortcut().isEmpty()
        action.trigger()
        assert window.current_screen() == key
        assert key not in window.failed_screens, f"the {key} screen failed to build"
        widget = window.screen(key)
        assert widget is not None and type(widget).__name__ == next(s.widget for s in SCREENS if s.key == key)
        if isinstance(widget, QDockWidget):
            assert widget.isVisible()
        else:
            assert window.stack.currentWidget() is widget


def test_every_screen_present_is_reachable_by_shortcut(window):
    # A screen raising while built also fails this test through pytest-qt's exception capture:
    # load_screen hands the error to sys.excepthook.
    assert_every_screen_opens(window)


@pytest.mark.parametrize("key", ["people", "agenda"])  # built on first use / built with the window
def test_a_screen_that_raises_while_built_is_seen_by_the_tests_and_named_in_the_window(
    qtbot, demo_store, monkeypatch, caplog, key
):
    screen = next(screen for screen in SCREENS if screen.key == key)

    class Broken(QWidget):
        def __init__(self, *_args: object) -> None:
            raise RuntimeError(f"the {key} screen is broken")

    monkeypatch.setattr(importlib.import_module(screen.module), screen.widget, Broken)
    with qtbot.captureExceptions() as exceptions, caplog.at_level(logging.ERROR, logger="ui.main_window"):
        made = MainWindow(AppContext(demo_store, demo_store.conference_id()))
        qtbot.addWidget(made)
        made.show()
        made.show_screen(key)
        # What the ordinary test checks now fails.
        with pytest.raises(AssertionError, match=f"the {key} screen failed to build"):
            assert_every_screen_opens(made)
    # The error reached sys.excepthook, which pytest-qt turns into a failed test.
    assert [(kind, str(error)) for kind, error, _trace in exceptions] == [(RuntimeError, f"the {key} screen is broken")]
    # It is in the log with its traceback.
    [record] = [record for record in caplog.records if record.getMessage() == f"screen {key} cannot be built"]
    assert record.exc_info is not None and record.exc_info[1] is exceptions[0][1]
    # The window shows one message naming the screen where the screen would be, not a blank.
    made.show_screen(key)
    failed = made.failed_screens[key]
    assert made.current_screen() == key and made.stack.currentWidget() is failed
    title = made.screen_title(key).replace("&", "")
    assert title in failed.text() and "the details were written to the log file" in failed.text()
    assert key not in made.screens
    # The other screens still open.
    assert made.show_screen("deadlines") is made.screens["deadlines"]


def test_a_screen_whose_package_is_not_installed_is_left_out_quietly(qtbot, demo_store):
    parent = QWidget()
    qtbot.addWidget(parent)
    missing = Screen("missing", "ui.no_such_screen.page", "NoSuchPage", "agenda", "Ctrl+9")
    with qtbot.captureExceptions() as exceptions:
        assert load_screen(missing, AppContext(demo_store, demo_store.conference_id()), parent) is None
    assert exceptions == []


def test_undo_and_redo_are_in_the_edit_menu_with_their_shortcuts(window):
    edit = window.menus["edit"].actions()
    assert window.undo_action in edit and window.redo_action in edit
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()


def test_the_undo_history_lists_each_command(window):
    agenda = window.screens["agenda"]
    session_id = next(iter(agenda.timetable.blocks))
    row = agenda.agenda.session(session_id)
    agenda.move_session(
        session_id,
        row.starts_at.replace(minute=(row.starts_at.minute + 5) % 60),
        row.ends_at.replace(minute=(row.ends_at.minute + 5) % 60),
    )
    window.history_toggle.trigger()
    history = window.docks["history"]
    assert history.isVisible()
    assert history.view.model().rowCount() == 2  # the file as opened, then the move
    window.undo_action.trigger()
    assert window.context.undo_stack.index() == 0


def test_save_a_copy_writes_a_file_that_opens(window, qtbot, tmp_path, demo_store):
    destination = tmp_path / "copy.confdesk"
    task = window.save_copy_to(destination)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    copy = open_store(destination)
    try:
        with copy.reader() as db, demo_store.reader() as original:
            assert db.scalar(select(func.count(Session.id))) == original.scalar(select(func.count(Session.id)))
    finally:
        copy.close()


def test_opening_another_file_switches_the_window_and_remembers_it(window, qtbot, demo_file):
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_location(str(demo_file))
    assert window.context.store.path == demo_file
    assert window.context.undo_stack.count() == 0
    assert QSettings().value("files/recent", [], type=list)[0] == str(demo_file)
    assert window.screens["agenda"].timetable.blocks
    window._fill_recent()
    assert window.recent_menu.actions()[0].toolTip() == str(demo_file)


def test_opening_a_file_that_is_not_a_conference_shows_one_sentence(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bogus = tmp_path / "notes.confdesk"
    bogus.write_text("not a database")
    old = window.context
    window.open_location(str(bogus))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["“notes.confdesk” is not a ConfDesk conference file."]
    assert window.context is old


def test_the_problems_dock_leads_to_the_session(window):
    dock = window.screens.get("problems")
    if dock is None:
        pytest.skip("the Problems dock is not installed")
    session_id = max(window.screens["agenda"].agenda.sessions, key=lambda row: row.starts_at).id
    dock.session_activated.emit(session_id)
    assert window.current_screen() == "agenda"
    assert window.screens["agenda"].timetable.selected_session() == session_id


def test_the_exports_page_opens_each_available_dialog(window, qtbot):
    exports = window.screen("exports")
    assert len(exports.actions_for_menu) == len(exports.exports)
    for export, action in zip(exports.exports, exports.actions_for_menu):
        action.trigger()
        dialog = exports.dialog
        assert type(dialog).__name__ == export.dialog
        assert dialog.isVisible()
        dialog.close()


def test_the_file_menu_leads_to_the_conference_settings_parts_and_next_years_file(window, qtbot, monkeypatch):
    from ui.conference import ConferenceDialog
    from ui.conference.parts import PartsDialog
    from ui.conference.successor import SuccessorDialog

    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.menu() and window.new_action in a.menu().actions()]
    entries = file_menu.actions()
    for entry in (window.settings_action, window.parts_action, window.rules_action, window.successor_action):
        assert entry in entries and entry.isEnabled()
    shown = []
    monkeypatch.setattr(ConferenceDialog, "exec", lambda self: shown.append(type(self)) or 0)
    monkeypatch.setattr(SuccessorDialog, "exec", lambda self: shown.append(type(self)) or 0)
    window.settings_action.trigger()
    window.successor_action.trigger()
    window.parts_action.trigger()
    assert shown == [ConferenceDialog, SuccessorDialog]
    assert isinstance(window.parts_dialog, PartsDialog) and window.parts_dialog.table.rowCount() == 2
    window.parts_dialog.close()


def test_the_language_menu_chooses_the_digits_of_the_arabic_interface(window):
    from PySide6.QtCore import QSettings

    from ui.i18n import ARABIC_INDIC, WESTERN, chosen_digits

    assert window.digits_actions[WESTERN].isChecked()
    window.digits_actions[ARABIC_INDIC].trigger()
    assert chosen_digits() == ARABIC_INDIC == QSettings().value("ui/digits")
    # The window was rebuilt with the choice shown; back to Western for the tests after.
    assert window.digits_actions[ARABIC_INDIC].isChecked()
    window.digits_actions[WESTERN].trigger()
    assert chosen_digits() == WESTERN
