"""The registrations screen: search and filter registrations; register a person for parts,
change the parts, add and remove speaking-role interests. Each change is one undoable command."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import InterestKind
from confdesk.services import Changes, InterestData, ServiceError
from confdesk.views.filters import PeopleFilter
from confdesk.views.registrations import (
    RegistrationRow,
    part_choices,
    person_choices,
    registration_ids_of_people,
    registration_rows,
)
from ui.context import AppContext
from ui.i18n import shown_digits
from ui.people.page import make_table
from ui.registrations import commands
from ui.registrations.model import Column, RegistrationsModel
from ui.widgets.filter_bar import FilterBar
from ui.widgets.rows_model import RowFilterProxy
from ui.widgets.table_fit import ColumnFit
from ui.widgets.vocabulary import Vocabulary


class RegistrationsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.words = Vocabulary(self)
        self.model = RegistrationsModel(context.conference_zone, context.content_language, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(self)
        self.table = make_table(self, self.tr("Registrations"))
        self.table.setModel(self.proxy)
        self.column_fit = ColumnFit(self.table)
        self.count = QLabel(self)

        # Registering someone new.
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Type a name to register…"))
        self.person.setAccessibleName(self.tr("Person to register"))
        self.people_names = QStringListModel(self)
        completer = QCompleter(self.people_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.register_button = QPushButton(self.tr("&Register"), self)

        # The selected registration: parts and interests.
        self.parts_box = QGroupBox(self.tr("Parts"), self)
        self.part_checks: dict[int, QCheckBox] = {}
        self.save_parts_button = QPushButton(self.tr("&Save parts"), self)
        self.interests = QListWidget(self)
        self.interests.setAccessibleName(self.tr("Interests"))
        self.remove_interest_button = QPushButton(self.tr("Remo&ve interest"), self)
        self.interest_kind = QComboBox(self)
        self.interest_kind.setAccessibleName(self.tr("Interest"))
        for kind in InterestKind:
            self.interest_kind.addItem(
                self.words.interest(kind) if kind != InterestKind.ROUNDTABLE_SPEAKER else self.tr("Roundtable speaker"),
                kind.value,
            )
        self.roundtable = QSpinBox(self)
        self.roundtable.setRange(1, 20)
        self.roundtable.setPrefix(self.tr("Roundtable "))
        self.roundtable.setAccessibleName(self.tr("Roundtable number"))
        self.add_interest_button = QPushButton(self.tr("Add &interest"), self)
        self.delete_button = QPushButton(self.tr("&Delete registration"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")

        parts_layout = QVBoxLayout(self.parts_box)
        self._parts_layout = parts_layout
        side = QVBoxLayout()
        side.addWidget(self.parts_box)
        side.addWidget(self.save_parts_button)
        side.addWidget(QLabel(self.tr("Interests"), self))
        side.addWidget(self.interests, 1)
        side.addWidget(self.remove_interest_button)
        adding = QHBoxLayout()
        adding.addWidget(self.interest_kind, 2)
        adding.addWidget(self.roundtable, 1)
        side.addLayout(adding)
        side.addWidget(self.add_interest_button)
        side.addWidget(self.delete_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(side, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.person, 2)
        bottom.addWidget(self.register_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

        self.filters.filter_changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.register_button.clicked.connect(self.register_person)
        self.save_parts_button.clicked.connect(self.save_parts)
        self.add_interest_button.clicked.connect(self.add_interest)
        self.remove_interest_button.clicked.connect(self.remove_interest)
        self.delete_button.clicked.connect(self.delete)
        self.interest_kind.currentIndexChanged.connect(lambda _i: self._show_roundtable())
        context.changed.connect(self.on_changed)
        context.content_language_changed.connect(self._content_language_changed)
        self.reload()
        self.table.sortByColumn(Column.REGISTERED, Qt.SortOrder.DescendingOrder)

    # Reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        lang = self.context.content_language
        with self.context.store.reader() as db:
            parts = part_choices(db, self.context.conference_id)
            rows = registration_rows(db, self.context.conference_id)
        self.model.part_names = {part.id: part.name for part in parts}
        for check in self.part_checks.values():
            check.deleteLater()
        self.part_checks = {}
        for part in parts:
            check = QCheckBox(part.name.get(lang), self.parts_box)
            self._parts_layout.addWidget(check)
            self.part_checks[part.id] = check
        self.reload_people_names()
        self.model.set_rows(rows)
        self.filters.set_choices(rows)
        self._update_count()
        self._show_selected()

    def on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.parts:
            self.reload()
            return
        if not (changes.registrations or changes.people or changes.assignments):
            return
        with self.context.store.reader() as db:
            ids = set(changes.registrations) | set(registration_ids_of_people(db, changes.people))
            fresh = registration_rows(db, self.context.conference_id, ids)
        self.model.update_rows(fresh, gone=ids - {row.id for row in fresh})
        if changes.people:
            self.reload_people_names()
        self._update_count()
        self._show_selected()

    def reload_people_names(self) -> None:
        with self.context.store.reader() as db:
            people = person_choices(db, self.context.conference_id)
        self.people = {" / ".join(n for n in (p.name, p.name_ar) if n): (p.id, p.name) for p in people}
        self.people_names.setStringList(list(self.people))

    def _content_language_changed(self, lang: str) -> None:
        self.model.content_language = lang
        self.reload()

    def apply_filter(self, people_filter: PeopleFilter) -> None:
        self.proxy.set_predicate(people_filter.predicate())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %n registrations", "", self.model.rowCount()).replace(
                "%1", shown_digits(str(self.proxy.rowCount()))
            )
        )

    def selected(self) -> RegistrationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def select(self, registration_id: int) -> None:
        position = self.model.position_of(registration_id)
        if position is None:
            return
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def show_registration_of_interest(self, interest_id: int) -> bool:
        """Select the registration holding an interest, and the interest in its list (from
        the Problems screen); False when no registration holds it."""
        row = next((r for r in self.model.rows if any(i.id == interest_id for i in r.interest_rows)), None)
        if row is None:
            return False
        self.select(row.id)
        for position in range(self.interests.count()):
            if self.interests.item(position).data(Qt.ItemDataRole.UserRole) == interest_id:
                self.interests.setCurrentRow(position)
        self.table.setFocus()
        return True

    def show_registration_of_person(self, person_id: int) -> bool:
        """Select a person's registration; without one, put their name in the box that
        registers someone. False when they have none."""
        row = next((r for r in self.model.rows if r.person_id == person_id), None)
        if row is not None:
            self.select(row.id)
            self.table.setFocus()
            return True
        name = next((text for text, (chosen, _name) in self.people.items() if chosen == person_id), "")
        self.person.setText(name)
        self.person.setFocus()
        return False

    def _show_selected(self) -> None:
        row = self.selected()
        for widget in (self.parts_box, self.save_parts_button, self.interests, self.remove_interest_button,
                       self.interest_kind, self.roundtable, self.add_interest_button, self.delete_button):  # fmt: skip
            widget.setEnabled(row is not None)
        self.interests.clear()
        if row is None:
            return
        for part_id, check in self.part_checks.items():
            check.setChecked(part_id in row.part_ids)
        for interest in row.interest_rows:
            item = QListWidgetItem(self.words.interest(interest.kind, interest.roundtable))
            item.setData(Qt.ItemDataRole.UserRole, interest.id)
            self.interests.addItem(item)
        self._show_roundtable()

    def _show_roundtable(self) -> None:
        self.roundtable.setVisible(self.interest_kind.currentData() == InterestKind.ROUNDTABLE_SPEAKER)

    # Changing ----------------------------------------------------------------------------
    def _run(self, action) -> bool:
        self.error.clear()
        try:
            action()
        except ServiceError as error:
            self.error.setText(self.words.error(error))
            return False
        return True

    def checked_parts(self) -> list[int]:
        return [part_id for part_id, check in self.part_checks.items() if check.isChecked()]

    def register_person(self) -> None:
        chosen = self.people.get(self.person.text())
        if chosen is None:
            self.error.setText(self.tr("Choose a person from the list of suggestions."))
            return
        person_id, name = chosen
        parts = self.checked_parts() or list(self.part_checks)
        created: list[int] = []
        if self._run(lambda: created.append(commands.register(self.context, person_id, parts, name))):
            self.person.clear()
            self.select(created[0])

    def save_parts(self) -> None:
        row = self.selected()
        if row is not None and tuple(self.checked_parts()) != row.part_ids:
            self._run(lambda: commands.set_parts(self.context, row.id, self.checked_parts(), row.name))

    def add_interest(self) -> None:
        row = self.selected()
        if row is None:
            return
        kind = self.interest_kind.currentData()
        roundtable = self.roundtable.value() if kind == InterestKind.ROUNDTABLE_SPEAKER else None
        data = InterestData(kind, datetime.now(UTC), roundtable)
        self._run(lambda: commands.add_interest_of(self.context, row.id, data, row.name))

    def remove_interest(self) -> None:
        row = self.selected()
        item = self.interests.currentItem()
        if row is not None and item is not None:
            interest_id = int(item.data(Qt.ItemDataRole.UserRole))
            self._run(lambda: commands.remove_interest_of(self.context, interest_id, row.name))

    def delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: commands.unregister(self.context, row.id, row.name))
