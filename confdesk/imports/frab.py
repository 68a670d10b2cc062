"""Sessions from a frab or pretalx schedule (XML or JSON) into the conference.

Each event becomes a session of the part whose dates hold its day (in the conference's zone);
its meeting link is the event's first web link, or the room name when that is a link (an
event's ``url`` is its page on the schedule's site, not a meeting).
Persons are matched by name to the conference's people and added to the lineup as confirmed
speakers; a name nobody has is reported, not invented as a person. Events on days no part
covers, or already present (same start and title), are skipped with a reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.imports.errors import ImportFileError
from confdesk.imports.text import has_arabic, normalise
from confdesk.model import LocalText, Part, Person, Role, Session, SessionKind, Status
from confdesk.services import Changes, Outcome, SessionData, combined, create_assignment, create_session, validate
from confdesk.services.errors import ValidationError

_DURATION = re.compile(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?$")
_KIND_WORDS = (
    (SessionKind.ROUNDTABLE, ("roundtable", "round table", "table ronde", "مائده")),
    (SessionKind.OPENING, ("opening", "ouverture", "افتتاح")),
    (SessionKind.CLOSING, ("closing", "cloture", "اختتام")),
    (SessionKind.BREAK, ("break", "pause", "استراحه")),
    (SessionKind.OPEN_DISCUSSION, ("open discussion", "discussion ouverte", "نقاش مفتوح")),
    (SessionKind.PLENARY, ("plenary", "pleniere", "الجلسه العامه")),
)


@dataclass(frozen=True)
class FrabEvent:
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    type: str
    abstract: str
    link: str
    persons: tuple[str, ...]


@dataclass
class FrabReport:
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unknown_persons: list[str] = field(default_factory=list)
    #: What the import did, as one action: undo takes every session it created away again.
    outcome: Outcome[None] = field(default_factory=lambda: Outcome(None))

    @property
    def changes(self) -> Changes:
        return self.outcome.changes

    def summary(self) -> str:
        text = f"{len(self.created)} sessions imported, {len(self.skipped)} skipped"
        if self.unknown_persons:
            text += f", {len(self.unknown_persons)} persons not found among the people"
        return text


def read_schedule(path: str | Path, zone: ZoneInfo) -> list[FrabEvent]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror or error}") from None
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        raise ImportFileError(f"{path.name} is empty")
    if text.startswith(b"{"):
        try:
            return _json_events(json.loads(text.decode("utf-8")), zone)
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as error:
            raise ImportFileError(f"{path.name} is not a frab schedule.json ({error})") from None
    try:
        root = etree.fromstring(text, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise ImportFileError(f"{path.name} is neither frab XML nor JSON ({error})") from None
    if root.tag != "schedule":
        raise ImportFileError(f"{path.name} is XML but not a frab schedule (its root is <{root.tag!s}>)")
    try:
        return _xml_events(root, zone)
    except (ValueError, TypeError, AttributeError, OverflowError) as error:
        raise ImportFileError(f"{path.name} has an event this reader cannot understand ({error})") from None


def _duration(text: str) -> timedelta:
    match = _DURATION.match((text or "").strip())
    if not match:
        raise ValueError(f"duration {text!r}")
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _start(date_text: str, start_text: str, day: str, zone: ZoneInfo) -> datetime:
    if date_text and "T" in date_text:
        moment = datetime.fromisoformat(date_text.replace("Z", "+00:00"))
    else:
        moment = datetime.fromisoformat(f"{date_text or day}T{start_text}")
    moment = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    moment.astimezone(zone)  # OverflowError for a moment at the very edge of the calendar
    return moment


def _end(starts: datetime, duration: str, zone: ZoneInfo) -> datetime:
    ends = starts + _duration(duration)
    ends.astimezone(zone)
    return ends


def _title(value: str) -> str:
    """An event title as the one line it stands for (XML titles are often pretty-printed)."""
    return validate.join_lines(value).strip()


def _shown(value: str) -> str:
    """A value from the file as a report line can show it."""
    return validate.escaped(validate.join_lines(value))


def _web(value: str) -> str:
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else ""


def _xml_events(root: etree._Element, zone: ZoneInfo) -> list[FrabEvent]:
    events = []
    for day in root.iter("day"):
        for room in day.iter("room"):
            for event in room.iter("event"):
                starts = _start(event.findtext("date", ""), event.findtext("start", ""), day.get("date", ""), zone)
                links = [link.get("href", "") for link in event.iter("link")]
                link = next((url for url in links if _web(url)), "") or _web(room.get("name", ""))
                events.append(
                    FrabEvent(
                        title=_title(event.findtext("title") or ""),
                        starts_at=starts,
                        ends_at=_end(starts, event.findtext("duration", ""), zone),
                        room=room.get("name", ""),
                        type=(event.findtext("type") or "").strip(),
                        abstract=(event.findtext("abstract") or event.findtext("description") or "").strip(),
                        link=link,
                        persons=tuple(
                            person.text.strip()
                            for person in event.iter("person")
                            if person.text and person.text.strip()
                        ),
                    )
                )
    return events


def _json_events(data: dict[str, Any], zone: ZoneInfo) -> list[FrabEvent]:
    events = []
    for day in data["schedule"]["conference"]["days"]:
        for room, items in day["rooms"].items():
            for event in items:
                starts = _start(event.get("date", ""), event.get("start", ""), day.get("date", ""), zone)
                links = [item.get("url", "") for item in event.get("links") or []]
                link = next((url for url in links if _web(url)), "") or _web(room)
                events.append(
                    FrabEvent(
                        title=_title(event.get("title") or ""),
                        starts_at=starts,
                        ends_at=_end(starts, event.get("duration", ""), zone),
                        room=room,
                        type=(event.get("type") or "").strip(),
                        abstract=(event.get("abstract") or event.get("description") or "").strip(),
                        link=link,
                        persons=tuple(
                            (person.get("name") or person.get("public_name") or "").strip()
                            for person in event.get("persons") or []
                            if (person.get("name") or person.get("public_name"))
                        ),
                    )
                )
    return events


def _kind(event: FrabEvent) -> tuple[str, int | None]:
    if event.type in {kind.value for kind in SessionKind}:
        kind = event.type
    else:
        norm = normalise(f"{event.type} {event.title}")
        kind = next(
            (k.value for k, words in _KIND_WORDS if any(normalise(w) in norm for w in words)),
            SessionKind.SIDE_EVENT.value,
        )
    number = None
    if kind in (SessionKind.ROUNDTABLE, SessionKind.PLENARY):
        found = re.search(r"\b(\d{1,2})\b", event.title)
        number = int(found.group(1)) if found else None
    return kind, number


def import_schedule(db: DbSession, conference_id: int, events: list[FrabEvent], lang: str = "en") -> FrabReport:
    """Create the sessions (and confirmed speakers) the events describe; never commits."""
    from confdesk.queries import conference_zone

    zone = conference_zone(db, conference_id)
    parts = list(db.scalars(select(Part).where(Part.conference_id == conference_id)))
    existing = {
        (session.starts_at, normalise(title))
        for session in db.scalars(select(Session).join(Part).where(Part.conference_id == conference_id))
        for title in (session.title.ar, session.title.en, session.title.fr)
        if title
    }
    people: dict[str, int] = {}
    for known_id, name, name_ar in db.execute(
        select(Person.id, Person.name, Person.name_ar).where(Person.conference_id == conference_id)
    ):
        for value in (name, name_ar):
            if value:
                people.setdefault(normalise(value), known_id)
    report = FrabReport()
    done: list[Outcome[Any]] = []
    for event in events:
        label = f"{_shown(event.title) or '(untitled)'} ({event.starts_at.isoformat(timespec='minutes')})"
        day = event.starts_at.astimezone(zone).date()
        part = next((p for p in parts if p.start_date <= day <= p.end_date), None)
        if part is None:
            report.skipped.append(f"{label}: no part of the conference on {day.isoformat()}")
            continue
        if not event.title:
            report.skipped.append(f"{label}: no title")
            continue
        if (event.starts_at, normalise(event.title)) in existing:
            report.skipped.append(f"{label}: already in the agenda")
            continue
        kind, number = _kind(event)
        title = LocalText().with_("ar" if has_arabic(event.title) else lang, event.title)
        description = (
            LocalText().with_("ar" if has_arabic(event.abstract) else lang, event.abstract)
            if event.abstract
            else LocalText()
        )
        try:
            outcome = create_session(
                db,
                part.id,
                SessionData(
                    kind=kind,
                    title=title,
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                    number=number,
                    description=description,
                    join_url=event.link[:500],
                ),
            )
        except ValidationError as error:
            report.skipped.append(f"{label}: {error}")
            continue
        done.append(outcome)
        existing.add((event.starts_at, normalise(event.title)))
        report.created.append(label)
        for name in event.persons:
            person_id = people.get(normalise(name))
            if person_id is None:
                report.unknown_persons.append(f"{_shown(name)} ({_shown(event.title)})")
                continue
            done.append(create_assignment(db, outcome.value, person_id, Role.SPEAKER, status=Status.CONFIRMED))
    report.outcome = combined(done, None)
    return report
