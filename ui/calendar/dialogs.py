"""Calendar export and invitation sending, with a preview of one person's invitation e-mail.

Both dialogs do their work off the GUI thread through :func:`ui.tasks.run_task`; the core
(:mod:`confdesk.exports.calendar_files`, :mod:`confdesk.mail.outbox`) does all the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from enum import IntEnum
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_files import WrittenCalendars, write_calendars
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import Notice, notices
from confdesk.mail import secrets
from confdesk.mail.bodies import notice_body, notice_subject, plain_text
from confdesk.mail.compose import AddressError, compose_notice
from confdesk.mail.outbox import OUTBOX, BatchResult, LogEntry, outbox, send_invites, send_log
from confdesk.mail.smtp import SmtpSettings, SmtpTransport
from ui.context import AppContext
from ui.errors import describe
from ui.exports.folders import folder_for, ready, remember
from ui.i18n import direction
from ui.tasks import Task, run_task
from ui.widgets.rows_model import RowsModel


class _LanguageBox(QComboBox):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in (("ar", "العربية"), ("en", "English"), ("fr", "Français")):
            self.addItem(name, code)
        self.setCurrentIndex(max(self.findData(current), 0))

    def code(self) -> str:
        return str(self.currentData())


class _AlarmChoice(QWidget):
    """A reminder before each session: a check box and the minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Remind before each session"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 1440)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setEnabled(False)
        self.enabled.toggled.connect(self.minutes.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.minutes)
        layout.addStretch()

    def value(self) -> int | None:
        return self.minutes.value() if self.enabled.isChecked() else None


