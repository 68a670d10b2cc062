"""File → Restore a Backup…: the backups of the open file with their times; one is restored.

The dialog only chooses. :meth:`ui.main_window.MainWindow.restore_from` does the restoring: it
backs the current state up, restores, reopens the file and so clears the undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.store.backups import Backup, list_backups


class BackupsDialog(QDialog):
    """Lists the backups of ``path``, newest first; Restore emits :attr:`restore_requested`."""

    #: The backup file chosen (a :class:`~pathlib.Path`).
    restore_requested = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.path = path
        self.setWindowTitle(self.tr("Restore a Backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.backups = list_backups(path)
        intro = QLabel(
            self.tr(
                "ConfDesk backs “%1” up each time it opens it. Restoring a backup replaces what the "
                "file holds now; its current state is backed up first, so it stays in this list."
            ).replace("%1", path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for backup in self.backups:
            taken = QDateTime.fromMSecsSinceEpoch(int(backup.taken_at.timestamp() * 1000)).toLocalTime()
            item = QTreeWidgetItem(
                [locale.toString(taken, "yyyy-MM-dd HH:mm:ss"), locale.formattedDataSize(backup.size)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        layout.addWidget(self.list)
        self.empty_label = QLabel(self.tr("There are no backups of this file yet."), self)
        self.empty_label.setVisible(not self.backups)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.list.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current is not None)
        )
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._restore())
        layout.addWidget(buttons)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
        return next((backup for backup in self.backups if backup.path == chosen), None)

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        self.accept()
        self.restore_requested.emit(backup.path)
