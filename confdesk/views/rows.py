"""The rows the agenda shows (its parts, its sessions, a session's lineup), as plain frozen
dataclasses that import neither SQLAlchemy nor the ORM: start-up shows them, read by
:mod:`confdesk.views.first_view`, before SQLAlchemy has loaded. :mod:`confdesk.views.agenda` and
:mod:`confdesk.views.lineups` read the same rows through the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from confdesk.model import LocalText
from confdesk.model.themes import ThemeFramework
from confdesk.views.sessions import SessionFacts


@dataclass(frozen=True)
class PartRow:
    id: int
    name: LocalText
    start_date: date
    end_date: date


@dataclass(frozen=True, slots=True)
class SessionRow(SessionFacts):
    #: People in the session's lineup, whatever their status.
    speakers: int
    #: The row version an edit is based on (a colleague's change in between is refused).
    version: int


@dataclass(frozen=True)
class Agenda:
    parts: tuple[PartRow, ...]
    sessions: tuple[SessionRow, ...]
    #: The conference's framework of themes, which sessions' theme codes come from.
    themes: ThemeFramework = ThemeFramework()
    #: The interpretation channels the conference offers (empty: any).
    interpretation: tuple[str, ...] = ()

    def part(self, part_id: int) -> PartRow:
        return next(part for part in self.parts if part.id == part_id)

    def session(self, session_id: int) -> SessionRow | None:
        return next((row for row in self.sessions if row.id == session_id), None)


@dataclass(frozen=True)
class LineupRow:
    id: int
    version: int
    person_id: int
    name: str
    name_ar: str
    organisation: LocalText
    role: str
    position: int
    speaking_minutes: int
    status: str
