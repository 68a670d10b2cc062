"""Calendars that real calendar clients apply: the public programme and personal invites.

Public calendars (METHOD:PUBLISH) hold every session that is not internal, with the join link
but never a passcode, and the conference's contact mailbox as ORGANIZER (RFC 5546 §3.2.1). A
person's :class:`Invite` plans exactly their sessions with their role, the meeting id and
passcode, and the person as ATTENDEE; what they last received
(:class:`~confdesk.model.delivery.DeliveredEvent`) decides SEQUENCE and which events they must
get as METHOD:CANCEL. Each event travels as a calendar object of its own, one UID per
METHOD:REQUEST or METHOD:CANCEL object (:mod:`confdesk.exports.itip`). UIDs are stable, see
:mod:`confdesk.exports.calendar_source`.

Times are written in the conference's zone with its VTIMEZONE; a participant whose own zone
differs also reads the time in their zone in the description.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import STATUS, Alarm, Calendar, Event, Timezone, vCalAddress, vText
from icalendar import Conference as ConferenceLink

from confdesk.exports import calendar_text
from confdesk.exports.calendar_source import (
    CalendarSource,
    Delivered,
    PersonInfo,
    RoleInfo,
)
from confdesk.model import Status
from confdesk.model.themes import ThemeFramework
from confdesk.views.sessions import SessionFacts
from confdesk.workflow import ACTIVE

PRODID = "-//ConfDesk//Conference calendar//EN"
REQUEST, CANCEL, PUBLISH = "REQUEST", "CANCEL", "PUBLISH"

#: Which assignment status gives which PARTSTAT (RFC 5545 3.2.12).
PARTSTAT = {
    Status.PROPOSED: "NEEDS-ACTION",
    Status.INVITED: "NEEDS-ACTION",
    Status.CONFIRMED: "ACCEPTED",
    Status.DECLINED: "DECLINED",
}
#: When a person holds two roles in one session, the most committed status speaks for them.
_STATUS_WEIGHT = {Status.CONFIRMED: 3, Status.INVITED: 2, Status.PROPOSED: 1, Status.DECLINED: 0}

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


class ExactText(vText):
    """A TEXT value written exactly as RFC 5545 §3.3.11 escapes it. icalendar's own escaping
    first turns a typed backslash-N into a line break (a title "\\N" would come back as a
    new line); here a backslash is only ever a backslash."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,")
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", r"\n").encode("utf-8")


def exact(value: str | None) -> ExactText | None:
    """``value`` as :class:`ExactText` (None stays None: an absent property)."""
    return None if value is None else ExactText(value)


def one_line(value: str) -> str:
    """A name or title with line breaks and control characters folded to single spaces."""
    return _CONTROL.sub(" ", value).strip()


@lru_cache(maxsize=16)
def vtimezone(zone: str, first_day: date, last_day: date) -> Timezone:
    # One VTIMEZONE per zone and date range, shared by every calendar of a run: building it
    # from the zone's transitions costs more than a person's whole invite.
    return Timezone.from_tzid(zone, first_date=first_day - timedelta(days=31), last_date=last_day + timedelta(days=31))


def calendar_object(source: CalendarSource, method: str, name: str, uid_seed: str) -> Calendar:
    """An empty VCALENDAR of ``method`` with the conference's VTIMEZONE and a stable UID."""
    conference = source.conference
    calendar = Calendar.new(
        prodid=PRODID,
        method=method,
        name=name,
        uid=uuid.uuid5(uuid.NAMESPACE_URL, f"confdesk:{conference.uid_key}:{uid_seed}"),
    )
    calendar.add_component(vtimezone(conference.timezone, conference.first_day, conference.last_day))
    return calendar


def _summary(session: SessionFacts, lang: str) -> str:
    return one_line(session.title.get(lang))


def _programme_lines(session: SessionFacts, lang: str, themes: ThemeFramework) -> list[str]:
    lines = []
    if description := session.description.get(lang):
        lines.append(description)
    if session.themes:
        framework = themes.name.get(lang) or calendar_text.text(lang, "themes_named")
        captions = "\n".join(theme.caption(lang) for theme in themes.chosen(session.themes))
        lines.append(calendar_text.text(lang, "themes", framework=framework, themes=captions))
    if session.interpretation:
        languages = calendar_text.language_names(lang, session.interpretation)
        lines.append(calendar_text.text(lang, "interpretation", languages=languages))
    return lines


def _add_link(event: Event, source: CalendarSource, session: SessionFacts) -> None:
    if not session.join_url:
        return
    event.url = session.join_url
    label = source.conference.platform or None
    event.conferences = [ConferenceLink(session.join_url, feature=["VIDEO", "AUDIO"], label=label)]
    if label:
        event.location = label


def _add_alarm(event: Event, title: str, lang: str, minutes: int | None) -> None:
    if not minutes:
        return
    alarm = Alarm.new(description=exact(calendar_text.plural(lang, "alarm", minutes, title=title, minutes=minutes)))
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-minutes))
    event.add_component(alarm)


