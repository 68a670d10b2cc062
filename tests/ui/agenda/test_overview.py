"""The Agenda's "All days" overview driven through real clicks, keys and the wheel: a column per
day in order (mirrored in Arabic), parallel sessions side by side, a click selecting the session
in the page, zoom, the Day / All days switch remembered, and a lineup panel that fits its width."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from ui.agenda.overview import AgendaOverview, wrap
from ui.agenda.page import AgendaPage
from ui.context import AppContext
from ui.i18n import install_language


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """The remembered view and zoom go to a settings file of the test's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    yield
    QSettings().remove("agenda")  # the next test in this process starts on the day view


@pytest.fixture
def context(demo_store) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


def make_page(qtbot, context: AppContext) -> AgendaPage:
    widget = AgendaPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot, context) -> AgendaPage:
    return make_page(qtbot, context)


def switch_button(page: AgendaPage, all_days: bool) -> QToolButton:
    action = page.all_days_action if all_days else page.day_view_action
    return next(button for button in page.findChildren(QToolButton) if button.defaultAction() is action)


@pytest.fixture
def overview(page, qtbot) -> AgendaOverview:
    qtbot.mouseClick(switch_button(page, True), Qt.MouseButton.LeftButton)
    assert page.overview.isVisible()
    return page.overview


def roundtable_pairs(page: AgendaPage) -> list[tuple[int, int]]:
    """Roundtables that run at the same time, in pairs of ids."""
    rows = [row for row in page.agenda.sessions if row.kind == "roundtable"]
    pairs = []
    for first in rows:
        for second in rows:
            if first.id < second.id and (first.starts_at, first.ends_at) == (second.starts_at, second.ends_at):
                pairs.append((first.id, second.id))
    return pairs


def day_of(page: AgendaPage, session_id: int):
    row = page.agenda.session(session_id)
    assert row is not None
    return row.starts_at.astimezone(page.context.display_zone).date()


def test_every_day_is_a_column_in_order_and_mirrored_in_arabic(page, overview):
    assert overview.days == page.days and len(page.days) == 3
    lefts = [overview.column_rect(day).left() for day in page.days]
    assert lefts == sorted(lefts) and len(set(lefts)) == 3
    for session_id in overview.blocks:
        column = overview.column_rect(day_of(page, session_id))
        assert column.contains(overview.block_rect(session_id)), session_id
    assert set(overview.blocks) == {row.id for row in page.agenda.sessions}

    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = [overview.column_rect(day).left() for day in page.days]
    assert mirrored == sorted(mirrored, reverse=True)  # the first day is on the right
    assert overview.column_rect(page.days[0]).right() <= overview.viewport().width() - 40  # hours at the right
    for session_id in overview.blocks:
        assert overview.column_rect(day_of(page, session_id)).contains(overview.block_rect(session_id))


def test_parallel_roundtables_stand_side_by_side_in_their_day(page, overview):
    pairs = roundtable_pairs(page)
    assert len(pairs) == 2  # two pairs in the demo, on two days
    for first, second in pairs:
        a, b = overview.block_rect(first), overview.block_rect(second)
        assert not a.intersects(b)
        assert (a.top(), a.bottom()) == (b.top(), b.bottom())
        column = overview.column_rect(day_of(page, first))
        assert column.contains(a) and column.contains(b)
        assert a.width() < column.width() / 2 and b.width() < column.width() / 2
        assert a.right() <= b.left()  # the first lane at the start side
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for first, second in pairs:
        assert overview.block_rect(first).left() >= overview.block_rect(second).right()


def test_clicking_a_block_selects_the_session_and_its_day(page, overview, qtbot):
    assert page.current_day() == page.days[0]
    session_id = roundtable_pairs(page)[-1][1]  # on the last day
    qtbot.mouseClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=overview.block_centre(session_id))
    assert page.current_day() == page.days[-1] == day_of(page, session_id)
    assert page.timetable.selected_session() == session_id
    assert overview.selected_session() == session_id
    row = page.agenda.session(session_id)
    assert row is not None
    assert page.title_label.text() == row.title.get(page.lang)
    assert page.edit_button.isEnabled()
    # Choosing a day in the day selector moves the overview's selection along with the timetable.
    page.day_selector._group.button(0).click()
    assert overview.selected_session() == page.timetable.selected_session()
    assert day_of(page, overview.selected_session()) == page.days[0]


def test_a_click_between_blocks_keeps_the_selection(page, overview, qtbot):
    selected = page.timetable.selected_session()
    empty = overview.column_rect(page.days[1]).bottomLeft() + QPointF(20, -5)
    qtbot.mouseClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=empty.toPoint())
    assert page.timetable.selected_session() == selected


def test_double_clicking_a_block_edits_the_session(page, overview, qtbot):
    session_id = roundtable_pairs(page)[0][0]
    qtbot.mouseDClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=overview.block_centre(session_id))
    dialog = page.dialog
    assert dialog.isVisible()
    row = page.agenda.session(session_id)
    assert row is not None
    assert dialog.title_edits["en"].text() == row.title.en
    dialog.reject()


def test_blocks_show_the_display_time_zone(page, overview, context):
    session_id = roundtable_pairs(page)[0][0]
    beirut = overview.blocks[session_id].start
    context.set_display_zone("Asia/Dubai")
    assert overview.blocks[session_id].start == beirut + 120
    assert "14:15 – 15:45" in overview.tooltip_for(session_id)


