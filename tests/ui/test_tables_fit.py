"""Every table fits its contents on load, keeps the widths a user dragged, elides text at its
end and keeps e-mails, times and counts in their own order in the Arabic interface."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QTableView

from ui.context import AppContext
from ui.deadlines.model import Column as DeadlineColumn
from ui.deadlines.page import DeadlinesPage
from ui.i18n import install_language
from ui.lineups.page import LineupsPage
from ui.people.model import Column as PersonColumn
from ui.people.page import PeoplePage
from ui.registrations.model import Column as RegistrationColumn
from ui.registrations.page import RegistrationsPage
from ui.widgets.bidi import LEFT, RIGHT

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.fixture
def context(demo_store) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def arabic(qapp):
    install_language(qapp, "ar")
    yield
    install_language(qapp, "en")


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def make_page(kind, context):
    if kind is DeadlinesPage:
        return DeadlinesPage(context, today=lambda: date(2021, 2, 10))
    return kind(context)


def assert_columns_fit(table: QTableView) -> None:
    model = table.model()
    header = table.horizontalHeader()
    fit = table.parent().column_fit
    metrics = table.fontMetrics()
    last = header.logicalIndex(header.count() - 1)
    for column in range(model.columnCount()):
        if column == last:
            continue
        longest = max(
            [metrics.horizontalAdvance(str(model.index(row, column).data() or "")) for row in range(model.rowCount())]
            + [0]
        )
        width = table.columnWidth(column)
        assert width <= fit.max_width, (column, width)
        # The whole text is shown unless it is longer than the bound.
        assert width >= min(longest, fit.max_width - 12), (column, width, longest)
        # Not padded far beyond its longest text or header.
        assert width <= max(longest, header.sectionSizeHint(column)) + 40, (column, width, longest)


@pytest.mark.parametrize("kind", [PeoplePage, RegistrationsPage, DeadlinesPage, LineupsPage])
def test_columns_fit_their_longest_text_within_bounds_and_the_last_one_stretches(qtbot, context, kind):
    page = shown(qtbot, make_page(kind, context))
    table = page.table
    assert table.model().rowCount() > 0
    assert_columns_fit(table)
    header = table.horizontalHeader()
    assert header.stretchLastSection()
    last = header.logicalIndex(header.count() - 1)
    used = sum(table.columnWidth(c) for c in range(header.count()))
    # The stretched last column takes the room the others leave.
    assert used >= table.viewport().width() - 1 or table.columnWidth(last) > header.sectionSizeHint(last)


@pytest.mark.parametrize("kind", [PeoplePage, RegistrationsPage, DeadlinesPage, LineupsPage])
def test_text_that_does_not_fit_is_elided_at_its_end(qtbot, context, kind):
    page = shown(qtbot, make_page(kind, context))
    assert page.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert not page.table.wordWrap()


def drag_divider(header, column: int, by: int) -> None:
    """Press on the right edge of ``column`` in the header and drag it ``by`` pixels."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    start = QPointF(edge, header.height() / 2)
    viewport = header.viewport()
    for kind, x, buttons in (
        (QEvent.Type.MouseButtonPress, start.x(), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, start.x() + by / 2, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, start.x() + by, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, start.x() + by, Qt.MouseButton.NoButton),
    ):
        point = QPointF(x, start.y())
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def test_a_column_the_user_dragged_keeps_its_width_when_the_rows_reload(qtbot, context):
    page = shown(qtbot, PeoplePage(context))
    header = page.table.horizontalHeader()
    fitted = page.table.columnWidth(PersonColumn.EMAIL)
    drag_divider(header, PersonColumn.EMAIL, 60)
    dragged = page.table.columnWidth(PersonColumn.EMAIL)
    assert dragged == pytest.approx(fitted + 60, abs=2)
    assert page.column_fit.user_sized == {PersonColumn.EMAIL}
    page.reload()
    assert page.table.columnWidth(PersonColumn.EMAIL) == dragged
    assert_columns_fit_except(page.table, {PersonColumn.EMAIL})


def assert_columns_fit_except(table: QTableView, skipped: set[int]) -> None:
    metrics = table.fontMetrics()
    model = table.model()
    for column in range(model.columnCount() - 1):
        if column in skipped:
            continue
        longest = max(
            metrics.horizontalAdvance(str(model.index(r, column).data() or "")) for r in range(model.rowCount())
        )
        assert table.columnWidth(column) >= min(longest, table.parent().column_fit.max_width - 12)


def cell_point(table: QTableView, row: int, column: int) -> QPoint:
    return table.visualRect(table.model().index(row, column)).center()


def test_emails_read_left_to_right_from_the_left_edge_in_the_arabic_interface(qtbot, context, arabic):
    page = shown(qtbot, PeoplePage(context))
    table = page.table
    assert table.isRightToLeft()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(table, 2, PersonColumn.EMAIL))
    person = page.selected()
    assert person is not None and person.email
    index = table.selectionModel().selectedRows(PersonColumn.EMAIL)[0]
    assert index.data() == LRI + person.email + PDI
    assert Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole)) == LEFT
    # An Arabic name starts at the right edge; a Latin organisation at the left one, both
    # elided at their own end.
    arabic_name = index.siblingAtColumn(PersonColumn.NAME_AR)
    assert Qt.AlignmentFlag(arabic_name.data(Qt.ItemDataRole.TextAlignmentRole)) == RIGHT
    organisation = index.siblingAtColumn(PersonColumn.ORGANISATION)
    assert organisation.data() == LRI + person.organisation.get("en") + PDI


def test_counts_and_dates_keep_their_order_in_the_arabic_interface(qtbot, context, arabic):
    page = shown(qtbot, make_page(DeadlinesPage, context))
    table = page.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(table, 0, DeadlineColumn.REGISTRATIONS)
    )
    index = table.currentIndex().siblingAtColumn(DeadlineColumn.REGISTRATIONS)
    row = page.model.rows[page.proxy.mapToSource(index).row()]
    # "12 / 3" in a right-to-left cell would read "3 / 12": isolated, it stays as written.
    assert index.data() == f"{FSI}{row.registrations_before} / {row.registrations_after}{PDI}"
    due = index.siblingAtColumn(DeadlineColumn.DUE).data()
    assert due.startswith(FSI) and due.endswith(PDI)


def test_registration_emails_are_pinned_left_to_right_in_the_arabic_interface(qtbot, context, arabic):
    page = shown(qtbot, RegistrationsPage(context))
    table = page.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(table, 0, RegistrationColumn.EMAIL))
    index = table.selectionModel().selectedRows(RegistrationColumn.EMAIL)[0]
    row = page.model.rows[page.proxy.mapToSource(index).row()]
    assert index.data() == (LRI + row.email + PDI if row.email else "")
    registered = index.siblingAtColumn(RegistrationColumn.REGISTERED).data()
    # Babel's Arabic date and time, in its own (right-to-left) order.
    assert registered.startswith(FSI) and "\u200f" in registered
