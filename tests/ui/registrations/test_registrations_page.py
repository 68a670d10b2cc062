"""The registrations screen driven through its real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from confdesk.views.registrations import registration_rows
from ui.context import AppContext
from ui.registrations.model import RegistrationsModel
from ui.registrations.page import RegistrationsPage


@pytest.fixture
def page(qtbot, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    widget = RegistrationsPage(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible(page: RegistrationsPage):
    return [page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()] for r in range(page.proxy.rowCount())]


def test_registrations_model_passes_qtmodeltester(qtmodeltester, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    model = RegistrationsModel(context.conference_zone)
    with demo_store.reader() as db:
        model.set_rows(registration_rows(db, demo_store.conference_id()))
    qtmodeltester.check(model)


def test_search_and_interest_filter_combine(qtbot, page):
    qtbot.keyClicks(page.filters.search, "example.org")
    assert len(visible(page)) == 47  # one person has no e-mail yet
    combo = page.filters.interest
    combo.setCurrentIndex(combo.findData("roundtable_speaker:2"))
    rows = visible(page)
    assert rows and all("roundtable_speaker:2" in row.interests for row in rows)


def test_add_and_remove_an_interest_with_undo(page):
    row = next(r for r in page.model.rows if not r.interest_rows)
    page.select(row.id)
    page.interest_kind.setCurrentIndex(page.interest_kind.findData("roundtable_speaker"))
    page.roundtable.setValue(3)
    page.add_interest()
    assert page.model.row_by_id(row.id).interests == frozenset({"roundtable_speaker:3"})
    assert page.interests.count() == 1
    page.interests.setCurrentRow(0)
    page.remove_interest()
    assert page.model.row_by_id(row.id).interests == frozenset()
    page.context.undo_stack.undo()
    assert page.model.row_by_id(row.id).interests == frozenset({"roundtable_speaker:3"})
    page.context.undo_stack.undo()
    assert page.model.row_by_id(row.id).interests == frozenset()


def test_a_duplicate_interest_is_refused_in_one_sentence(page):
    row = next(r for r in page.model.rows if any(i.kind == "rapporteur" for i in r.interest_rows))
    page.select(row.id)
    page.interest_kind.setCurrentIndex(page.interest_kind.findData("rapporteur"))
    page.add_interest()
    assert page.error.text() == "This interest is already recorded."
    assert page.context.undo_stack.count() == 0


def test_change_parts_and_undo(page):
    row = next(r for r in page.model.rows if len(r.part_ids) == 2)
    page.select(row.id)
    first = next(iter(page.part_checks))
    page.part_checks[first].setChecked(False)
    page.save_parts()
    assert first not in page.model.row_by_id(row.id).part_ids
    page.context.undo_stack.undo()
    assert page.model.row_by_id(row.id).part_ids == row.part_ids


def test_register_a_person_by_typed_name(qtbot, page):
    name = next(text for text in page.people if text.startswith("Karim Shami"))
    page.person.setText(name)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    assert len(page.model.rows) == 49
    assert page.selected().name == "Karim Shami"
    page.context.undo_stack.undo()
    assert len(page.model.rows) == 48
