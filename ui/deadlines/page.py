"""The deadlines screen: due dates in the conference zone, days left or past, and how many
registrations and interests arrived before and after each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from confdesk.services import Changes, DeadlineData, create_deadline, delete_deadline, update_deadline
from confdesk.views.deadlines import DeadlineRow, deadline_rows
from ui.commands import execute
from ui.context import AppContext
from ui.deadlines.dialog import DeadlineDialog
from ui.deadlines.model import Column, DeadlinesModel
from ui.people.page import make_table
from ui.widgets.rows_model import RowFilterProxy
from ui.widgets.table_fit import ColumnFit


class DeadlinesPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        zone = context.conference_zone
        self.model = DeadlinesModel(zone, today or (lambda: datetime.now(zone).date()), context.content_language, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, self.tr("Deadlines"))
        self.table.setModel(self.proxy)
        self.column_fit = ColumnFit(self.table)
        self.add_button = QPushButton(self.tr("&New deadline…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.deadline_dialog().exec())
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        context.changed.connect(self.on_changed)
        context.content_language_changed.connect(self._content_language_changed)
        self.reload()
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)

    def reload(self) -> None:
        with self.context.store.reader() as db:
            self.model.set_rows(deadline_rows(db, self.context.conference_id))

    def on_changed(self, changes: Changes) -> None:
        # Counts depend on every registration and interest, so any of those reloads the few rows.
        if changes.deadlines or changes.registrations or changes.conference:
            self.reload()

    def _content_language_changed(self, lang: str) -> None:
        self.model.content_language = lang
        self.reload()

    def selected(self) -> DeadlineRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def deadline_dialog(self, row: DeadlineRow | None = None) -> DeadlineDialog:
        context = self.context
        if row is None:

            def save(data: DeadlineData) -> None:
                label = QCoreApplication.translate("DeadlineCommands", "Add deadline %1").replace(
                    "%1", data.title.get(context.content_language)
                )
                execute(context, label, partial(create_deadline, conference_id=context.conference_id, data=data))

            return DeadlineDialog(save, context.conference_zone, parent=self)
        before = DeadlineData(row.kind, row.title, row.due_at)

        def save_edit(data: DeadlineData) -> None:
            changes: dict[str, Any] = {
                f.name: getattr(data, f.name)
                for f in fields(DeadlineData)
                if getattr(data, f.name) != getattr(before, f.name)
            }
            if not changes:
                return
            label = QCoreApplication.translate("DeadlineCommands", "Edit deadline %1").replace(
                "%1", data.title.get(context.content_language)
            )
            execute(
                context, label, partial(update_deadline, deadline_id=row.id, expected_version=row.version, **changes)
            )

        return DeadlineDialog(save_edit, context.conference_zone, before, parent=self)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.deadline_dialog(row).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        title = row.title.get(self.context.content_language)
        answer = QMessageBox.question(
            self, self.tr("Delete deadline"), self.tr("Delete the deadline “%1”?").replace("%1", title)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        label = QCoreApplication.translate("DeadlineCommands", "Delete deadline %1").replace("%1", title)
        execute(self.context, label, partial(delete_deadline, deadline_id=row.id))
