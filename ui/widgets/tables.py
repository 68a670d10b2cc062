"""Small helpers for editable item views."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def commit_open_editor(view: QAbstractItemView) -> None:
    """Write what is being typed in a cell into the view's model, as leaving the cell would:
    a Save clicked (or pressed) while a cell is still open keeps what was typed there."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    current = view.currentIndex()
    view.setCurrentIndex(QModelIndex())  # a current cell that changes commits its editor
    view.setCurrentIndex(current)
