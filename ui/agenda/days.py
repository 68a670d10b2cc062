"""The day selector: the conference days as buttons, grouped under the part they belong to."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.i18n import current_language


class DaySelector(QWidget):
    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Days"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._clicked)
        self.days: list[date] = []

    def set_days(self, groups: list[tuple[str, list[date]]], current: date | None) -> None:
        """``groups`` is ``[(part name, [days])]`` in order; ``current`` is kept if present."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for button in self._group.buttons():
            self._group.removeButton(button)
        self.days = []
        lang = current_language()
        for index, (part, days) in enumerate(groups):
            if index:
                self._layout.addSpacing(14)
            if part:
                label = QLabel(f"<b>{part}</b>", self)
                label.setStyleSheet("color: palette(dark);")
                label.setWordWrap(True)
                label.setMaximumWidth(250)
                self._layout.addWidget(label)
            for day in days:
                button = QToolButton(self)
                button.setText(format_date(day, "EEE d MMM", locale=lang))
                button.setToolTip(format_date(day, "full", locale=lang))
                button.setAccessibleName(format_date(day, "full", locale=lang))
                button.setCheckable(True)
                button.setAutoRaise(True)
                button.setStyleSheet(
                    "QToolButton { padding: 4px 10px; border-radius: 5px; }"
                    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
                )
                self._group.addButton(button, len(self.days))
                self._layout.addWidget(button)
                self.days.append(day)
        self._layout.addStretch(1)
        if self.days:
            self.set_current(current if current in self.days else self.days[0])

    def current_day(self) -> date | None:
        index = self._group.checkedId()
        return self.days[index] if 0 <= index < len(self.days) else None

    def set_current(self, day: date) -> None:
        if day in self.days:
            self._group.button(self.days.index(day)).setChecked(True)

    def _clicked(self, index: int) -> None:
        self.day_chosen.emit(self.days[index])
