"""Next year's conference from this year's: the structure of a conference dump, moved to a new
first day, ready to load into a new file (``confdesk new --from``).

What is copied: the conference (names, organisers, languages, time zone, platform, document
notes, settings), its parts, its sessions and its deadlines, moved so that the first part
starts on the new first day; with ``with_people``, the people too. What is not: registrations,
lineups (assignments and their history), the problems accepted last time, and each session's
meeting id and passcode (last year's meeting). Cancelled sessions stay behind.

Times keep their local wall-clock time in the conference's time zone: a session at 09:00 in
Beirut is at 09:00 on its new day, whatever daylight saving time does in between. The new
calendar events start again at SEQUENCE 0 and get new UIDs from their new ids' file.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from confdesk import world
from confdesk.interchange.dump import FormatError, dump, load
from confdesk.interchange.records import parse_stamp, stamp
from confdesk.store import open_store
from confdesk.store.create import new_conference_store
from confdesk.store.errors import NotAConferenceFile

#: Settings that speak of last year's records, not of how the conference works.
_SETTINGS_LEFT_BEHIND = ("accepted_problems",)
#: Session fields that belong to last year's online meeting.
_MEETING_FIELDS = ("meeting_id", "passcode")


@dataclass(frozen=True)
class Successor:
    """The new conference's dump, and what was left behind (for the command to say)."""

    data: dict[str, Any]
    shift_days: int
    sessions: int
    cancelled_left: int
    people: int
    deadlines: int


def first_day(data: dict[str, Any]) -> date:
    """The first day of the conference a dump holds (its earliest part)."""
    days = [date.fromisoformat(part["start_date"]) for part in data.get("parts", [])]
    if not days:
        raise FormatError("parts", "the earlier conference has no parts to start from")
    return min(days)


def shifted_time(value: str, days: int, zone: str) -> str:
    """A dump's UTC time ``days`` later at the same local time (see :func:`world.days_later`)."""
    return stamp(world.days_later(parse_stamp(value), days, zone))


def successor(data: dict[str, Any], start: date, *, with_people: bool = False) -> Successor:
    """The conference of a parsed dump ``data`` moved to begin on ``start``."""
    zone = data["conference"]["timezone"]
    days = (start - first_day(data)).days
    conference = copy.deepcopy(data["conference"])
    settings = conference.get("settings") or {}
    conference["settings"] = {key: value for key, value in settings.items() if key not in _SETTINGS_LEFT_BEHIND}

    parts = []
    for record in data.get("parts", []):
        part = copy.deepcopy(record)
        for key in ("start_date", "end_date"):
            part[key] = (date.fromisoformat(part[key]) + timedelta(days=days)).isoformat()
        parts.append(part)

    sessions = []
    cancelled = 0
    for record in data.get("sessions", []):
        if record.get("cancelled"):
            cancelled += 1
            continue
        session = copy.deepcopy(record)
        session["starts_at"] = shifted_time(session["starts_at"], days, zone)
        session["ends_at"] = shifted_time(session["ends_at"], days, zone)
        session["sequence"] = 0
        for key in _MEETING_FIELDS:
            session[key] = ""
        sessions.append(session)

    deadlines = []
    for record in data.get("deadlines", []):
        deadline = copy.deepcopy(record)
        deadline["due_at"] = shifted_time(deadline["due_at"], days, zone)
        deadlines.append(deadline)

    people = copy.deepcopy(data.get("people", [])) if with_people else []
    moved = {
        **{key: copy.deepcopy(value) for key, value in data.items() if key not in _RECORDS},
        "conference": conference,
        "parts": parts,
        "sessions": sessions,
        "people": people,
        "registrations": [],
        "assignments": [],
        "deadlines": deadlines,
    }
    return Successor(moved, days, len(sessions), cancelled, len(people), len(deadlines))


def start_from(source: str, target: str, start: date, *, with_people: bool = False) -> Successor:
    """Write the conference in ``source`` (a file or URL, only read) moved to ``start`` into
    ``target``, a new file (or empty database): all of it or, on any error, nothing."""
    store = open_store(source)
    try:
        conference_id = store.conference_id()
        if conference_id is None:
            raise NotAConferenceFile(source)
        with store.reader() as db:
            data = dump(db, conference_id)
    finally:
        store.close()
    made = successor(data, start, with_people=with_people)
    with new_conference_store(target) as new, new.unit() as db:
        load(db, made.data)
    return made


_RECORDS = ("conference", "parts", "sessions", "people", "registrations", "assignments", "deadlines")
