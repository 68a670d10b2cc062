"""The Problems dock: lists what the rules find, refreshed off the GUI thread whenever the
conference changes; activating a row (double-click or Enter) asks the window to show the
session or the person concerned."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, QSortFilterProxyModel, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from confdesk.errors import ConfDeskError
from confdesk.rules import Problem, check
from confdesk.views.problems import problem_labels
from ui.context import AppContext
from ui.problems.model import PROBLEM_ROLE, SORT_ROLE, Column, ProblemsModel, Row
from ui.problems.words import Names, ProblemWords

log = logging.getLogger(__name__)

#: Problems about a person first (where the fix is on the person); the others open the session.
PERSON_CODES = frozenset({"person_double_booked", "no_email", "late_interest", "unregistered_part"})


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal)."""

    loaded = Signal(int, object, object)  # generation, problems, names
    failed = Signal(int, str)


def read_problems(context: AppContext, language: str) -> tuple[list[Problem], Names]:
    """The problems and the names they mention; runs in a worker thread with its own session."""
    with context.store.reader() as db:
        problems = check(db, context.conference_id)
        labels = problem_labels(db, problems)
    return problems, Names(language, labels.sessions, labels.people)


class ProblemsDock(QDockWidget):
    session_activated = Signal(int)
    person_activated = Signal(int)
    #: Emitted on the GUI thread each time the list has been reloaded.
    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("problemsDock")
        self.setWindowTitle(self.tr("Problems"))
        self.words = ProblemWords(self)
        self.model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(Column.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activate)
        self.summary = QLabel()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)

        self._generation = 0
        self._problems: list[Problem] = []
        self._names = Names()
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._show)
        self._relay.failed.connect(self._show_failure)
        context.changed.connect(self.refresh)
        context.content_language_changed.connect(self.refresh)
        self.refresh()

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
                    problems, names = read_problems(context, language)
                except ConfDeskError as error:
                    relay.failed.emit(generation, str(error))
                except Exception:  # a bug: keep it in the log, word it on the GUI thread
                    log.exception("checking the conference failed")
                    relay.failed.emit(generation, "")
                else:
                    relay.loaded.emit(generation, problems, names)
            except RuntimeError:  # the dock was closed while the check ran
                pass

        QThreadPool.globalInstance().start(work)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def _show(self, generation: int, problems: list[Problem], names: Names) -> None:
        if generation != self._generation:
            return
        self._problems, self._names = problems, names
        language = QLocale().name().split("_")[0]
        self.model.set_rows(
            [Row(p, self.words.severity(p.severity), self.words.describe(p, names, language)) for p in problems]
        )
        errors = sum(p.severity == "error" for p in problems)
        warnings = sum(p.severity == "warning" for p in problems)
        self.summary.setText(
            self.tr("No problems found.")
            if not problems
            else self.tr("{errors} error(s), {warnings} warning(s)").format(errors=errors, warnings=warnings)
        )
        self.setWindowTitle(self.tr("Problems ({count})").format(count=len(problems)))
        self.refreshed.emit()

    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.model.set_rows([])
        self._problems = []
        self.summary.setText(message or self.tr("The conference could not be checked; see the log for details."))
        self.refreshed.emit()

    def _activate(self, index) -> None:
        problem: Problem = self.proxy.data(index, PROBLEM_ROLE)
        if problem is None:
            return
        if problem.person_ids and (problem.code in PERSON_CODES or not problem.session_ids):
            self.person_activated.emit(problem.person_ids[0])
        elif problem.session_ids:
            self.session_activated.emit(problem.session_ids[0])
