"""File → New Conference: the dialog that asks for what a new conference file needs (its name,
time zone, languages and parts), and the file it makes. Imported when the user asks for a new
conference, not with the main window."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import LocalText
from confdesk.model.themes import ThemeFramework
from confdesk.presets import theme_preset
from confdesk.services import ConferenceData, PartData, create_conference, create_part
from confdesk.store.create import new_conference_store
from ui.agenda.zones import ZoneCombo

LANGS = ("ar", "en", "fr")
NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}


@dataclass(frozen=True)
class NewConference:
    """What the dialog asked: the name (in the interface language), the zone, the languages
    offered, and each part's name and days."""

    name: str
    zone: str
    languages: tuple[str, ...]
    parts: tuple[tuple[str, date, date], ...]
    #: The preset the themes start from (``confdesk.presets.THEME_PRESETS``), or "" for none.
    themes: str = ""


def create_conference_file(path: Path, facts: NewConference, lang: str) -> None:
    """A new conference file holding an empty conference and its parts, written whole or not at
    all (a file the user chose to replace is replaced only once the new one is complete)."""
    fresh = path.with_name(f".{path.name}.new")
    fresh.unlink(missing_ok=True)
    with new_conference_store(str(fresh)) as store, store.unit() as db:
        themes = theme_preset(facts.themes) if facts.themes else ThemeFramework()
        data = ConferenceData(
            name=LocalText(**{lang: facts.name}), timezone=facts.zone, languages=facts.languages, themes=themes
        )
        conference_id = create_conference(db, data).value
        for position, (name, first, last) in enumerate(facts.parts, start=1):
            create_part(db, conference_id, PartData(LocalText(**{lang: name}), first, last, position))
    os.replace(fresh, path)


class NewConferenceDialog(QDialog):
    """Asks what a new conference file needs; the parts start as one spanning its first days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Conference"))
        self.setMinimumWidth(620)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Conference name"))
        self.zone_combo = ZoneCombo("UTC", self)
        languages = QWidget(self)
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        self.languages = {lang: QCheckBox(NAMES[lang], languages) for lang in LANGS}
        for box in self.languages.values():
            box.setChecked(True)
            row.addWidget(box)
        row.addStretch(1)

        self.parts = QTableWidget(0, 3, self)
        self.parts.setHorizontalHeaderLabels([self.tr("Part"), self.tr("First day"), self.tr("Last day")])
        self.parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parts.verticalHeader().hide()
        self.parts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts.setMinimumHeight(120)
        self.add_part_button = QPushButton(self.tr("&Add Part"), self)
        self.remove_part_button = QPushButton(self.tr("&Remove Part"), self)
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_part_button.clicked.connect(self._remove_part)
        part_buttons = QHBoxLayout()
        part_buttons.addWidget(self.add_part_button)
        part_buttons.addWidget(self.remove_part_button)
        part_buttons.addStretch(1)
        today = QDate.currentDate()
        self.add_part(self.tr("Conference"), today.addDays(30), today.addDays(31))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Time zone"), self.zone_combo)
        form.addRow(self.tr("&Languages"), languages)
        form.addRow(self.tr("&Parts"), self.parts)
        form.addRow("", part_buttons)
        self.themes_combo = QComboBox(self)
        self.themes_combo.setObjectName("themes_preset")
        self.themes_combo.addItem(self.tr("None yet (make a list later)"), "")
        self.themes_combo.addItem(self.tr("GCM objectives (1–23)"), "gcm")
        self.themes_combo.addItem(self.tr("Sustainable Development Goals (1–17)"), "sdg")
        form.addRow(self.tr("T&hemes"), self.themes_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_part(self, name: str = "", first: QDate | None = None, last: QDate | None = None) -> None:
        """A row for one more part, by default the day after the last one."""
        row = self.parts.rowCount()
        if first is None:
            previous = self._date(row - 1, 2) if row else QDate.currentDate()
            first = previous.addDays(1)
        self.parts.insertRow(row)
        self.parts.setItem(row, 0, QTableWidgetItem(name))
        for column, day in ((1, first), (2, last or first)):
            edit = QDateEdit(day, self.parts)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: see pin_clock
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            self.parts.setCellWidget(row, column, edit)
        self.parts.resizeColumnsToContents()
        self.parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if not name:
            self.parts.setCurrentCell(row, 0)
            item = self.parts.item(row, 0)
            if item is not None and self.isVisible():
                self.parts.editItem(item)

    def _remove_part(self) -> None:
        if self.parts.rowCount() > 1 and self.parts.currentRow() >= 0:
            self.parts.removeRow(self.parts.currentRow())

    def _date(self, row: int, column: int) -> QDate:
        edit = self.parts.cellWidget(row, column)
        assert isinstance(edit, QDateEdit)
        return edit.date()

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.message.setText(text)
        self.message.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            return self._refuse(self.tr("A conference needs a name."), self.name_edit)
        if not any(box.isChecked() for box in self.languages.values()):
            return self._refuse(self.tr("Choose at least one language."), self.languages["en"])
        for row in range(self.parts.rowCount()):
            item = self.parts.item(row, 0)
            if item is None or not item.text().strip():
                self.parts.setCurrentCell(row, 0)
                return self._refuse(self.tr("Each part needs a name."), self.parts)
            if self._date(row, 2) < self._date(row, 1):
                edit = self.parts.cellWidget(row, 2)
                assert edit is not None
                return self._refuse(
                    self.tr("The last day of “%1” comes before its first.").replace("%1", item.text().strip()), edit
                )
        return super().accept()

    def facts(self) -> NewConference:
        parts = []
        for row in range(self.parts.rowCount()):
            item = self.parts.item(row, 0)
            name = item.text().strip() if item is not None else ""
            parts.append((name, _day(self._date(row, 1)), _day(self._date(row, 2))))
        languages = tuple(lang for lang in LANGS if self.languages[lang].isChecked())
        return NewConference(
            self.name_edit.text().strip(),
            self.zone_combo.zone(),
            languages,
            tuple(parts),
            str(self.themes_combo.currentData() or ""),
        )


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
