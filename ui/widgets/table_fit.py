"""Columns sized to their contents each time a table's rows are loaded, within bounds, with
the last column taking the room left and the widths a user dragged kept.

One helper for every table, so they all fit the same way. Text that still does not fit is
elided at its logical end: with the per-cell isolates of :mod:`ui.widgets.bidi` an Arabic text
loses its (visually left) end in any table and an e-mail loses its right end in an Arabic one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QTableView

#: Rows measured per column besides the visible ones: each costs Python ``data()`` calls, and
#: the longest of 300 names is a fair width for 10,000.
MEASURED_ROWS = 300
#: Widest a column is made, in average characters; longer texts are elided (their whole text is
#: in the tooltip) and the user can still drag the column wider.
MAX_CHARACTERS = 42


class ColumnFit(QObject):
    """Fits ``view``'s columns now and after every reset of its model (a reload)."""

    def __init__(self, view: QTableView, max_characters: int = MAX_CHARACTERS) -> None:
        super().__init__(view)
        self.view = view
        self.max_width = view.fontMetrics().averageCharWidth() * max_characters
        #: Logical columns whose width the user chose; a reload leaves them alone.
        self.user_sized: set[int] = set()
        self._fitting = False
        self._model: QAbstractItemModel | None = None
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.sectionResized.connect(self._resized)
        self.watch()

    def watch(self) -> None:
        """Follow the view's current model (call again after ``setModel``)."""
        model = self.view.model()
        if model is self._model:
            return
        if self._model is not None:
            self._model.modelReset.disconnect(self.fit)
        self._model = model
        if model is not None:
            model.modelReset.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        model = self.view.model()
        if model is None:
            return
        header = self.view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        self._fitting = True
        try:
            for column in range(model.columnCount()):
                if column in self.user_sized or column == last or header.isSectionHidden(column):
                    continue
                self.view.resizeColumnToContents(column)
                if header.sectionSize(column) > self.max_width:
                    header.resizeSection(column, self.max_width)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        # The stretched last column follows the window, not the user.
        if not self._fitting and column != header.logicalIndex(header.count() - 1):
            self.user_sized.add(column)
