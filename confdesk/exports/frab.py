"""The public schedule as frab-compatible XML or JSON for conference apps (Giggity, Fahrplan,
ConfClerk) — valid against the community schemas (voc/schedule; copies in tests/exports/schemas).

Internal and cancelled sessions stay out; persons are the confirmed people of each lineup.
Parallel roundtables each get a room of their own ("Roundtable 2"), other sessions share the
main room; each event links to its meeting. Event GUIDs are uuid5 of the conference acronym and
session id, so an app sees the same event across exports; person GUIDs follow the schema's
advice, uuid5 of ``acct:<e-mail>``.

The JSON is also what the C3VOC's own schedule library (``c3voc-schedule-tools``) loads and
writes back as XML key by key, so each event key is one the XML schema knows too: no ``end``
(``duration`` carries it). Addresses in the JSON and the XML ``<url>`` are URIs (RFC 3986);
an event has a ``url`` only when ConfDesk knows a web address for it (its meeting, or the
conference's platform), else an empty one, which that library drops.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from hashlib import sha256
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import idna
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from confdesk import __version__
from confdesk.files import write_atomic
from confdesk.imports.text import ascii_slug
from confdesk.model import Assignment, Conference, Part, Session, SessionKind, Status
from confdesk.model.themes import ThemeFramework

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
#: The JSON schema's pattern for ``time_zone_name``, unanchored at the end as it is there.
_JSON_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
_UTC_ZONES = frozenset({"UTC", "UCT", "Universal", "Zulu", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: What a URI holds as it is (RFC 3986: unreserved, sub-delims, ":@/?" and escapes already made).
_URI_SAFE = "!$&'()*+,;=:@/?-._~%"
_ROOM_NAMES = {
    "main": {"en": "Main room", "fr": "Salle principale", "ar": "القاعة الرئيسية"},
    "roundtable": {"en": "Roundtable {0}", "fr": "Table ronde {0}", "ar": "المائدة المستديرة {0}"},
    "side_event": {"en": "Side events {0}", "fr": "Événements parallèles {0}", "ar": "الفعاليات الجانبية {0}"},
}


@dataclass(frozen=True)
class Event:
    id: int
    guid: str
    room: str
    title: str
    type: str
    starts_at: datetime  # in the conference zone
    ends_at: datetime
    abstract: str
    slug: str
    track: str
    language: str
    url: str  # a web address as a URI, or "" when there is none
    join_url: str  # as entered
    link: str  # the join link as a URI, or "" when it is no absolute address
    persons: tuple[tuple[str, str], ...]  # (name, guid)


@dataclass(frozen=True)
class Day:
    index: int
    date: date
    start: datetime
    end: datetime
    rooms: dict[str, list[Event]]


@dataclass(frozen=True)
class Schedule:
    title: str
    acronym: str
    zone: str
    start: date
    end: date
    version: str
    rooms: tuple[str, ...]
    days: tuple[Day, ...]


def _track(session: Session, themes: ThemeFramework, lang: str) -> str:
    """The session's themes by label ("2. Minimize…; 5. Enhance…"), or its part where it has none."""
    captions = [theme.caption(lang) for theme in themes.chosen(session.themes)]
    return "; ".join(captions) if captions else session.part.name.get(lang)


def acronym_of(conference: Conference) -> str:
    """An ASCII acronym matching both schemas (letters, digits, underscores, at least 4)."""
    for text in (conference.short_name.en, conference.short_name.fr, conference.name.en, conference.name.fr):
        slug = ascii_slug(text, "_")[:40].strip("_")
        if slug:
            break
    else:
        slug = f"confdesk_{conference.id}"
    return slug if len(slug) >= 4 else f"{slug}_conf"


def event_guid(acronym: str, session_id: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:confdesk:{acronym}:session:{session_id}"))


def person_guid(email: str | None, acronym: str, person_id: int) -> str:
    if email:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"acct:{email}"))
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:confdesk:{acronym}:person:{person_id}"))


