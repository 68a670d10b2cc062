"""Calendar replies close the loop: an ACCEPTED from the invited attendee confirms their
assignment, a DECLINED declines it, a TENTATIVE is noted in its history; each step is "by
calendar reply" at the reply's time, through the assignment service.

A reply is acted on only when it answers what ConfDesk handed over
(:class:`~confdesk.model.delivery.DeliveredEvent`): the conference's contact mailbox as
ORGANIZER, a UID handed to the person whose address is the ATTENDEE, a SEQUENCE no older than
the one they were handed. Anything else changes nothing and is reported with its
:class:`Reason`. Each reply acted on is remembered (:class:`~confdesk.model.delivery.CalendarReply`)
so the same reply read again, by Message-ID or by what it says, changes nothing.

Each message is its own unit of work: one that cannot be read or is refused leaves the rest to
be processed. The outcomes carry codes; the command line and the window word them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk import workflow
from confdesk.errors import ConfDeskError
from confdesk.exports.calendar import CANCEL
from confdesk.mail.reply_message import (
    ACCEPTED,
    ANSWERS,
    DECLINED,
    PARSE_ERRORS,
    CalendarReply,
    Unreadable,
    UnreadableReply,
    parse_message,
    read_reply,
)
from confdesk.model import Assignment, Conference, Person, Session, Status
from confdesk.model.delivery import CalendarReply as ReplyRecord
from confdesk.model.delivery import DeliveredEvent
from confdesk.services import Changes, change_status, note_status, touched
from confdesk.services.base import now
from confdesk.store import Store

#: Who made the step, in the assignment's history.
BY_REPLY = "calendar reply"
BY_TENTATIVE_REPLY = "calendar reply (tentative)"
#: No message file is read beyond this size (replies are a few kilobytes).
MAX_MESSAGE_BYTES = 25_000_000

_TARGET = {ACCEPTED: Status.CONFIRMED, DECLINED: Status.DECLINED}


class Result(StrEnum):
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    #: The assignment already had the status the reply asks for.
    UNCHANGED = "unchanged"
    #: This very reply was processed before.
    ALREADY = "already"
    REFUSED = "refused"
    #: Not a calendar reply at all (ordinary mail, a file that is not a message).
    SKIPPED = "skipped"


class Reason(StrEnum):
    """Why a reply changed nothing (besides the :class:`Unreadable` codes)."""

    NOT_EML = "not_eml"
    UNREADABLE_FILE = "unreadable_file"
    MALFORMED = "malformed"
    WRONG_ORGANIZER = "wrong_organizer"
    UNKNOWN_UID = "unknown_uid"
    OTHER_ADDRESS = "other_address"
    UNSUPPORTED_ANSWER = "unsupported_answer"
    OLDER_SEQUENCE = "older_sequence"
    CANCELLED = "cancelled"
    OUTDATED = "outdated"
    NOT_IN_LINEUP = "not_in_lineup"
    NOT_ALLOWED = "not_allowed"


#: Messages that are not replies at all, as opposed to replies that are broken.
_NOT_A_REPLY = {
    Reason.NOT_EML.value,
    Unreadable.NOT_MAIL.value,
    Unreadable.NO_CALENDAR.value,
    Unreadable.NOT_REPLY.value,
}


@dataclass(frozen=True)
class Incoming:
    """One message to process: where it came from (a file name, an IMAP UID) and its bytes,
    or the reason it could not even be read."""

    source: str
    raw: bytes | None
    problem: Reason | None = None
    #: The message's IMAP UID, to flag it once processed.
    imap_uid: str = ""


@dataclass(frozen=True)
class ReplyResult:
    source: str
    result: Result
    #: A :class:`Reason` or :class:`Unreadable` code; empty when the reply was acted on.
    reason: str = ""
    #: What was found (a METHOD, a PARTSTAT, an address, "3 < 4", "confirmed → declined").
    detail: str = ""
    person: str = ""
    email: str = ""
    session: str = ""
    #: The status before (acted on) or as it stays (tentative, unchanged).
    status: str = ""
    replied_at_text: str = ""

    @property
    def is_reply(self) -> bool:
        """Whether the message was a calendar reply, acted on or not."""
        return self.reason not in _NOT_A_REPLY


@dataclass(frozen=True)
class ReplyReport:
    results: tuple[ReplyResult, ...]
    changes: Changes

    def count(self, result: Result) -> int:
        return sum(1 for found in self.results if found.result == result)


class Refused(Exception):
    """Internal: the reply changes nothing, for ``reason``."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(reason.value)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class _Match:
    delivered: DeliveredEvent
    person: Person
    partstat: str


