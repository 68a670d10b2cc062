"""Personal invites for the 10,000-person scale conference against icalendar alone.

    python bench/invites.py

ConfDesk's figure: read everything from the conference file (people, roles, what each person
last received), word every event in the person's language, work out SEQUENCE, and serialise
each event as its own METHOD:REQUEST calendar (one UID per iTIP object, as each goes in a message
of its own). The baseline: icalendar alone building and serialising the very same calendars (same strings, times, attendees, links, VTIMEZONE) from plain values held
in memory. Target: ratio <= 1.5.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from icalendar import Calendar, Event, vCalAddress
from icalendar import Conference as ConferenceLink

from bench.scale import build_scale
from confdesk.exports.calendar import PRODID, plan_invite, vtimezone
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import notices
from confdesk.store import open_store

TARGET = 1.5


def confdesk_invites(store, conference_id: int, stamp: datetime) -> tuple[int, list]:
    """Build and serialise every invitation; returns the bytes written and (notice, method) pairs."""
    with store.reader() as db:
        source = load_source(db, conference_id)
    size, built = 0, []
    for person_id in source.people:
        invite = plan_invite(source, person_id, stamp=stamp)
        for notice in notices(invite, everyone=True):
            calendar = notice.calendar()
            size += len(calendar.to_ical())
            built.append((notice, str(calendar["METHOD"])))
    return size, built


def _plain(notice, method: str) -> tuple:
    """The notice's values as plain data, for the baseline to rebuild without ConfDesk."""
    invite, events = notice.invite, []
    for planned in (notice.event,):
        event = planned.event
        attendee = event.attendees[0] if event.attendees else None
        events.append((
            str(event["SUMMARY"]), str(event["DESCRIPTION"]), event.start, event.end, event.uid,
            event.sequence, str(event.get("URL", "")), str(event.get("LOCATION", "")),
            str(event.organizer) if event.organizer else None,
            event.organizer.params.get("CN") if event.organizer else None,
            str(attendee) if attendee else None, dict(attendee.params) if attendee else {},
        ))  # fmt: skip
    return (method, invite.calendar_name, invite.source.conference, events)


def icalendar_alone(plain: list, stamp: datetime) -> int:
    size = 0
    for method, name, conference, events in plain:
        calendar = Calendar.new(prodid=PRODID, method=method, name=name)
        calendar.add_component(vtimezone(conference.timezone, conference.first_day, conference.last_day))
        for summary, description, start, end, uid, sequence, url, location, org, org_cn, who, params in events:
            event = Event.new(
                uid=uid, sequence=sequence, summary=summary, description=description,
                start=start, end=end, stamp=stamp, status="CONFIRMED",
                organizer=vCalAddress.new(org.removeprefix("mailto:"), cn=org_cn) if org else None,
                attendees=[vCalAddress.new(
                    who.removeprefix("mailto:"), cn=params.get("CN"), cutype=params.get("CUTYPE"),
                    role=params.get("ROLE"), partstat=params.get("PARTSTAT"),
                    rsvp=params.get("RSVP") == "TRUE", language=params.get("LANGUAGE"),
                )] if who else None,
            )  # fmt: skip
            if url:
                event.url = url
                event.conferences = [ConferenceLink(url, feature=["VIDEO", "AUDIO"], label=location or None)]
                if location:
                    event.location = location
            calendar.add_component(event)
        size += len(calendar.to_ical())
    return size


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build_scale(Path(folder) / "scale.confdesk")
        store = open_store(path)
        try:
            conference_id = store.conference_id()
            stamp = datetime.now(UTC)
            ours_size, built = confdesk_invites(store, conference_id, stamp)  # warms caches
            plain = [_plain(invite, method) for invite, method in built]
            ours, base = [], []
            # Interleaved and best of three: these machines are shared and noisy.
            for _ in range(3):
                started = time.perf_counter()
                confdesk_invites(store, conference_id, stamp)
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                base_size = icalendar_alone(plain, stamp)
                base.append(time.perf_counter() - started)
        finally:
            store.close()
    events = sum(len(p[3]) for p in plain)
    people = len({notice.invite.person.id for notice, _ in built})
    print(
        f"invites: {people} people, {len(plain)} calendars, {events} events, {ours_size // 1024} KiB "
        f"(icalendar alone: {base_size // 1024} KiB)"
    )
    print(
        f"invites: confdesk {min(ours):.2f} s, icalendar alone {min(base):.2f} s, "
        f"ratio {min(ours) / min(base):.2f} (target <= {TARGET})"
    )


if __name__ == "__main__":
    main()
