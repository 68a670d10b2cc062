"""File → New from an Earlier Conference…: next year's conference from this year's file, moved to
a new first day (as ``confdesk new --from``). The new file is written whole or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConfDeskError
from confdesk.interchange.successor import Successor, start_from

SUFFIX = ".confdesk"


class SuccessorDialog(QDialog):
    """Asks for the earlier file, the new first day, whether to copy the people, and where the
    new file goes. ``made`` and ``target`` are set once the new file is written."""

    def __init__(self, source: str = "", folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from an Earlier Conference"))
        self.made: Successor | None = None
        self.target = ""
        self._folder = folder
        self.source = QLineEdit(source, self)
        self.source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.source.setMinimumWidth(self.source.fontMetrics().averageCharWidth() * 50)
        browse_source = QPushButton(self.tr("&Browse…"), self)
        browse_source.clicked.connect(self._pick_source)
        self.target_edit = QLineEdit(self)
        self.target_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse_target = QPushButton(self.tr("B&rowse…"), self)
        browse_target.clicked.connect(self._pick_target)
        self.start = QDateEdit(self)
        self.start.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.start.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.with_people = QCheckBox(self.tr("Copy the &people too (without their registrations)"), self)
        explanation = QLabel(
            self.tr(
                "Copies the settings, document notes, parts, sessions and deadlines, each session at the same "
                "local time. Lineups, registrations, cancelled sessions, meeting ids and passcodes stay behind."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(browse_source)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(browse_target)
        form = QFormLayout()
        form.addRow(self.tr("&Earlier conference"), source_row)
        form.addRow(self.tr("New &first day"), self.start)
        form.addRow("", self.with_people)
        form.addRow(self.tr("New &file"), target_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _pick_source(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Earlier conference"),
            self.source.text() or self._folder,
            self.tr("ConfDesk files (*.confdesk)"),
        )
        if name:
            self.source.setText(name)

    def _pick_target(self) -> None:
        suggested = self.target_edit.text() or str(
            Path(self._folder or ".") / f"conference-{self.start.date().year()}{SUFFIX}"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New file"), suggested, self.tr("ConfDesk files (*.confdesk)")
        )
        if name:
            self.target_edit.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def first_day(self) -> date:
        value = self.start.date()
        return date(value.year(), value.month(), value.day())

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.message.setText(text)
        self.message.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        source, target = self.source.text().strip(), self.target_edit.text().strip()
        if not source:
            return self._refuse(self.tr("Choose the earlier conference's file."), self.source)
        if not target:
            return self._refuse(self.tr("Choose where the new file goes."), self.target_edit)
        if Path(target).resolve() == Path(source).resolve():
            return self._refuse(self.tr("The new file must not be the earlier one."), self.target_edit)
        if Path(target).exists():
            return self._refuse(
                self.tr("%1 already exists; choose a new file.").replace("%1", target), self.target_edit
            )
        try:
            self.made = start_from(source, target, self.first_day(), with_people=self.with_people.isChecked())
        except ConfDeskError as error:
            return self._refuse(str(error), self.source)
        except OSError as error:  # the folder cannot take the new file
            return self._refuse(f"{target}: {error.strerror or error}", self.target_edit)
        self.target = target
        return super().accept()
