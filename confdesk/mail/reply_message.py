"""Reading one e-mail as an iTIP REPLY (RFC 5546 §3.2.3): who answered which event, and how.

Clients put the answer in different places: Outlook makes the ``text/calendar; method=REPLY``
part the message's body, Thunderbird sends it beside a text part and attaches it again as an
``.ics``, Gmail uses ``application/ics``. Whatever the layout, the first calendar part whose
METHOD is REPLY is the answer.

Everything in a message comes from outside: what cannot be read is :class:`UnreadableReply`
with a :class:`Unreadable` code (the command line and the window word it), never a traceback.
"""

from __future__ import annotations

import email
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from enum import StrEnum

from icalendar import Calendar

from confdesk.errors import ConfDeskError

#: The answers ConfDesk acts on (RFC 5545 §3.2.12 has more: DELEGATED, NEEDS-ACTION …).
ACCEPTED, DECLINED, TENTATIVE = "ACCEPTED", "DECLINED", "TENTATIVE"
ANSWERS = (ACCEPTED, DECLINED, TENTATIVE)
#: Far more than any calendar reply; a bigger part is not read at all.
MAX_CALENDAR_BYTES = 1_000_000
_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
#: How the email package and icalendar fail on hostile bytes (UnicodeError is a ValueError).
PARSE_ERRORS = (ValueError, LookupError, TypeError, AttributeError)


class Unreadable(StrEnum):
    """Why a message is not a reply ConfDesk can act on."""

    NOT_MAIL = "not_mail"
    NO_CALENDAR = "no_calendar"
    NOT_REPLY = "not_reply"
    BAD_CALENDAR = "bad_calendar"
    NO_EVENT = "no_event"
    SEVERAL_UIDS = "several_uids"
    NO_ATTENDEE = "no_attendee"
    NO_ANSWER = "no_answer"
    NO_ORGANIZER = "no_organizer"


class UnreadableReply(ConfDeskError):
    """The message is not a calendar reply ConfDesk can act on; ``code`` says why, ``detail``
    (a METHOD or PARTSTAT, made printable by whoever shows it) says what was found."""

    def __init__(self, code: Unreadable, detail: str = "") -> None:
        super().__init__(code.value + (f": {detail}" if detail else ""))
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Attendee:
    address: str
    partstat: str


@dataclass(frozen=True)
class CalendarReply:
    """What a reply says: the event (UID, SEQUENCE), who answered what, and when."""

    uid: str
    sequence: int
    #: Every ATTENDEE of the reply; RFC 5546 wants exactly the one who answers.
    attendees: tuple[Attendee, ...]
    organizer: str
    #: DTSTAMP, else the Date header, else None.
    replied_at: datetime | None
    message_id: str


def _address(value: object) -> str:
    """The address of a CAL-ADDRESS (``mailto:x@y``), lower case; "" for anything else."""
    text = str(value).strip()
    if text[:7].lower() != "mailto:":
        return ""
    return text[7:].strip().lower()


def _calendar_parts(message: Message) -> list[Message]:
    found = []
    for part in message.walk():
        name = (part.get_filename() or "").lower() if not part.is_multipart() else ""
        if part.get_content_type() in _CALENDAR_TYPES or name.endswith(".ics"):
            found.append(part)
    return found


def _parsed(part: Message) -> Calendar:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        raise UnreadableReply(Unreadable.BAD_CALENDAR)
    if len(data) > MAX_CALENDAR_BYTES:
        raise UnreadableReply(Unreadable.BAD_CALENDAR, "too large")
    try:
        calendar = Calendar.from_ical(data)
    except PARSE_ERRORS:
        raise UnreadableReply(Unreadable.BAD_CALENDAR) from None
    if not isinstance(calendar, Calendar):
        raise UnreadableReply(Unreadable.BAD_CALENDAR)
    return calendar


def _reply_calendar(message: Message) -> Calendar:
    parts = _calendar_parts(message)
    if not parts:
        raise UnreadableReply(Unreadable.NO_CALENDAR)
    methods, problem = [], None
    for part in parts:
        try:
            calendar = _parsed(part)
        except UnreadableReply as error:
            problem = problem or error
            continue
        method = str(calendar.get("METHOD", "")).strip().upper()
        if method == "REPLY":
            return calendar
        methods.append(method)
    if problem is not None and not methods:
        raise problem
    raise UnreadableReply(Unreadable.NOT_REPLY, methods[0] if methods and methods[0] else "")


def _when(value: object) -> datetime | None:
    try:
        moment = getattr(value, "dt", None)
    except PARSE_ERRORS:  # icalendar parses a property when it is read: a broken one raises
        raise UnreadableReply(Unreadable.BAD_CALENDAR, "DTSTAMP") from None
    if not isinstance(moment, datetime):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _date_header(message: Message) -> datetime | None:
    try:
        moment = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def read_reply(message: Message) -> CalendarReply:
    """The reply ``message`` carries, or :class:`UnreadableReply` saying why there is none."""
    calendar = _reply_calendar(message)
    events = [component for component in calendar.walk("VEVENT")]
    if not events:
        raise UnreadableReply(Unreadable.NO_EVENT)
    uids = {str(event.get("UID", "")).strip() for event in events}
    if len(uids) > 1:
        raise UnreadableReply(Unreadable.SEVERAL_UIDS)
    (uid,) = uids
    if not uid:
        raise UnreadableReply(Unreadable.NO_EVENT, "no UID")
    event = events[0]
    found = event.get("ATTENDEE")
    listed = found if isinstance(found, list) else [found] if found is not None else []
    attendees = []
    for attendee in listed:
        address = _address(attendee)
        partstat = str(getattr(attendee, "params", {}).get("PARTSTAT", "")).strip().upper()
        if address:
            attendees.append(Attendee(address, partstat))
    if not attendees:
        raise UnreadableReply(Unreadable.NO_ATTENDEE)
    organizer = _address(event.get("ORGANIZER", ""))
    if not organizer:
        raise UnreadableReply(Unreadable.NO_ORGANIZER)
    try:
        sequence = int(str(event.get("SEQUENCE", 0)).strip())
    except ValueError:
        raise UnreadableReply(Unreadable.BAD_CALENDAR, "SEQUENCE") from None
    replied_at = _when(event.get("DTSTAMP")) or _date_header(message)
    message_id = str(message.get("Message-ID", "")).strip()[:300]
    return CalendarReply(uid[:200], sequence, tuple(attendees), organizer, replied_at, message_id)


def parse_message(raw: bytes) -> EmailMessage:
    """``raw`` as an e-mail, or :class:`UnreadableReply` (NOT_MAIL) when it has no headers a
    message has: a text file, a picture, an empty file."""
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() and ("From" in message or "Date" in message)):
        raise UnreadableReply(Unreadable.NOT_MAIL)
    return message
