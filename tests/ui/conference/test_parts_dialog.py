"""File → Parts…: add, rename, new dates (with the offer to move the sessions), delete; each
one undoable command, driven through the real buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from confdesk.views.agenda import read_agenda
from confdesk.views.conference import part_settings
from ui.conference.parts import PartsDialog
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def dialog(qtbot, context):
    widget = PartsDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _parts(context):
    with context.store.reader() as db:
        return part_settings(db, context.conference_id)


def _state(context):
    """The parts without their versions (an undo is a new version of the same values)."""
    return [(part.id, part.data, part.sessions) for part in _parts(context)]


def _drive(dialog, monkeypatch, fill):
    """Replace the editor's exec: ``fill(editor)`` types into it, then Save is pressed."""
    real = dialog.editor

    def editor(data):
        made = real(data)

        def run():
            fill(made)
            return QDialog.DialogCode.Accepted

        made.exec = run
        return made

    monkeypatch.setattr(dialog, "editor", editor)


def _shift(edit, days):
    edit.setDate(edit.date().addDays(days))


def test_the_table_lists_the_parts_with_their_sessions(dialog, context):
    parts = _parts(context)
    assert dialog.table.rowCount() == len(parts) == 2
    assert dialog.table.item(0, 1).text() == parts[0].data.name.en
    assert dialog.table.item(1, 5).text() == str(parts[1].sessions)


def test_rename_in_three_languages_is_one_undoable_command(qtbot, dialog, context, monkeypatch):
    before = _state(context)

    def fill(editor):
        editor.name.edits["fr"].clear()
        qtbot.keyClicks(editor.name.edits["fr"], "Consultation des parties prenantes")

    _drive(dialog, monkeypatch, fill)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)
    assert _parts(context)[0].data.name.fr == "Consultation des parties prenantes"
    assert dialog.table.item(0, 2).text() == "Consultation des parties prenantes"
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _state(context) == before


def test_new_dates_offer_to_move_the_sessions_by_the_same_shift(qtbot, dialog, context, monkeypatch):
    with context.store.reader() as db:
        agenda = read_agenda(db, context.conference_id)
    part = _parts(context)[0]
    starts = {s.id: s.starts_at for s in agenda.sessions if s.part_id == part.id}
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )

    def fill(editor):
        _shift(editor.end, 7)  # the end first: the part keeps its length
        _shift(editor.start, 7)

    _drive(dialog, monkeypatch, fill)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and str(len(starts)) in asked[0] and "+7" in asked[0]
    with context.store.reader() as db:
        moved = {s.id: s.starts_at for s in read_agenda(db, context.conference_id).sessions if s.part_id == part.id}
    assert all(moved[i] - starts[i] == timedelta(days=7) for i in starts)
    assert _parts(context)[0].data.start_date == part.data.start_date + timedelta(days=7)
    assert "+7" in dialog.message.text()
    context.undo_stack.undo()
    assert _parts(context)[0].data == part.data


def test_declining_the_move_changes_nothing(qtbot, dialog, context, monkeypatch):
    before = _state(context)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    calls = []

    def fill(editor):
        calls.append(editor)
        if len(calls) > 1:  # the second time the editor opens, the user cancels
            editor.exec = lambda: QDialog.DialogCode.Rejected
            return
        _shift(editor.end, 3)
        _shift(editor.start, 3)

    real = dialog.editor

    def editor(data):
        made = real(data)
        made.exec = lambda: (
            fill(made),
            QDialog.DialogCode.Accepted if len(calls) == 1 else QDialog.DialogCode.Rejected,
        )[1]
        return made

    monkeypatch.setattr(dialog, "editor", editor)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)
    assert _state(context) == before and context.undo_stack.count() == 0


def test_add_and_delete_a_part(qtbot, dialog, context, monkeypatch):
    def fill(editor):
        qtbot.keyClicks(editor.name.edits["en"], "Follow-up webinar")
        editor.end.setDate(editor.start.date().addDays(1))

    _drive(dialog, monkeypatch, fill)
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    parts = _parts(context)
    assert [p.data.name.en for p in parts][-1] == "Follow-up webinar" and dialog.table.rowCount() == 3
    added = parts[-1]
    assert added.data.start_date == parts[-2].data.end_date + timedelta(days=1)
    questions = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert "Follow-up webinar" in questions[0] and len(_parts(context)) == 2
    context.undo_stack.undo()
    assert _parts(context)[-1].data == added.data


def test_a_refused_change_says_why_and_keeps_the_editor(qtbot, dialog, context, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    opened = []
    real = dialog.editor

    def editor(data):
        made = real(data)

        def run():
            opened.append(made)
            if len(opened) > 1:
                return QDialog.DialogCode.Rejected
            made.end.setDate(QDate(made.start.date()).addDays(-2))  # the last day before the first
            return QDialog.DialogCode.Accepted

        made.exec = run
        return made

    monkeypatch.setattr(dialog, "editor", editor)
    before = _state(context)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and warnings[0].startswith("end_date")
    assert len(opened) == 2  # the editor came back for a correction
    assert _state(context) == before