def event_slug(acronym: str, session: Session) -> str:
    """``acronym-<id>-<title>``: ASCII from the English or French title, or the session kind for
    an Arabic-only title, so it always matches ``[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}``."""
    words = ascii_slug(session.title.en) or ascii_slug(session.title.fr) or ascii_slug(session.kind.replace("_", "-"))
    if session.number and not re.search(r"\d", words):
        words = f"{words}-{session.number}"
    tail = f"{session.id}-{words}"[:60].rstrip("-_")
    return f"{acronym}-{tail}"


def as_uri(address: str) -> str:
    """``address`` as an RFC 3986 URI, or "" when it has no scheme: a non-ASCII host in IDNA,
    and whatever else a URI cannot hold (spaces, Arabic, bidi marks, a stray ``%``, a second
    ``#``) percent-encoded as UTF-8, the mapping of RFC 3987 §3.1. By hand because the standard
    library has no IRI mapping and the package that has one (rfc3987) is GPL."""
    address = address.strip()
    if not _SCHEME.match(address):
        return ""
    head, mark, fragment = _STRAY_PERCENT.sub("%25", address).partition("#")
    scheme, slashes, rest = head.partition("://")
    if slashes:
        authority, path = re.match(r"([^/?]*)(.*)", rest, re.DOTALL).groups()  # type: ignore[union-attr]
        head = f"{scheme}://{_authority(authority)}{quote(path, safe=_URI_SAFE)}"
    else:
        head = quote(head, safe=_URI_SAFE)
    return head + (f"#{quote(fragment, safe=_URI_SAFE)}" if mark else "")


def _authority(authority: str) -> str:
    userinfo, at, host_port = authority.rpartition("@")
    literal, host, port, rest = re.fullmatch(  # type: ignore[union-attr]
        r"(\[[0-9A-Fa-f:.]*\])?([^:]*)(:\d*)?(.*)", host_port, re.DOTALL
    ).groups()
    if not host.isascii():
        # A name IDNA refuses is percent-encoded below instead: still a valid URI.
        with contextlib.suppress(idna.IDNAError):
            host = idna.encode(host, uts46=True).decode("ascii")
    # What follows the port is no part of a host: its colons escaped too.
    return (
        quote(f"{userinfo}{at}", safe=_URI_SAFE)
        + (literal or quote(host, safe=_URI_SAFE))
        + (port or "")
        + quote(rest, safe=_URI_SAFE.replace(":", ""))
    )


def _web(address: str) -> str:
    uri = as_uri(address)
    return uri if uri.lower().startswith(("http://", "https://")) else ""


def _room_key(session: Session, busy: dict[str, list[tuple[datetime, datetime]]]) -> str:
    if session.kind == SessionKind.ROUNDTABLE and session.number:
        return f"roundtable:{session.number}"
    if session.kind == SessionKind.SIDE_EVENT:
        # Side events take the first side-event room free at their time.
        n = 1
        while any(
            start < session.ends_at and session.starts_at < end for start, end in busy.get(f"side_event:{n}", [])
        ):
            n += 1
        busy.setdefault(f"side_event:{n}", []).append((session.starts_at, session.ends_at))
        return f"side_event:{n}"
    return "main"


def _room_name(key: str, lang: str) -> str:
    kind, _, number = key.partition(":")
    names = _ROOM_NAMES[kind]
    return names.get(lang, names["en"]).format(number)


