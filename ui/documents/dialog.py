"""Export a printed document: choose it, see it inside the dialog (QtPdf), then save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.exports.documents import EACH_PERSON, DocumentOptions, build_document, load
from confdesk.files import write_atomic
from confdesk.world import is_timezone
from ui.context import AppContext
from ui.documents.notes import NotesEditor
from ui.errors import describe
from ui.exports.folders import folder_for, ready, remember
from ui.tasks import Task, run_task


class DocumentExportDialog(QDialog):
    """Pick a document and its options, preview the PDF, save it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pdf: bytes | None = None
        self.task: Task | None = None
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Export a document"))
        self.resize(980, 760)

        self.document = QComboBox()
        for kind, label in (
            ("programme", self.tr("Programme")),
            ("agenda", self.tr("Agenda at a glance")),
            ("logistics", self.tr("Logistics note")),
            ("letters", self.tr("Letters to speakers")),
            ("participants", self.tr("List of participants")),
        ):
            self.document.addItem(label, kind)
        self.language = QComboBox()
        for code, label in (("en", self.tr("English")), ("fr", self.tr("French")), ("ar", self.tr("Arabic"))):
            self.language.addItem(label, code)
        index = self.language.findData(context.content_language)
        self.language.setCurrentIndex(max(index, 0))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.digits = QComboBox()
        self.digits.addItem(self.tr("As the conference's house style"), "")
        self.digits.addItem(self.tr("Western digits (0-9)"), "latn")
        self.digits.addItem(self.tr("Arabic-Indic digits (٠-٩)"), "arab")
        self.zones = QLineEdit()
        self.zones.setPlaceholderText(self.tr("e.g. Africa/Casablanca, Europe/Paris"))
        self.zones.setToolTip(self.tr("Extra time columns in the programme, as IANA zone names"))

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("D&igits:"), self.digits)
        form.addRow(self.tr("Extra time &zones:"), self.zones)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setEnabled(False)
        self.notes_button = QPushButton(self.tr("Edit logistics &texts…"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        self.status = QLabel()
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self._ask_and_save)
        self.notes_button.clicked.connect(self._edit_notes)
        close_button.clicked.connect(self.reject)
        self.document.currentIndexChanged.connect(self._offer_each_person)
        self._offer_each_person()
        for combo in (self.document, self.language, self.paper, self.digits):
            combo.currentIndexChanged.connect(self._options_changed)
        self.zones.textChanged.connect(self._options_changed)

    def _offer_each_person(self) -> None:
        """Letters can each be in their person's language (chosen first for them); the other
        documents are in one language."""
        each = self.language.findData(EACH_PERSON)
        if self.document.currentData() == "letters":
            if each < 0:
                self.language.insertItem(0, self.tr("Each person's language"), EACH_PERSON)
                self.language.setCurrentIndex(0)
        elif each >= 0:
            chosen = self.language.currentIndex() == each
            self.language.removeItem(each)
            if chosen:
                self.language.setCurrentIndex(max(self.language.findData(self.context.content_language), 0))

    def options(self) -> DocumentOptions:
        zones = tuple(zone.strip() for zone in self.zones.text().split(",") if zone.strip())
        return DocumentOptions(
            lang=self.language.currentData(),
            paper=self.paper.currentData(),
            digits=self.digits.currentData(),
            zones=zones,
        )

    def _options_changed(self) -> None:
        self.save_button.setEnabled(False)
        self.pdf = None

    def preview(self) -> None:
        """Build the chosen document in a worker thread and show it when it is ready."""
        options = self.options()
        unknown = [zone for zone in options.zones if not is_timezone(zone)]
        if unknown:
            self.status.setText(
                self.tr("%1 is not a time zone name such as Africa/Casablanca.").replace("%1", unknown[0])
            )
            return
        kind = self.document.currentData()
        store, conference_id = self.context.store, self.context.conference_id

        def work(progress, is_cancelled):
            progress(0, 0)
            with store.reader() as db:
                conference = load(db, conference_id)
            if is_cancelled():
                return None
            return build_document(kind, conference, options)

        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Building the document…"))
        self.task = run_task(self, self.tr("Building the document"), work, self._show, on_error=self._failed)
        self.task.finished.connect(lambda: self.preview_button.setEnabled(True))

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.pdf_document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        pages = self.pdf_document.pageCount()
        self.status.setText(self.tr("Pages: %1").replace("%1", str(pages)))
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def save_to(self, path: Path) -> None:
        """Write the previewed PDF to ``path``."""
        if self.pdf is None:
            raise RuntimeError("preview the document before saving it")
        write_atomic(path, self.pdf)
        remember("documents", path.parent)
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def _ask_and_save(self) -> None:
        kind = self.document.currentData()
        suggested = ready(folder_for("documents")) / f"{kind}-{self.language.currentData()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            self.save_to(Path(path))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save the document"), describe(error))

    def _edit_notes(self) -> None:
        editor = NotesEditor(self.context, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._options_changed()
