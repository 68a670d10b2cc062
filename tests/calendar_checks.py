"""Reading back a calendar ConfDesk wrote, the way two independent parsers do.

Every calendar goes through icalendar and through Home Assistant's strict ``ical`` package
(``IcsCalendarStream.calendar_from_ics`` raises on anything RFC 5545 does not allow), and an
iTIP REQUEST or CANCEL must hold exactly one UID (RFC 5546 §3.2.2, §3.2.5); a PUBLISH object
must name its ORGANIZER (§3.2.1).
"""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar


def parsed_calendar(data: bytes | str) -> Calendar:
    """``data`` parsed by icalendar, after checking that the strict parser reads the same
    events and that an iTIP object holds what RFC 5546 asks."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    calendar = Calendar.from_ical(text)
    strict = IcsCalendarStream.calendar_from_ics(text)
    assert sorted(event.uid for event in strict.events) == sorted(str(e["UID"]) for e in calendar.events)
    for ours, theirs in zip(
        sorted(calendar.events, key=lambda e: str(e["UID"])), sorted(strict.events, key=lambda e: e.uid), strict=True
    ):
        assert ours.start == theirs.dtstart and ours.end == theirs.dtend
    method = str(calendar.get("METHOD", ""))
    if method in ("REQUEST", "CANCEL"):
        assert len({str(e["UID"]) for e in calendar.events}) == 1, f"a {method} object holds several UIDs"
    if method == "PUBLISH":
        assert all(e.get("ORGANIZER") for e in calendar.events), "a PUBLISH event without ORGANIZER"
    return calendar


def message_of(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def calendar_parts(message: EmailMessage) -> list[EmailMessage]:
    """The message's calendar parts: its text/calendar body and any .ics attachment."""
    return [part for part in message.walk() if part.get_content_type() in ("text/calendar", "application/ics")]


def itip_calendar(message: EmailMessage) -> Calendar:
    """The one calendar a client applies: the text/calendar alternative body, checked to be the
    same object as the attached .ics and to carry the METHOD its Content-Type names."""
    (body,) = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
    alternative = next(part for part in message.walk() if part.get_content_type() == "multipart/alternative")
    assert body in alternative.get_payload(), "the calendar is not the message's alternative body"
    data = body.get_payload(decode=True)
    calendar = parsed_calendar(data)
    assert body.get_param("method") == str(calendar["METHOD"])
    (attached,) = [part for part in message.iter_attachments() if part.get_content_type() == "application/ics"]
    assert attached.get_payload(decode=True) == data
    return calendar
