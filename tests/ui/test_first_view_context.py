"""A window made from a file's first view: the agenda shows it and takes clicks while the store
opens in the background, then reads the store."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from confdesk.store import open_store
from confdesk.views.first_view import read_first_view
from ui.context import AppContext
from ui.main_window import MainWindow


def test_the_agenda_shows_the_first_view_then_reads_the_store(qtbot, demo_file, tmp_path):
    QSettings().clear()
    view = read_first_view(str(demo_file))
    assert view is not None
    context = AppContext(None, view.conference_id, first_view=view)
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
    view = read_first_view(str(demo_file))
    assert view is not None
    context = AppContext(None, view.conference_id, first_view=view)
    context.open_in_background(lambda: open_store(demo_file, backup=False))
    with context.store.reader() as db:  # blocks until the worker is done
        assert db.connection() is not None
    with qtbot.waitSignal(context.store_opened, timeout=10_000):
        pass
    assert context.is_open
    context.close_store()
