"""The lineups screen driven through its real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from confdesk.model import Status
from confdesk.views.lineups import lineup_rows
from ui.context import AppContext
from ui.lineups.model import LineupModel
from ui.lineups.page import LineupsPage


def roundtable_one(page: LineupsPage) -> int:
    return next(s.id for s in page.sessions.values() if s.kind == "roundtable" and s.number == 1)


@pytest.fixture
def page(qtbot, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    widget = LineupsPage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_session(roundtable_one(widget))
    return widget


def names(page: LineupsPage) -> list[str]:
    return [row.name for row in page.model.rows]


def stored_names(page: LineupsPage) -> list[str]:
    with page.context.store.reader() as db:
        return [row.name for row in lineup_rows(db, page.session_id())]


def test_lineup_model_passes_qtmodeltester(qtmodeltester, demo_store, page):
    model = LineupModel(lambda order: None)
    with demo_store.reader() as db:
        model.set_rows(lineup_rows(db, page.session_id()))
    qtmodeltester.check(model)


def test_show_session_picks_the_session_and_its_lineup(page):
    assert page.sessions[page.session_id()].number == 1
    assert names(page) == ["Souad Bakri", "Nabil Fakhoury", "Amina Tahiri", "Omar Shami", "Layla Haddad"]
    assert page.total.text() == "Speaking time: 21 of 90 minutes"


def test_dropping_a_row_reorders_the_lineup_and_undo_restores_it(page):
    before = names(page)
    last = len(page.model.rows) - 1
    data = page.model.mimeData([page.model.index(last, 0)])
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert names(page) == [before[-1], *before[:-1]]
    assert stored_names(page) == names(page)
    assert page.context.undo_stack.undoText() == "Reorder the lineup"
    page.context.undo_stack.undo()
    assert names(page) == before == stored_names(page)


def test_move_down_swaps_with_the_next_person(qtbot, page):
    before = names(page)
    page.select(page.model.rows[0].id)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert names(page) == [before[1], before[0], *before[2:]]
    assert page.selected().name == before[0]


def test_status_offers_only_workflow_moves_and_undo_reverts(page):
    proposed = next(row for row in page.model.rows if row.status == Status.PROPOSED)
    page.select(proposed.id)
    offered = [page.status.itemData(i) for i in range(page.status.count())]
    assert offered == ["proposed", "invited", "withdrawn"]  # never straight to confirmed
    page.status.setCurrentIndex(page.status.findData("invited"))
    page.status.activated.emit(page.status.currentIndex())
    assert page.model.row_by_id(proposed.id).status == "invited"
    assert [page.status.itemData(i) for i in range(page.status.count())] == [
        "invited",
        "confirmed",
        "declined",
        "withdrawn",
    ]
    page.context.undo_stack.undo()
    assert page.model.row_by_id(proposed.id).status == "proposed"


def test_speaking_minutes_over_the_session_length_show_in_red(page):
    page.select(page.model.rows[2].id)
    page.minutes.setValue(80)
    page.minutes.editingFinished.emit()
    assert page.total.text() == "Speaking time: 94 of 90 minutes"
    assert page.over_time and "b00020" in page.total.styleSheet()
    page.context.undo_stack.undo()
    assert not page.over_time


def test_interested_candidates_come_first_and_adding_one_is_undoable(page):
    suggestions = page.completions.stringList()
    assert suggestions[0].startswith("★ ")
    interested = [text for text in suggestions if text.startswith("★ ")]
    assert all(not text.startswith("★ ") for text in suggestions[len(interested) :])
    choice = next(
        text for text in interested if page.people[text].person_id not in {r.person_id for r in page.model.rows}
    )
    page.person.setText(choice)
    page.add_person()
    assert page.people[choice].name in names(page)
    assert page.selected().name == page.people[choice].name
    page.context.undo_stack.undo()
    assert page.people[choice].name not in names(page)


def test_completer_matches_arabic_script_names(page):
    page.completions.stringList()
    completer = page.person.completer()
    completer.setCompletionPrefix("أمينة")
    matches = [completer.completionModel().index(i, 0).data() for i in range(completer.completionModel().rowCount())]
    assert matches and all("أمينة" in text for text in matches)


def test_remove_then_undo_restores_the_assignment(page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    before = names(page)
    page.select(page.model.rows[1].id)
    page.remove_selected()
    assert names(page) == [before[0], *before[2:]]
    page.context.undo_stack.undo()
    assert names(page) == before
