"""The people screen: search and filters over every stakeholder, with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk.services import Changes, PersonData
from confdesk.views.filters import PeopleFilter
from confdesk.views.people import PersonRow, person_rows
from ui.context import AppContext
from ui.i18n import shown_digits
from ui.people.commands import add_person, edit_person, remove_person
from ui.people.dialog import PersonDialog
from ui.people.model import PeopleModel
from ui.team.history import HISTORY_LIMIT
from ui.widgets.filter_bar import FilterBar
from ui.widgets.rows_model import RowFilterProxy
from ui.widgets.table_fit import ColumnFit


def make_table(parent: QWidget, name: str) -> QTableView:
    """A read-only row-selecting table that stays fast with 10,000 rows (give it a
    :class:`~ui.widgets.table_fit.ColumnFit` once it has its model)."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    # Fixed row heights: measuring 10,000 rows' contents would take longer than a keystroke.
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.hide()
    table.horizontalHeader().setSortIndicatorShown(True)
    return table


class PeoplePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PeopleModel(context.content_language, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(self)
        self.table = make_table(self, self.tr("People"))
        self.table.setModel(self.proxy)
        self.column_fit = ColumnFit(self.table)
        self.count = QLabel(self)
        self.add_button = QPushButton(self.tr("&New person…"), self)
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.filters.filter_changed.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.on_changed)
        context.content_language_changed.connect(self.model.set_content_language)
        self.reload()

    # Reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        with self.context.store.reader() as db:
            rows = person_rows(db, self.context.conference_id)
        self.model.set_rows(rows)
        self.filters.set_choices(rows)
        self._update_count()
        self._update_buttons()

    def on_changed(self, changes: Changes) -> None:
        if changes.everything:
            self.reload()
            return
        # Every action names the people it touched, a status change in a lineup included.
        ids = set(changes.people)
        if not ids:
            return
        with self.context.store.reader() as db:
            fresh = person_rows(db, self.context.conference_id, ids)
        self.model.update_rows(fresh, gone=ids - {row.id for row in fresh})
        self.filters.set_choices(self.model.rows)
        self._update_count()
        self._update_buttons()

    def apply_filter(self, people_filter: PeopleFilter) -> None:
        self.proxy.set_predicate(people_filter.predicate())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %n people", "", self.model.rowCount()).replace(
                "%1", shown_digits(str(self.proxy.rowCount()))
            )
        )

    def _update_buttons(self, *_: object) -> None:
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def show_person(self, person_id: int) -> None:
        """Select the person and scroll to them, clearing filters that hide them."""
        position = self.model.position_of(person_id)
        if position is None:
            return
        source = self.model.index(position, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # Changing ----------------------------------------------------------------------------
    def person_dialog(self, row: PersonRow | None = None) -> PersonDialog:
        """The dialog that creates a person (``row`` None) or edits ``row``; each OK is one
        undoable command."""
        if row is None:

            def save(data: PersonData) -> None:
                self.show_person(add_person(self.context, data))

            return PersonDialog(save, parent=self)
        before = row.data()

        def save_edit(data: PersonData) -> None:
            edit_person(self.context, row.id, row.version, before, data)

        from confdesk.services import history

        with self.context.store.reader() as db:
            entries = history(db, person_id=row.id, limit=HISTORY_LIMIT)
        return PersonDialog(save_edit, before, parent=self, history=entries, zone=self.context.display_zone)

    def add(self) -> None:
        self.person_dialog().exec()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.person_dialog(row).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr("Delete %1 with their registrations and lineup places?").replace("%1", row.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_person(self.context, row.id, row.name)
