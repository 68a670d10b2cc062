"""The search box and the filters of the Problems screen: day, session, person and kind.

As the people screens' :class:`~ui.widgets.filter_bar.FilterBar`: a "everything" choice first,
then the choices that occur in the problems found, kept across refreshes while they still
occur; ``filter_changed`` carries a :class:`~ui.problems.model.ProblemFilter` at every keystroke
and every choice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from babel.dates import format_skeleton
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.problems.model import ProblemFilter
from ui.widgets.filter_bar import fill_choices, filter_combo
from ui.widgets.language import ui_language


class ProblemFilterBar(QWidget):
    filter_changed = Signal(object)  # ProblemFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search problems, names, sessions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search problems"))
        self.day = self._combo(self.tr("Day"))
        self.session = self._combo(self.tr("Session"))
        self.person = self._combo(self.tr("Person"))
        self.kind = self._combo(self.tr("Kind of problem"))
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        self._last: ProblemFilter | None = None
        self.set_choices([], [], [], [])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.day, self.session, self.person, self.kind):
            layout.addWidget(combo, 1)
        layout.addWidget(self.clear_button)
        self.search.textChanged.connect(self._emit)

    def _combo(self, name: str) -> QComboBox:
        return filter_combo(self, name, self._emit, minimum_length=12)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: Iterable[tuple[str, str]]) -> None:
        """``choices`` as (value, label); the value chosen stays chosen if it is still there."""
        fill_choices(combo, everything, choices)
        # Wide enough for "All …" in every language; a long title is seen in the list.
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(everything) + 48)

    def set_choices(
        self,
        days: Iterable[date],
        sessions: Iterable[tuple[int, str]],
        people: Iterable[tuple[int, str]],
        kinds: Iterable[tuple[str, str]],
    ) -> None:
        """Offer the days, sessions, people and kinds the problems mention, in that order."""
        lang = ui_language()
        self._fill(
            self.day,
            self.tr("All days"),
            [(day.isoformat(), format_skeleton("MMMEd", day, locale=lang)) for day in days],
        )
        self._fill(self.session, self.tr("All sessions"), [(str(i), label) for i, label in sessions])
        self._fill(self.person, self.tr("All people"), [(str(i), label) for i, label in people])
        self._fill(self.kind, self.tr("All kinds"), kinds)
        self._emit()

    def current(self) -> ProblemFilter:
        day = self.day.currentData() or ""
        return ProblemFilter(
            text=self.search.text(),
            day=date.fromisoformat(day) if day else None,
            session=int(self.session.currentData() or 0),
            person=int(self.person.currentData() or 0),
            kind=self.kind.currentData() or "",
        )

    def choose(self, combo: QComboBox, value: object) -> bool:
        """Choose ``value`` (a day, an id or a code) in ``combo``; False when it is not offered."""
        position = combo.findData(value.isoformat() if isinstance(value, date) else str(value))
        if position >= 0:
            combo.setCurrentIndex(position)
        return position >= 0

    def clear(self) -> None:
        for combo in (self.day, self.session, self.person, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self, *_: object) -> None:
        chosen = self.current()
        self.clear_button.setEnabled(bool(chosen))
        if chosen != self._last:
            self._last = chosen
            self.filter_changed.emit(chosen)