def _zone(source: CalendarSource) -> ZoneInfo:
    return ZoneInfo(source.conference.timezone)


def public_event(
    source: CalendarSource, session: SessionFacts, lang: str, stamp: datetime, alarm: int | None = None
) -> Event:
    zone = _zone(source)
    summary = _summary(session, lang)
    lines = _programme_lines(session, lang, source.conference.themes)
    if session.join_url:
        lines.append(calendar_text.text(lang, "join", url=session.join_url))
    event = Event.new(
        uid=source.uid(session.id),
        sequence=session.sequence,
        summary=exact(summary),
        description=exact("\n".join(lines) or None),
        start=session.starts_at.astimezone(zone),
        end=session.ends_at.astimezone(zone),
        stamp=stamp,
        organizer=_organizer(source, lang),
        status=STATUS.CANCELLED if session.cancelled else STATUS.CONFIRMED,
    )
    _add_link(event, source, session)
    _add_alarm(event, summary, lang, alarm)
    return event


def public_sessions(source: CalendarSource) -> list[SessionFacts]:
    return [session for session in source.sessions.values() if not session.internal]


def public_calendar(
    source: CalendarSource,
    lang: str,
    sessions: list[SessionFacts],
    *,
    name: str,
    uid_seed: str,
    stamp: datetime | None = None,
    alarm: int | None = None,
) -> Calendar:
    stamp = stamp or datetime.now(UTC)
    calendar = calendar_object(source, PUBLISH, name, uid_seed)
    for session in sessions:
        calendar.add_component(public_event(source, session, lang, stamp, alarm))
    return calendar


def public_calendars(
    source: CalendarSource, lang: str, *, alarm: int | None = None, stamp: datetime | None = None
) -> dict[str, Calendar]:
    """File name -> calendar: the whole conference, each part, each day."""
    stamp = stamp or datetime.now(UTC)
    sessions = public_sessions(source)
    zone = _zone(source)
    title = source.conference.title(lang)
    files = {
        "conference.ics": public_calendar(
            source, lang, sessions, name=title, uid_seed="conference", stamp=stamp, alarm=alarm
        )
    }
    for part in source.parts:
        members = [session for session in sessions if session.part_id == part.id]
        files[f"part-{part.number}.ics"] = public_calendar(
            source, lang, members, name=f"{title} – {part.name.get(lang)}",
            uid_seed=f"part:{part.id}", stamp=stamp, alarm=alarm,
        )  # fmt: skip
    days = sorted({session.starts_at.astimezone(zone).date() for session in sessions})
    for day in days:
        members = [s for s in sessions if s.starts_at.astimezone(zone).date() == day]
        files[f"day-{day.isoformat()}.ics"] = public_calendar(
            source, lang, members, name=f"{title} – {day.isoformat()}",
            uid_seed=f"day:{day.isoformat()}", stamp=stamp, alarm=alarm,
        )  # fmt: skip
    return files


@dataclass(frozen=True)
class PlannedEvent:
    """One event of a person's invite, with what decides whether they need it again."""

    session_id: int
    uid: str
    sequence: int
    method: str
    fingerprint: str
    summary: str
    starts_at: datetime
    ends_at: datetime
    changed: bool
    event: Event
    #: The person's PARTSTAT in it (empty for a cancellation).
    partstat: str = ""


@dataclass(frozen=True)
class Invite:
    """A person's plan: the sessions they have (REQUEST) and those they lost (CANCEL).

    It is no calendar object itself: each event goes out as its own (:mod:`confdesk.exports.itip`)."""

    person: PersonInfo
    lang: str
    requests: tuple[PlannedEvent, ...]
    cancels: tuple[PlannedEvent, ...]
    calendar_name: str
    source: CalendarSource

    @property
    def has_news(self) -> bool:
        """Something here differs from what the person last received."""
        return any(event.changed for event in self.requests) or bool(self.cancels)


def _fingerprint(*values: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, values)).encode()).hexdigest()[:32]


def _organizer(source: CalendarSource, lang: str) -> vCalAddress | None:
    mailbox = source.conference.contact_email
    if not mailbox:
        return None
    return vCalAddress.new(mailbox, cn=one_line(source.conference.title(lang)))


def _attendee(
    person: PersonInfo, lang: str, partstat: str, roles: list[RoleInfo], *, rsvp: bool = True
) -> vCalAddress | None:
    if not person.email:
        return None
    return vCalAddress.new(
        person.email,
        cn=one_line(person.display_name(lang)),
        cutype="INDIVIDUAL",
        role="CHAIR" if any(role.role == "chair" for role in roles) else "REQ-PARTICIPANT",
        partstat=partstat,
        rsvp=rsvp and partstat == "NEEDS-ACTION",
        language=lang,
    )


