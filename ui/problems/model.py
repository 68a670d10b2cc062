"""The problems as rows (one per problem: severity, kind and its whole sentence), and the
proxy that filters them by the search box and the day, session, person and kind chosen.

The Problems screen shows them grouped (:mod:`ui.problems.tree`), on top of this proxy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from confdesk.rules import CODES, SEVERITIES, Problem
from confdesk.services.problems import Acceptance
from confdesk.views.text import fold

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(severity: str) -> Any:
    return QApplication.style().standardIcon(_ICONS.get(severity, _ICONS["info"]))


class Column(IntEnum):
    SEVERITY = 0
    KIND = 1
    PROBLEM = 2


@dataclass(frozen=True)
class Row:
    """A problem as the screen shows it, worded in the interface language."""

    problem: Problem
    severity: str
    text: str
    kind: str = ""
    key: str = ""
    #: Set when the problem was accepted with a note.
    acceptance: Acceptance | None = None
    #: The days of its sessions (in the display zone), for the day filter.
    days: tuple[date, ...] = ()
    #: What the search box matches: the sentence, both scripts of the names, every title.
    search_key: str = ""
    #: Position in the screen's order (severity, kind, time of the first session, sentence).
    order: int = 0

    @property
    def accepted(self) -> bool:
        return self.acceptance is not None


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Severity"), self.tr("Kind"), self.tr("Problem"))[section] if 0 <= section < len(Column) else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.severity, row.kind, row.text)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return severity_icon(row.problem.severity)
        if role == PROBLEM_ROLE:
            return row.problem
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column == Column.SEVERITY:
                return SEVERITIES.index(row.problem.severity) * 100_000 + row.order
            if column == Column.KIND:
                known = CODES.index(row.problem.code) if row.problem.code in CODES else len(CODES)
                return known * 100_000 + row.order
            return row.text
        return None


@dataclass(frozen=True)
class ProblemFilter:
    """Empty fields match everything; ``session`` and ``person`` are ids (0: any)."""

    text: str = ""
    day: date | None = None
    session: int = 0
    person: int = 0
    kind: str = ""

    def accepts(self, row: Row) -> bool:
        problem = row.problem
        if self.kind and problem.code != self.kind:
            return False
        if self.day is not None and self.day not in row.days:
            return False
        if self.session and self.session not in problem.session_ids:
            return False
        if self.person and self.person not in problem.person_ids:
            return False
        return all(needle in row.search_key for needle in fold(self.text).split())

    def __bool__(self) -> bool:
        return bool(self.text.strip() or self.day or self.session or self.person or self.kind)


class ProblemFilterProxy(QSortFilterProxyModel):
    """The rows a :class:`ProblemFilter` accepts, in the order of ``SORT_ROLE``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = ProblemFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def filter(self) -> ProblemFilter:
        return self._filter

    def set_filter(self, chosen: ProblemFilter) -> None:
        if chosen == self._filter:
            return
        self.beginFilterChange()
        self._filter = chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ProblemsModel)
        return self._filter.accepts(model.row_at(source_row))

    def rows(self) -> list[Row]:
        """The rows shown, in order."""
        return [self.data(self.index(r, 0), ROW_ROLE) for r in range(self.rowCount())]
