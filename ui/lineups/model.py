"""The lineup table model: the ordered assignments of one session, reordered by dragging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from confdesk.views.rows import LineupRow
from ui.i18n import shown_digits
from ui.widgets.bidi import direction_of
from ui.widgets.rows_model import RowsModel
from ui.widgets.vocabulary import Vocabulary

MIME_TYPE = "application/x-confdesk-assignments"


class Column(IntEnum):
    POSITION = 0
    ROLE = 1
    NAME = 2
    ORGANISATION = 3
    MINUTES = 4
    STATUS = 5


class LineupModel(RowsModel[LineupRow]):
    """Dropping rows asks ``reorder(new_ids)``; the lineup changes only when that command
    has run and the page reloads it."""

    def __init__(
        self, reorder: Callable[[list[int]], None], content_language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(Column, parent)
        self.words = Vocabulary(self)
        self.reorder = reorder
        self.content_language = content_language

    def header(self, column: IntEnum) -> str:
        return {
            Column.POSITION: self.tr("#"),
            Column.ROLE: self.tr("Role"),
            Column.NAME: self.tr("Name"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.MINUTES: self.tr("Minutes"),
            Column.STATUS: self.tr("Status"),
        }[Column(column)]

    def name(self, row: LineupRow) -> str:
        # Arabic-script names for an Arabic reader, Latin ones otherwise.
        return row.name_ar if self.content_language == "ar" and row.name_ar else row.name

    def text(self, row: LineupRow, column: Column) -> str:
        if column == Column.POSITION:
            return shown_digits(str((self.position_of(row.id) or 0) + 1))
        if column == Column.ROLE:
            return self.words.role(row.role)
        if column == Column.NAME:
            return self.name(row)
        if column == Column.ORGANISATION:
            return row.organisation.get(self.content_language)
        if column == Column.MINUTES:
            return shown_digits(str(row.speaking_minutes))
        return self.words.status(row.status)

    def cell(self, row: LineupRow, column: IntEnum, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, Column(column))
        return None

    def direction(self, row: LineupRow, column: IntEnum) -> Qt.LayoutDirection:
        if column in (Column.NAME, Column.ORGANISATION):
            return direction_of(self.text(row, Column(column)))
        return Qt.LayoutDirection.LayoutDirectionAuto

    # Drag and drop -----------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        # In the model's order: a row's position is its index's row.
        ids = [self.rows[position].id for position in sorted({index.row() for index in indexes if index.isValid()})]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        moved = [int(part) for part in bytes(data.data(MIME_TYPE).data()).decode().split(",") if part]
        if not moved or any(self.position_of(i) is None for i in moved):
            return False
        # Dropped on a row: insert before it; in the empty space below: at the end.
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        before = [r.id for r in self.rows[:target] if r.id not in moved]
        after = [r.id for r in self.rows[target:] if r.id not in moved]
        order = before + moved + after
        if order != [r.id for r in self.rows]:
            self.reorder(order)
        # The command has reloaded the lineup; returning False keeps the view from removing
        # the dragged rows itself.
        return False
