"""File → Restore a Backup…, a read-only file in the window, and the new errors in words."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from sqlalchemy import select

from confdesk.model import Person
from confdesk.services import update_person
from confdesk.store import DiskFull, FileBusy, ReadOnlyFile, open_store
from confdesk.store.backups import list_backups
from ui.backups.dialog import BackupsDialog
from ui.commands import execute
from ui.context import AppContext
from ui.errors import describe
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp, monkeypatch):
    """Settings and backups in the test's folder, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    monkeypatch.setenv("CONFDESK_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture
def open_window(qtbot):
    """Show a window on a store; whatever file it has open at the end is closed."""
    shown: list[MainWindow] = []

    def show(store) -> MainWindow:
        window = MainWindow(AppContext(store, store.conference_id()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        shown.append(window)
        return window

    yield show
    for window in shown:
        window.context.store.close()


def notes(store) -> str:
    with store.reader() as db:
        return db.scalar(select(Person.notes).where(Person.id == 1)) or ""


def test_restoring_a_backup_from_the_file_menu(qtbot, demo_file, open_window):
    window = open_window(open_store(demo_file))  # opening backs the file up
    (backup,) = list_backups(demo_file)
    execute(window.context, "Change notes", partial(update_person, person_id=1, notes="since the backup"))
    assert window.context.undo_stack.count() == 1
    assert window.restore_action in window.menus["file"].actions() and window.restore_action.isEnabled()

    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1 and not dialog.restore_button.isEnabled()
    item = dialog.list.topLevelItem(0)
    assert item.text(0)[:4].isdigit() and item.toolTip(0) == str(backup.path)
    old = window.context
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(item).center())
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.file_opened, timeout=20000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.context is not old  # reopened: a new context, an empty undo history
    assert window.context.undo_stack.count() == 0
    assert window.context.store.path == demo_file
    assert notes(window.context.store) != "since the backup"
    found = list_backups(demo_file)
    assert len(found) == 2 and found[1].path == backup.path  # the state before came first
    check = open_store(found[0].path, backup=False)
    try:
        assert notes(check) == "since the backup"
    finally:
        check.close()


def test_the_dialog_says_when_there_are_no_backups(qtbot, tmp_path):
    dialog = BackupsDialog(tmp_path / "never-opened.confdesk")
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()


def test_a_read_only_file_says_so_and_its_edits_are_off(demo_file, open_window):
    window = open_window(open_store(demo_file, read_only=True))
    assert window.context.read_only
    assert "read-only" in window.windowTitle()
    assert window.saved_label.text() == "Read-only: changes cannot be saved"
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert not window.restore_action.isEnabled()
    agenda = window.screen("agenda")
    assert agenda is not None
    if agenda is not None:
        assert not agenda.new_action.isEnabled()
        # Choosing a session shows it, but its edits stay off.
        session_id = next(iter(agenda.timetable.blocks))
        agenda.show_session(session_id)
        assert agenda.timetable.selected_session() == session_id
        assert not agenda.edit_action.isEnabled() and not agenda.delete_action.isEnabled()
        assert not agenda.edit_button.isEnabled() and agenda.lineup_button.isEnabled()
    with pytest.raises(ReadOnlyFile) as caught:
        execute(window.context, "Change notes", partial(update_person, person_id=1, notes="no"))
    assert window.context.undo_stack.count() == 0
    assert describe(caught.value) == f"“{demo_file.name}” is read-only: it can be viewed and exported, but not changed."


def test_busy_and_full_are_worded_in_one_sentence():
    assert describe(FileBusy("/conferences/forum.confdesk")) == (
        "“forum.confdesk” is busy: another program or window is writing to it. "
        "Nothing was changed; try again in a moment."
    )
    assert describe(DiskFull("/conferences/forum.confdesk")) == (
        "The disk holding “forum.confdesk” is full. Nothing was changed; free some space and try again."
    )


def test_the_window_log_keeps_frames_and_types_but_no_personal_data(tmp_path, monkeypatch):
    import logging
    import sys

    import ui.app

    installed: dict[str, object] = {}
    monkeypatch.setattr(ui.app, "user_log_dir", lambda *_args, **_kwargs: str(tmp_path / "logs"))
    monkeypatch.setattr(logging, "basicConfig", lambda **options: installed.update(options))
    ui.app._log_to_file()
    (handler,) = installed["handlers"]
    email = "amina@example.org"
    try:
        raise ValueError(f"no session for {email}")
    except ValueError:
        record = logging.LogRecord("ui.errors", logging.ERROR, __file__, 1, "unexpected error", (), sys.exc_info())
    handler.emit(record)
    handler.close()
    written = (tmp_path / "logs" / "confdesk.log").read_text(encoding="utf-8")
    assert "ERROR ui.errors: unexpected error" in written and "Traceback" in written
    assert "ValueError: (message withheld" in written and email not in written
