"""The undo history as a dock: every command by its label; clicking one goes back to it."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class UndoHistoryDock(QDockWidget):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Undo History"), parent)
        self.setObjectName("undo_history_dock")
        self.view = QUndoView(stack, self)
        self.view.setEmptyLabel(self.tr("<file as opened>"))
        self.view.setAccessibleName(self.tr("Undo history"))
        self.setWidget(self.view)
