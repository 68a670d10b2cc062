"""An undo that cannot run: for a passing reason (the file busy, the disk full, the connection
to a database server lost) the history is kept and the same undo can be tried again; when the
data no longer matches (a colleague's edit), the history goes, and the status bar says which."""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial

import pytest
from sqlalchemy import select

from confdesk.model import Deadline, LocalText
from confdesk.services import update_deadline
from confdesk.store.errors import DatabaseUnavailable, DiskFull, FileBusy
from ui.commands import execute
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


def _first_deadline(context):
    with context.store.reader() as db:
        row = db.scalars(select(Deadline).order_by(Deadline.id)).first()
        return row.id, row.title


def _failing_once(context, monkeypatch, error):
    real = context.store.unit
    calls = []

    @contextmanager
    def unit():
        if not calls:
            calls.append(error)
            raise error
        with real() as db:
            yield db

    monkeypatch.setattr(context.store, "unit", unit)


@pytest.mark.parametrize(
    "error",
    [
        FileBusy("demo.confdesk"),
        DiskFull("demo.confdesk"),
        DatabaseUnavailable("postgresql://organiser@db.example.org/gcm", "terminating connection"),
    ],
    ids=["busy", "full", "connection lost"],
)
def test_a_passing_failure_keeps_the_history_and_the_undo_can_be_tried_again(qtbot, context, monkeypatch, error):
    deadline_id, before = _first_deadline(context)
    execute(context, "Rename", partial(update_deadline, deadline_id=deadline_id, title=LocalText(en="Renamed")))
    said = []
    context.undo_deferred.connect(said.append)
    _failing_once(context, monkeypatch, error)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: context.undo_stack.index() == 1)
    assert context.undo_stack.count() == 1 and context.undo_stack.canUndo()
    assert _first_deadline(context)[1] == LocalText(en="Renamed")  # nothing was changed
    assert said and "Could not undo “Rename”" in said[0] and "The undo history is kept." in said[0]
    context.undo_stack.undo()  # the file is free again: the same undo runs
    assert _first_deadline(context)[1] == before and context.undo_stack.index() == 0
    context.undo_stack.redo()
    assert _first_deadline(context)[1] == LocalText(en="Renamed")


def test_data_that_changed_underneath_clears_the_history(qtbot, context):
    deadline_id, _before = _first_deadline(context)
    execute(context, "Rename", partial(update_deadline, deadline_id=deadline_id, title=LocalText(en="Renamed")))
    with context.store.unit() as db:  # a colleague deletes it meanwhile
        db.delete(db.get(Deadline, deadline_id))
    dropped = []
    context.history_dropped.connect(dropped.append)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: context.undo_stack.count() == 0)
    assert dropped and "The undo history was cleared." in dropped[0]