def build_schedule(db: DbSession, conference_id: int, lang: str = "en", version: str | None = None) -> Schedule:
    """The public schedule; ``version`` (a published version's number) becomes its
    ``<version>``, else a fingerprint of the sessions as they stand."""
    conference = db.get(Conference, conference_id)
    if conference is None:
        raise LookupError(conference_id)
    zone = ZoneInfo(conference.timezone)
    acronym = acronym_of(conference)
    themes = ThemeFramework.from_dict(conference.themes)
    sessions = list(
        db.scalars(
            select(Session)
            .join(Part)
            .where(Part.conference_id == conference_id, Session.internal.is_(False), Session.cancelled.is_(False))
            .options(selectinload(Session.part), selectinload(Session.assignments).selectinload(Assignment.person))
            .order_by(Session.starts_at, Session.id)
        )
    )
    parts = list(db.scalars(select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id)))
    busy: dict[str, list[tuple[datetime, datetime]]] = {}
    by_day: dict[date, list[tuple[str, Event]]] = {}
    room_order: dict[str, None] = {"main": None}
    for session in sessions:
        key = _room_key(session, busy)
        room_order[key] = None
        starts, ends = session.starts_at.astimezone(zone), session.ends_at.astimezone(zone)
        persons = tuple(
            (
                assignment.person.name_ar if lang == "ar" and assignment.person.name_ar else assignment.person.name,
                person_guid(assignment.person.email, acronym, assignment.person_id),
            )
            for assignment in session.assignments
            if assignment.status == Status.CONFIRMED
        )
        event = Event(
            id=session.id,
            guid=event_guid(acronym, session.id),
            room=_room_name(key, lang),
            title=session.title.get(lang),
            type=session.kind,
            starts_at=starts,
            ends_at=ends,
            abstract=session.description.get(lang),
            slug=event_slug(acronym, session),
            track=_track(session, themes, lang),
            language=lang,
            url=_web(session.join_url) or _web(conference.platform_url),
            join_url=session.join_url,
            link=as_uri(session.join_url),
            persons=tuple(dict.fromkeys(persons)),
        )
        by_day.setdefault(starts.date(), []).append((key, event))
    all_days = sorted(
        {
            part.start_date + timedelta(days=n)
            for part in parts
            for n in range((part.end_date - part.start_date).days + 1)
        }
        | set(by_day)
    ) or [datetime.now(zone).date()]  # the schema wants a day, even in a conference with no parts yet
    ordered_rooms = [key for key in room_order if any(key == k for events in by_day.values() for k, _ in events)] or [
        "main"
    ]
    days = []
    for index, day in enumerate(all_days, start=1):
        events = by_day.get(day, [])
        rooms = {_room_name(key, lang): [event for k, event in events if k == key] for key in ordered_rooms}
        start = min((event.starts_at for _, event in events), default=datetime.combine(day, datetime.min.time(), zone))
        end = max(
            (event.ends_at for _, event in events),
            default=datetime.combine(day, datetime.max.time().replace(microsecond=0), zone),
        )
        days.append(Day(index, day, start, end, rooms))
    fingerprint = sha256(repr([(s.id, s.version, s.sequence) for s in sessions]).encode()).hexdigest()[:8]
    return Schedule(
        title=conference.name.get(lang),
        acronym=acronym,
        zone=conference.timezone,
        start=all_days[0],
        end=all_days[-1],
        version=version or f"{__version__}-{fingerprint}",
        rooms=tuple(_room_name(key, lang) for key in ordered_rooms),
        days=tuple(days),
    )


