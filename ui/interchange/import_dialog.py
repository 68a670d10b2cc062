"""The registration import: choose a file (and sheet), check how columns map with a preview of
the first rows, save or load the mapping as a profile, try a dry run, import, and read what
became of every row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.imports import (
    ImportReport,
    Profile,
    RowOutcome,
    Table,
    guess_mapping,
    import_read_table,
    load_profile,
    profile_from_mapping,
    read_table,
)
from confdesk.imports.text import clean_cell
from ui.commands import push_done
from ui.context import AppContext
from ui.errors import describe
from ui.interchange import labels
from ui.tasks import Task, run_task

PREVIEW_ROWS = 5


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: Table | None = None
        self.profile = Profile()
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import registrations"))
        self.resize(900, 560)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("CSV or XLSX file from Indico or an online form"))
        choose = QPushButton(self.tr("&Choose File…"))
        choose.clicked.connect(self._choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(choose)
        top.addWidget(QLabel(self.tr("Sheet:")))
        top.addWidget(self.sheet_combo)

        self.file_info = QLabel()
        self.mapping_table = QTableWidget()
        self.mapping_table.setAccessibleName(self.tr("Column mapping and preview"))
        self.report_table = QTableWidget(0, 4)
        self.report_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Reason"), self.tr("E-mail")]
        )
        self.report_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report_table.verticalHeader().hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.mapping_table)
        self.pages.addWidget(self.report_table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.load_profile_button = QPushButton(self.tr("&Load Profile…"))
        self.save_profile_button = QPushButton(self.tr("&Save Profile…"))
        self.dry_run_button = QPushButton(self.tr("&Dry Run"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.back_button = QPushButton(self.tr("&Back to Mapping"))
        self.save_report_button = QPushButton(self.tr("Save &Report…"))
        close = QPushButton(self.tr("Close"))
        self.load_profile_button.clicked.connect(self._load_profile)
        self.save_profile_button.clicked.connect(self._save_profile)
        self.dry_run_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.save_report_button.clicked.connect(self._save_report)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.load_profile_button, self.save_profile_button, self.back_button, self.save_report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.dry_run_button, self.import_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- choosing the file and the mapping ---------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a registration file"),
            "",
            self.tr("Registration lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path, sheet: str | None = None) -> bool:
        """Read ``path`` and show its columns; a file that cannot be read is said in one sentence."""
        try:
            table = read_table(path, sheet=sheet or self.profile.sheet)
        except Exception as error:  # noqa: BLE001 - worded for the user by describe()
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return False
        self.path = Path(path)
        self.path_edit.setText(str(path))
        self.table = table
        self.report = None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        self.sheet_combo.blockSignals(False)
        if table.kind == "csv":
            info = self.tr("%1 rows; encoding %2, separator “%3”").replace("%1", str(len(table.rows)))
            info = info.replace("%2", table.encoding).replace("%3", table.delimiter.replace("\t", "Tab"))
        else:
            info = self.tr("%1 rows in sheet “%2”").replace("%1", str(len(table.rows))).replace("%2", table.sheet)
        self.file_info.setText(info)
        self._show_mapping(guess_mapping(table.headers, self.profile))
        self.summary.clear()
        self.pages.setCurrentIndex(0)
        self._update_buttons()
        return True

    def _sheet_chosen(self, name: str) -> None:
        if self.table is not None and name and name != self.table.sheet:
            self.load_file(self.path, sheet=name)

    def _show_mapping(self, mapping: list[str]) -> None:
        assert self.table is not None
        headers = self.table.headers
        sample = [row for row in self.table.rows if not row.is_blank()][:PREVIEW_ROWS]
        grid = self.mapping_table
        grid.clear()
        grid.setColumnCount(len(headers))
        grid.setRowCount(1 + len(sample))
        grid.setHorizontalHeaderLabels(headers)
        grid.setVerticalHeaderLabels([self.tr("Field"), *[str(row.number) for row in sample]])
        choices = labels.targets()
        for column, target in enumerate(mapping):
            combo = QComboBox()
            for value, text in choices:
                combo.addItem(text, value)
            index = combo.findData(target)
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", headers[column] or str(column + 1)))
            grid.setCellWidget(0, column, combo)
        for line, row in enumerate(sample, start=1):
            for column, cell in enumerate(row.cells):
                text = clean_cell(cell)
                item = QTableWidgetItem(text[:200])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                grid.setItem(line, column, item)
        grid.resizeColumnsToContents()

    def _target_combo(self, column: int) -> QComboBox:
        combo = self.mapping_table.cellWidget(0, column)
        assert isinstance(combo, QComboBox)
        return combo

    def mapping(self) -> list[str]:
        """The target chosen for each column."""
        return [self._target_combo(column).currentData() for column in range(self.mapping_table.columnCount())]

    def set_target(self, column: int, target: str) -> None:
        combo = self._target_combo(column)
        combo.setCurrentIndex(combo.findData(target))

    def _load_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping profile"), "", self.tr("Mapping profiles (*.json)")
        )
        if path:
            self.apply_profile(path)

    def apply_profile(self, path: str | Path) -> bool:
        try:
            self.profile = load_profile(path)
        except Exception as error:  # noqa: BLE001 - worded for the user by describe()
            QMessageBox.warning(self, self.windowTitle(), describe(error))
            return False
        if self.table is not None:
            self._show_mapping(guess_mapping(self.table.headers, self.profile))
        return True

    def _save_profile(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping profile"), "profile.json", self.tr("Mapping profiles (*.json)")
        )
        if path:
            self.save_profile(path)

    def save_profile(self, path: str | Path) -> None:
        assert self.table is not None
        profile = profile_from_mapping(self.table.headers, self.mapping(), self.profile)
        try:
            profile.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), describe(error))

    # -- running and reporting ---------------------------------------------------------------

    def run(self, *, dry_run: bool) -> None:
        """Import (or try) with the chosen mapping off the GUI thread, then show the report."""
        if self.table is None:
            return
        table, mapping, profile = self.table, self.mapping(), self.profile
        store, conference_id = self.context.store, self.context.conference_id

        def work(progress, is_cancelled):
            return import_read_table(
                store,
                conference_id,
                table,
                profile=profile,
                mapping=mapping,
                dry_run=dry_run,
                progress=lambda done, total: progress(done, total),
            )

        title = self.tr("Checking registrations") if dry_run else self.tr("Importing registrations")
        self._set_busy(True)
        self.task = run_task(self, title, work, self._show_report, on_error=self._failed)
        self.task.finished.connect(lambda: self._set_busy(False))

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), describe(error))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.dry_run_button, self.import_button, self.load_profile_button):
            button.setEnabled(not busy and self.table is not None)

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        if not report.dry_run:
            # The whole import is one entry in the undo history.
            push_done(
                self.context, self.tr("Import registrations from %1").replace("%1", report.source), report.outcome
            )
        counts = report.counts()
        text = self.tr("Imported %1, merged %2, unchanged %3, rejected %4, blank %5.")
        for number, outcome in enumerate(
            (RowOutcome.IMPORTED, RowOutcome.MERGED, RowOutcome.UNCHANGED, RowOutcome.REJECTED, RowOutcome.SKIPPED),
            start=1,
        ):
            text = text.replace(f"%{number}", str(counts[outcome]))
        if report.dry_run:
            text = self.tr("Dry run, nothing was saved.") + " " + text
        self.summary.setText(text)
        grid = self.report_table
        grid.setRowCount(len(report.results))
        for line, result in enumerate(report.results):
            for column, value in enumerate(
                (str(result.row), labels.outcome(result.outcome), labels.reason(result), result.email)
            ):
                item = QTableWidgetItem(value)
                if column in (0, 3):
                    # Row numbers and addresses read left to right even in an Arabic window.
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                grid.setItem(line, column, item)
        grid.resizeColumnToContents(1)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def _save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), "import-report.csv", self.tr("CSV files (*.csv)")
        )
        if path and self.report is not None:
            try:
                self.report.write_csv(path)
            except OSError as error:
                QMessageBox.warning(self, self.windowTitle(), describe(error))

    def _update_buttons(self) -> None:
        has_table = self.table is not None
        for button in (self.dry_run_button, self.import_button, self.save_profile_button):
            button.setEnabled(has_table)
        self.save_report_button.setEnabled(self.report is not None)
        self.back_button.setEnabled(self.report is not None)
