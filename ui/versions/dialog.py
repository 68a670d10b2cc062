"""Exports → Published Versions…: the versions of the public programme published so far, what
changed since the one chosen (in the content language), and publishing the programme as it
stands as the next version with a comment (one undoable command)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConfDeskError
from confdesk.interchange.version_changes import changes
from confdesk.interchange.versions import DRAFT, list_versions, publish_version, snapshot_of
from ui.commands import execute
from ui.context import AppContext
from ui.errors import describe


class VersionsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Published Versions"))
        self.resize(820, 560)
        self.versions = QListWidget(self)
        self.versions.setObjectName("versions")
        self.versions.setAccessibleName(self.tr("Published versions"))
        self.changes_label = QLabel(self)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setWordWrap(True)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("e.g. Roundtable 2 moved to the afternoon"))
        self.publish_button = QPushButton(self.tr("&Publish Version"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.versions.currentRowChanged.connect(lambda _row: self._show_changes())
        self.publish_button.clicked.connect(self.publish)
        self.comment.returnPressed.connect(self.publish)

        lists = QHBoxLayout()
        left = QVBoxLayout()
        versions_label = QLabel(self.tr("&Versions"), self)
        versions_label.setBuddy(self.versions)
        left.addWidget(versions_label)
        left.addWidget(self.versions, 1)
        right = QVBoxLayout()
        right.addWidget(self.changes_label)
        right.addWidget(self.changes, 1)
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        form = QFormLayout()
        form.addRow(self.tr("&Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, choose: int | None = None) -> None:
        """List the versions, newest first, and choose ``choose`` (else the newest)."""
        with self.context.store.reader() as db:
            published = list_versions(db, self.context.conference_id)
        self.versions.blockSignals(True)
        self.versions.clear()
        for info in reversed(published):
            stamp = info.published_at.astimezone(self.context.conference_zone).strftime("%Y-%m-%d %H:%M")
            text = self.tr("Version %1 · %2 · %3").replace("%1", str(info.number)).replace("%2", stamp)
            item = QListWidgetItem(text.replace("%3", info.comment or self.tr("no comment")), self.versions)
            item.setData(Qt.ItemDataRole.UserRole, info.number)
        self.versions.blockSignals(False)
        numbers = [info.number for info in reversed(published)]
        self.versions.setCurrentRow(numbers.index(choose) if choose in numbers else 0 if numbers else -1)
        self._show_changes()

    def chosen(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_changes(self) -> None:
        """What publishing now would change against the chosen version."""
        self.changes.clear()
        number = self.chosen()
        if number is None:
            self.changes_label.setText(self.tr("Nothing published yet: the programme as it stands is the draft."))
            return
        self.changes_label.setText(
            self.tr("Changes from version %1 to the programme as it stands").replace("%1", str(number))
        )
        lang, zone = self.context.content_language, self.context.conference_zone.key
        with self.context.store.reader() as db:
            found = changes(
                snapshot_of(db, self.context.conference_id, number), snapshot_of(db, self.context.conference_id, DRAFT)
            )
        for change in found:
            QListWidgetItem(change.describe(lang, zone), self.changes)
        if not found:
            item = QListWidgetItem(self.tr("No changes since this version."), self.changes)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def publish(self) -> None:
        """Publish the programme as it stands as the next version (undoable)."""
        comment = self.comment.text().strip()
        action = partial(publish_version, conference_id=self.context.conference_id, comment=comment)
        try:
            number = execute(self.context, self.tr("Publish version"), action).value
        except ConfDeskError as error:
            self.message.setText(describe(error))
            return
        self.comment.clear()
        self.message.setText(
            self.tr("Version %1 published. The next invitations carry exactly its changes.").replace("%1", str(number))
        )
        self.reload(choose=number)
