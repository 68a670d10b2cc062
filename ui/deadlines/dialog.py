"""Create or edit a deadline: kind, title in three languages, due date and time in the
conference's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import DeadlineKind
from confdesk.services import DeadlineData, ServiceError
from ui.i18n import pin_clock
from ui.widgets.local_text import LocalTextEdit
from ui.widgets.vocabulary import Vocabulary


class DeadlineDialog(QDialog):
    def __init__(
        self,
        save: Callable[[DeadlineData], None],
        zone: ZoneInfo,
        deadline: DeadlineData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.zone = zone
        self.words = Vocabulary(self)
        self.setWindowTitle(self.tr("New deadline") if deadline is None else self.tr("Edit deadline"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in DeadlineKind:
            self.kind.addItem(self.words.deadline_kind(kind), kind.value)
        self.title = LocalTextEdit(self.tr("Title"), self)
        self.due = QDateTimeEdit(self)
        self.due.setAccessibleName(self.tr("Due"))
        self.due.setCalendarPopup(True)
        self.due.setTimeZone(QTimeZone(zone.key.encode()))
        pin_clock(self.due, "yyyy-MM-dd HH:mm")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Due (%1)").replace("%1", zone.key), self.due)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if deadline is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(deadline.kind), 0))
            self.title.set_value(deadline.title)
            self.set_due(deadline.due_at)
        else:
            self.set_due(datetime.now(zone).replace(hour=23, minute=59, second=0, microsecond=0))
        self.resize(640, self.sizeHint().height())

    def set_due(self, when: datetime) -> None:
        local = when.astimezone(self.zone)
        self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone(self.zone.key.encode())))

    def due_at(self) -> datetime:
        return datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), self.zone)

    def deadline_data(self) -> DeadlineData:
        return DeadlineData(self.kind.currentData(), self.title.value(), self.due_at())

    def accept(self) -> None:
        try:
            self._save(self.deadline_data())
        except ServiceError as error:
            self.error.setText(self.words.error(error))
            self.error.show()
            field = self.field_widget(getattr(error, "path", "") or error.field or "")
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def field_widget(self, path: str) -> QWidget | None:
        """The widget of the field an error names (``title.ar`` is the Arabic title)."""
        name, _, lang = path.partition(".")
        if name == "title":
            return self.title.edits[lang if lang in self.title.edits else "en"]
        return {"kind": self.kind, "due_at": self.due}.get(name)
