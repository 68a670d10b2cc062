"""Exports → Replies: read calendar replies from a folder of .eml files or an IMAP folder in
the background, then show one line per message with what it changed or why it changed nothing.

The IMAP password is typed here or taken from the keyring; it is never kept in the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from confdesk.mail import secrets
from confdesk.mail.imap import STARTTLS, TLS, ImapMailbox, ImapSettings, read_replies
from confdesk.mail.replies import Reason, ReplyReport, ReplyResult, Result, folder_messages, process_replies
from confdesk.mail.reply_message import Unreadable
from ui.context import AppContext
from ui.errors import describe
from ui.tasks import Task, run_task


class RepliesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.last_report: ReplyReport | None = None
        self.setWindowTitle(self.tr("Calendar Replies"))
        self.from_folder = QRadioButton(self.tr("From a &folder of .eml files"))
        self.from_imap = QRadioButton(self.tr("From an &IMAP mailbox"))
        self.from_folder.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_folder)
        group.addButton(self.from_imap)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.tls = QRadioButton(self.tr("Encrypted (IMAPS)"))
        self.starttls = QRadioButton(self.tr("STARTTLS"))
        self.plain = QRadioButton(self.tr("Not encrypted (this computer only)"))
        self.tls.setChecked(True)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mailbox = QLineEdit("INBOX")
        for field in (self.folder, self.host, self.user, self.password, self.mailbox):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.from_folder)
        folder_label = QLabel(self.tr("Fol&der:"))
        folder_label.setBuddy(self.folder)  # a row of two widgets has no buddy of its own
        form.addRow(folder_label, folder_row)
        form.addRow(self.from_imap)
        form.addRow(self.tr("IMAP &server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        security = QHBoxLayout()
        for choice in (self.tls, self.starttls, self.plain):
            security.addWidget(choice)
        form.addRow(self.tr("Encryption:"), security)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Mailbox folder:"), self.mailbox)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QListWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.read_button = buttons.addButton(self.tr("&Read Replies"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.read)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of replies"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _imap_settings(self) -> ImapSettings | None:
        security = TLS if self.tls.isChecked() else STARTTLS if self.starttls.isChecked() else "plain"
        settings = ImapSettings(self.host.text().strip(), self.port.value(), self.user.text().strip(),
                                self.mailbox.text().strip() or "INBOX", security)  # fmt: skip
        if not settings.host or not settings.user:
            self.status.setText(self.tr("Enter the IMAP server and the user."))
            return None
        if settings.sends_password_in_clear:
            self.status.setText(self.tr("Without encryption the password would cross the network in clear text."))
            return None
        return settings

    def read(self) -> None:
        store, conference_id, lang = self.context.store, self.context.conference_id, self.context.content_language
        if self.from_folder.isChecked():
            folder = self.folder.text().strip()
            if not folder:
                self.status.setText(self.tr("Choose the folder of replies."))
                return

            def work(progress, is_cancelled):
                return process_replies(
                    store, conference_id, folder_messages(Path(folder)), lang=lang, should_stop=is_cancelled
                )
        else:
            settings = self._imap_settings()
            if settings is None:
                return
            password = self.password.text() or secrets.stored_password(
                settings.user, settings.host, service=secrets.IMAP_SERVICE
            )
            if password is None:
                self.status.setText(self.tr("Enter the password: none is stored in the keyring."))
                return

            def work(progress, is_cancelled):
                with ImapMailbox(settings, password) as mailbox:
                    return read_replies(store, conference_id, mailbox, lang=lang, should_stop=is_cancelled)

        self.read_button.setEnabled(False)
        self.task = run_task(self, self.tr("Reading calendar replies"), work, self._done, on_error=self._failed)
        self.task.finished.connect(lambda: self.read_button.setEnabled(True))

    def _done(self, report: ReplyReport) -> None:
        self.last_report = report
        self.report.clear()
        for result in report.results:
            self.report.addItem(self.line(result))
        changed = report.count(Result.CONFIRMED) + report.count(Result.DECLINED) + report.count(Result.TENTATIVE)
        self.status.setText(
            self.tr("%n messages read.", "", len(report.results)) + " " + self.tr("%n answers applied.", "", changed)
        )
        if report.changes:
            self.context.notify(report.changes)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def line(self, result: ReplyResult) -> str:
        who = f"{result.person}, {result.session}: " if result.person else ""
        said = {
            Result.CONFIRMED: self.tr("confirmed by calendar reply"),
            Result.DECLINED: self.tr("declined by calendar reply"),
            Result.TENTATIVE: self.tr("tentative, noted in the history"),
            Result.UNCHANGED: self.tr("already so, nothing changed"),
            Result.ALREADY: self.tr("processed before, nothing changed"),
        }.get(result.result)
        if said is None:
            said = self.tr("nothing changed: %1").replace("%1", self.reason(result.reason))
        return f"{result.source}: {who}{said}"

    def reason(self, code: str) -> str:
        reasons: dict[str, str] = {
            Reason.NOT_EML: self.tr("not an e-mail (.eml) file"),
            Reason.UNREADABLE_FILE: self.tr("the message could not be read"),
            Reason.MALFORMED: self.tr("the message is malformed"),
            Reason.WRONG_ORGANIZER: self.tr("its organiser is not the conference's contact address"),
            Reason.UNKNOWN_UID: self.tr("it answers an event ConfDesk did not hand over"),
            Reason.OTHER_ADDRESS: self.tr("it comes from another address than the invited one"),
            Reason.UNSUPPORTED_ANSWER: self.tr("its answer is not accepted, declined or tentative"),
            Reason.OLDER_SEQUENCE: self.tr("it answers an older version of the invitation"),
            Reason.CANCELLED: self.tr("the invitation it answers was cancelled"),
            Reason.OUTDATED: self.tr("a later reply was already applied"),
            Reason.NOT_IN_LINEUP: self.tr("the person is no longer in the lineup"),
            Reason.NOT_ALLOWED: self.tr("the workflow does not allow this change"),
            Unreadable.NOT_MAIL: self.tr("not an e-mail message"),
            Unreadable.NO_CALENDAR: self.tr("not a calendar reply"),
            Unreadable.NOT_REPLY: self.tr("not a calendar reply"),
        }
        return reasons.get(code, self.tr("its calendar cannot be read"))