def _match(db: DbSession, conference: Conference, reply: CalendarReply) -> _Match:
    if reply.organizer != (conference.contact_email or "").strip().lower():
        raise Refused(Reason.WRONG_ORGANIZER, reply.organizer)
    rows = db.execute(
        select(DeliveredEvent, Person)
        .join(Person, Person.id == DeliveredEvent.person_id)
        .where(Person.conference_id == conference.id, DeliveredEvent.uid == reply.uid)
    ).all()
    if not rows:
        raise Refused(Reason.UNKNOWN_UID, reply.uid)
    invited = {person.email.strip().lower(): (delivered, person) for delivered, person in rows if person.email}
    for attendee in reply.attendees:
        if attendee.address in invited:
            delivered, person = invited[attendee.address]
            if attendee.partstat not in ANSWERS:
                raise Refused(Reason.UNSUPPORTED_ANSWER, attendee.partstat)
            return _Match(delivered, person, attendee.partstat)
    raise Refused(Reason.OTHER_ADDRESS, reply.attendees[0].address)


def _check_news(db: DbSession, match: _Match, reply: CalendarReply, replied_at_: datetime) -> None:
    delivered = match.delivered
    if reply.sequence < delivered.sequence:
        raise Refused(Reason.OLDER_SEQUENCE, f"{reply.sequence} < {delivered.sequence}")
    if delivered.method == CANCEL:
        raise Refused(Reason.CANCELLED)
    earlier = db.scalars(
        select(ReplyRecord).where(ReplyRecord.person_id == match.person.id, ReplyRecord.uid == reply.uid)
    ).all()
    for record in earlier:
        same_message = bool(reply.message_id) and record.message_id == reply.message_id
        same_answer = (record.sequence, record.partstat, record.replied_at) == (
            reply.sequence, match.partstat, replied_at_,
        )  # fmt: skip
        if same_message or same_answer:
            raise _Already()
    for record in earlier:
        if (record.sequence, record.replied_at) > (reply.sequence, replied_at_):
            raise Refused(Reason.OUTDATED)


class _Already(Exception):
    """Internal: this reply was processed before."""


def _steps(row: Assignment, target: Status) -> list[Status]:
    """The moves that bring ``row`` to ``target``: a proposed assignment whose person was
    handed the invitation is invited first; a move the workflow forbids is refused."""
    if row.status == target:
        return []
    if row.status == Status.PROPOSED:
        return [Status.INVITED, target]
    if workflow.can_move(row.status, target):
        return [target]
    raise Refused(Reason.NOT_ALLOWED, f"{row.status} → {target}")


def _apply(db: DbSession, match: _Match, replied_at_: datetime) -> tuple[Result, str, Changes]:
    rows = db.scalars(
        select(Assignment)
        .where(
            Assignment.person_id == match.person.id,
            Assignment.session_id == match.delivered.session_id,
            Assignment.status != Status.WITHDRAWN,
        )
        .order_by(Assignment.position, Assignment.id)
    ).all()
    if not rows:
        raise Refused(Reason.NOT_IN_LINEUP)
    before = rows[0].status
    changes = touched()
    target = _TARGET.get(match.partstat)
    if target is None:  # TENTATIVE: no such status, a note in the history
        for row in rows:
            changes |= note_status(db, row.id, at=replied_at_, by=BY_TENTATIVE_REPLY).changes
        return Result.TENTATIVE, before, changes
    plans = [(row, _steps(row, target)) for row in rows]  # all checked before any moves
    if not any(steps for _, steps in plans):
        return Result.UNCHANGED, before, changes
    for row, steps in plans:
        for step in steps:
            changes |= change_status(db, row.id, step, at=replied_at_, by=BY_REPLY).changes
    return Result(target.value), before, changes


