"""Calendar replies built the way mail clients write them, for the invitations ConfDesk wrote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress

from tests.calendar_checks import itip_calendar, message_of


@dataclass(frozen=True)
class Invitation:
    """One METHOD:REQUEST message an outbox holds: to whom, which event."""

    to: str
    uid: str
    sequence: int
    organizer: str
    path: Path


def invitations(folder: Path) -> list[Invitation]:
    found = []
    for path in sorted(folder.glob("*-request-*.eml")):
        calendar = itip_calendar(message_of(path.read_bytes()))
        (event,) = calendar.events
        organizer = str(event["ORGANIZER"]).removeprefix("mailto:")
        to = message_of(path.read_bytes())["To"].addresses[0].addr_spec
        found.append(Invitation(to, event.uid, event.sequence, organizer, path))
    return found


def reply_calendar(
    invitation: Invitation,
    partstat: str,
    *,
    attendee: str | None = None,
    organizer: str | None = None,
    sequence: int | None = None,
    stamp: datetime | None = None,
) -> bytes:
    calendar = Calendar()
    calendar.add("PRODID", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("METHOD", "REPLY")
    event = Event()
    event.add("UID", invitation.uid)
    event.add("SEQUENCE", invitation.sequence if sequence is None else sequence)
    event.add("DTSTAMP", stamp or datetime.now(UTC).replace(microsecond=0))
    event.add("DTSTART", datetime(2027, 3, 1, 9, tzinfo=UTC))
    event.add("SUMMARY", "Roundtable")
    event.add("ORGANIZER", vCalAddress(f"mailto:{organizer or invitation.organizer}"))
    who = vCalAddress(f"mailto:{attendee or invitation.to}")
    who.params["PARTSTAT"] = partstat
    event.add("ATTENDEE", who)
    calendar.add_component(event)
    return calendar.to_ical()


def reply_message(invitation: Invitation, partstat: str, *, style: str = "thunderbird", **calendar_options) -> bytes:
    """A reply as Thunderbird writes it (text, the calendar, the .ics attached again) or as
    Outlook does (text and the calendar as alternatives)."""
    sender = calendar_options.get("attendee") or invitation.to
    message = EmailMessage()
    message["From"] = sender
    message["To"] = invitation.organizer
    message["Subject"] = f"{partstat.title()}: Roundtable"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="example.org")
    calendar = reply_calendar(invitation, partstat, **calendar_options)
    message.set_content(f"{sender} has answered: {partstat}")
    if style == "outlook":
        message.add_alternative(calendar.decode(), subtype="calendar", params={"method": "REPLY"})
    else:
        message.make_mixed()
        part = EmailMessage()
        part.set_content(calendar.decode(), subtype="calendar", params={"method": "REPLY"})
        message.attach(part)
        message.add_attachment(calendar, maintype="application", subtype="ics", filename="invite.ics")
    return message.as_bytes()
