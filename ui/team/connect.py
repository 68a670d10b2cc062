"""File → Connect to a Team Database…: the server, the database, who you are, how safely.

The password goes to the operating system's keyring (service ``ConfDesk database``, under the
address without it), never to the settings, the recent list, logs or messages; without a
keyring it is used for this connection only.
"""

from __future__ import annotations

import contextlib
from typing import cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from confdesk.credentials import TLS_MODES, TeamDatabase, keep_password
from ui.context import AUTHOR_SETTING
from ui.widgets.forms import name_fields_after_labels


class ConnectDialog(QDialog):
    """Asks for the server and the user; :meth:`location` is what to open."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to a Team Database"))
        self.host = QLineEdit(str(settings.value("team/host", "", type=str)), self)
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(cast(int, settings.value("team/port", 5432, type=int)))
        self.database = QLineEdit(str(settings.value("team/database", "", type=str)), self)
        self.user = QLineEdit(str(settings.value("team/user", "", type=str)), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.tls = QComboBox(self)
        for mode in TLS_MODES:
            self.tls.addItem(mode, mode)
        self.tls.setCurrentIndex(max(self.tls.findData(settings.value("team/tls", "verify-full", type=str)), 0))
        self.author = QLineEdit(str(settings.value(AUTHOR_SETTING, "", type=str)), self)
        self.author.setPlaceholderText(self.tr("as colleagues see it in the history"))
        for edit in (self.host, self.database, self.user, self.password):
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 36)
        # Addresses, names of databases and accounts are Latin script: left to right in Arabic too.
        for widget in (self.host, self.port, self.database, self.user, self.password, self.tls):
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Encryption (TLS)"), self.tls)
        form.addRow(self.tr("&Your name"), self.author)
        name_fields_after_labels(
            form, (self.host, self.port, self.database, self.user, self.password, self.tls, self.author)
        )
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._location = ""

    def team_database(self) -> TeamDatabase:
        return TeamDatabase(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            str(self.tls.currentData()),
        )

    def accept(self) -> None:
        chosen = self.team_database()
        if not chosen.database:
            self.error.setText(self.tr("Name the database to connect to."))
            self.error.show()
            self.database.setFocus()
            return
        location = chosen.location()
        password = self.password.text()
        if password and not keep_password(location, password):
            location = chosen.location(password)  # no keyring: for this connection only
        self._location = location
        for key, value in (
            ("team/host", chosen.host),
            ("team/port", chosen.port),
            ("team/database", chosen.database),
            ("team/user", chosen.user),
            ("team/tls", chosen.tls),
        ):
            self.settings.setValue(key, value)
        with contextlib.suppress(Exception):
            self.settings.setValue(AUTHOR_SETTING, self.author.text().strip())
        super().accept()

    def location(self) -> str:
        """What to open: ``postgresql://user@host:port/database?sslmode=…`` (a password in it
        only when no keyring could keep it)."""
        return self._location
