"""The registration import: choose a file (and sheet), check how columns map with a preview of
the first rows, confirm what the file's unknown values mean, save or load the mapping as a
profile, try a dry run, import, and read what became of every row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from confdesk.imports.registrations import SAMPLE_ROWS
from confdesk.imports.text import clean_cell
from confdesk.imports.values import Proposal, conference_choices, unknown_values, with_values
from ui.commands import push_done
from ui.context import AppContext
from ui.errors import describe
from ui.interchange import labels
from ui.tasks import Task, run_task

PREVIEW_ROWS = 5


class Page:
    MAPPING, REPORT, VALUES = 0, 1, 2


class ValueColumn:
    FIELD, TEXT, ROWS, KNOWN, SCORE, CONFIRM = range(6)


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: Table | None = None
        self.profile = Profile()
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self.proposals: list[Proposal] = []
        with context.store.reader() as db:
            self.choices = conference_choices(db, context.conference_id)
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
        self.values_table = QTableWidget(0, 6)
        self.values_table.setAccessibleName(self.tr("Values the file holds that are not known"))
        self.values_table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Value in the file"),
                self.tr("Rows"),
                self.tr("Known value"),
                self.tr("Match"),
                "",
            ]
        )
        self.values_table.horizontalHeader().setSectionResizeMode(ValueColumn.KNOWN, QHeaderView.ResizeMode.Stretch)
        self.values_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.values_table.verticalHeader().hide()
        self.values_note = QLabel()
        self.values_note.setWordWrap(True)
        values_page = QWidget()
        values_layout = QVBoxLayout(values_page)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.values_note)
        values_layout.addWidget(self.values_table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.mapping_table)
        self.pages.addWidget(self.report_table)
        self.pages.addWidget(values_page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.load_profile_button = QPushButton(self.tr("&Load Profile…"))
        self.save_profile_button = QPushButton(self.tr("&Save Profile…"))
        self.values_button = QPushButton(self.tr("Check &Values"))
        self.dry_run_button = QPushButton(self.tr("&Dry Run"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.back_button = QPushButton(self.tr("&Back to Mapping"))
        self.save_report_button = QPushButton(self.tr("Save &Report…"))
        close = QPushButton(self.tr("Close"))
        self.load_profile_button.clicked.connect(self._load_profile)
        self.save_profile_button.clicked.connect(self._save_profile)
        self.dry_run_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.values_button.clicked.connect(self.show_values)
        self.back_button.clicked.connect(self._back)
        self.save_report_button.clicked.connect(self._save_report)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.load_profile_button, self.save_profile_button, self.back_button, self.save_report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.values_button, self.dry_run_button, self.import_button, close):
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
            info = self.tr("%n rows; encoding %1, separator “%2”", "", len(table.rows))
            info = info.replace("%1", table.encoding).replace("%2", table.delimiter.replace("\t", "Tab"))
        else:
            info = self.tr("%n rows in sheet “%1”", "", len(table.rows)).replace("%1", table.sheet)
        self.file_info.setText(info)
        self._show_mapping(self._guess())
        self.proposals = []
        self.values_table.setRowCount(0)
        self.summary.clear()
        self.pages.setCurrentIndex(Page.MAPPING)
        self._update_buttons()
        return True

    def _guess(self) -> list[str]:
        assert self.table is not None
        return guess_mapping(self.table.headers, self.profile, [row.cells for row in self.table.rows[:SAMPLE_ROWS]])

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
        choices = labels.targets(self.choices.roundtable_numbers)
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
            self._show_mapping(self._guess())
        return True

    # -- the values of coded columns ---------------------------------------------------------

    def show_values(self) -> None:
        """List every value of a coded column that is not known, with the closest known one."""
        if self.table is None:
            return
        self.proposals = unknown_values(self.table, self.mapping(), self.profile, self.choices)
        grid = self.values_table
        grid.setRowCount(len(self.proposals))
        for line, proposal in enumerate(self.proposals):
            texts = {
                ValueColumn.FIELD: labels.field_name(proposal.field),
                ValueColumn.TEXT: proposal.text,
                ValueColumn.ROWS: str(proposal.count),
                ValueColumn.SCORE: self.tr("%1 %").replace("%1", str(round(proposal.score * 100)))
                if proposal.value
                else "",
            }
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                grid.setItem(line, column, item)
            combo = QComboBox()
            combo.addItem(self.tr("(leave unknown)"), "")
            for value, text in labels.value_choices(proposal.field, self.choices):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(proposal.value), 0))
            combo.setAccessibleName(self.tr("Known value for %1").replace("%1", proposal.text))
            confirm = QCheckBox(self.tr("Confirm"))
            confirm.setAccessibleName(self.tr("Confirm %1").replace("%1", proposal.text))
            confirm.setEnabled(bool(proposal.value))
            # Picking a value is the user's own answer: it confirms it.
            combo.activated.connect(lambda _index, combo=combo, confirm=confirm: self._picked(combo, confirm))
            grid.setCellWidget(line, ValueColumn.KNOWN, combo)
            grid.setCellWidget(line, ValueColumn.CONFIRM, confirm)
        grid.resizeColumnsToContents()
        if self.proposals:
            self.values_note.setText(
                self.tr(
                    "These values are not known. Check the proposed value, change it if needed, and confirm it; "
                    "confirmed values are used for this import and kept when you save the profile."
                )
            )
        else:
            self.values_note.setText(self.tr("Every value in the coded columns is known."))
        self.pages.setCurrentIndex(Page.VALUES)
        self._update_buttons()

    def _picked(self, combo: QComboBox, confirm: QCheckBox) -> None:
        confirm.setEnabled(bool(combo.currentData()))
        confirm.setChecked(bool(combo.currentData()))

    def value_combo(self, line: int) -> QComboBox:
        combo = self.values_table.cellWidget(line, ValueColumn.KNOWN)
        assert isinstance(combo, QComboBox)
        return combo

    def confirm_box(self, line: int) -> QCheckBox:
        box = self.values_table.cellWidget(line, ValueColumn.CONFIRM)
        assert isinstance(box, QCheckBox)
        return box

    def confirmed_values(self) -> dict[str, dict[str, str]]:
        """field → {spelling in the file: known value} for every confirmed row of the values step."""
        confirmed: dict[str, dict[str, str]] = {}
        for line, proposal in enumerate(self.proposals):
            value = self.value_combo(line).currentData()
            if value and self.confirm_box(line).isChecked():
                confirmed.setdefault(proposal.field, {})[proposal.text] = str(value)
        return confirmed

    def _profile_with_values(self) -> Profile:
        return with_values(self.profile, self.confirmed_values()) if self.proposals else self.profile

    def _save_profile(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping profile"), "profile.json", self.tr("Mapping profiles (*.json)")
        )
        if path:
            self.save_profile(path)

    def save_profile(self, path: str | Path) -> None:
        assert self.table is not None
        profile = profile_from_mapping(self.table.headers, self.mapping(), self._profile_with_values())
        try:
            profile.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), describe(error))

    # -- running and reporting ---------------------------------------------------------------

    def run(self, *, dry_run: bool) -> None:
        """Import (or try) with the chosen mapping off the GUI thread, then show the report."""
        if self.table is None:
            return
        table, mapping, profile = self.table, self.mapping(), self._profile_with_values()
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
        for button in (self.values_button, self.dry_run_button, self.import_button, self.load_profile_button):
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
        self.pages.setCurrentIndex(Page.REPORT)
        self._update_buttons()

    def _save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), "import-report.csv", self.tr("CSV files (*.csv)")
        )
        if path and self.report is not None:
            try:
                self.report.write_csv(path, labels.reason)
            except OSError as error:
                QMessageBox.warning(self, self.windowTitle(), describe(error))

    def _update_buttons(self) -> None:
        has_table = self.table is not None
        for button in (self.values_button, self.dry_run_button, self.import_button, self.save_profile_button):
            button.setEnabled(has_table)
        self.save_report_button.setEnabled(self.report is not None)
        self.back_button.setEnabled(self.pages.currentIndex() != Page.MAPPING)

    def _back(self) -> None:
        self.pages.setCurrentIndex(Page.MAPPING)
        self._update_buttons()
