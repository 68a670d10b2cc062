"""Conference Settings → Themes and its use: a preset or a custom list saved as one undoable
command, a bad list refused naming its row, codes in use taken off sessions only when the user
says so; the session dialog ticks themes by label; the agenda filters by theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from sqlalchemy import select

from confdesk.model import Session
from confdesk.presets import theme_preset
from confdesk.views.conference import conference_settings
from tests.ui.agenda.test_agenda_page import type_text
from ui.agenda.page import AgendaPage
from ui.conference import conference_dialog
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


def _settings(context):
    with context.store.reader() as db:
        return conference_settings(db, context.conference_id)[0]


def _session_themes(context):
    with context.store.reader() as db:
        return {row.id: tuple(row.themes) for row in db.scalars(select(Session))}


def _open(qtbot, context):
    dialog = conference_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.themes)
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _editor(table):
    """The line edit the table opened over its current cell."""
    editors = [edit for edit in table.viewport().findChildren(QLineEdit) if edit.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _edit_cell(qtbot, table, row, column, text):
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = _editor(table)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate commits on Return through a queued call


def test_the_tab_shows_the_list_and_a_new_theme_typed_in_is_saved_undoably(qtbot, context):
    before = _settings(context)
    dialog = _open(qtbot, context)
    table = dialog.themes.table
    assert table.rowCount() == 23 and table.item(4, 0).text() == "5"
    assert table.item(4, 2).text().startswith("Enhance availability")
    assert dialog.themes.name.edits["en"].text() == "GCM objectives"
    qtbot.mouseClick(dialog.themes.add, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 24 and table.item(23, 0).text() == "24"  # the next number, proposed
    assert table.currentColumn() == 2
    editor = _editor(table)  # the English label is being edited
    qtbot.keyClicks(editor, "Climate and displacement")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The Arabic label is typed and Save clicked with its cell still open: it is kept.
    table.setCurrentCell(23, 1)
    table.editItem(table.item(23, 1))
    type_text(_editor(table), "المناخ والنزوح")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    after = _settings(context).themes
    assert after.find("24").label.en == "Climate and displacement" and after.find("24").label.ar == "المناخ والنزوح"
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _settings(context) == before


def test_a_repeated_code_is_refused_naming_its_row(qtbot, context):
    before = _settings(context)
    dialog = _open(qtbot, context)
    table = dialog.themes.table
    _edit_cell(qtbot, table, 6, 0, "5")
    dialog.tabs.setCurrentIndex(0)  # the error brings the Themes tab back
    _save(qtbot, dialog)
    assert dialog.isVisible() and "themes[7].code" in dialog.message.text() and "“5”" in dialog.message.text()
    assert dialog.tabs.currentWidget() is dialog.themes and table.currentRow() == 6
    assert dialog.focusWidget() is table
    assert _settings(context) == before and context.undo_stack.count() == 0


def test_a_preset_with_codes_in_use_asks_and_takes_them_off_only_on_yes(qtbot, context, monkeypatch):
    before, themes_before = _settings(context), _session_themes(context)
    dialog = _open(qtbot, context)
    dialog.themes.preset_actions["sdg"].trigger()
    assert dialog.themes.table.rowCount() == 17 and dialog.themes.name.edits["fr"].text().startswith("Objectifs")
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    _save(qtbot, dialog)
    assert (dialog.isVisible() and "18, 21, 23" in asked[0]) or "18" in asked[0]
    assert "leaves out" in dialog.message.text()
    assert _settings(context) == before and _session_themes(context) == themes_before

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert _settings(context).themes == theme_preset("sdg")
    left = _session_themes(context)
    assert all(int(code) <= 17 for codes in left.values() for code in codes)
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _settings(context) == before and _session_themes(context) == themes_before
    context.undo_stack.redo()
    assert _session_themes(context) == left


def test_interpretation_languages_are_saved_and_offered_by_the_session_dialog(qtbot, context):
    dialog = conference_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(box.isChecked() for box in dialog.interpretation.values())
    qtbot.keyClicks(dialog.interpretation_other, "es")
    _save(qtbot, dialog)
    assert _settings(context).interpretation == ("ar", "en", "fr", "es")

    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.show()
    session_id = next(row.id for row in page.agenda.sessions if row.kind == "roundtable")
    page.edit_session(session_id)
    session_dialog = page.dialog
    assert list(session_dialog.interpretation_checks) == ["ar", "en", "fr", "es"]
    assert session_dialog.interpretation_checks["es"].text() == "Español"  # named in itself
    session_dialog.reject()


def test_a_language_not_offered_is_refused_naming_interpretation(qtbot, context):
    dialog = conference_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.interpretation_other, "not a language!")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "interpretation" in dialog.message.text()
    assert dialog.focusWidget() is dialog.interpretation_other
    assert _settings(context).interpretation == ("ar", "en", "fr")


def test_the_session_dialog_ticks_themes_by_label_and_saves_their_codes(qtbot, context):
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.show()
    row = next(row for row in page.agenda.sessions if row.kind == "roundtable" and row.number == 1)
    page.edit_session(row.id)
    dialog = page.dialog
    checklist = dialog.themes_list
    captions = {checklist.item(i).text() for i in range(checklist.count())}
    assert "5. Enhance availability and flexibility of pathways for regular migration" in captions
    ticked = checklist.chosen()
    assert ticked == ("2", "5", "6", "12", "18")
    # A click on the check box of objective 7 ticks it; Space on objective 2 unticks it.
    seventh = checklist.item(6)
    checklist.scrollToItem(seventh)
    rect = checklist.visualItemRect(seventh)
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=box)
    checklist.setCurrentRow(1)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.chosen() == ("5", "6", "7", "12", "18")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert _session_themes(context)[row.id] == ("5", "6", "7", "12", "18")
    context.undo_stack.undo()
    assert _session_themes(context)[row.id] == ("2", "5", "6", "12", "18")


def test_the_agenda_filters_sessions_by_theme(qtbot, context):
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    combo = page.theme_combo
    assert combo.count() == 24 and combo.itemText(0) == "All themes"
    assert combo.itemText(combo.findData("23")).startswith("23. Strengthen international cooperation")
    combo.setCurrentIndex(combo.findData("23"))
    shown = page.shown_sessions()
    assert [row.number for row in shown] == [3, 4] and all(row.kind == "roundtable" for row in shown)
    day = shown[0].starts_at.astimezone(context.display_zone).date()
    page.day_selector.set_current(day)
    page._show_current_day()
    assert set(page.timetable.blocks) == {
        row.id for row in shown if row.starts_at.astimezone(context.display_zone).date() == day
    }
    combo.setCurrentIndex(0)
    assert len(page.shown_sessions()) == len(page.agenda.sessions)
