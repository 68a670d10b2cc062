"""The Problems screen: what the rules find, to work from.

Grouped by severity and kind with their counts, each problem in its whole sentence (worded in the
interface language); a search box and filters by day, session, person and kind. "Fix" (the
button, Enter or a double-click) goes to the place where the problem is fixed
(:mod:`ui.problems.fixes`). A problem can be accepted with a note: it then sits greyed in the
"Accepted" group, out of the counts, and the acceptance is kept in the conference file.

The check runs in a worker thread whenever the conference changes, as it may take a while on a
large conference; a newer refresh makes an older result stale."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConfDeskError
from confdesk.rules import CODES, SEVERITIES, Problem, check, problem_key
from confdesk.services import ServiceError
from confdesk.services.problems import Acceptance
from confdesk.views.problems import accepted_problems, problem_labels
from confdesk.views.text import fold
from ui.context import AppContext
from ui.i18n import shown_digits
from ui.problems import commands
from ui.problems.filters import ProblemFilterBar
from ui.problems.fixes import AGENDA, LINEUPS, PEOPLE, REGISTRATIONS, fix_for
from ui.problems.model import ROW_ROLE, ProblemFilter, ProblemFilterProxy, ProblemsModel, Row
from ui.problems.tree import ACCEPTED, GROUP_ROLE, ProblemTreeModel
from ui.problems.words import Names, ProblemWords
from ui.widgets.language import ui_language
from ui.widgets.vocabulary import Vocabulary

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal)."""

    loaded = Signal(int, object)  # generation, Checked
    failed = Signal(int, str)


@dataclass(frozen=True)
class Checked:
    """What one check read: the problems, the names and start times they mention, and the
    acceptances."""

    problems: list[Problem]
    names: Names
    starts: dict[int, datetime]
    accepted: dict[str, Acceptance]


def read_problems(context: AppContext, language: str) -> Checked:
    """Runs in a worker thread, with its own session."""
    with context.store.reader() as db:
        problems = check(db, context.conference_id)
        labels = problem_labels(db, problems)
        accepted = accepted_problems(db, context.conference_id)
    return Checked(problems, Names(language, labels.sessions, labels.people), labels.starts, accepted)


