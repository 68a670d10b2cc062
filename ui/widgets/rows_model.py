"""A table model over a list of frozen rows, and a proxy that filters it with a Python
predicate.

Sorting happens in the source model (Python's ``sorted`` over precomputed keys) rather than in
QSortFilterProxyModel: the proxy's C++ sort calls back into Python ``data()`` for every
comparison, which takes hundreds of milliseconds on 10,000 people."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.widgets.bidi import alignment, isolate

Row = TypeVar("Row")

#: The row's id (for selection and "go to").
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows with an ``id`` attribute, shown in the columns of an IntEnum.

    Subclasses say what a cell shows (:meth:`cell`), its header (:meth:`header`) and how a
    column sorts (:meth:`sort_key`). A cell whose :meth:`direction` is pinned is laid out in
    that direction (Arabic names right to left, e-mails left to right)."""

    def __init__(self, columns: type[IntEnum], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._positions: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # What subclasses provide -------------------------------------------------------------
    def cell(self, row: Row, column: IntEnum, role: int) -> Any:
        raise NotImplementedError

    def header(self, column: IntEnum) -> str:
        raise NotImplementedError

    def direction(self, row: Row, column: IntEnum) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.LayoutDirectionAuto

    def sort_key(self, row: Row, column: IntEnum) -> Any:
        return self.cell(row, column, Qt.ItemDataRole.DisplayRole) or ""

    # Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self.cell(row, column, role), self.direction(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.cell(row, column, role)
            return value if value is not None else alignment(self.direction(row, column))
        return self.cell(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return self.header(self.columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        self._apply_sort()
        moved = {id(row): position for position, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[id(before[i.row()])], i.column()) for i in old])
        self.layoutChanged.emit()

    # Loading and refreshing --------------------------------------------------------------
    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._apply_sort()
        self._index_rows()
        self.endResetModel()

    def update_rows(self, fresh: Sequence[Row], gone: Iterable[int] = ()) -> None:
        """Replace rows whose id is in ``fresh``, append new ones and drop ids in ``gone``,
        touching only those rows so views keep their selection and scroll position."""
        # From the bottom up, so the positions still to remove stay valid.
        for position in sorted({self._positions[i] for i in gone if i in self._positions}, reverse=True):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()
        self._index_rows()
        last = len(self.columns) - 1
        for row in fresh:
            at = self._positions.get(row.id)  # type: ignore[attr-defined]
            if at is None:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
                self.rows.append(row)
                self._positions[row.id] = len(self.rows) - 1  # type: ignore[attr-defined]
                self.endInsertRows()
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    def position_of(self, row_id: int) -> int | None:
        return self._positions.get(row_id)

    def row_by_id(self, row_id: int) -> Row | None:
        position = self._positions.get(row_id)
        return None if position is None else self.rows[position]

    def _apply_sort(self) -> None:
        assert self._sort is not None
        column, order = self._sort
        key = self.columns[column]
        self.rows.sort(key=lambda row: self.sort_key(row, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self._index_rows()

    def _index_rows(self) -> None:
        self._positions = {row.id: position for position, row in enumerate(self.rows)}  # type: ignore[attr-defined]


class RowFilterProxy(QSortFilterProxyModel):
    """Shows the source rows a predicate accepts; sorting is left to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._predicate is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return self._predicate(model.rows[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
