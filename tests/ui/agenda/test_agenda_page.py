"""The Agenda page driven through its real widgets: drags on the timetable, the session dialog,
the display time zone and the lineup beside the selected session."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from confdesk.model import Assignment, Session
from ui.agenda.page import AgendaPage
from ui.agenda.timetable import PIXELS_PER_MINUTE
from ui.context import AppContext


@pytest.fixture
def context(demo_store) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def page(qtbot, context) -> AgendaPage:
    widget = AgendaPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def session_times(context: AppContext, session_id: int):
    with context.store.reader() as db:
        row = db.get(Session, session_id)
        return row.starts_at, row.ends_at


def first_session(page: AgendaPage, kind: str) -> int:
    return next(row.id for row in page.sessions_of(page.current_day()) if row.kind == kind)


def mouse(view, kind: QEvent.Type, pos: QPointF, buttons=Qt.MouseButton.LeftButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPointF, end: QPointF) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, start)
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    mouse(view, QEvent.Type.MouseMove, middle)
    mouse(view, QEvent.Type.MouseMove, end)
    mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_dragging_a_block_moves_the_session_and_undo_restores_it_exactly(page, context):
    session_id = first_session(page, "plenary")
    before = session_times(context, session_id)
    centre = page.timetable.block_centre(session_id)
    drag(page.timetable, centre, centre + QPointF(0, 31 * PIXELS_PER_MINUTE))  # snaps to 30
    after = session_times(context, session_id)
    assert after == (before[0] + timedelta(minutes=30), before[1] + timedelta(minutes=30))
    assert context.undo_stack.count() == 1
    assert page.timetable.blocks[session_id].start_minute % 5 == 0
    context.undo_stack.undo()
    assert session_times(context, session_id) == before
    context.undo_stack.redo()
    assert session_times(context, session_id) == after


def test_dragging_the_bottom_edge_changes_only_the_length(page, context):
    session_id = first_session(page, "plenary")
    starts, ends = session_times(context, session_id)
    block = page.timetable.blocks[session_id]
    edge = block.mapToScene(QPointF(block.boundingRect().center().x(), block.boundingRect().bottom() - 4))
    grip = QPointF(page.timetable.mapFromScene(edge))
    drag(page.timetable, grip, grip + QPointF(0, 14 * PIXELS_PER_MINUTE))  # snaps to 15
    assert session_times(context, session_id) == (starts, ends + timedelta(minutes=15))


def test_a_refused_move_shows_one_sentence_and_the_block_snaps_back(page, context, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    session_id = first_session(page, "opening")
    before = session_times(context, session_id)
    y_before = page.timetable.blocks[session_id].y()
    centre = page.timetable.block_centre(session_id)
    drag(page.timetable, centre, centre - QPointF(0, 12 * 60 * PIXELS_PER_MINUTE))  # to the day before
    assert shown == ["The session must fall within the dates of its part."]
    assert session_times(context, session_id) == before
    assert context.undo_stack.count() == 0
    assert page.timetable.blocks[session_id].y() == y_before


def test_keyboard_moves_the_selected_session_by_five_minutes(page, context, qtbot):
    session_id = first_session(page, "plenary")
    before = session_times(context, session_id)
    page.timetable.select_session(session_id)
    page.timetable.setFocus()
    qtbot.keyClick(page.timetable, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert session_times(context, session_id) == tuple(moment + timedelta(minutes=5) for moment in before)


def type_text(widget, text: str) -> None:
    """Type any text, one key event per character (QTest's keyClicks only takes Latin-1)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_new_session_through_the_dialog_is_created_and_undoable(page, context, qtbot):
    page.new_action.trigger()
    dialog = page.dialog
    qtbot.keyClicks(dialog.title_edits["en"], "Side event on labour mobility")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("side_event"))
    with context.store.reader() as db:
        existing = set(db.scalars(select(Session.id)))
    dialog.start_edit.setTime(dialog.start_edit.time().fromString("16:30", "HH:mm"))
    dialog.end_edit.setTime(dialog.end_edit.time().fromString("17:15", "HH:mm"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with context.store.reader() as db:
        row = db.scalars(select(Session).where(Session.id.not_in(existing))).one()
        created = row.id
        assert row.title.en == "Side event on labour mobility"
        local = row.starts_at.astimezone(context.conference_zone)
        assert (local.hour, local.minute) == (16, 30)
        assert row.ends_at - row.starts_at == timedelta(minutes=45)
    assert created in page.timetable.blocks
    assert page.timetable.selected_session() == created
    context.undo_stack.undo()
    with context.store.reader() as db:
        assert db.get(Session, created) is None
    assert created not in page.timetable.blocks


def test_editing_the_arabic_title_in_the_dialog_changes_only_that_language(page, context, qtbot):
    session_id = first_session(page, "opening")
    with context.store.reader() as db:
        old = db.get(Session, session_id).title
    page.edit_session(session_id)
    dialog = page.dialog
    arabic = dialog.title_edits["ar"]
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.title_edits["en"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    arabic.clear()
    type_text(arabic, "الجلسة الافتتاحية")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    with context.store.reader() as db:
        title = db.get(Session, session_id).title
    assert title.ar == "الجلسة الافتتاحية"
    assert (title.en, title.fr) == (old.en, old.fr)
    assert context.undo_stack.undoText().startswith("Edit")
    context.undo_stack.undo()
    with context.store.reader() as db:
        assert db.get(Session, session_id).title == old


def test_a_service_error_in_the_dialog_shows_a_sentence_and_changes_nothing(page, context, qtbot):
    session_id = first_session(page, "plenary")
    before = session_times(context, session_id)
    page.edit_session(session_id)
    dialog = page.dialog
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-3600))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The end must come after the start."
    assert session_times(context, session_id) == before
    assert context.undo_stack.count() == 0
    dialog.reject()


def test_the_display_time_zone_redraws_the_times(page, context):
    session_id = first_session(page, "opening")
    beirut = page.timetable.blocks[session_id].start_minute
    combo = page.zone_combo
    assert combo.zone() == "Asia/Beirut"
    index = combo.findData("Asia/Dubai")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert context.display_zone.key == "Asia/Dubai"
    assert page.timetable.blocks[session_id].start_minute == beirut + 120
    context.set_display_zone("Africa/Casablanca")
    assert page.timetable.blocks[session_id].start_minute == beirut - 60
    page.show_session(session_id)
    assert "09:00" in page.facts_label.text() and "Africa/Casablanca" in page.facts_label.text()


def test_selecting_a_session_shows_its_lineup(page, context):
    with context.store.reader() as db:
        session_id = db.scalars(select(Assignment.session_id).order_by(Assignment.session_id)).first()
        count = len(db.scalars(select(Assignment).where(Assignment.session_id == session_id)).all())
    page.show_session(session_id)
    assert page.timetable.selected_session() == session_id
    assert page.lineup.topLevelItemCount() == count
    opened: list[int] = []
    page.open_lineup_requested.connect(opened.append)
    page.lineup_button.click()
    assert opened == [session_id]


def test_deleting_a_session_is_undone_with_its_lineup(page, context, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    session_id = first_session(page, "opening")
    with context.store.reader() as db:
        lineup = sorted(db.scalars(select(Assignment.id).where(Assignment.session_id == session_id)))
    page.timetable.select_session(session_id)
    page.delete_action.trigger()
    with context.store.reader() as db:
        assert db.get(Session, session_id) is None
    context.undo_stack.undo()
    with context.store.reader() as db:
        assert db.get(Session, session_id) is not None
        assert sorted(db.scalars(select(Assignment.id).where(Assignment.session_id == session_id))) == lineup
