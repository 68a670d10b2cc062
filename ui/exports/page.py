"""The Exports page: one card per way of getting data out (or in), each opening its dialog.

The dialogs live in other packages and are imported only when clicked; a card whose package is
not installed is not shown at all, so the page never offers what cannot run.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.app import icon
from ui.context import AppContext


@dataclass(frozen=True)
class Export:
    module: str
    dialog: str
    icon: str
    shortcut: str

    def available(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False

    def title(self) -> str:
        return _TITLES[self.dialog]()

    def description(self) -> str:
        return _DESCRIPTIONS[self.dialog]()


EXPORTS = (
    Export("ui.calendar.dialogs", "CalendarExportDialog", "calendar-export", "Ctrl+Alt+C"),
    Export("ui.calendar.dialogs", "SendInvitesDialog", "mail", "Ctrl+Alt+I"),
    Export("ui.documents.dialog", "DocumentExportDialog", "document", "Ctrl+Alt+P"),
    Export("ui.replies.dialog", "RepliesDialog", "mail", "Ctrl+Alt+R"),
    Export("ui.versions.dialog", "VersionsDialog", "document", "Ctrl+Alt+V"),
    Export("ui.interchange.export_dialog", "DataExportDialog", "data-export", "Ctrl+Alt+D"),
    Export("ui.interchange.import_dialog", "ImportDialog", "import", "Ctrl+I"),
)

_TITLES = {
    "CalendarExportDialog": lambda: QCoreApplication.translate("ExportsPage", "&Calendars…"),
    "SendInvitesDialog": lambda: QCoreApplication.translate("ExportsPage", "Send &Invitations…"),
    "RepliesDialog": lambda: QCoreApplication.translate("ExportsPage", "&Replies…"),
    "VersionsDialog": lambda: QCoreApplication.translate("ExportsPage", "Published &Versions…"),
    "DocumentExportDialog": lambda: QCoreApplication.translate("ExportsPage", "&Programme and Documents…"),
    "DataExportDialog": lambda: QCoreApplication.translate("ExportsPage", "Schedule and &Data…"),
    "ImportDialog": lambda: QCoreApplication.translate("ExportsPage", "I&mport…"),
}
_DESCRIPTIONS = {
    "CalendarExportDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Calendar files (.ics) for the whole conference, a part or a day, in each language."
    ),
    "SendInvitesDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Personal calendar invitations with each person's sessions, role and join link."
    ),
    "RepliesDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Calendar replies from a folder or a mailbox: accepted, declined, tentative into the lineup."
    ),
    "VersionsDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Numbered versions of the public programme, and what changed since each."
    ),
    "DocumentExportDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "The programme, printed agenda, logistics note and letters to speakers as PDF."
    ),
    "DataExportDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Schedule data for conference apps, and lists as CSV or Excel workbooks."
    ),
    "ImportDialog": lambda: QCoreApplication.translate(
        "ExportsPage", "Registrations and people from a registration export or a spreadsheet."
    ),
}


def open_dialog(export: Export, context: AppContext, parent: QWidget) -> QDialog:
    module = importlib.import_module(export.module)
    dialog: QDialog = getattr(module, export.dialog)(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ExportsPage(QWidget):
    """Cards for the available exports; ``actions`` are the same choices for the menu."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Exports"))
        self.exports = [export for export in EXPORTS if export.available()]
        self.actions_for_menu: list[QAction] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Exports"), body)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(self.tr("Everything is produced from the same data in Arabic, English and French."), body)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, export in enumerate(self.exports):
            action = QAction(icon(export.icon), export.title(), self)
            action.setShortcut(QKeySequence(export.shortcut))
            action.triggered.connect(lambda _checked=False, export=export: self.open(export))
            self.actions_for_menu.append(action)
            grid.addWidget(self._card(export, action, body), index // 2, index % 2)
        layout.addLayout(grid)
        if not self.exports:
            layout.addWidget(QLabel(self.tr("No export is available in this installation."), body))
        layout.addStretch(1)
        self.dialog: QDialog | None = None

    def _card(self, export: Export, action: QAction, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("export_card")
        card.setStyleSheet(
            "#export_card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }"
        )
        row = QHBoxLayout(card)
        row.setContentsMargins(14, 12, 14, 12)
        picture = QLabel(card)
        picture.setPixmap(icon(export.icon).pixmap(QSize(36, 36)))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(picture)
        text = QVBoxLayout()
        title = QLabel(f"<b>{export.title().replace('&', '').rstrip('…')}</b>", card)
        description = QLabel(export.description(), card)
        description.setWordWrap(True)
        button = QPushButton(export.title(), card)
        button.setAccessibleName(export.title().replace("&", ""))
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        text.addWidget(title)
        text.addWidget(description, 1)
        text.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        row.addLayout(text, 1)
        return card

    def open(self, export: Export) -> None:
        self.dialog = open_dialog(export, self.context, self.window())
