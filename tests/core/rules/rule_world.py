"""A small in-memory conference: each rule test states exactly the facts it needs."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count
from zoneinfo import ZoneInfo

from confdesk.rules import Snapshot
from confdesk.rules.snapshot import (
    AssignmentFacts,
    DeadlineFacts,
    InterestFacts,
    PartFacts,
    PersonFacts,
    SessionFacts,
)

BEIRUT = ZoneInfo("Asia/Beirut")
CONSULTATION, CONFERENCE = 1, 2


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in February 2021, Beirut."""
    return datetime(2021, 2, day, hour, minute, tzinfo=BEIRUT)


class Build:
    def __init__(self) -> None:
        self.ids = count(1)
        self.parts = [
            PartFacts(CONSULTATION, "Consultation", date(2021, 2, 23), date(2021, 2, 23)),
            PartFacts(CONFERENCE, "Conference", date(2021, 2, 24), date(2021, 2, 25)),
        ]
        self.sessions: list[SessionFacts] = []
        self.people: list[PersonFacts] = []
        self.assignments: list[AssignmentFacts] = []
        self.interests: list[InterestFacts] = []
        self.deadlines: list[DeadlineFacts] = []
        self.registered: dict[int, frozenset[int]] = {}

    def session(
        self,
        start: datetime,
        end: datetime,
        *,
        kind: str = "side_event",
        part: int = CONFERENCE,
        url: str = "",
        cancelled: bool = False,
        number: int | None = None,
    ) -> int:
        new = next(self.ids)
        self.sessions.append(SessionFacts(new, part, kind, number, f"Session {new}", start, end, url, False, cancelled))
        return new

    def person(
        self,
        *,
        organisation: str = "",
        group: str = "civil_society",
        country: str = "LB",
        email: str | None = "someone@example.org",
        gender: str | None = "female",
        parts: tuple[int, ...] = (CONSULTATION, CONFERENCE),
    ) -> int:
        new = next(self.ids)
        self.people.append(PersonFacts(new, f"Person {new}", organisation, group, country, email, gender))
        self.registered[new] = frozenset(parts)
        return new

    def assign(
        self, session: int, person: int, role: str = "speaker", *, status: str = "confirmed", minutes: int = 0
    ) -> int:
        new = next(self.ids)
        self.assignments.append(AssignmentFacts(new, session, person, role, status, minutes, new))
        return new

    def interest(self, person: int, kind: str, when: datetime, roundtable: int | None = None) -> int:
        new = next(self.ids)
        self.interests.append(InterestFacts(new, person, kind, roundtable, when))
        return new

    def deadline(self, kind: str, due: datetime) -> int:
        new = next(self.ids)
        self.deadlines.append(DeadlineFacts(new, kind, due))
        return new

    def snapshot(self, settings: dict | None = None) -> Snapshot:
        return Snapshot(
            conference_id=1,
            timezone="Asia/Beirut",
            settings=settings or {},
            parts=tuple(self.parts),
            sessions=tuple(self.sessions),
            people=tuple(self.people),
            assignments=tuple(self.assignments),
            interests=tuple(self.interests),
            deadlines=tuple(self.deadlines),
            registered_parts=dict(self.registered),
        )
