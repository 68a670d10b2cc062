"""File → Parts…: the conference's parts (a consultation, a conference…) added, renamed in three
languages, given new dates, or deleted. Each is one undoable command. New dates that would
leave sessions outside are refused with an offer to move the sessions by the same shift."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import LocalText
from confdesk.services import ServiceError, create_part, delete_part, update_part
from confdesk.services.data import PartData
from confdesk.services.errors import SessionsOutsidePart
from confdesk.views.conference import PartSetting, part_settings
from ui.commands import execute
from ui.context import AppContext
from ui.widgets.local_text import LocalTextEdit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PartEditor(QDialog):
    """A part's names and days."""

    def __init__(self, data: PartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.setWindowTitle(self.tr("Part"))
        self.name = LocalTextEdit(self.tr("Name"), self)
        for edit in self.name.edits.values():
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 30)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for day_edit in (self.start, self.end):
            # Set left to right before the format: Qt reverses the sections of an RTL date edit.
            day_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            day_edit.setCalendarPopup(True)
            day_edit.setDisplayFormat("yyyy-MM-dd")
        self.name.set_value(data.name)
        self.start.setDate(_qdate(data.start_date))
        self.end.setDate(_qdate(data.end_date))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&First day"), self.start)
        form.addRow(self.tr("&Last day"), self.end)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> PartData:
        return replace(
            self._data, name=self.name.value(), start_date=_day(self.start.date()), end_date=_day(self.end.date())
        )


class PartsDialog(QDialog):
    """The parts in a table; Add, Edit and Delete each run one command."""

    COLUMNS = ("ar", "en", "fr", "start", "end", "sessions")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Parts"))
        self.parts: list[PartSetting] = []
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Arabic"),
                self.tr("English"),
                self.tr("French"),
                self.tr("First day"),
                self.tr("Last day"),
                self.tr("Sessions"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.add = QPushButton(self.tr("&Add Part…"), self)
        self.edit = QPushButton(self.tr("&Edit…"), self)
        self.delete = QPushButton(self.tr("&Delete…"), self)
        self.add.clicked.connect(self.add_part)
        self.edit.clicked.connect(self.edit_current)
        self.delete.clicked.connect(self.delete_current)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.delete):
            buttons.addWidget(button)
            button.setEnabled(not context.read_only)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 320)
        context.changed.connect(lambda _changes: self.reload())
        self.reload()

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current()
        with self.context.store.reader() as db:
            self.parts = part_settings(db, self.context.conference_id)
        self.table.setRowCount(len(self.parts))
        for row, part in enumerate(self.parts):
            values = (
                part.data.name.ar,
                part.data.name.en,
                part.data.name.fr,
                part.data.start_date.isoformat(),
                part.data.end_date.isoformat(),
                str(part.sessions),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        ids = [part.id for part in self.parts]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        elif self.parts:
            self.table.selectRow(0)

    def current(self) -> PartSetting | None:
        row = self.table.currentRow()
        return self.parts[row] if 0 <= row < len(self.parts) else None

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- actions -----------------------------------------------------------------------------

    def editor(self, data: PartData) -> PartEditor:
        """The editor a test may drive (``exec`` is replaced there)."""
        return PartEditor(data, self)

    def add_part(self) -> None:
        last = max((part.data.end_date for part in self.parts), default=date.today())
        start = last + timedelta(days=1)
        position = max((part.data.position for part in self.parts), default=0) + 1
        editor = self.editor(PartData(LocalText(), start, start, position))
        while editor.exec() == QDialog.DialogCode.Accepted:
            data = editor.value()
            label = self.tr("Add part %1").replace("%1", data.name.get(self.context.content_language))
            try:
                execute(self.context, label, partial(create_part, conference_id=self.context.conference_id, data=data))
            except ServiceError as error:
                self._refused(editor, error)
                continue
            return

    def edit_current(self) -> None:
        part = self.current()
        if part is None or self.context.read_only:
            return
        editor = self.editor(part.data)
        while editor.exec() == QDialog.DialogCode.Accepted:
            if self._save(part, editor.value(), editor):
                return

    def _save(self, part: PartSetting, after: PartData, editor: PartEditor) -> bool:
        changes = {
            name: getattr(after, name)
            for name in ("name", "start_date", "end_date")
            if getattr(after, name) != getattr(part.data, name)
        }
        if not changes:
            return True
        label = self.tr("Edit part %1").replace("%1", after.name.get(self.context.content_language))
        action = partial(update_part, part_id=part.id, expected_version=part.version, **changes)
        try:
            execute(self.context, label, action)
            return True
        except SessionsOutsidePart as error:
            if error.shift_days is None:
                self._refused(editor, error)
                return False
            if not self.confirm_move(len(error.session_ids), error.shift_days):
                return False
            try:
                execute(self.context, label, partial(action, move_sessions=True))
            except ServiceError as again:
                self._refused(editor, again)
                return False
            self._say(
                self.tr("Sessions moved with the part: %n. Shift in days: %1.", "", len(error.session_ids)).replace(
                    "%1", f"{error.shift_days:+}"
                )
            )
            return True
        except ServiceError as error:
            self._refused(editor, error)
            return False

    def confirm_move(self, sessions: int, days: int) -> bool:
        text = self.tr(
            "Sessions outside the part's new dates: %n. Move them with the part, at the same local times? "
            "Shift in days: %1.",
            "",
            sessions,
        ).replace("%1", f"{days:+}")
        answer = QMessageBox.question(self, self.tr("Move sessions"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        part = self.current()
        if part is None or self.context.read_only:
            return
        name = part.data.name.get(self.context.content_language)
        text = self.tr(
            "Delete “%1” with its sessions and their lineups? Sessions in it: %n.", "", part.sessions
        ).replace("%1", name)
        if QMessageBox.question(self, self.tr("Delete part"), text) != QMessageBox.StandardButton.Yes:
            return
        execute(self.context, self.tr("Delete part %1").replace("%1", name), partial(delete_part, part_id=part.id))

    def _refused(self, editor: PartEditor, error: ServiceError) -> None:
        QMessageBox.warning(editor, self.tr("Part"), str(error))
