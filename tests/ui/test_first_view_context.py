"""A window made from a file's first view: the agenda shows it and takes clicks while the store
opens in the background, then reads the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from confdesk.store import open_store
from confdesk.views.first_view import read_first_view
from ui.context import AppContext
from ui.main_window import MainWindow


def first_view_context(demo_file):
    """A context made from the file's first view, its store not open yet."""
    view = read_first_view(str(demo_file))
    assert view is not None
    return AppContext(None, view.conference_id, first_view=view)


def test_the_agenda_shows_the_first_view_then_reads_the_store(qtbot, demo_file, tmp_path):
    QSettings().clear()
    context = first_view_context(demo_file)
    view = context.first_view
    assert view is not None
    window = MainWindow(None, opening=demo_file.name)
    qtbot.addWidget(window)
    window.attach(context)
    agenda = window.screens["agenda"]
    assert not context.is_open
    assert agenda.timetable.blocks
    assert "GCM Regional Review" in window.windowTitle()
    # A session with a lineup, clicked before the store is open: its lineup is the first view's.
    session_id = next(row.id for row in view.agenda.sessions if view.lineups.get(row.id))
    agenda.show_session(session_id)
    assert agenda.lineup.topLevelItemCount() == len(view.lineups[session_id])
    assert "problems" not in window.screens  # its check waits for the store

    with qtbot.waitSignal(context.store_opened, timeout=30_000):
        context.open_in_background(lambda: open_store(demo_file, backup=False))
    assert context.is_open and context.first_view is None
    assert set(agenda.timetable.blocks)  # read again, from the store
    assert agenda.lineup.topLevelItemCount() == len(view.lineups[session_id])
    qtbot.waitUntil(lambda: "problems" in window.screens, timeout=10_000)
    context.close_store()


def test_the_store_asked_for_while_it_opens_is_waited_for(qtbot, demo_file):
    context = first_view_context(demo_file)
    context.open_in_background(lambda: open_store(demo_file, backup=False))
    with context.store.reader() as db:  # blocks until the worker is done
        assert db.connection() is not None
    with qtbot.waitSignal(context.store_opened, timeout=10_000):
        pass
    assert context.is_open
    context.close_store()


def test_a_store_to_open_later_opens_when_it_is_first_asked_for(qtbot, demo_file):
    context = first_view_context(demo_file)
    opened: list[bool] = []

    def open_it():
        opened.append(True)
        return open_store(demo_file, backup=False)

    context.open_in_background(open_it, start=False)
    qtbot.wait(50)
    assert not opened and not context.is_open  # nothing started it yet
    with context.store.reader() as db:  # asking starts the worker, and waits for it
        assert db.connection() is not None
    assert opened == [True]
    context.start_opening()  # once only
    with qtbot.waitSignal(context.store_opened, timeout=10_000):
        pass
    assert opened == [True]
    context.close_store()


def test_a_store_closed_before_it_started_opening_never_opens(qtbot, demo_file):
    context = first_view_context(demo_file)
    opened: list[bool] = []
    context.open_in_background(lambda: opened.append(True) or open_store(demo_file, backup=False), start=False)
    context.close_store()
    context.start_opening()
    assert not opened
    with pytest.raises(RuntimeError, match="closed before it opened"):
        context.store  # noqa: B018 - the property is what is tested


def test_the_worker_starts_once_the_agenda_is_on_screen(qtbot, demo_file):
    from ui.app import after_next_frame

    QSettings().clear()
    window = MainWindow(None, opening=demo_file.name)
    qtbot.addWidget(window)
    window.attach(first_view_context(demo_file))
    ran: list[bool] = []
    after_next_frame(window, lambda: ran.append(window.screens["agenda"].isVisible()), timeout_ms=60_000)
    qtbot.wait(20)
    assert not ran  # not shown, so not painted
    window.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=10_000)
    qtbot.wait(20)
    assert ran == [True]  # once


def test_a_window_never_painted_starts_the_worker_after_a_while(qtbot, demo_file):
    from ui.app import after_next_frame

    window = MainWindow(None, opening=demo_file.name)
    qtbot.addWidget(window)
    ran: list[bool] = []
    after_next_frame(window, lambda: ran.append(True), timeout_ms=30)
    qtbot.waitUntil(lambda: bool(ran), timeout=5_000)
    window.show()
    qtbot.wait(50)
    assert ran == [True]