class CalendarExportDialog(QDialog):
    """Write the public calendars and every person's invite (.ics) into a folder."""

    # The line saying what was written. It shadows QDialog.result() (the accept/reject code),
    # which nothing reads on this dialog; the tests read ``dialog.result``.
    result: QLabel  # type: ignore[assignment]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.written: WrittenCalendars | None = None
        self.setWindowTitle(self.tr("Export Calendars"))
        self.folder = QLineEdit(str(folder_for("calendars")))
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.language = _LanguageBox(context.content_language)
        self.alarm = _AlarmChoice()
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.tr("&Language of the public calendars:"), self.language)
        form.addRow(self.tr("Reminder:"), self.alarm)
        note = QLabel(self.tr("Personal invites are written in each person's preferred language."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = Path(self.folder.text().strip() or folder_for("calendars"))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder"), str(ready(start)))
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.result.setText(self.tr("Choose a folder first."))
            return
        store, conference_id = self.context.store, self.context.conference_id
        lang, alarm = self.language.code(), self.alarm.value()

        def work(progress, is_cancelled):
            return write_calendars(
                store,
                conference_id,
                Path(folder),
                lang=lang,
                alarm=alarm,
                progress=lambda done, total: progress(done, total),
            )

        self.export_button.setEnabled(False)
        self.task = run_task(self, self.tr("Exporting calendars"), work, self._done, on_error=self._failed)

    def _done(self, written: WrittenCalendars) -> None:
        self.written = written
        remember("calendars", self.folder.text().strip())
        self.export_button.setEnabled(True)
        self.result.setText(
            self.tr("%n public calendars written.", "", len(written.public))
            + " "
            + self.tr("%n personal invites written.", "", len(written.invites))
        )

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(describe(error))


class InvitePreview(QWidget):
    """One person's next invitation e-mail (each session travels in a message of its own) as they
    will read it if it is sent now: who it is from and to, its subject, and its text with the
    session's times in their language and time zone."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.from_name, self.from_address = QLabel(), QLabel()
        self.to_name, self.to_address = QLabel(), QLabel()
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600;")
        for label in (self.from_name, self.from_address, self.to_name, self.to_address, self.subject):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.from_address, self.to_address):
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads left to right
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Text of the e-mail"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person)
        row.addWidget(person_label)
        row.addWidget(self.person, 1)
        layout.addLayout(row)
        headers = QFormLayout()
        headers.addRow(self.tr("From:"), _side_by_side(self.from_name, self.from_address))
        headers.addRow(self.tr("To:"), _side_by_side(self.to_name, self.to_address))
        headers.addRow(self.tr("Subject:"), self.subject)
        layout.addLayout(headers)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        self.reload()
        self.person.currentIndexChanged.connect(self.show_person)

    def reload(self) -> None:
        """Read the conference again (after a send, what people last received changed)."""
        with self.context.store.reader() as db:
            source = load_source(db, self.context.conference_id)
        self._source = source
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for person_id, person in source.people.items():
            if source.roles.get(person_id) or source.delivered.get(person_id):
                self.person.addItem(person.name, person_id)
        if chosen is not None:
            self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)
        self.show_person()

    def select_person(self, person_id: int) -> None:
        self.person.setCurrentIndex(self.person.findData(person_id))

    def show_person(self) -> None:
        for label in (
            self.from_name,
            self.from_address,
            self.to_name,
            self.to_address,
            self.subject,
            self.note,
        ):
            label.clear()
        self.body.clear()
        person_id = self.person.currentData()
        if person_id is None:
            return
        invite = plan_invite(self._source, int(person_id))
        # The first message the person would be handed next, else the first they have had.
        notice = next(iter(notices(invite) or notices(invite, everyone=True)), None)
        if notice is None:
            self.note.setText(self.tr("Nothing to send: this person has no session to be invited to."))
            return
        message = self._message(notice)
        if message is None:
            self.from_name.setText(invite.source.conference.title(invite.lang))
            self.to_name.setText(invite.person.display_name(invite.lang))
            self.subject.setText(notice_subject(notice))
            self.body.setPlainText(plain_text(notice_body(notice)))
        else:
            headers = dict(message.raw_items())
            for name, label, address in (
                ("From", self.from_name, self.from_address),
                ("To", self.to_name, self.to_address),
            ):
                shown_name, shown_address = _mailbox(_decoded(headers.get(name, "")))
                label.setText(shown_name)
                address.setText(f"<{shown_address}>" if shown_address else "")
            self.subject.setText(_decoded(headers.get("Subject", "")))
            body = message.get_body(preferencelist=("plain",))
            self.body.setPlainText(cast(EmailMessage, body).get_content() if body is not None else "")
        # The e-mail reads in the person's language, whatever the interface's.
        lang_direction = direction(invite.lang)
        self.body.setLayoutDirection(lang_direction)
        self.subject.setLayoutDirection(lang_direction)
        option = self.body.document().defaultTextOption()
        option.setTextDirection(lang_direction)
        right = lang_direction == Qt.LayoutDirection.RightToLeft
        option.setAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        self.body.document().setDefaultTextOption(option)

    def _message(self, notice: Notice) -> EmailMessage | None:
        """The message exactly as it would be sent, or None (with the reason shown) when it
        cannot be sent."""
        if not notice.invite.person.email:
            self.note.setText(self.tr("This person has no e-mail address: the invitation cannot be sent."))
            return None
        try:
            return compose_notice(notice, sent_at=datetime.now(UTC))
        except AddressError as error:
            self.note.setText(describe(error))
            return None


def _side_by_side(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def _decoded(value: str) -> str:
    """A header as a mail program shows it: RFC 2047 words decoded and joined, lines unfolded.
    (The email package's address parser puts a space between adjacent encoded words, which
    RFC 2047 section 6.2 says to drop; ``decode_header`` drops it.)"""
    return " ".join(str(make_header(decode_header(value))).split())


def _mailbox(text: str) -> tuple[str, str]:
    """(display name, address) of a decoded ``Name <address>``."""
    name, bracket, address = text.rpartition("<")
    if not bracket:
        return "", text.strip()
    return name.strip().strip('"'), address.rstrip(">").strip()


@dataclass(frozen=True)
class _LogRow:
    id: int
    entry: LogEntry


class LogColumn(IntEnum):
    SENT_AT = 0
    PERSON = 1
    EMAIL = 2
    KIND = 3
    CHANNEL = 4
    MESSAGE_ID = 5


class SendLogModel(RowsModel[_LogRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(LogColumn, parent)

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.set_rows(_LogRow(n, entry) for n, entry in enumerate(entries))

    def header(self, column: IntEnum) -> str:
        return {
            LogColumn.SENT_AT: self.tr("Sent"),
            LogColumn.PERSON: self.tr("Person"),
            LogColumn.EMAIL: self.tr("E-mail"),
            LogColumn.KIND: self.tr("Kind"),
            LogColumn.CHANNEL: self.tr("Channel"),
            LogColumn.MESSAGE_ID: self.tr("Message-ID"),
        }[LogColumn(column)]

    def kind_name(self, kind: str) -> str:
        return {
            "invite": self.tr("Invitation"),
            "update": self.tr("Update"),
            "cancel": self.tr("Cancellation"),
            "summary": self.tr("Summary"),
        }.get(kind, kind)

    def cell(self, row: _LogRow, column: IntEnum, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = row.entry
        if column == LogColumn.SENT_AT:
            return entry.sent_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == LogColumn.PERSON:
            return entry.name
        if column == LogColumn.EMAIL:
            return entry.email
        if column == LogColumn.KIND:
            return self.kind_name(entry.kind)
        if column == LogColumn.CHANNEL:
            return self.tr("Outbox file") if entry.channel == OUTBOX else self.tr("Mail server")
        return entry.message_id

    def direction(self, row: _LogRow, column: IntEnum) -> Qt.LayoutDirection:
        if column in (LogColumn.EMAIL, LogColumn.MESSAGE_ID, LogColumn.SENT_AT):
            return Qt.LayoutDirection.LeftToRight
        return Qt.LayoutDirection.LayoutDirectionAuto

    def sort_key(self, row: _LogRow, column: IntEnum) -> Any:
        if column == LogColumn.SENT_AT:
            return row.entry.sent_at
        return super().sort_key(row, column)


class SendInvitesDialog(QDialog):
    """Send the invitations that changed since each person's last message, over SMTP."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.last_result: BatchResult | None = None
        self.setWindowTitle(self.tr("Send Invitations"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.starttls = QCheckBox(self.tr("Encrypt with STARTTLS"))
        self.starttls.setChecked(True)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        for field in (self.host, self.user, self.password):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user.editingFinished.connect(self._update_password_hint)
        self.host.editingFinished.connect(self._update_password_hint)
        self.alarm = _AlarmChoice()
        self.pending = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("SMTP &server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow("", self.starttls)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Reminder:"), self.alarm)
        server = QWidget()
        server_layout = QVBoxLayout(server)
        server_layout.addLayout(form)
        server_layout.addWidget(self.pending)
        server_layout.addWidget(self.status)
        server_layout.addStretch()

        self.log_model = SendLogModel(self)
        self.log = QTableView()
        self.log.setModel(self.log_model)
        self.log.setSortingEnabled(True)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.preview = InvitePreview(context)

        self.tabs = QTabWidget()
        self.tabs.addTab(server, self.tr("Server"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.log, self.tr("Send Log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.refresh()
        self._update_password_hint()

    def refresh(self) -> None:
        box = outbox(self.context.store, self.context.conference_id)
        self.pending.setText(self.tr("%n people have a new or changed invitation.", "", len(box.invites)))
        self.log_model.set_entries(send_log(self.context.store, self.context.conference_id))

    def _update_password_hint(self) -> None:
        problem = secrets.keyring_problem()
        if problem:
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr("No system keyring is available: type the password; it is not stored."))
            return
        self.remember.setEnabled(True)
        user, host = self.user.text().strip(), self.host.text().strip()
        stored = bool(user and host and secrets.stored_password(user, host) is not None)
        self.password.setPlaceholderText(self.tr("from the keyring") if stored else "")
        self.keyring_note.setText(self.tr("The password is kept only in the system keyring, never in a file."))

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            self.host.text().strip(), self.port.value(), self.starttls.isChecked(), self.user.text().strip()
        )

    def _password(self, settings: SmtpSettings) -> str | None:
        if not settings.user:
            return None
        typed = self.password.text()
        if typed:
            if self.remember.isChecked():
                failure = secrets.store_password(settings.user, settings.host, typed)
                if failure:
                    self.status.setText(self.tr("The password could not be saved in the keyring."))
            return typed
        return secrets.stored_password(settings.user, settings.host)

    def send(self) -> None:
        settings = self.settings()
        if not settings.host:
            self.status.setText(self.tr("Enter the SMTP server."))
            return
        if settings.sends_password_in_clear:
            self.status.setText(
                self.tr(
                    "Without encryption the password would cross the network in clear text: tick “Encrypt with STARTTLS” to log in."
                )
            )
            return
        password = self._password(settings)
        if settings.user and password is None:
            self.status.setText(self.tr("Enter the password: none is stored in the keyring."))
            return
        store, conference_id, alarm = self.context.store, self.context.conference_id, self.alarm.value()
        sending = self.tr("Sending to %1")

        def work(progress, is_cancelled):
            box = outbox(store, conference_id, alarm=alarm)
            with SmtpTransport(settings, password) as transport:
                return send_invites(
                    store, box, transport, should_stop=is_cancelled,
                    progress=lambda done, total, name: progress(done, total, sending.replace("%1", name)),
                )  # fmt: skip

        self.send_button.setEnabled(False)
        self.task = run_task(self, self.tr("Sending invitations"), work, self._done, on_error=self._failed)
        self.task.finished.connect(self._finished)

    def _done(self, result: BatchResult) -> None:
        self.last_result = result
        text = self.tr("%n messages sent.", "", len(result.sent))
        if result.refused:
            text += " " + self.tr("%n addresses were refused.", "", len(result.refused))
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def _finished(self) -> None:
        self.send_button.setEnabled(True)
        self.refresh()
        self.preview.reload()
