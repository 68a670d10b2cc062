"""The table of problems: one row per problem, severity and wording columns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from confdesk.rules import SEVERITIES, Problem

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class Column(IntEnum):
    SEVERITY = 0
    PROBLEM = 1


@dataclass(frozen=True)
class Row:
    problem: Problem
    severity: str
    text: str


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Severity"), self.tr("Problem"))[section] if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.severity if column == Column.SEVERITY else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return QApplication.style().standardIcon(_ICONS.get(row.problem.severity, _ICONS["info"]))
        if role == PROBLEM_ROLE:
            return row.problem
        if role == SORT_ROLE:
            if column == Column.SEVERITY:
                return SEVERITIES.index(row.problem.severity) * 100_000 + index.row()
            return row.text
        return None
