"""The deadlines table model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from confdesk.views.deadlines import DeadlineRow
from ui.i18n import date_and_clock
from ui.widgets.bidi import direction_of
from ui.widgets.language import ui_language
from ui.widgets.rows_model import RowsModel
from ui.widgets.vocabulary import Vocabulary


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    DUE = 2
    LEFT = 3
    REGISTRATIONS = 4
    INTERESTS = 5


class DeadlinesModel(RowsModel[DeadlineRow]):
    """``today`` gives the current date in the conference zone (a parameter so tests can fix it)."""

    def __init__(
        self, zone: ZoneInfo, today: Callable[[], date], content_language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(Column, parent)
        self.words = Vocabulary(self)
        self.zone = zone
        self.today = today
        self.content_language = content_language

    def header(self, column: IntEnum) -> str:
        return {
            Column.TITLE: self.tr("Deadline"),
            Column.KIND: self.tr("Kind"),
            Column.DUE: self.tr("Due"),
            Column.LEFT: self.tr("Days left"),
            Column.REGISTRATIONS: self.tr("Registrations on time / late"),
            Column.INTERESTS: self.tr("Interests on time / late"),
        }[Column(column)]

    def days_left(self, row: DeadlineRow) -> int:
        return (row.due_at.astimezone(self.zone).date() - self.today()).days

    def text(self, row: DeadlineRow, column: Column) -> str:
        if column == Column.TITLE:
            return row.title.get(self.content_language)
        if column == Column.KIND:
            return self.words.deadline_kind(row.kind)
        if column == Column.DUE:
            return date_and_clock(row.due_at.astimezone(self.zone), ui_language())
        if column == Column.LEFT:
            days = self.days_left(row)
            if days == 0:
                return self.tr("Today")
            if days == 1:
                return self.tr("Tomorrow")
            if days == -1:
                return self.tr("Yesterday")
            if days > 0:
                return self.tr("%n days left", "", days)
            return self.tr("%n days ago", "", -days)
        if column == Column.REGISTRATIONS:
            return f"{row.registrations_before} / {row.registrations_after}"
        return f"{row.interests_before} / {row.interests_after}"

    def cell(self, row: DeadlineRow, column: IntEnum, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.LEFT and self.days_left(row) < 0:
            return Qt.GlobalColor.gray
        return None

    def direction(self, row: DeadlineRow, column: IntEnum) -> Qt.LayoutDirection:
        if column == Column.TITLE:
            return direction_of(self.text(row, Column.TITLE))
        return Qt.LayoutDirection.LayoutDirectionAuto

    def sort_key(self, row: DeadlineRow, column: IntEnum) -> Any:
        if column in (Column.DUE, Column.LEFT):
            return row.due_at
        if column == Column.REGISTRATIONS:
            return row.registrations_before
        if column == Column.INTERESTS:
            return row.interests_before
        return self.text(row, Column(column)).casefold()
