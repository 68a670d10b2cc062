"""The lineups screen: pick a session, then add people by typing, set role, speaking time and
status, and reorder by dragging. Every change is one undoable command."""

from __future__ import annotations

from babel.dates import format_time
from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk import workflow
from confdesk.model import Role
from confdesk.services import Changes, ServiceError
from confdesk.views.lineups import Candidate, SessionChoice, candidates, lineup_rows, session_choices
from confdesk.views.rows import LineupRow
from ui.context import AppContext
from ui.i18n import shown_digits
from ui.lineups import commands
from ui.lineups.model import LineupModel
from ui.widgets.language import ui_language
from ui.widgets.table_fit import ColumnFit
from ui.widgets.vocabulary import Vocabulary


class LineupsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.words = Vocabulary(self)
        self.sessions: dict[int, SessionChoice] = {}
        self.people: dict[str, Candidate] = {}

        self.session = QComboBox(self)
        self.session.setAccessibleName(self.tr("Session"))
        self.session_items = QStandardItemModel(self)
        self.session.setModel(self.session_items)
        self.model = LineupModel(self._reorder, context.content_language, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Lineup"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.column_fit = ColumnFit(self.table)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Speaking time"))

        # Adding a person: type a name in either script; interested people come first.
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Type a name to add…"))
        self.person.setAccessibleName(self.tr("Person to add"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(completer)
        self.new_role = QComboBox(self)
        self.new_role.setAccessibleName(self.tr("Role of the person to add"))
        self.add_button = QPushButton(self.tr("&Add"), self)

        # The selected assignment.
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for combo in (self.new_role, self.role):
            for role in Role:
                combo.addItem(self.words.role(role), role.value)
        self.new_role.setCurrentIndex(self.new_role.findData(Role.SPEAKER.value))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Speaking minutes"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        top = QHBoxLayout()
        session_label = QLabel(self.tr("&Session"), self)
        session_label.setBuddy(self.session)
        top.addWidget(session_label)
        top.addWidget(self.session, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.person, 2)
        adding.addWidget(self.new_role, 1)
        adding.addWidget(self.add_button)
        details = QFormLayout()
        details.addRow(self.tr("Ro&le"), self.role)
        details.addRow(self.tr("Speaking &minutes"), self.minutes)
        details.addRow(self.tr("S&tatus"), self.status)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addLayout(moves)
        layout.addLayout(details)
        layout.addWidget(self.error)

        self.session.currentIndexChanged.connect(lambda _i: self.load_lineup())
        self.add_button.clicked.connect(self.add_person)
        self.person.returnPressed.connect(self.add_person)
        self.role.activated.connect(lambda _i: self._apply(self._set_role))
        self.minutes.editingFinished.connect(lambda: self._apply(self._set_minutes))
        self.status.activated.connect(lambda _i: self._apply(self._set_status))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        context.changed.connect(self.on_changed)
        context.content_language_changed.connect(self._content_language_changed)
        self.load_sessions()

    # Sessions ----------------------------------------------------------------------------
    def load_sessions(self) -> None:
        lang = self.context.content_language
        with self.context.store.reader() as db:
            choices = session_choices(db, self.context.conference_id, self.context.conference_zone)
        self.sessions = {choice.id: choice for choice in choices}
        current = self.session_id()
        with QSignalBlocker(self.session):
            self.session_items.clear()
            heading = None
            for choice in choices:
                if (choice.part_id, choice.day) != heading:
                    heading = (choice.part_id, choice.day)
                    # A day heading per part, not selectable, as in a printed agenda.
                    item = QStandardItem(f"{choice.part_name.get(lang)} — {choice.day.isoformat()}")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    # Never an empty value: reading one back leaks with PySide6 6.12 (see bidi.py).
                    item.setData(0, Qt.ItemDataRole.UserRole)
                    self.session_items.appendRow(item)
                starts = shown_digits(
                    format_time(
                        choice.starts_at.astimezone(self.context.conference_zone), "HH:mm", locale=ui_language()
                    )
                )
                item = QStandardItem(f"    {starts}  {choice.title.get(lang)}")
                item.setData(choice.id, Qt.ItemDataRole.UserRole)
                self.session_items.appendRow(item)
            position = self._row_of_session(current) if current else -1
            if position < 0:
                position = next(
                    (r for r in range(self.session_items.rowCount()) if self.session_items.item(r).isEnabled()), -1
                )
            self.session.setCurrentIndex(position)
        self.load_lineup()

    def _row_of_session(self, session_id: int) -> int:
        for row in range(self.session_items.rowCount()):
            if self.session_items.item(row).data(Qt.ItemDataRole.UserRole) == session_id:
                return row
        return -1

    def session_id(self) -> int | None:
        item = self.session_items.item(self.session.currentIndex()) if self.session.currentIndex() >= 0 else None
        if item is None or not item.isEnabled():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def show_session(self, session_id: int) -> None:
        position = self._row_of_session(session_id)
        if position >= 0:
            self.session.setCurrentIndex(position)

    def open_session(self, session_id: int, role: str | None = None, assignment_id: int | None = None) -> None:
        """Show a session's lineup ready for a fix (from the Problems screen): with ``role``
        chosen for the next person added and the name box focused, or with the row of
        ``assignment_id`` selected."""
        self.show_session(session_id)
        if assignment_id is not None:
            self.select(assignment_id)
            self.table.setFocus()
        if role is not None and self.new_role.findData(role) >= 0:
            self.new_role.setCurrentIndex(self.new_role.findData(role))
            self.person.setFocus()

    # Lineup ------------------------------------------------------------------------------
    def load_lineup(self) -> None:
        session_id = self.session_id()
        selected = self.selected()
        rows: list[LineupRow] = []
        people: list[Candidate] = []
        if session_id is not None:
            with self.context.store.reader() as db:
                rows = lineup_rows(db, session_id)
                people = candidates(db, self.context.conference_id, session_id)
        self.model.set_rows(rows)
        self._fill_completer(people)
        if selected is not None:
            self.select(selected.id)
        self._show_total()
        self._show_selected()

    def _fill_completer(self, people: list[Candidate]) -> None:
        self.people = {}
        for person in people:
            organisation = person.organisation.get(self.context.content_language)
            names = " / ".join(name for name in (person.name, person.name_ar) if name)
            mark = "★ " if person.interested else ""
            self.people[f"{mark}{names} — {organisation}" if organisation else f"{mark}{names}"] = person
        self.completions.setStringList(list(self.people))

    def _show_total(self) -> None:
        choice = self.sessions.get(self.session_id() or -1)
        used = sum(row.speaking_minutes for row in self.model.rows)
        length = choice.minutes if choice else 0
        self.total.setText(
            self.tr("Speaking time: %1 of %n minutes", "", length).replace("%1", shown_digits(str(used)))
        )
        self.over_time = used > length
        self.total.setStyleSheet("color: #b00020; font-weight: 600;" if self.over_time else "")

    def selected(self) -> LineupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, assignment_id: int) -> None:
        position = self.model.position_of(assignment_id)
        if position is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_selected(self) -> None:
        row = self.selected()
        for widget in (self.role, self.minutes, self.status, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(row is not None)
        if row is None:
            return
        with QSignalBlocker(self.role), QSignalBlocker(self.minutes), QSignalBlocker(self.status):
            self.role.setCurrentIndex(self.role.findData(row.role))
            self.minutes.setValue(row.speaking_minutes)
            self.status.clear()
            # Only the moves the invitation workflow allows, after the current status.
            self.status.addItem(self.words.status(row.status), row.status)
            for status in workflow.next_statuses(row.status):
                self.status.addItem(self.words.status(status), status.value)
            self.status.setCurrentIndex(0)
        position = self.model.position_of(row.id) or 0
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(position < len(self.model.rows) - 1)

    def on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.parts or changes.conference:
            self.load_sessions()
            return
        if changes.sessions:
            # Titles or times may have changed; reloading the choices also reloads the lineup.
            self.load_sessions()
            return
        if changes.people or changes.registrations or changes.assignments:
            self.load_lineup()

    def _content_language_changed(self, lang: str) -> None:
        self.model.content_language = lang
        self.load_sessions()

    # Changing ----------------------------------------------------------------------------
    def _run(self, action) -> bool:
        """Run one command; a refusal shows one sentence under the lineup."""
        self.error.clear()
        try:
            action()
        except ServiceError as error:
            self.error.setText(self.words.error(error))
            return False
        return True

    def _apply(self, change) -> None:
        row = self.selected()
        if row is not None and not self._run(lambda: change(row)):
            self._show_selected()

    def add_person(self) -> None:
        session_id = self.session_id()
        person = self.people.get(self.person.text())
        if session_id is None:
            return
        if person is None:
            self.error.setText(self.tr("Choose a person from the list of suggestions."))
            return
        role = self.new_role.currentData()
        if self._run(
            lambda: self.select(commands.add_to_lineup(self.context, session_id, person.person_id, role, person.name))
        ):
            self.person.clear()

    def _set_role(self, row: LineupRow) -> None:
        if self.role.currentData() != row.role:
            commands.set_role(self.context, row.id, row.role, self.role.currentData(), row.name)

    def _set_minutes(self, row: LineupRow) -> None:
        if self.minutes.value() != row.speaking_minutes:
            commands.set_minutes(self.context, row.id, row.speaking_minutes, self.minutes.value(), row.name)

    def _set_status(self, row: LineupRow) -> None:
        if self.status.currentData() != row.status:
            commands.set_status(self.context, row.id, row.status, self.status.currentData(), row.name)

    def _reorder(self, order: list[int]) -> None:
        session_id = self.session_id()
        if session_id is not None:
            versions = {row.id: row.version for row in self.model.rows}
            self._run(lambda: commands.reorder(self.context, session_id, order, versions))

    def move_selected(self, step: int) -> None:
        row = self.selected()
        if row is None:
            return
        order = [r.id for r in self.model.rows]
        position = order.index(row.id)
        target = position + step
        if 0 <= target < len(order):
            order[position], order[target] = order[target], order[position]
            self._reorder(order)
            self.select(row.id)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from lineup"),
            self.tr("Remove %1 from this session's lineup?").replace("%1", row.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: commands.remove_from_lineup(self.context, row.id, row.name))