def _duration(event: Event) -> str:
    """HH:MM in whole minutes, rounded as the C3VOC's tools round (JSON has no seconds)."""
    minutes = round((event.ends_at - event.starts_at).total_seconds() / 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _json_zone_name(zone: str) -> str | None:
    """The zone as the JSON schema's pattern takes it, or None (the key is optional; every
    date carries its offset): the UTC aliases as "UTC", "Etc/GMT-3" or "EST5EDT" left out."""
    if zone in _UTC_ZONES:
        return "UTC"
    return zone if _JSON_ZONE_NAME.search(zone) else None


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def to_xml(schedule: Schedule) -> bytes:
    root = etree.Element("schedule")
    etree.SubElement(root, "generator", name="ConfDesk", version=__version__)
    etree.SubElement(root, "version").text = schedule.version
    conference = etree.SubElement(root, "conference")
    for tag, value in (
        ("title", schedule.title),
        ("acronym", schedule.acronym),
        ("start", schedule.start.isoformat()),
        ("end", schedule.end.isoformat()),
        ("days", str(len(schedule.days))),
        ("timeslot_duration", "00:15"),
        ("time_zone_name", schedule.zone),
    ):
        etree.SubElement(conference, tag).text = value
    room_guids = {
        name: str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:confdesk:{schedule.acronym}:room:{name}"))
        for name in schedule.rooms
    }
    for day in schedule.days:
        day_element = etree.SubElement(
            root, "day", date=day.date.isoformat(), start=_iso(day.start), end=_iso(day.end), index=str(day.index)
        )
        for room, events in day.rooms.items():
            room_element = etree.SubElement(day_element, "room", name=room, guid=room_guids[room])
            for event in events:
                _xml_event(room_element, event)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _xml_event(parent: etree._Element, event: Event) -> None:
    element = etree.SubElement(parent, "event", id=str(event.id), guid=event.guid)
    for tag, value in (
        ("room", event.room),
        ("title", event.title),
        ("subtitle", ""),
        ("type", event.type),
        ("date", _iso(event.starts_at)),
        ("start", event.starts_at.strftime("%H:%M")),
        ("duration", _duration(event)),
        ("abstract", event.abstract),
        ("slug", event.slug),
        ("track", event.track),
        ("language", event.language),
        ("description", ""),
    ):
        etree.SubElement(element, tag).text = value
    persons = etree.SubElement(element, "persons")
    for name, guid in event.persons:
        etree.SubElement(persons, "person", guid=guid).text = name
    links = etree.SubElement(element, "links")
    if event.join_url:
        etree.SubElement(links, "link", href=event.join_url, type="web").text = "Join"
    if event.url:
        etree.SubElement(element, "url").text = event.url


def to_json(schedule: Schedule) -> str:
    room_guids = {
        name: str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:confdesk:{schedule.acronym}:room:{name}"))
        for name in schedule.rooms
    }
    days = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": _iso(day.start),
            "day_end": _iso(day.end),
            "rooms": {room: [_json_event(event) for event in events] for room, events in day.rooms.items()},
        }
        for day in schedule.days
    ]
    conference: dict[str, object] = {
        "acronym": schedule.acronym,
        "title": schedule.title,
        "start": schedule.start.isoformat(),
        "end": schedule.end.isoformat(),
        "daysCount": len(schedule.days),
        "timeslot_duration": "00:15",
    }
    zone_name = _json_zone_name(schedule.zone)
    if zone_name:
        conference["time_zone_name"] = zone_name
    conference["rooms"] = [{"name": name, "guid": guid} for name, guid in room_guids.items()]
    conference["days"] = days
    data = {
        "$schema": SCHEMA_URL,
        "generator": {"name": "ConfDesk", "version": __version__},
        # "version" before "conference": the C3VOC's library writes the XML in key order.
        "schedule": {"version": schedule.version, "conference": conference},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json_event(event: Event) -> dict[str, object]:
    # No "end", though the JSON schema has it: the C3VOC's library keeps it beside "duration"
    # and writes an <end> the XML schema refuses.
    return {
        "guid": event.guid,
        "id": event.id,
        "date": _iso(event.starts_at),
        "start": event.starts_at.strftime("%H:%M"),
        "duration": _duration(event),
        "room": event.room,
        "slug": event.slug,
        "url": event.url,
        "title": event.title,
        "subtitle": "",
        "track": event.track,
        "type": event.type,
        "language": event.language,
        "abstract": event.abstract,
        "description": "",
        "persons": [{"name": name, "guid": guid} for name, guid in event.persons],
        "links": [{"url": event.link, "title": "Join", "type": "web"}] if event.link else [],
    }


def export_frab(
    db: DbSession,
    conference_id: int,
    path: str | Path,
    fmt: str = "xml",
    lang: str = "en",
    version: str | None = None,
) -> int:
    """Write the schedule; returns the number of events."""
    schedule = build_schedule(db, conference_id, lang, version)
    if fmt == "xml":
        write_atomic(path, to_xml(schedule))
    elif fmt == "json":
        write_atomic(path, to_json(schedule))
    else:
        raise ValueError(f"unknown schedule format {fmt!r}")
    return sum(len(events) for day in schedule.days for events in day.rooms.values())
