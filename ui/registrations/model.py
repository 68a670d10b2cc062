"""The registrations table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from confdesk.model import LocalText
from confdesk.views.registrations import RegistrationRow
from ui.i18n import date_and_clock
from ui.widgets.bidi import direction_of
from ui.widgets.language import ui_language
from ui.widgets.rows_model import RowsModel
from ui.widgets.vocabulary import Vocabulary


class Column(IntEnum):
    NAME = 0
    NAME_AR = 1
    ORGANISATION = 2
    EMAIL = 3
    PARTS = 4
    INTERESTS = 5
    REGISTERED = 6


class RegistrationsModel(RowsModel[RegistrationRow]):
    def __init__(self, zone, content_language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(Column, parent)
        self.words = Vocabulary(self)
        self.zone = zone
        self.content_language = content_language
        self.part_names: dict[int, LocalText] = {}

    def header(self, column: IntEnum) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.NAME_AR: self.tr("Name in Arabic"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PARTS: self.tr("Parts"),
            Column.INTERESTS: self.tr("Interests"),
            Column.REGISTERED: self.tr("Registered"),
        }[Column(column)]

    def text(self, row: RegistrationRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.NAME_AR:
            return row.name_ar
        if column == Column.ORGANISATION:
            return row.organisation.get(self.content_language)
        if column == Column.EMAIL:
            return row.email or ""
        if column == Column.PARTS:
            return ", ".join(
                self.part_names.get(part_id, LocalText()).get(self.content_language) for part_id in row.part_ids
            )
        if column == Column.INTERESTS:
            return ", ".join(self.words.interest(item.kind, item.roundtable) for item in row.interest_rows)
        return date_and_clock(row.registered_at.astimezone(self.zone), ui_language(), "short")

    def cell(self, row: RegistrationRow, column: IntEnum, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, Column(column))
        return None

    def direction(self, row: RegistrationRow, column: IntEnum) -> Qt.LayoutDirection:
        if column == Column.EMAIL:
            return Qt.LayoutDirection.LeftToRight
        if column in (Column.NAME, Column.NAME_AR, Column.ORGANISATION, Column.PARTS):
            return direction_of(self.text(row, Column(column)))
        # The date and time as Babel writes them for the interface language, in that
        # language's direction: pinned left to right, an Arabic "9:30 ص" would put its "ص"
        # (a.m.) on the wrong side of the time.
        return Qt.LayoutDirection.LayoutDirectionAuto

    def sort_key(self, row: RegistrationRow, column: IntEnum) -> Any:
        if column == Column.REGISTERED:
            return row.registered_at
        return self.text(row, Column(column)).casefold()
