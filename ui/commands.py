"""Undoable commands: each user action is one core action, run in one unit of work.

The core builds every inverse: an action's :class:`~confdesk.services.Outcome` carries the
``undo`` that takes it back, and running that returns an outcome whose ``undo`` is the redo
(with the same ids). So one command class serves every screen, and no screen writes an
inverse of its own.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from confdesk.errors import ConfDeskError
from confdesk.services import Action, Outcome, in_order, on_top
from confdesk.services.errors import ConcurrentEdit
from confdesk.services.history import clashes, row_changes
from confdesk.store.errors import DatabaseUnavailable, DiskFull, FileBusy
from confdesk.store.journal import UnitRecord
from ui.context import AppContext
from ui.errors import describe

T = TypeVar("T")

#: QUndoCommand.id() of commands that may merge with the one before them (see ``merge_key``).
MERGEABLE = 1


class ActionCommand(QUndoCommand):
    """A done action on the undo stack, holding the core's inverse of what it last did."""

    def __init__(
        self, context: AppContext, label: str, outcome: Outcome[Any], merge_key: Hashable | None = None
    ) -> None:
        super().__init__(label)
        self.context = context
        self._inverse = outcome.undo
        self._pushed = False
        #: Set when an undo or redo failed for a passing reason: the stack is put back where it
        #: was by the opposite move, which then must not run the action again.
        self._step_back = False
        self.merge_key = merge_key
        #: What the action last wrote to the change log: an undo or redo first checks that no
        #: colleague changed those fields since (it would overwrite their change).
        self._record = context.store.journal.last_unit

    def id(self) -> int:
        return MERGEABLE if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Successive actions with the same ``merge_key`` (keyboard nudges of one session)
        are one entry: its undo takes the newest back first."""
        if not isinstance(other, ActionCommand) or other.merge_key != self.merge_key:
            return False
        self._inverse = in_order([other._inverse, self._inverse])
        if self._record is not None and other._record is not None:
            self._record = UnitRecord(self._record.touched | other._record.touched, self._record.last_id)
        else:
            self._record = self._record or other._record
        return True

    def redo(self) -> None:
        # QUndoStack.push calls redo at once; the action has already been done by then.
        if not self._pushed:
            self._pushed = True
            return
        self._run(undoing=False)

    def undo(self) -> None:
        self._run(undoing=True)

    def _run(self, *, undoing: bool) -> None:
        if self._step_back:
            self._step_back = False  # the stack moving back after a passing failure: nothing ran
            return
        try:
            try:
                outcome = self._guarded(force=False)
            except ConcurrentEdit as error:
                resolve = self.context.resolve_conflict
                if resolve is None or not resolve(error):
                    raise
                outcome = self._guarded(force=True)
        except ConcurrentEdit as error:
            # A colleague changed what this entry would restore: nothing was changed, the views
            # show their change, and the history is kept (the user may undo once they agree).
            self._step_back = True
            stack = self.context.undo_stack
            QTimer.singleShot(0, stack.redo if undoing else stack.undo)
            self.context.notify(row_changes(error.entity, error.entity_id))
            if undoing:
                sentence = QCoreApplication.translate("Commands", "Did not undo “%1”: %2 changed it since.")
            else:
                sentence = QCoreApplication.translate("Commands", "Did not redo “%1”: %2 changed it since.")
            who = error.author or QCoreApplication.translate("Commands", "a colleague")
            self.context.undo_deferred.emit(sentence.replace("%1", self.text()).replace("%2", who))
            return
        except (FileBusy, DiskFull, DatabaseUnavailable) as error:
            # Nothing was changed (a lost connection rolls back too) and the history still
            # matches the data: the stack goes back to where it was, so the same undo (or redo)
            # can be tried again in a moment.
            self._step_back = True
            stack = self.context.undo_stack
            QTimer.singleShot(0, stack.redo if undoing else stack.undo)
            if undoing:
                sentence = QCoreApplication.translate("Commands", "Could not undo “%1”: %2 The undo history is kept.")
            else:
                sentence = QCoreApplication.translate("Commands", "Could not redo “%1”: %2 The undo history is kept.")
            self.context.undo_deferred.emit(sentence.replace("%1", self.text()).replace("%2", describe(error)))
            return
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
        self._record = self.context.store.journal.last_unit
        self.context.notify(outcome.changes)

    def _guarded(self, *, force: bool) -> Outcome[Any]:
        """Run the inverse in one unit of work, refusing (:class:`ConcurrentEdit`) when another
        desk changed the fields it would set back, unless ``force``."""
        store = self.context.store
        with store.unit() as db:
            if not force and self._record is not None:
                theirs = clashes(db, self._record, store.journal.desk)
                if theirs:
                    newest = theirs[-1]
                    fields = sorted({entry.field for entry in theirs if entry.field})
                    raise ConcurrentEdit(
                        newest.entity, newest.entity_id, author=newest.author, at=newest.at, fields=fields
                    )
            return self._inverse(db)


def execute(context: AppContext, label: str, action: Action, *, merge_key: Hashable | None = None) -> Outcome[Any]:
    """Do ``action`` now in one unit of work and, if it succeeds, put it on the undo stack;
    with ``merge_key``, merged into the entry on top if that has the same key.

    Raises the core's typed error (nothing pushed, nothing changed) if it fails. A colleague's
    change to the same field (:class:`ConcurrentEdit`) is put to the user first when the context
    has a ``resolve_conflict``: applied on top, the action runs again over the colleague's
    change; reloaded, the views show the colleague's change and the error is raised."""
    try:
        with context.store.unit() as db:
            outcome = action(db)
    except ConcurrentEdit as error:
        resolve = context.resolve_conflict
        if resolve is None:
            raise
        if not resolve(error):
            context.notify(row_changes(error.entity, error.entity_id))
            raise
        with context.store.unit() as db:
            outcome = on_top(action)(db)
    push_done(context, label, outcome, merge_key=merge_key)
    return outcome


def push_done(context: AppContext, label: str, outcome: Outcome[T], *, merge_key: Hashable | None = None) -> Outcome[T]:
    """Put an action already done on the undo stack: a long one (an import) that a background
    task ran in its own unit of work. Views hear of its changes now."""
    context.undo_stack.push(ActionCommand(context, label, outcome, merge_key))
    context.notify(outcome.changes)
    return outcome
