"""Writing a list (people, registrations, lineups) as XLSX or CSV, or the schedule as frab XML
or JSON, in a chosen language, with progress off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from confdesk.exports.frab import export_frab
from confdesk.exports.spreadsheet import export_list
from ui.context import AppContext
from ui.errors import describe
from ui.exports.folders import folder_for, ready, remember
from ui.tasks import Task, run_task


class DataExportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.written: int | None = None
        #: The path the dialog proposed; one the user typed is not replaced.
        self._suggested = ""
        self._exporting: tuple[str, Path] = ("", Path())
        self.setWindowTitle(self.tr("Export data"))

        self.what_combo = QComboBox()
        for value, text in (
            ("people", self.tr("People")),
            ("registrations", self.tr("Registrations with interests")),
            ("lineups", self.tr("Lineups")),
            ("frab", self.tr("Schedule for conference apps (frab)")),
        ):
            self.what_combo.addItem(text, value)
        self.format_combo = QComboBox()
        self.language_combo = QComboBox()
        for code, text in (("en", self.tr("English")), ("fr", self.tr("French")), ("ar", self.tr("Arabic"))):
            self.language_combo.addItem(text, code)
        index = self.language_combo.findData(context.content_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)  # the field is a layout, so the form sets no buddy
        form.addRow(file_label, where)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.what_combo.currentIndexChanged.connect(self._what_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text.strip())))
        self.export_button.setEnabled(False)
        self._what_changed()

    def _what_changed(self) -> None:
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        if self.what_combo.currentData() == "frab":
            self.format_combo.addItem(self.tr("frab XML (schedule.xml)"), "xml")
            self.format_combo.addItem(self.tr("frab JSON (schedule.json)"), "json")
        else:
            self.format_combo.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
            self.format_combo.addItem(self.tr("CSV (UTF-8)"), "csv")
        self.format_combo.blockSignals(False)
        if self.path_edit.text().strip() in ("", self._suggested):
            self._suggested = str(folder_for(self.kind()) / self._file_name())
            self.path_edit.setText(self._suggested)
        else:
            self._format_changed()

    def kind(self) -> str:
        """The export kind whose folder is remembered: one per list."""
        return f"data-{self.what_combo.currentData()}"

    def _file_name(self) -> str:
        fmt = self.format_combo.currentData()
        what = self.what_combo.currentData()
        return f"schedule.{fmt}" if what == "frab" else f"{what}.{fmt}"

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        fmt = self.format_combo.currentData()
        if text and fmt:
            suggested = text == self._suggested
            self.path_edit.setText(str(Path(text).with_suffix(f".{fmt}")))
            if suggested:
                self._suggested = self.path_edit.text()

    def _browse(self) -> None:
        fmt = self.format_combo.currentData()
        current = Path(self.path_edit.text().strip() or folder_for(self.kind()) / self._file_name())
        ready(current.parent)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(current), f"*.{fmt}")
        if path:
            self.path_edit.setText(path)

    def run(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        what, fmt, lang = (
            self.what_combo.currentData(),
            self.format_combo.currentData(),
            self.language_combo.currentData(),
        )
        store, conference_id = self.context.store, self.context.conference_id
        self._exporting = (self.kind(), Path(path).parent)

        def work(progress, is_cancelled):
            progress(0, 0)
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with store.reader() as db:
                if what == "frab":
                    return export_frab(db, conference_id, path, fmt, lang)
                return export_list(db, conference_id, what, fmt, path, lang)

        self.export_button.setEnabled(False)
        self.task = run_task(self, self.tr("Exporting"), work, self._done, on_error=self._failed)
        self.task.finished.connect(lambda: self.export_button.setEnabled(True))

    def _done(self, count: int) -> None:
        self.written = count
        remember(*self._exporting)
        self.status.setText(
            self.tr("%n rows written to %1.", "", count).replace("%1", Path(self.path_edit.text()).name)
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        QMessageBox.warning(self, self.windowTitle(), describe(error))
