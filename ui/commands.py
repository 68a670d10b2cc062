"""Undoable commands: each user action is one core action, run in one unit of work.

The core builds every inverse: an action's :class:`~confdesk.services.Outcome` carries the
``undo`` that takes it back, and running that returns an outcome whose ``undo`` is the redo
(with the same ids). So one command class serves every screen, and no screen writes an
inverse of its own.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from confdesk.errors import ConfDeskError
from confdesk.services import Action, Outcome
from ui.context import AppContext

T = TypeVar("T")


class ActionCommand(QUndoCommand):
    """A done action on the undo stack, holding the core's inverse of what it last did."""

    def __init__(self, context: AppContext, label: str, outcome: Outcome[Any]) -> None:
        super().__init__(label)
        self.context = context
        self._inverse = outcome.undo
        self._pushed = False

    def redo(self) -> None:
        # QUndoStack.push calls redo at once; the action has already been done by then.
        if not self._pushed:
            self._pushed = True
            return
        self._run()

    def undo(self) -> None:
        self._run()

    def _run(self) -> None:
        try:
            with self.context.store.unit() as db:
                outcome = self._inverse(db)
        except ConfDeskError as error:
            # Someone changed the data this entry would restore (another window, a colleague):
            # nothing was changed, and the history no longer matches the data, so it goes.
            self.context.history_dropped.emit(
                QCoreApplication.translate("Commands", "Could not undo or redo “%1”: %2. The undo history was cleared.")
                .replace("%1", self.text())
                .replace("%2", str(error))
            )
            QTimer.singleShot(0, self.context.undo_stack.clear)
            return
        self._inverse = outcome.undo
        self.context.notify(outcome.changes)


def execute(context: AppContext, label: str, action: Action) -> Outcome[Any]:
    """Do ``action`` now in one unit of work and, if it succeeds, put it on the undo stack.

    Raises the core's typed error (nothing pushed, nothing changed) if it fails."""
    with context.store.unit() as db:
        outcome = action(db)
    push_done(context, label, outcome)
    return outcome


def push_done(context: AppContext, label: str, outcome: Outcome[T]) -> Outcome[T]:
    """Put an action already done on the undo stack: a long one (an import) that a background
    task ran in its own unit of work. Views hear of its changes now."""
    context.undo_stack.push(ActionCommand(context, label, outcome))
    context.notify(outcome.changes)
    return outcome
