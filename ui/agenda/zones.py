"""A searchable choice of any IANA time zone, the conference's first."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


@cache
def zone_names() -> tuple[str, ...]:
    # Region/City names only: the legacy aliases ("EST5EDT", "Etc/GMT+3") confuse more than help.
    return tuple(
        sorted(name for name in available_timezones() if "/" in name and not name.startswith(("Etc/", "SystemV/")))
    )


class ZoneCombo(QComboBox):
    """Type part of a city ("casa", "dubai") to find its zone; emits ``zone_chosen(name)``."""

    zone_chosen = Signal(str)

    def __init__(self, conference_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAccessibleName(self.tr("Display time zone"))
        self.setToolTip(self.tr("Show the agenda's times as seen in this time zone"))
        self.addItem(self.tr("%1 (conference)").replace("%1", conference_zone), conference_zone)
        for name in zone_names():
            if name != conference_zone:
                self.addItem(name, name)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._emit)
        completer.activated[str].connect(self._choose_text)  # type: ignore[index]  # stubs lack SignalInstance.__getitem__ for overloaded signals

    def set_zone(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    def zone(self) -> str:
        return str(self.currentData())

    def _choose_text(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
            self._emit(index)

    def _emit(self, index: int) -> None:
        name = self.itemData(index)
        if name:
            self.zone_chosen.emit(str(name))
