"""Conference Settings → Themes: the conference's own framework of themes. A name for the list
("GCM objectives") in three languages, then one row per theme: its code and its label in
Arabic, English and French. A preset (the GCM objectives, the Sustainable Development Goals)
fills the table in one click; every row stays editable, and nothing is saved before Save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import LocalText
from confdesk.model.themes import Theme, ThemeFramework
from confdesk.presets import THEME_PRESETS, theme_preset
from ui.widgets.local_text import LocalTextEdit
from ui.widgets.tables import commit_open_editor

#: Table columns: the code, then the label in each language.
COLUMNS = ("code", "ar", "en", "fr")


class ThemesEdit(QWidget):
    """The framework as the team edits it; :meth:`value` reads it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = LocalTextEdit(self.tr("Name of the list"), self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("themes_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Arabic"), self.tr("English"), self.tr("French")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(260)
        self.add = QPushButton(self.tr("Add theme"), self)
        self.remove = QPushButton(self.tr("Remove theme"), self)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.presets = QToolButton(self)
        self.presets.setText(self.tr("Start from a list"))
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets)
        self.preset_actions = {}
        for key in THEME_PRESETS:
            action = menu.addAction(_preset_title(key))
            action.triggered.connect(lambda _checked=False, chosen=key: self.use_preset(chosen))
            self.preset_actions[key] = action
        menu.addSeparator()
        self.preset_actions["empty"] = menu.addAction(self.tr("An empty list"))
        self.preset_actions["empty"].triggered.connect(lambda: self.set_value(ThemeFramework()))
        self.presets.setMenu(menu)
        self.add.clicked.connect(self.add_theme)
        self.remove.clicked.connect(self._remove_current)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.presets)
        note = QLabel(
            self.tr(
                "Sessions refer to themes by code. Calendars, documents, the frab schedule and the agenda show the labels."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name of the list"), self))
        layout.addWidget(self.name)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)

    # Rows -------------------------------------------------------------------------------------
    def _append(self, theme: Theme) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (theme.code, theme.label.ar, theme.label.en, theme.label.fr)
        for column, (key, value) in enumerate(zip(COLUMNS, values, strict=True)):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            alignment = Qt.AlignmentFlag.AlignRight if key == "ar" else Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return row

    def add_theme(self) -> None:
        """A new row, its code proposed (the next number) and its English label being edited."""
        numbers = [int(theme.code) for theme in self.value().themes if theme.code.isdigit()]
        row = self._append(Theme(str(max(numbers, default=0) + 1)))
        self.table.setCurrentCell(row, COLUMNS.index("en"))
        item = self.table.item(row, COLUMNS.index("en"))
        if item is not None:
            self.table.editItem(item)

    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = [self.table.takeItem(row, column) for column in range(len(COLUMNS))]
        others = [self.table.takeItem(target, column) for column in range(len(COLUMNS))]
        for column in range(len(COLUMNS)):
            self.table.setItem(target, column, items[column])
            self.table.setItem(row, column, others[column])
        self.table.setCurrentCell(target, self.table.currentColumn())

    def use_preset(self, key: str) -> None:
        """Fill the table with preset ``key``; Cancel on the dialog still leaves all as it was."""
        self.set_value(theme_preset(key))

    # Value ------------------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_value(self, framework: ThemeFramework) -> None:
        self.name.set_value(framework.name)
        for edit in self.name.edits.values():
            edit.setCursorPosition(0)  # a long name shows its beginning
        self.table.setRowCount(0)
        for theme in framework.themes:
            self._append(theme)

    def value(self) -> ThemeFramework:
        """The list as shown, a cell still being typed in included."""
        commit_open_editor(self.table)
        themes = []
        for row in range(self.table.rowCount()):
            code, ar, en, fr = (self._cell(row, column) for column in range(len(COLUMNS)))
            if code or ar or en or fr:
                themes.append(Theme(code, LocalText(ar=ar, en=en, fr=fr)))
        return ThemeFramework(self.name.value(), tuple(themes))

    def select_theme(self, index: int) -> None:
        """Focus theme ``index`` (1-based, as errors count): the row an error names."""
        if 1 <= index <= self.table.rowCount():
            self.table.setCurrentCell(index - 1, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _preset_title(key: str) -> str:
    return {
        "gcm": QCoreApplication.translate("ThemesEdit", "GCM objectives (1–23)"),
        "sdg": QCoreApplication.translate("ThemesEdit", "Sustainable Development Goals (1–17)"),
    }.get(key, THEME_PRESETS[key])
