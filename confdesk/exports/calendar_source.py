"""Everything the calendars need, read once from the database as plain frozen records.

Reading column tuples in a handful of queries (not ORM objects per person) keeps invites for a
10,000-person conference close to the cost of building the iCalendar text itself.

Stable UIDs: an event's UID is ``uuid5(NAMESPACE_URL, "confdesk:<key>:session:<id>")``. The
key is stored in ``Conference.settings["calendar_uid_key"]``, so it travels with the conference
file and its JSON dump and gives the same UIDs on every machine. It is fixed the first time a
calendar is exported or sent (:func:`ensure_uid_key`), from the contact mailbox and the first
day; renaming the conference later does not change any UID.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Assignment, Conference, LocalText, Part, Person, Session
from confdesk.model.delivery import DeliveredEvent
from confdesk.model.themes import ThemeFramework
from confdesk.views.sessions import SessionFacts, session_fields

UID_KEY_SETTING = "calendar_uid_key"


@dataclass(frozen=True, slots=True)
class ConferenceInfo:
    id: int
    name: LocalText
    short_name: LocalText
    timezone: str
    contact_email: str
    platform: str
    uid_key: str
    first_day: date
    last_day: date
    themes: ThemeFramework = ThemeFramework()

    def title(self, lang: str) -> str:
        return self.short_name.get(lang) or self.name.get(lang)


@dataclass(frozen=True, slots=True)
class PartInfo:
    id: int
    number: int
    name: LocalText
    start_date: date
    end_date: date


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: int
    name: str
    name_ar: str
    email: str | None
    language: str
    gender: str | None
    timezone: str | None

    def display_name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name


@dataclass(frozen=True, slots=True)
class RoleInfo:
    session_id: int
    role: str
    minutes: int
    status: str


@dataclass(frozen=True, slots=True)
class Delivered:
    session_id: int
    uid: str
    sequence: int
    method: str
    fingerprint: str
    summary: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CalendarSource:
    conference: ConferenceInfo
    parts: tuple[PartInfo, ...]
    sessions: dict[int, SessionFacts]
    people: dict[int, PersonInfo]
    roles: dict[int, tuple[RoleInfo, ...]] = field(default_factory=dict)
    delivered: dict[int, dict[int, Delivered]] = field(default_factory=dict)

    def uid(self, session_id: int) -> str:
        return session_uid(self.conference.uid_key, session_id)


def session_uid(key: str, session_id: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"confdesk:{key}:session:{session_id}"))


def _default_uid_key(conference: Conference) -> str:
    first = min((part.start_date for part in conference.parts), default=None)
    mailbox = conference.contact_email or "conference"
    return f"{mailbox}/{first.isoformat() if first else conference.id}"


def uid_key(conference: Conference) -> str:
    return str(conference.settings.get(UID_KEY_SETTING) or _default_uid_key(conference))


def ensure_uid_key(db: DbSession, conference_id: int) -> str:
    """Fix the conference's UID key in its settings (once) and return it; never commits."""
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    key = conference.settings.get(UID_KEY_SETTING)
    if not key:
        key = _default_uid_key(conference)
        conference.settings = {**conference.settings, UID_KEY_SETTING: key}
        db.flush()
    return str(key)


def load_source(db: DbSession, conference_id: int, *, person_ids: set[int] | None = None) -> CalendarSource:
    """Read the conference, its sessions, and (for ``person_ids`` or everyone) people, their
    roles and what they last received."""
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    parts = tuple(
        PartInfo(part.id, number, part.name, part.start_date, part.end_date)
        for number, part in enumerate(conference.parts, start=1)
    )
    info = ConferenceInfo(
        id=conference.id,
        name=conference.name,
        short_name=conference.short_name,
        timezone=conference.timezone,
        contact_email=conference.contact_email,
        platform=conference.platform,
        uid_key=uid_key(conference),
        first_day=min((part.start_date for part in parts), default=date.today()),
        last_day=max((part.end_date for part in parts), default=date.today()),
        themes=ThemeFramework.from_dict(conference.themes),
    )
    session_rows = db.execute(
        select(
            Session.id,
            Session.part_id,
            Session.kind,
            Session.number,
            Session.title,
            Session.description,
            Session.starts_at,
            Session.ends_at,
            Session.join_url,
            Session.meeting_id,
            Session.passcode,
            Session.interpretation,
            Session.themes,
            Session.internal,
            Session.cancelled,
            Session.sequence,
        )
        .join(Part)
        .where(Part.conference_id == conference_id)
        .order_by(Session.starts_at, Session.id)
    )
    sessions = {row.id: SessionFacts(**session_fields(row)) for row in session_rows}

    people_query = (
        select(
            Person.id,
            Person.name,
            Person.name_ar,
            Person.email,
            Person.language,
            Person.gender,
            Person.timezone,
        )
        .where(Person.conference_id == conference_id)
        .order_by(Person.name, Person.id)
    )
    role_query = (
        select(Assignment.person_id, Assignment.session_id, Assignment.role,
               Assignment.speaking_minutes, Assignment.status)
        .join(Person)
        .where(Person.conference_id == conference_id)
        .order_by(Assignment.person_id, Assignment.position, Assignment.id)
    )  # fmt: skip
    delivered_query = select(DeliveredEvent).join(Person).where(Person.conference_id == conference_id)
    if person_ids is not None:
        people_query = people_query.where(Person.id.in_(person_ids))
        role_query = role_query.where(Assignment.person_id.in_(person_ids))
        delivered_query = delivered_query.where(DeliveredEvent.person_id.in_(person_ids))
    people = {row.id: PersonInfo(*row) for row in db.execute(people_query)}
    roles: dict[int, list[RoleInfo]] = defaultdict(list)
    for person_id, session_id, role, minutes, status in db.execute(role_query):
        roles[person_id].append(RoleInfo(session_id, role, minutes, status))
    delivered: dict[int, dict[int, Delivered]] = defaultdict(dict)
    for record in db.scalars(delivered_query):
        delivered[record.person_id][record.session_id] = Delivered(
            record.session_id, record.uid, record.sequence, record.method, record.fingerprint,
            record.summary, record.starts_at, record.ends_at,
        )  # fmt: skip
    return CalendarSource(
        conference=info,
        parts=parts,
        sessions=sessions,
        people=people,
        roles={person: tuple(items) for person, items in roles.items()},
        delivered=dict(delivered),
    )