def _personal_lines(
    source: CalendarSource, session: SessionFacts, person: PersonInfo, roles: list[RoleInfo], lang: str
) -> list[str]:
    lines = []
    for role in roles:
        name = calendar_text.role_name(lang, role.role, person.gender)
        if role.minutes:
            lines.append(calendar_text.plural(lang, "role_minutes", role.minutes, role=name, minutes=role.minutes))
        else:
            lines.append(calendar_text.text(lang, "role", role=name))
    lines.extend(_programme_lines(session, lang, source.conference.themes))
    zone = source.conference.timezone
    lines.append(calendar_text.when(lang, session.starts_at, session.ends_at, zone))
    if person.timezone and person.timezone != zone:
        lines.append(calendar_text.when(lang, session.starts_at, session.ends_at, person.timezone))
    if session.join_url:
        lines.append(calendar_text.text(lang, "join", url=session.join_url))
    if session.meeting_id:
        lines.append(calendar_text.text(lang, "meeting_id", meeting_id=session.meeting_id))
    if session.passcode:
        lines.append(calendar_text.text(lang, "passcode", passcode=session.passcode))
    return lines


def _held_sessions(
    source: CalendarSource, person_id: int, delivered: dict[int, Delivered]
) -> dict[int, list[RoleInfo]]:
    """Session id -> the person's roles in it, for the sessions their invite must hold.

    Active assignments count; a declined one stays (as DECLINED) only for someone who already
    has the event, the way an organiser's calendar keeps a declined attendee."""
    held: dict[int, list[RoleInfo]] = {}
    for role in source.roles.get(person_id, ()):
        session = source.sessions.get(role.session_id)
        if session is None or session.cancelled:
            continue
        had_it = role.session_id in delivered and delivered[role.session_id].method == REQUEST
        if role.status in ACTIVE or (role.status == Status.DECLINED and had_it):
            held.setdefault(role.session_id, []).append(role)
    return held


def plan_invite(
    source: CalendarSource,
    person_id: int,
    *,
    lang: str | None = None,
    alarm: int | None = None,
    stamp: datetime | None = None,
) -> Invite:
    """The invite ``person_id`` should have now, compared with what they last received."""
    person = source.people[person_id]
    lang = calendar_text.language_of(lang or person.language)
    stamp = stamp or datetime.now(UTC)
    zone = _zone(source)
    delivered = source.delivered.get(person_id, {})
    organizer = _organizer(source, lang)
    held = _held_sessions(source, person_id, delivered)

    requests = []
    for session_id, roles in sorted(held.items(), key=lambda item: source.sessions[item[0]].starts_at):
        session = source.sessions[session_id]
        partstat = PARTSTAT[Status(max(roles, key=lambda r: _STATUS_WEIGHT[Status(r.status)]).status)]
        summary = _summary(session, lang)
        description = "\n".join(_personal_lines(source, session, person, roles, lang))
        fingerprint = _fingerprint(
            summary, description, session.starts_at.isoformat(), session.ends_at.isoformat(),
            session.join_url, partstat, person.email,
        )  # fmt: skip
        record = delivered.get(session_id)
        changed = record is None or record.method != REQUEST or record.fingerprint != fingerprint
        sequence = session.sequence
        if record is not None:
            sequence = max(sequence, record.sequence + 1 if changed else record.sequence)
        attendee = _attendee(person, lang, partstat, roles)
        event = Event.new(
            uid=source.uid(session_id),
            sequence=sequence,
            summary=exact(summary),
            description=exact(description),
            start=session.starts_at.astimezone(zone),
            end=session.ends_at.astimezone(zone),
            stamp=stamp,
            organizer=organizer,
            attendees=[attendee] if attendee else None,
            status=STATUS.CONFIRMED,
        )
        _add_link(event, source, session)
        _add_alarm(event, summary, lang, alarm)
        requests.append(
            PlannedEvent(session_id, source.uid(session_id), sequence, REQUEST, fingerprint,
                         summary, session.starts_at, session.ends_at, changed, event, partstat)
        )  # fmt: skip

    cancels = []
    for session_id, record in sorted(delivered.items(), key=lambda item: item[1].starts_at):
        if session_id in held or record.method != REQUEST:
            continue
        current = source.sessions.get(session_id)
        sequence = max(record.sequence + 1, current.sequence if current else 0)
        summary = _summary(current, lang) if current else record.summary
        attendee = _attendee(person, lang, "NEEDS-ACTION", [], rsvp=False)
        event = Event.new(
            uid=record.uid,
            sequence=sequence,
            summary=exact(summary),
            start=record.starts_at.astimezone(zone),
            end=record.ends_at.astimezone(zone),
            stamp=stamp,
            organizer=organizer,
            attendees=[attendee] if attendee else None,
            status=STATUS.CANCELLED,
        )
        cancels.append(
            PlannedEvent(session_id, record.uid, sequence, CANCEL, record.fingerprint,
                         summary, record.starts_at, record.ends_at, True, event)
        )  # fmt: skip

    return Invite(
        person=person,
        lang=lang,
        requests=tuple(requests),
        cancels=tuple(cancels),
        calendar_name=source.conference.title(lang),
        source=source,
    )


def person_file_name(person: PersonInfo) -> str:
    """An ASCII-safe file stem from the person's Latin name and id: ``amina-haddad-12``."""
    ascii_name = unicodedata.normalize("NFKD", person.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return f"{slug}-{person.id}" if slug else f"person-{person.id}"
