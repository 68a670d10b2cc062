"""Search box and filters over people: stakeholder group, country, language, interest and
assignment status. Shared by the people and registrations screens."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from confdesk import world
from confdesk.model import StakeholderGroup, Status
from confdesk.views.filters import ANY_ROUNDTABLE, UNASSIGNED, PeopleFilter
from ui.widgets.language import ui_language
from ui.widgets.vocabulary import Vocabulary


class Choosable(Protocol):
    """What :meth:`FilterBar.set_choices` reads from a row. Read-only members, so frozen
    dataclasses (``PersonRow``) and properties (``RegistrationRow.interests``) both fit."""

    @property
    def country(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def interests(self) -> frozenset[str]: ...


class FilterBar(QWidget):
    """Emits ``filter_changed(PeopleFilter)`` at every keystroke and every choice."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Vocabulary(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, organisations, e-mails"))
        self.search.setAccessibleName(self.tr("Search"))
        self.group = self._combo(self.tr("Stakeholder group"))
        self.country = self._combo(self.tr("Country"))
        self.language = self._combo(self.tr("Language"))
        self.interest = self._combo(self.tr("Interest"))
        self.status = self._combo(self.tr("Assignment status"))
        fill_choices(self.group, self.tr("All groups"), [(g.value, self.words.group(g)) for g in StakeholderGroup])
        fill_choices(
            self.status,
            self.tr("Any status"),
            [(UNASSIGNED, self.tr("In no lineup"))] + [(s.value, self.words.status(s)) for s in Status],
        )
        self.set_choices([])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.group, self.country, self.language, self.interest, self.status):
            layout.addWidget(combo, 1)
        self.search.textChanged.connect(self._emit)

    def _combo(self, name: str) -> QComboBox:
        return filter_combo(self, name, self._emit, minimum_length=10)

    def set_choices(self, rows: Iterable[Choosable]) -> None:
        """Offer the countries, languages and interests that occur in ``rows``."""
        lang = ui_language()
        countries: set[str] = set()
        languages: set[str] = set()
        interests: set[str] = set()
        for row in rows:
            if row.country:
                countries.add(row.country)
            languages.add(row.language.split("-")[0])
            interests.update(row.interests)
        fill_choices(
            self.country,
            self.tr("All countries"),
            sorted(((code, world.country_name(code, lang)) for code in countries), key=lambda pair: pair[1]),
        )
        fill_choices(
            self.language,
            self.tr("All languages"),
            sorted(((code, world.language_name(code, lang)) for code in languages), key=lambda pair: pair[1]),
        )
        keys = sorted(interests)
        if any(key.startswith(ANY_ROUNDTABLE) for key in keys):
            keys.insert(0, ANY_ROUNDTABLE)
        fill_choices(self.interest, self.tr("Any interest"), [(key, self.words.interest_key(key)) for key in keys])

    def current(self) -> PeopleFilter:
        return PeopleFilter(
            text=self.search.text(),
            group=self.group.currentData() or "",
            country=self.country.currentData() or "",
            language=self.language.currentData() or "",
            interest=self.interest.currentData() or "",
            status=self.status.currentData() or "",
        )

    def clear(self) -> None:
        for combo in (self.group, self.country, self.language, self.interest, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self, *_: object) -> None:
        self.filter_changed.emit(self.current())


def filter_combo(parent: QWidget, name: str, changed: Callable[[], object], *, minimum_length: int) -> QComboBox:
    """A filter's drop-down: named for screen readers and in its tooltip, as narrow as its
    ``minimum_length`` characters allow, calling ``changed`` when another choice is made."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(minimum_length)
    combo.currentIndexChanged.connect(changed)
    return combo


def fill_choices(combo: QComboBox, everything: str, choices: Iterable[tuple[str, str]]) -> None:
    """``everything`` (value "") then ``choices`` as (value, label); the value chosen stays
    chosen if it is still there, and refilling emits no change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
