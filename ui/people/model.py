"""The people table model: one row per :class:`~confdesk.views.people.PersonRow`."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from confdesk import world
from confdesk.views.people import PersonRow
from ui.widgets.bidi import direction_of
from ui.widgets.language import ui_language
from ui.widgets.rows_model import RowsModel
from ui.widgets.vocabulary import Vocabulary


class Column(IntEnum):
    NAME = 0
    NAME_AR = 1
    ORGANISATION = 2
    GROUP = 3
    COUNTRY = 4
    EMAIL = 5
    LANGUAGE = 6
    INTERESTS = 7
    LINEUPS = 8


class PeopleModel(RowsModel[PersonRow]):
    def __init__(self, content_language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(Column, parent)
        self.words = Vocabulary(self)
        self.content_language = content_language
        self._labels: dict[tuple[str, str], str] = {}

    def set_content_language(self, lang: str) -> None:
        self.content_language = lang
        if self.rows:
            column = Column.ORGANISATION
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def header(self, column: IntEnum) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.NAME_AR: self.tr("Name in Arabic"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.GROUP: self.tr("Stakeholder group"),
            Column.COUNTRY: self.tr("Country"),
            Column.EMAIL: self.tr("E-mail"),
            Column.LANGUAGE: self.tr("Language"),
            Column.INTERESTS: self.tr("Interests"),
            Column.LINEUPS: self.tr("In lineups"),
        }[Column(column)]

    def _label(self, kind: str, code: str) -> str:
        # Sorting 10,000 rows by group or country asks for the same few words over and over.
        key = (kind, code)
        if key not in self._labels:
            lang = ui_language()
            if kind == "group":
                self._labels[key] = self.words.group(code)
            elif kind == "country":
                self._labels[key] = world.country_name(code, lang) if code else ""
            elif kind == "language":
                self._labels[key] = world.language_name(code, lang)
            elif kind == "interest":
                self._labels[key] = self.words.interest_key(code)
            else:
                self._labels[key] = self.words.status(code)
        return self._labels[key]

    def text(self, row: PersonRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.NAME_AR:
            return row.name_ar
        if column == Column.ORGANISATION:
            return row.organisation.get(self.content_language)
        if column == Column.GROUP:
            return self._label("group", row.group)
        if column == Column.COUNTRY:
            return self._label("country", row.country)
        if column == Column.EMAIL:
            return row.email or ""
        if column == Column.LANGUAGE:
            return self._label("language", row.language)
        if column == Column.INTERESTS:
            return ", ".join(self._label("interest", key) for key in sorted(row.interests))
        return ", ".join(self._label("status", status) for status in sorted(row.statuses))

    def cell(self, row: PersonRow, column: IntEnum, role: int) -> Any:
        column = Column(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        return None

    def direction(self, row: PersonRow, column: IntEnum) -> Qt.LayoutDirection:
        if column == Column.EMAIL:
            return Qt.LayoutDirection.LeftToRight
        if column in (Column.NAME, Column.NAME_AR, Column.ORGANISATION):
            return direction_of(self.text(row, Column(column)))
        return Qt.LayoutDirection.LayoutDirectionAuto

    def sort_key(self, row: PersonRow, column: IntEnum) -> Any:
        return self.text(row, Column(column)).casefold()
