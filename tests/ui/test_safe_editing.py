"""Safe editing, driven with real keys and clicks: redo on both shortcuts, deletes that ask,
undo entries that say what they did, keyboard nudges that make one undo entry, a clean quit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from confdesk.model import Assignment, Person, Session, Status
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    made = MainWindow(AppContext(demo_store, demo_store.conference_id()))
    qtbot.addWidget(made)
    made.resize(1400, 900)
    made.show()
    qtbot.waitExposed(made)
    return made


def times(window: MainWindow, session_id: int):
    with window.context.store.reader() as db:
        row = db.get(Session, session_id)
        return row.starts_at, row.ends_at


def a_plenary(window: MainWindow) -> int:
    agenda = window.screens["agenda"]
    return next(row.id for row in agenda.sessions_of(agenda.current_day()) if row.kind == "plenary")


def nudge(window: MainWindow, qtbot, session_id: int, times_down: int) -> None:
    timetable = window.screens["agenda"].timetable
    timetable.select_session(session_id)
    timetable.setFocus()
    for _ in range(times_down):
        qtbot.keyClick(timetable, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


@pytest.mark.parametrize("keys", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_works_on_both_shortcuts(window, qtbot, keys):
    session_id = a_plenary(window)
    before = times(window, session_id)
    nudge(window, qtbot, session_id, 1)
    moved = times(window, session_id)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert times(window, session_id) == before
    key, modifiers = (
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if keys == "Ctrl+Shift+Z"
        else (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    )
    qtbot.keyClick(window, key, modifiers)
    assert times(window, session_id) == moved


def test_successive_nudges_are_one_undo_entry(window, qtbot):
    session_id = a_plenary(window)
    before = times(window, session_id)
    stack = window.context.undo_stack
    nudge(window, qtbot, session_id, 3)
    assert times(window, session_id) == tuple(moment + timedelta(minutes=15) for moment in before)
    assert stack.count() == 1
    stack.undo()
    assert times(window, session_id) == before
    stack.redo()
    assert times(window, session_id) == tuple(moment + timedelta(minutes=15) for moment in before)
    # A drag is its own entry, not merged with the nudges before it.
    agenda = window.screens["agenda"]
    start, end = times(window, session_id)
    agenda.move_session(session_id, start + timedelta(minutes=5), end + timedelta(minutes=5))
    assert stack.count() == 2


def test_delete_asks_first_and_no_keeps_the_session(window, qtbot, monkeypatch):
    agenda = window.screens["agenda"]
    session_id = a_plenary(window)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *args):
            asked.append(text)
            return reply

        return question

    agenda.timetable.select_session(session_id)
    agenda.timetable.setFocus()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(agenda.timetable, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "People in it:" in asked[0]
    with window.context.store.reader() as db:
        assert db.get(Session, session_id) is not None
    assert window.context.undo_stack.count() == 0

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(agenda.timetable, Qt.Key.Key_Delete)
    with window.context.store.reader() as db:
        assert db.get(Session, session_id) is None
    window.context.undo_stack.undo()
    with window.context.store.reader() as db:
        assert db.get(Session, session_id) is not None


def test_a_status_change_says_who_and_from_what_to_what(window, qtbot):
    from ui.agenda.words import status_name
    from ui.lineups import commands

    with window.context.store.reader() as db:
        assignment, name = db.execute(
            select(Assignment.id, Person.name).join(Person).where(Assignment.status == Status.INVITED)
        ).first()
    commands.set_status(window.context, assignment, Status.INVITED, Status.CONFIRMED, name)
    words = (status_name(Status.INVITED), status_name(Status.CONFIRMED))
    assert window.context.undo_stack.undoText() == f"{name}: {words[0]} → {words[1]}" == f"{name}: Invited → Confirmed"
    window.undo_action.trigger()
    with window.context.store.reader() as db:
        assert db.get(Assignment, assignment).status == Status.INVITED


def test_closing_the_window_raises_nothing(qtbot, demo_store):
    # pytest-qt fails the test on any exception raised in a Qt slot or virtual method.
    context = AppContext(demo_store, demo_store.conference_id())
    made = MainWindow(context)
    made.show()
    qtbot.waitExposed(made)
    nudge(made, qtbot, a_plenary(made), 1)
    made.close()
    made.deleteLater()
    context.deleteLater()
    qtbot.wait(50)
