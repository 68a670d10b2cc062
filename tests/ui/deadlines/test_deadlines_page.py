"""The deadlines screen, offscreen, with a fixed today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.views.deadlines import deadline_rows
from ui.context import AppContext
from ui.deadlines.model import Column, DeadlinesModel
from ui.deadlines.page import DeadlinesPage


@pytest.fixture
def page(qtbot, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    widget = DeadlinesPage(context, today=lambda: date(2021, 2, 10))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(page: DeadlinesPage, column: Column) -> list[str]:
    return [page.model.text(row, column) for row in page.model.rows]


def test_deadlines_model_passes_qtmodeltester(qtmodeltester, demo_store):
    model = DeadlinesModel(
        AppContext(demo_store, demo_store.conference_id()).conference_zone, lambda: date(2021, 2, 10)
    )
    with demo_store.reader() as db:
        model.set_rows(deadline_rows(db, demo_store.conference_id()))
    qtmodeltester.check(model)


def test_days_left_and_days_ago_count_from_today_in_the_conference_zone(page):
    assert texts(page, Column.TITLE)[-1] == "Registration closes"
    assert texts(page, Column.LEFT) == ["143 days ago", "5 days ago", "5 days ago", "6 days left", "9 days left"]


def test_arrivals_are_split_at_each_deadline(page):
    registration = page.model.rows[-1]
    assert (registration.registrations_before, registration.registrations_after) == (44, 4)
    assert texts(page, Column.REGISTRATIONS)[-1] == "44 / 4"


def test_due_date_is_shown_in_the_conference_zone_on_the_24_hour_clock(page):
    assert texts(page, Column.DUE)[-1] == "Feb 19, 2021, 23:59"


def test_create_a_deadline_through_the_dialog_and_undo(qtbot, page):
    dialog = page.deadline_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    qtbot.keyClicks(dialog.title.edits["en"], "Slides due")
    dialog.set_due(page.model.rows[-1].due_at)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Slides due" in texts(page, Column.TITLE)
    added = next(row for row in page.model.rows if row.title.en == "Slides due")
    assert added.due_at == page.model.rows[-1].due_at or added.due_at in {row.due_at for row in page.model.rows}
    page.context.undo_stack.undo()
    assert "Slides due" not in texts(page, Column.TITLE)


def test_a_deadline_without_title_is_refused_in_the_dialog(qtbot, page):
    dialog = page.deadline_dialog()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "A title is required."
    assert len(page.model.rows) == 5


def test_a_refused_title_puts_the_focus_on_its_language(qtbot, page):
    dialog = page.deadline_dialog()
    dialog.show()
    dialog.title.edits["en"].setText("Reports")
    dialog.title.edits["ar"].setText("التقارير\x00")
    dialog.due.setFocus()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.title.edits["ar"]
    assert len(page.model.rows) == 5


def _select(page: DeadlinesPage, title: str):
    row = next(row for row in page.model.rows if row.title.en == title)
    source = page.model.index(page.model.rows.index(row), 0)
    page.table.selectRow(page.proxy.mapFromSource(source).row())
    assert page.selected() == row
    return row


def _stored(page: DeadlinesPage) -> dict[int, tuple]:
    with page.context.store.reader() as db:
        rows = deadline_rows(db, page.context.conference_id)
    return {
        row.id: (row.kind, row.title.en, row.due_at, row.registrations_before, row.registrations_after) for row in rows
    }


def test_deleting_a_deadline_after_confirming_removes_it_and_undo_brings_it_back(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def confirm(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    before = _stored(page)
    target = _select(page, "Registration closes")
    assert target.id in before

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete the deadline “Registration closes”?"]
    # Gone from the table (model and view) and from the conference file.
    assert target.id not in {row.id for row in page.model.rows}
    assert "Registration closes" not in texts(page, Column.TITLE)
    assert page.proxy.rowCount() == len(before) - 1
    after = _stored(page)
    assert set(after) == set(before) - {target.id}
    assert page.context.undo_stack.undoText() == "Delete deadline Registration closes"

    page.context.undo_stack.undo()
    # Back with the same id, kind, title, due date and counts, in the table and the file.
    assert _stored(page) == before
    restored = next(row for row in page.model.rows if row.id == target.id)
    assert (restored.kind, restored.title.en, restored.due_at) == (target.kind, target.title.en, target.due_at)
    assert texts(page, Column.REGISTRATIONS)[-1] == "44 / 4"

    page.context.undo_stack.redo()
    assert set(_stored(page)) == set(before) - {target.id}
    assert target.id not in {row.id for row in page.model.rows}


def test_refusing_the_confirmation_deletes_nothing(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.No)
    before = _stored(page)
    _select(page, "Registration closes")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _stored(page) == before
    assert len(page.model.rows) == len(before)
    assert page.context.undo_stack.count() == 0
