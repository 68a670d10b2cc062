"""Per-cell text direction, so an Arabic name reads right to left inside an English table and
an e-mail stays left to right inside an Arabic one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from confdesk.views.text import is_right_to_left
from ui.widgets.rows_model import DIRECTION_ROLE, RowsModel


def direction_of(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_right_to_left(text) else Qt.LayoutDirection.LeftToRight


def cell_direction(index: QModelIndex | QPersistentModelIndex) -> Qt.LayoutDirection:
    """The direction a :class:`RowsModel` gives a cell, asked of the model in Python.

    Going through proxies in Python rather than ``index.data()`` avoids a round trip through
    QVariant, and PySide6 6.12 mis-counts references to None when such a read is empty."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = index.model()
    if not isinstance(model, RowsModel):
        return Qt.LayoutDirection.LayoutDirectionAuto
    return Qt.LayoutDirection(model.data(index, DIRECTION_ROLE))


class BidiDelegate(QStyledItemDelegate):
    """Lays a cell out in the direction its model gives in ``DIRECTION_ROLE`` (if any),
    aligning it to that direction's start edge."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = Qt.LayoutDirection(index.data(DIRECTION_ROLE) or 0)
        if direction == Qt.LayoutDirection.LayoutDirectionAuto or index.data(DIRECTION_ROLE) is None:
            return
        option.direction = direction
        # Leading edge of the text's own direction: right for Arabic, left for Latin.
        horizontal = Qt.AlignmentFlag.AlignLeft if direction == Qt.LayoutDirection.LeftToRight else Qt.AlignmentFlag.AlignRight
        option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
