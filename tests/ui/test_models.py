"""Every table model in ui/ under pytest-qt's model tester, on the demo, as its screen wires it.

The testers stay attached while the model is sorted, filtered, updated row by row, reset and
emptied, so each change is checked as it is signalled, not only the model's first state. Both
Qt's C++ QAbstractItemModelTester and pytest-qt's Python port watch the source model; the
C++ tester also watches the proxy the screen's view shows. A tester failure fails the test
("Qt modeltester errors")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from confdesk.mail.outbox import LogEntry
from ui.calendar.dialogs import SendLogModel
from ui.context import AppContext
from ui.deadlines.page import DeadlinesPage
from ui.lineups.page import LineupsPage
from ui.people.page import PeoplePage
from ui.problems import ProblemsDock
from ui.problems.model import Column as ProblemColumn
from ui.problems.model import ProblemsModel
from ui.registrations.page import RegistrationsPage
from ui.widgets.rows_model import ID_ROLE, RowsModel


@pytest.fixture
def context(demo_store, qapp) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def widgets(qtbot):
    """The screens under test, closed only after the testers have let go of their models
    (widgets given to ``qtbot.addWidget`` are deleted before fixtures are torn down)."""
    made: list = []
    yield made
    for widget in made:
        widget.close()
        widget.deleteLater()


@pytest.fixture
def watch(widgets, qtmodeltester):
    """``watch(model)`` attaches pytest-qt's testers (C++ and Python) to ``model``;
    ``watch(proxy, proxy=True)`` one more C++ tester to a proxy."""
    kept: list[QAbstractItemModelTester] = []

    def attach(model: QAbstractItemModel, proxy: bool = False) -> None:
        if proxy:
            kept.append(QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning))
        else:
            qtmodeltester.check(model)
            qtmodeltester.check(model, force_py=True)

    yield attach
    kept.clear()


def ids(model: RowsModel) -> list[int]:
    return [row.id for row in model.rows]


def shown_ids(proxy: QAbstractItemModel) -> list[int]:
    return [proxy.data(proxy.index(row, 0), ID_ROLE) for row in range(proxy.rowCount())]


def exercise(model: RowsModel, proxy: QAbstractItemModel | None = None, *, sortable: bool = True) -> None:
    """Sort, filter, update, reset and empty a rows model (through its proxy when it has one),
    checking what the model says after each step; the testers check the signals."""
    original = list(model.rows)
    assert len(original) > 2, "the demo should give this model several rows"
    assert model.rowCount() == len(original) and model.columnCount() == len(model.columns)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal), f"column {column} has no header"
    sorter = proxy if proxy is not None else model
    for column in range(model.columnCount() if sortable else 0):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorter.sort(column, order)
            keys = [model.sort_key(row, model.columns[column]) for row in model.rows]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert sorted(ids(model)) == sorted(row.id for row in original)
            if proxy is not None:
                assert shown_ids(proxy) == ids(model)
    if proxy is not None and hasattr(proxy, "set_predicate"):
        proxy.set_predicate(lambda row: row.id % 2 == 0)
        assert shown_ids(proxy) == [row_id for row_id in ids(model) if row_id % 2 == 0]
        proxy.set_predicate(None)
        assert shown_ids(proxy) == ids(model)

    # Row by row: one replaced, one gone, one new.
    changed, gone = model.rows[0], model.rows[1]
    new = replace(original[-1], id=max(row.id for row in original) + 1000)
    model.update_rows([changed, new], gone=[gone.id])
    assert gone.id not in ids(model) and ids(model)[-1] == new.id
    assert model.rowCount() == len(original)
    assert model.row_by_id(new.id) is new and model.position_of(gone.id) is None
    assert all(model.position_of(row.id) == position for position, row in enumerate(model.rows))
    if proxy is not None:
        assert sorted(shown_ids(proxy)) == sorted(ids(model))

    model.set_rows([])
    assert model.rowCount() == 0
    model.set_rows(original)
    assert sorted(ids(model)) == sorted(row.id for row in original)


def test_people_model(qtbot, context, widgets, watch):
    page = PeoplePage(context)
    widgets.append(page)
    watch(page.model)
    watch(page.proxy, proxy=True)
    exercise(page.model, page.proxy)
    page.model.set_content_language("ar")


def test_registrations_model(qtbot, context, widgets, watch):
    page = RegistrationsPage(context)
    widgets.append(page)
    watch(page.model)
    watch(page.proxy, proxy=True)
    exercise(page.model, page.proxy)


def test_deadlines_model(qtbot, context, widgets, watch):
    page = DeadlinesPage(context, today=lambda: date(2021, 2, 10))
    widgets.append(page)
    watch(page.model)
    watch(page.proxy, proxy=True)
    exercise(page.model, page.proxy)


def test_lineup_model_and_the_session_list(qtbot, context, widgets, watch):
    page = LineupsPage(context)
    widgets.append(page)
    # The lineup with the most people, so there is something to sort.
    sizes = {}
    for session_id in page.sessions:
        page.show_session(session_id)
        sizes[session_id] = page.model.rowCount()
    page.show_session(max(sizes, key=sizes.get))
    watch(page.model)
    watch(page.session_items, proxy=True)
    exercise(page.model, sortable=False)  # a lineup keeps its speaking order; its view does not sort
    # Positions follow the rows' order.
    assert [page.model.text(row, page.model.columns[0]) for row in page.model.rows] == [
        str(n) for n in range(1, page.model.rowCount() + 1)
    ]
    for session_id in list(page.sessions)[:3]:
        page.show_session(session_id)


def test_problems_model_and_its_proxy(qtbot, context, widgets, watch):
    dock = ProblemsDock(context)
    widgets.append(dock)
    qtbot.waitUntil(lambda: dock.model.rowCount() > 2, timeout=10_000)
    watch(dock.model)
    watch(dock.proxy, proxy=True)
    assert isinstance(dock.proxy, QSortFilterProxyModel)
    for column in ProblemColumn:
        assert dock.model.headerData(column, Qt.Orientation.Horizontal)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            dock.proxy.sort(column, order)
            assert dock.proxy.rowCount() == dock.model.rowCount()
    rows = [dock.model.row_at(row) for row in range(dock.model.rowCount())]
    dock.model.set_rows([])
    assert dock.proxy.rowCount() == 0
    dock.model.set_rows(rows)
    assert dock.proxy.rowCount() == len(rows)
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        dock.refresh()


def test_empty_problems_model(watch):
    watch(ProblemsModel())


def test_send_log_model(watch):
    model = SendLogModel()
    watch(model)
    sent = datetime(2021, 2, 10, 9, tzinfo=UTC)
    entries = [
        LogEntry(n, f"Person {n}", f"person{n}@example.org", f"<{n}@confdesk>", sent.replace(minute=n), "b1", kind)
        for n, kind in enumerate(("invite", "update", "cancel", "invite"))
    ]
    model.set_entries(entries)
    exercise(model)
