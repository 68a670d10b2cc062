"""What the documents print, read from the store once as plain frozen dataclasses.

Building a PDF can take a while, so it works on this snapshot and never on live ORM objects:
a document can be built off the GUI thread after the unit of work that read it has closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from confdesk.model import Assignment, Conference, Deadline, LocalText, Part, Person, Session, Status
from confdesk.model.house_style import HouseStyle
from confdesk.model.organisers import Organiser
from confdesk.model.themes import ThemeFramework
from confdesk.views.sessions import SessionFacts, session_fields
from confdesk.world import country_timezone

#: Assignments a printed document may show. Proposed ones are the team's working list and
#: appear only in a draft programme; declined and withdrawn ones are never printed.
PUBLISHED = (Status.INVITED.value, Status.CONFIRMED.value)
DRAFT = (Status.PROPOSED.value, *PUBLISHED)


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    name: str
    name_ar: str
    honorific: LocalText
    job_title: LocalText
    organisation: LocalText
    group: str
    country: str
    email: str | None
    language: str
    zone: ZoneInfo
    listed: bool
    #: As stored: "female", "male", "other" or None; role titles and salutations agree with it.
    gender: str | None = None

    def display_name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name

    def addressed(self, lang: str) -> str:
        honorific = self.honorific.get(lang)
        return f"{honorific} {self.display_name(lang)}" if honorific else self.display_name(lang)


@dataclass(frozen=True, slots=True)
class LineupEntry:
    assignment_id: int
    person: PersonView
    role: str
    status: str
    position: int
    minutes: int


@dataclass(frozen=True, slots=True)
class SessionView(SessionFacts):
    lineup: tuple[LineupEntry, ...]

    def lineup_in(self, statuses: tuple[str, ...]) -> list[LineupEntry]:
        return [entry for entry in self.lineup if entry.status in statuses]


@dataclass(frozen=True, slots=True)
class PartView:
    id: int
    name: LocalText
    start_date: date
    end_date: date
    sessions: tuple[SessionView, ...]

    def public_sessions(self) -> list[SessionView]:
        return [session for session in self.sessions if session.public]


@dataclass(frozen=True, slots=True)
class DeadlineView:
    kind: str
    title: LocalText
    due_at: datetime


@dataclass(frozen=True, slots=True)
class ConferenceView:
    id: int
    name: LocalText
    short_name: LocalText
    zone: ZoneInfo
    languages: tuple[str, ...]
    organisers: tuple[Organiser, ...]
    contact_email: str
    platform: str
    platform_url: str
    notes: dict[str, LocalText]
    parts: tuple[PartView, ...]
    deadlines: tuple[DeadlineView, ...]
    people: tuple[PersonView, ...]
    themes: ThemeFramework = ThemeFramework()
    house_style: HouseStyle = HouseStyle()

    @property
    def start_date(self) -> date | None:
        return min((part.start_date for part in self.parts), default=None)

    @property
    def end_date(self) -> date | None:
        return max((part.end_date for part in self.parts), default=None)

    def sessions(self) -> list[SessionView]:
        return [session for part in self.parts for session in part.sessions]


def _person_zone(row: Person, fallback: ZoneInfo) -> ZoneInfo:
    name = row.timezone or (country_timezone(row.country) if row.country else None)
    return ZoneInfo(name) if name else fallback


def load(db: DbSession, conference_id: int) -> ConferenceView:
    """Read everything the documents need in a handful of queries."""
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    zone = ZoneInfo(conference.timezone)
    people = {
        row.id: PersonView(
            id=row.id,
            name=row.name,
            name_ar=row.name_ar,
            honorific=row.honorific,
            job_title=row.job_title,
            organisation=row.organisation,
            group=row.group,
            country=row.country,
            email=row.email,
            language=row.language,
            zone=_person_zone(row, zone),
            listed=row.listed,
            gender=row.gender,
        )
        for row in db.scalars(select(Person).where(Person.conference_id == conference_id))
    }
    parts = db.scalars(
        select(Part)
        .where(Part.conference_id == conference_id)
        .order_by(Part.position, Part.id)
        .options(selectinload(Part.sessions).selectinload(Session.assignments))
    ).all()
    deadlines = db.scalars(
        select(Deadline).where(Deadline.conference_id == conference_id).order_by(Deadline.due_at)
    ).all()
    return ConferenceView(
        id=conference.id,
        name=conference.name,
        short_name=conference.short_name,
        zone=zone,
        languages=tuple(conference.languages),
        organisers=tuple(Organiser.from_dict(item) for item in conference.organisers),
        contact_email=conference.contact_email,
        platform=conference.platform,
        platform_url=conference.platform_url,
        notes={key: LocalText.from_dict(value) for key, value in conference.notes.items()},
        parts=tuple(_part(part, people) for part in parts),
        deadlines=tuple(DeadlineView(row.kind, row.title, row.due_at) for row in deadlines),
        people=tuple(sorted(people.values(), key=lambda person: person.name.casefold())),
        themes=ThemeFramework.from_dict(conference.themes),
        house_style=HouseStyle.from_settings(conference.settings),
    )


def _part(part: Part, people: dict[int, PersonView]) -> PartView:
    sessions = sorted(part.sessions, key=lambda session: (session.starts_at, session.number or 0, session.id))
    return PartView(
        id=part.id,
        name=part.name,
        start_date=part.start_date,
        end_date=part.end_date,
        sessions=tuple(_session(session, people) for session in sessions),
    )


def _session(session: Session, people: dict[int, PersonView]) -> SessionView:
    lineup = sorted(session.assignments, key=lambda row: (row.position, row.id))
    return SessionView(**session_fields(session), lineup=tuple(_entry(row, people) for row in lineup))


def _entry(row: Assignment, people: dict[int, PersonView]) -> LineupEntry:
    return LineupEntry(row.id, people[row.person_id], row.role, row.status, row.position, row.speaking_minutes)