class ProblemTree(QTreeView):
    """A tree whose word-wrapped rows take their new heights when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        model = self.model()
        if event.size().width() != event.oldSize().width() and isinstance(model, ProblemTreeModel):
            # As if the scroll bar were there, so that it coming or going does not matter.
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            model.set_wrap_width(self.width() - 2 * self.frameWidth() - scroll_bar, self.indentation())
            self.doItemsLayout()


class ProblemsPage(QWidget):
    #: Fix: the agenda on this session.
    session_activated = Signal(int)
    #: Fix: the agenda on the day of these sessions, all selected (a clash in time).
    sessions_requested = Signal(object)  # tuple[int, ...]
    #: Fix: the lineup of a session, with a role chosen ("" for none) and an assignment
    #: selected (0 for none).
    lineup_requested = Signal(int, str, int)
    #: Fix: the registration of a person (the first id), with an interest selected (the second, 0 for none).
    registration_requested = Signal(int, int)
    #: Fix: the person.
    person_activated = Signal(int)
    #: The number of problems not accepted, after each refresh (for the window's badge).
    open_count_changed = Signal(int)
    #: Emitted on the GUI thread each time the list has been reloaded.
    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("problemsPage")
        self.setAccessibleName(self.tr("Problems"))
        self.words = ProblemWords(self)
        self.vocabulary = Vocabulary(self)
        self.model = ProblemsModel(self)
        self.proxy = ProblemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = ProblemTreeModel(self.proxy, self.words, self)
        self._build()

        self._generation = 0
        self._problems: list[Problem] = []
        self._names = Names()
        self._selected_key: str | None = None
        self._collapsed: set[str] = {ACCEPTED}
        self._restoring = False
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._show)
        self._relay.failed.connect(self._show_failure)
        self.tree.modelAboutToBeReset.connect(self._rebuilding)
        self.tree.modelReset.connect(self._restore_view)
        context.changed.connect(self.refresh)
        context.content_language_changed.connect(self.refresh)
        context.display_zone_changed.connect(self.refresh)
        self.refresh()

    # Building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filters = ProblemFilterBar(self)
        self.filters.filter_changed.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.search.setFocus).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

        self.view = ProblemTree(self)
        self.view.setModel(self.tree)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.view.activated.connect(self._activated)
        self.view.expanded.connect(lambda index: self._remember_expansion(index, True))
        self.view.collapsed.connect(lambda index: self._remember_expansion(index, False))
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        panel = QWidget(self)
        panel.setMinimumWidth(280)
        side = QVBoxLayout(panel)
        side.setContentsMargins(8, 0, 0, 0)
        self.kind_label = QLabel(panel)
        self.kind_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.kind_label.setWordWrap(True)
        self.sentence = QLabel(panel)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_hint = QLabel(panel)
        self.fix_hint.setWordWrap(True)
        self.fix_hint.setStyleSheet("color: palette(placeholder-text);")
        self.fix_button = QPushButton(self.tr("F&ix"), panel)
        self.fix_button.setToolTip(self.tr("Go where this problem is fixed (Enter or double-click)"))
        self.fix_button.clicked.connect(self.fix_selected)
        note_label = QLabel(self.tr("&Note (why it is fine as it is):"), panel)
        note_label.setWordWrap(True)
        self.note = QLineEdit(panel)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. the rapporteur is named on the day"))
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(lambda _text: self._update_buttons())
        self.note.returnPressed.connect(self.accept_selected)
        self.accept_button = QPushButton(self.tr("&Accept with this note"), panel)
        self.accept_button.setToolTip(self.tr("The problem stops counting; the note is kept in the conference file."))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reopen_button = QPushButton(self.tr("&Reopen"), panel)
        self.reopen_button.setToolTip(self.tr("Count this problem again"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.acceptance_label = QLabel(panel)
        self.acceptance_label.setWordWrap(True)
        self.error = QLabel(panel)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        side.addWidget(self.kind_label)
        side.addWidget(self.sentence)
        side.addSpacing(6)
        side.addWidget(self.fix_hint)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        side.addLayout(fix_row)
        side.addSpacing(12)
        side.addWidget(note_label)
        side.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.acceptance_label)
        side.addWidget(self.error)
        side.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 340])
        splitter.setChildrenCollapsible(False)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Problem counts"))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self._show_details()

    # Reading ----------------------------------------------------------------------------------
    def refresh(self, *_changes: object) -> None:
        """Reload in a worker thread; a newer refresh makes an older result stale."""
        self._generation += 1
        generation, language, relay, context = (
            self._generation,
            self.context.content_language,
            self._relay,
            self.context,
        )
        self.summary.setText(self.tr("Checking…"))

        def work() -> None:
            try:
                try:
                    checked = read_problems(context, language)
                except ConfDeskError as error:
                    relay.failed.emit(generation, str(error))
                except Exception:  # a bug: keep it in the log, word it on the GUI thread
                    log.exception("checking the conference failed")
                    relay.failed.emit(generation, "")
                else:
                    relay.loaded.emit(generation, checked)
            except RuntimeError:  # the page was closed while the check ran
                pass

        QThreadPool.globalInstance().start(work)

    def problems(self) -> list[Problem]:
        """Every problem of the last check, accepted ones included."""
        return list(self._problems)

    def rows(self) -> list[Row]:
        return self.model.rows

    def _rows(self, checked: Checked) -> list[Row]:
        names, zone, lang = checked.names, self.context.display_zone, ui_language()
        kind_order = {code: position for position, code in enumerate(CODES)}
        made: list[tuple[tuple[Any, ...], Row]] = []
        for problem in checked.problems:
            key = problem_key(problem)
            text = self.words.describe(problem, names, lang)
            kind = self.words.kind(problem.code)
            starts = [checked.starts[s] for s in problem.session_ids if s in checked.starts]
            titles = [title for s in problem.session_ids if (title := names.sessions.get(s))]
            people = [" ".join(names.people.get(p, ("", ""))) for p in problem.person_ids]
            search = " ".join([text, kind, *(value for t in titles for value in t.to_dict().values()), *people])
            row = Row(
                problem,
                self.words.severity(problem.severity),
                text,
                kind=kind,
                key=key,
                acceptance=checked.accepted.get(key),
                days=tuple(sorted({start.astimezone(zone).date() for start in starts})),
                search_key=fold(search),
            )
            order = (
                SEVERITIES.index(problem.severity),
                kind_order.get(problem.code, len(CODES)),
                min((start.timestamp() for start in starts), default=float("inf")),
                fold(text),
            )
            made.append((order, row))
        made.sort(key=lambda pair: pair[0])
        return [replace(row, order=position) for position, (_, row) in enumerate(made)]

    def _show(self, generation: int, checked: Checked) -> None:
        if generation != self._generation:
            return
        self._problems, self._names = checked.problems, checked.names
        rows = self._rows(checked)
        self._offer_choices(rows, checked)
        self.model.set_rows(rows)
        self._update_summary()
        self.open_count_changed.emit(sum(not row.accepted for row in rows))
        self.refreshed.emit()

    def _offer_choices(self, rows: list[Row], checked: Checked) -> None:
        names = checked.names
        sessions = {s for row in rows for s in row.problem.session_ids if s in names.sessions}
        people = {p for row in rows for p in row.problem.person_ids if p in names.people}

        def start(session_id: int) -> float:
            starts = checked.starts.get(session_id)
            return starts.timestamp() if starts else float("inf")

        self.filters.set_choices(
            sorted({day for row in rows for day in row.days}),
            [(s, names.session(s)) for s in sorted(sessions, key=lambda s: (start(s), s))],
            sorted(((p, names.person(p)) for p in people), key=lambda pair: fold(pair[1])),
            [(code, self.words.kind(code)) for code in CODES if any(row.problem.code == code for row in rows)],
        )

    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._problems = []
        self.model.set_rows([])
        self.summary.setText(message or self.tr("The conference could not be checked; see the log for details."))
        self.open_count_changed.emit(0)
        self.refreshed.emit()

    def _update_summary(self) -> None:
        rows = self.model.rows
        if not rows:
            self.summary.setText(self.tr("No problems found."))
            return
        still = [row for row in rows if not row.accepted]
        parts = [
            self.tr("Errors: %1").replace("%1", shown_digits(str(sum(r.problem.severity == "error" for r in still)))),
            self.tr("Warnings: %1").replace(
                "%1", shown_digits(str(sum(r.problem.severity == "warning" for r in still)))
            ),
        ]
        notes = sum(r.problem.severity == "info" for r in still)
        if notes:
            parts.append(self.tr("Notes: %1").replace("%1", shown_digits(str(notes))))
        if len(still) < len(rows):
            parts.append(self.tr("Accepted: %1").replace("%1", shown_digits(str(len(rows) - len(still)))))
        if self.proxy.filter:
            parts.append(
                self.tr("Shown: %1 of %2").replace("%1", str(self.proxy.rowCount())).replace("%2", str(len(rows)))
            )
        self.summary.setText(" · ".join(parts))

    # Filtering --------------------------------------------------------------------------------
    def apply_filter(self, chosen: ProblemFilter) -> None:
        self.proxy.set_filter(chosen)
        self._update_summary()

    # Selection --------------------------------------------------------------------------------
    def selected(self) -> Row | None:
        index = self.view.currentIndex()
        return self.tree.data(index, ROW_ROLE) if index.isValid() else None

    def select(self, key: str) -> bool:
        """Select the problem ``key`` (opening its group); False when it is not shown."""
        index = self.tree.index_of_key(key)
        if not index.isValid():
            return False
        self.view.scrollTo(index)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._restoring:
            row = self.tree.data(current, ROW_ROLE) if current.isValid() else None
            self._selected_key = row.key if row is not None else None
        self._show_details()

    def _remember_expansion(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring:
            return
        group = self.tree.data(index, GROUP_ROLE)
        if group:
            (self._collapsed.discard if expanded else self._collapsed.add)(group)

    def _rebuilding(self) -> None:
        self._restoring = True

    def _restore_view(self) -> None:
        """After the tree was rebuilt: the groups open as the user left them, the problem
        selected before selected again (or the first one)."""
        self._restoring = True
        try:
            for group in self.tree.groups():
                self.view.setExpanded(self.tree.index_of_group(group), group not in self._collapsed)
            key = self._selected_key
            if key is None or not self.select(key):
                rows = [row for row in self.tree.problem_rows() if not row.accepted]
                if rows:
                    self.select(rows[0].key)
                else:
                    self.view.selectionModel().clearCurrentIndex()
        finally:
            self._restoring = False
        row = self.selected()
        if row is not None:
            self._selected_key = row.key
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected()
        self.error.clear()
        for widget in (self.fix_button, self.note, self.accept_button, self.reopen_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.kind_label.setText(self.tr("No problem selected"))
            self.sentence.setText(self.tr("Choose a problem to see where to fix it, or to accept it with a note."))
            self.fix_hint.clear()
            self.acceptance_label.clear()
            self.note.clear()
            return
        self.kind_label.setText(f"{row.severity} · {row.kind}")
        self.sentence.setText(row.text)
        fix = fix_for(row.problem)
        self.fix_hint.setText(self.words.fix_hint(fix, self._names))
        self.fix_button.setEnabled(fix is not None)
        self.note.blockSignals(True)
        self.note.setText(row.acceptance.note if row.acceptance else "")
        self.note.setCursorPosition(0)
        self.note.blockSignals(False)
        self.acceptance_label.setText(self.words.acceptance(row.acceptance) if row.acceptance else "")
        self.accept_button.setText(self.tr("Save the &note") if row.accepted else self.tr("&Accept with this note"))
        self.reopen_button.setVisible(row.accepted)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        note = self.note.text().strip()
        if row is None:
            return
        changed = row.acceptance is None or note != row.acceptance.note
        self.accept_button.setEnabled(bool(note) and changed)

    # Acting -----------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = self.tree.data(index, ROW_ROLE)
        if row is not None:
            self.fix(row.problem)

    def fix_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.fix(row.problem)

    def fix(self, problem: Problem) -> None:
        """Go where ``problem`` is fixed (the window listens to the signals)."""
        fix = fix_for(problem)
        if fix is None:
            return
        if fix.screen == LINEUPS:
            self.lineup_requested.emit(fix.session_ids[0], fix.role, fix.assignment_id)
        elif fix.screen == AGENDA and len(fix.session_ids) > 1:
            self.sessions_requested.emit(fix.session_ids)
        elif fix.screen == AGENDA:
            self.session_activated.emit(fix.session_ids[0])
        elif fix.screen == REGISTRATIONS:
            self.registration_requested.emit(fix.person_id, fix.interest_id)
        elif fix.screen == PEOPLE:
            self.person_activated.emit(fix.person_id)

    def _run(self, action) -> bool:
        self.error.clear()
        try:
            action()
        except ServiceError as error:
            self.error.setText(self.vocabulary.error(error))
            return False
        return True

    def accept_selected(self) -> None:
        """Accept the selected problem with the note typed (one undoable command); the next
        problem is selected once the list is reloaded."""
        row = self.selected()
        note = self.note.text().strip()
        if row is None or not note or (row.acceptance is not None and row.acceptance.note == note):
            return
        selected = row.key
        if not row.accepted:
            rows = [r for r in self.tree.problem_rows() if not r.accepted]
            position = next(i for i, r in enumerate(rows) if r.key == row.key)
            after = rows[position + 1 :] or rows[:position][-1:]
            selected = after[0].key if after else row.key
        if self._run(lambda: commands.accept(self.context, row, note)):
            self._selected_key = selected  # once the list is reloaded

    def reopen_selected(self) -> None:
        row = self.selected()
        if row is not None and row.accepted:
            self._selected_key = row.key
            self._run(lambda: commands.reopen(self.context, row))
