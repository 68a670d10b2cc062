"""Undoable commands: each user action runs one service in one unit of work.

``ServiceCommand`` wraps a pair of functions ``do(db) -> Outcome`` and ``undo(db, outcome)
-> Outcome``; both run inside ``store.unit()`` and report their changes through the context's
one change signal. Errors from ``do`` propagate out of :func:`execute` before anything is pushed
on the undo stack, so the caller shows one sentence and the data stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session as DbSession

from confdesk.services import Outcome
from ui.context import AppContext

Do = Callable[[DbSession], Outcome[Any]]
Undo = Callable[[DbSession, Outcome[Any]], Outcome[Any]]


class ServiceCommand(QUndoCommand):
    def __init__(self, context: AppContext, label: str, do: Do, undo: Undo) -> None:
        super().__init__(label)
        self.context = context
        self._do = do
        self._undo = undo
        self.outcome: Outcome[Any] | None = None
        self._first_redo_done = False

    def run_do(self) -> Outcome[Any]:
        with self.context.store.unit() as db:
            self.outcome = self._do(db)
        return self.outcome

    def redo(self) -> None:
        # The first redo happens inside QUndoStack.push, after execute() already ran do().
        if not self._first_redo_done:
            self._first_redo_done = True
        else:
            self.run_do()
        assert self.outcome is not None
        self.context.notify(self.outcome.changes)

    def undo(self) -> None:
        assert self.outcome is not None
        with self.context.store.unit() as db:
            reverted = self._undo(db, self.outcome)
        self.context.notify(reverted.changes | self.outcome.changes)


def execute(context: AppContext, label: str, do: Do, undo: Undo) -> Outcome[Any]:
    """Run ``do`` now and, if it succeeds, push it on the undo stack. Raises the service's
    typed error (nothing pushed, nothing changed) if it fails."""
    command = ServiceCommand(context, label, do, undo)
    outcome = command.run_do()
    context.undo_stack.push(command)
    return outcome