def test_the_tooltip_holds_the_whole_title_and_long_titles_are_elided(page, overview):
    row = max(page.agenda.sessions, key=lambda row: len(row.title.en))
    assert row.title.en in overview.tooltip_for(row.id)
    font = QFont(overview.font())
    lines = wrap(row.title.en, font, 90, 2, rtl=False)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert wrap("Break", font, 90, 2, rtl=False) == ["Break"]


def test_zoom_keys_the_control_and_ctrl_wheel_change_the_scale(page, overview, qtbot):
    page.activateWindow()
    qtbot.waitActive(page)
    overview.setFocus()
    session_id = roundtable_pairs(page)[0][0]
    height = overview.block_rect(session_id).height()
    qtbot.keyClick(overview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert overview.zoom == pytest.approx(1.25)
    assert overview.block_rect(session_id).height() == pytest.approx(height * 1.25, abs=1)
    assert page.all_days.zoom_control.slider.value() == 125
    qtbot.keyClick(overview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(overview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert overview.zoom == pytest.approx(1.25)
    qtbot.keyClick(overview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert overview.zoom == 1.0
    assert overview.block_rect(session_id).height() == pytest.approx(height)

    control = page.all_days.zoom_control
    qtbot.mouseClick(control.out_button, Qt.MouseButton.LeftButton)
    assert overview.zoom == pytest.approx(0.8)
    control.slider.setValue(200)
    assert overview.zoom == 2.0
    assert control.reset_button.text().strip("\u2066\u2069") == "200 %"
    qtbot.mouseClick(control.reset_button, Qt.MouseButton.LeftButton)
    assert overview.zoom == 1.0

    where = QPointF(overview.block_rect(session_id).center())
    wheel = QWheelEvent(
        where,
        QPointF(overview.viewport().mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(overview.viewport(), wheel)
    assert overview.zoom == pytest.approx(1.25)
    assert overview.block_rect(session_id).contains(where)  # the wheel zooms about the pointer
    assert QSettings().value("agenda/overview_zoom", type=float) == pytest.approx(1.25)


def test_the_switch_shows_and_hides_all_days_and_is_remembered(page, qtbot, context):
    assert page.timetable.isVisible() and not page.overview.isVisible()
    assert page.day_view_action.isChecked()
    qtbot.mouseClick(switch_button(page, True), Qt.MouseButton.LeftButton)
    assert page.overview.isVisible() and not page.timetable.isVisible()
    assert page.all_days.zoom_control.isVisible()
    assert QSettings().value("agenda/view", type=str) == "all"
    again = make_page(qtbot, context)
    assert again.overview.isVisible() and again.all_days_action.isChecked()
    qtbot.mouseClick(switch_button(page, False), Qt.MouseButton.LeftButton)
    assert page.timetable.isVisible() and not page.overview.isVisible()
    assert QSettings().value("agenda/view", type=str) == "day"
    assert not page.overview.zoom_in_action.isEnabled()
    page.switch_view_action.trigger()  # Ctrl+Shift+A
    assert page.overview.isVisible()
    assert page.switch_view_action.shortcut().toString() == "Ctrl+Shift+A"


def test_keys_walk_the_sessions_across_days(page, overview, qtbot):
    first = min(overview.blocks.values(), key=lambda block: (block.column, block.start)).row.id
    overview.setFocus()
    qtbot.keyClick(overview, Qt.Key.Key_Down)
    assert page.timetable.selected_session() != first
    qtbot.keyClick(overview, Qt.Key.Key_Right)
    assert page.current_day() == page.days[1]
    assert day_of(page, overview.selected_session()) == page.days[1]


def test_three_hundred_sessions_paint_quickly(page, overview, qtbot):
    rows = list(page.agenda.sessions)
    many = [
        replace(row, id=1000 + n, starts_at=row.starts_at + shift, ends_at=row.ends_at + shift)
        for n, row in enumerate(rows * 18)
        for shift in [timedelta(days=3 * (n // len(rows)))]
    ][:300]
    groups = [("", sorted({row.starts_at.astimezone(page.context.display_zone).date() for row in many}))]
    overview.set_agenda(groups, many, page.context.display_zone, "en")
    assert len(overview.blocks) == 300 and len(overview.days) > 40
    started = time.perf_counter()
    overview.grab()
    assert time.perf_counter() - started < 1.5


LANGUAGES = ["en", "fr", "ar"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_lineup_panel_fits_without_a_horizontal_scroll_bar(qtbot, qapp, demo_store, lang):
    from ui.fonts import install_fonts
    from ui.main_window import MainWindow

    before = qapp.font()
    install_language(qapp, lang)
    qapp.setFont(install_fonts())
    try:
        context = AppContext(demo_store, demo_store.conference_id())
        context.set_content_language(lang)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        page = window.screens["agenda"]
        assert isinstance(page, AgendaPage)
        lineup, header = page.lineup, page.lineup.header()
        for row in page.agenda.sessions:
            page.show_session(row.id)
            QApplication.processEvents()
            if not row.speakers:
                continue
            assert not lineup.horizontalScrollBar().isVisible(), row.id
            assert header.length() <= lineup.viewport().width(), row.id
            assert header.sectionSize(0) >= 80, (row.id, header.sectionSize(0))  # names stay readable
            for column in (1, 2, 3):
                assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, (row.id, column)
    finally:
        install_language(qapp, "en")
        qapp.setFont(before)
