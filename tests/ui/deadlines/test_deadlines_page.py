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
    model = DeadlinesModel(AppContext(demo_store, demo_store.conference_id()).conference_zone, lambda: date(2021, 2, 10))
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


def test_due_date_is_shown_in_the_conference_zone(page):
    assert texts(page, Column.DUE)[-1].startswith("Feb 19, 2021, 11:59")


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
