"""File → New Conference: the dialog that asks for what a new conference file needs, and the
file it makes. Imported when the user asks for a new conference, not with the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from confdesk.model import LocalText
from confdesk.services import ConferenceData, PartData, create_conference, create_part
from confdesk.store import open_store
from ui.agenda.zones import ZoneCombo


def create_conference_file(path: Path, name: str, lang: str, zone: str, first: date, last: date) -> None:
    """A new conference file holding an empty conference with one part spanning its dates."""
    if path.exists():
        path.unlink()
    store = open_store(path, create=True)
    try:
        with store.unit() as db:
            conference_id = create_conference(db, ConferenceData(name=LocalText(**{lang: name}), timezone=zone)).value
            create_part(db, conference_id, PartData(name=LocalText(**{lang: name}), start_date=first, end_date=last))
    finally:
        store.close()


class NewConferenceDialog(QDialog):
    """Asks what a new conference file needs: a name, a time zone and its dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Conference"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Conference name"))
        form.addRow(self.tr("&Name"), self.name_edit)
        self.zone_combo = ZoneCombo("UTC", self)
        form.addRow(self.tr("&Time zone"), self.zone_combo)
        today = QDate.currentDate()
        self.first_edit = QDateEdit(today.addDays(30), self)
        self.last_edit = QDateEdit(today.addDays(31), self)
        for edit, name in ((self.first_edit, self.tr("First day")), (self.last_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        form.addRow(self.tr("&First day"), self.first_edit)
        form.addRow(self.tr("&Last day"), self.last_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            self.name_edit.setPlaceholderText(self.tr("A conference needs a name"))
            return
        if self.last_edit.date() < self.first_edit.date():
            self.last_edit.setDate(self.first_edit.date())
        super().accept()

    def facts(self) -> tuple[str, str, date, date]:
        first, last = _day(self.first_edit), _day(self.last_edit)
        return self.name_edit.text().strip(), self.zone_combo.zone(), first, max(first, last)


def _day(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)  # QDate.toPython() is a date; its stub says object
    return day