def _session_title(db: DbSession, session_id: int, lang: str) -> str:
    session = db.get(Session, session_id)
    return session.title.get(lang) if session is not None else ""


def process_reply(
    store: Store, conference_id: int, incoming: Incoming, *, lang: str = "en"
) -> tuple[ReplyResult, Changes]:
    """Act on one message in a unit of work of its own; what it changed, and the result."""
    source = incoming.source
    if incoming.problem is not None or incoming.raw is None:
        reason = incoming.problem or Reason.UNREADABLE_FILE
        return ReplyResult(source, Result.SKIPPED, reason), touched()
    try:
        reply = read_reply(parse_message(incoming.raw))
    except UnreadableReply as error:
        result = Result.SKIPPED if error.code.value in _NOT_A_REPLY else Result.REFUSED
        return ReplyResult(source, result, error.code, error.detail[:200]), touched()
    except PARSE_ERRORS:
        return ReplyResult(source, Result.REFUSED, Reason.MALFORMED), touched()
    moment = now()
    replied_at_ = min(reply.replied_at, moment) if reply.replied_at is not None else moment
    when = replied_at_.isoformat(timespec="minutes")
    found: ReplyResult
    with store.unit() as db:
        conference = db.get(Conference, conference_id)
        if conference is None:
            raise ConfDeskError(f"no conference {conference_id} in the file")
        try:
            match = _match(db, conference, reply)
        except Refused as refused:
            return ReplyResult(source, Result.REFUSED, refused.reason, refused.detail[:200]), touched()
        who = {"person": match.person.name, "email": match.person.email or ""}
        session = _session_title(db, match.delivered.session_id, lang)
        try:
            _check_news(db, match, reply, replied_at_)
            result, status, changes = _apply(db, match, replied_at_)
        except _Already:
            return ReplyResult(source, Result.ALREADY, session=session, replied_at_text=when, **who), touched()
        except Refused as refused:  # raised before anything was changed
            found = ReplyResult(
                source, Result.REFUSED, refused.reason, refused.detail, session=session, replied_at_text=when, **who
            )
            return found, touched()
        db.add(ReplyRecord(
            person_id=match.person.id, session_id=match.delivered.session_id, uid=reply.uid,
            sequence=reply.sequence, partstat=match.partstat, replied_at=replied_at_,
            message_id=reply.message_id, processed_at=moment,
        ))  # fmt: skip
    found = ReplyResult(source, result, session=session, status=status, replied_at_text=when, **who)
    return found, changes


def process_replies(
    store: Store,
    conference_id: int,
    messages: Iterable[Incoming],
    *,
    lang: str = "en",
    after: Callable[[Incoming, ReplyResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ReplyReport:
    """Process each message in turn; ``after`` hears of each one once its unit of work is
    committed (the mailbox flags it then), ``should_stop`` ends the run between two."""
    results, changes = [], touched()
    for incoming in messages:
        if should_stop is not None and should_stop():
            break
        result, changed = process_reply(store, conference_id, incoming, lang=lang)
        results.append(result)
        changes |= changed
        if after is not None:
            after(incoming, result)
    return ReplyReport(tuple(results), changes)


def folder_messages(folder: Path) -> Iterator[Incoming]:
    """Each file in ``folder`` (not its sub-folders), by name: an ``.eml`` file's bytes, any
    other file as not a message."""
    if not folder.is_dir():
        raise ConfDeskError(f"{folder} is not a folder")
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if path.suffix.lower() != ".eml":
            yield Incoming(path.name, None, Reason.NOT_EML)
            continue
        try:
            if path.stat().st_size > MAX_MESSAGE_BYTES:
                yield Incoming(path.name, None, Reason.UNREADABLE_FILE)
                continue
            yield Incoming(path.name, path.read_bytes())
        except OSError:
            yield Incoming(path.name, None, Reason.UNREADABLE_FILE)
