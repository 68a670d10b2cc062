"""Who needs which invitation e-mail now, handing them over, and the one log of what was.

A person gets one message per iTIP object (:class:`~confdesk.exports.itip.Notice`): an
invitation or update per session, a cancellation per session lost; with ``summary``, also a
message listing their sessions, with no calendar in it. Messages leave one of two ways, sent over
SMTP (:func:`send_invites`) or written as ``.eml`` files for the team's own mail program
(:func:`write_messages`), and both record each message as handed over in the same log: the
event per person, UID, SEQUENCE and METHOD (:class:`~confdesk.model.delivery.DeliveredEvent`)
and the message itself (:class:`~confdesk.model.delivery.SentMessage`, with its channel). The
next outbox therefore holds exactly what changed since, whichever way the last round went, and
nobody is handed the same thing twice. Writing a preview (``record=False``) records nothing.

Each message is recorded in its own committed transaction as soon as the server accepted it or
its file was written. A batch cut short (network, crash, a full disk, the user pressing Stop)
and started again therefore continues with what was not yet handed over.

One bad recipient does not stop a batch: an address no mail server can deliver to is set aside
when the outbox is made (:attr:`Outbox.undeliverable`), and one the server refuses is skipped
with the rest of that person's messages; both are reported (:attr:`BatchResult.refused`, in
memory only: nothing marks them sent), so running the batch again tries exactly them. A broken
connection stops the batch (:class:`BatchStopped`, which says how many were sent).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from confdesk.exports.calendar import Invite, person_file_name, plan_invite
from confdesk.exports.calendar_source import CalendarSource, ensure_uid_key, load_source
from confdesk.exports.itip import Notice, notices, record_delivery
from confdesk.files import Batch
from confdesk.mail.compose import AddressError, OutgoingMessage, compose_notice, compose_summary, mailbox
from confdesk.mail.smtp import MailError, RecipientRefused
from confdesk.model import Person
from confdesk.model.delivery import SentMessage
from confdesk.store import Store

#: Called with (done, total, person's name) after each person.
Progress = Callable[[int, int, str], None]


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass(frozen=True)
class Refusal:
    """A person who was not served, and why (an address no server can take, a refusal)."""

    person_id: int
    name: str
    email: str
    reason: str


#: How a message was handed over: sent over SMTP, or written as a file to the outbox folder.
SMTP, OUTBOX = "smtp", "outbox"
SUMMARY = "summary"


@dataclass(frozen=True)
class PlannedMessage:
    """One e-mail to a person: an iTIP notice, or (``notice`` None) the summary of their sessions."""

    invite: Invite
    notice: Notice | None = None

    @property
    def kind(self) -> str:
        """ "invite", "update", "cancel" or "summary"."""
        return self.notice.kind if self.notice is not None else SUMMARY

    def compose(self, sent_at: datetime) -> OutgoingMessage:
        if self.notice is None:
            return compose_summary(self.invite, sent_at=sent_at)
        return compose_notice(self.notice, sent_at=sent_at)

    def file_stem(self) -> str:
        """``amina-haddad-12-session-7-request-2``: person, session, METHOD, SEQUENCE, so a
        later round never writes over a message of an earlier one."""
        stem = person_file_name(self.invite.person)
        if self.notice is None:
            return f"{stem}-{SUMMARY}"
        event = self.notice.event
        return f"{stem}-session-{event.session_id}-{event.method.lower()}-{event.sequence}"


@dataclass(frozen=True)
class Outbox:
    source: CalendarSource
    #: The people with something to be handed, each with their plan.
    invites: tuple[Invite, ...]
    #: Every message to hand over, person by person.
    messages: tuple[PlannedMessage, ...]
    without_email: int
    #: People with news whose address no mail server can deliver to; not in ``invites``.
    undeliverable: tuple[Refusal, ...] = ()


@dataclass(frozen=True)
class LogEntry:
    person_id: int
    name: str
    email: str
    message_id: str
    sent_at: datetime
    batch: str
    kind: str
    channel: str = SMTP
    uid: str = ""
    sequence: int | None = None
    method: str = ""


@dataclass(frozen=True)
class BatchResult:
    batch: str
    sent: tuple[LogEntry, ...]
    #: Who was not served and why, undeliverable addresses first; never recorded as sent.
    refused: tuple[Refusal, ...]
    stopped: bool


class BatchStopped(MailError):
    """The connection broke during a batch: what was sent is recorded, the rest can follow."""

    def __init__(self, cause: MailError, result: BatchResult, total: int) -> None:
        self.result = result
        super().__init__(
            f"{cause}; {len(result.sent)} of {total} messages were sent and recorded before the batch "
            "stopped: send again for the rest"
        )


def address_problem(email: str | None) -> str | None:
    """Why no mail server could deliver to ``email``, or None (also for no address)."""
    if not email:
        return None
    try:
        mailbox(email)
    except AddressError as error:
        return str(error)
    return None


def _without_address(source: CalendarSource, person_id: int) -> CalendarSource:
    person = source.people[person_id]
    return replace(source, people={**source.people, person_id: replace(person, email=None)})


def outbox(
    store: Store,
    conference_id: int,
    *,
    alarm: int | None = None,
    everyone: bool = False,
    summary: bool = False,
) -> Outbox:
    """The messages to hand over: for each event that changed since a person last received it
    (or, with ``everyone``, each of their sessions) one notice, and with ``summary`` one list
    of their sessions per person served. People without an address are counted, not served;
    people whose address no server could deliver to are set aside with the reason."""
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    invites, messages, without_email, undeliverable = [], [], 0, []
    for person_id, person in source.people.items():
        problem = address_problem(person.email)
        # A bad address is planned without it: it must not reach the calendar either.
        planned = source if problem is None else _without_address(source, person_id)
        invite = plan_invite(planned, person_id, alarm=alarm)
        found = notices(invite, everyone=everyone)
        if not found:
            continue
        if not person.email:
            without_email += 1
            continue
        if problem is not None:
            undeliverable.append(Refusal(person_id, person.name, person.email, problem))
            continue
        invites.append(invite)
        messages += [PlannedMessage(invite, notice) for notice in found]
        if summary:
            messages.append(PlannedMessage(invite))
    return Outbox(source, tuple(invites), tuple(messages), without_email, tuple(undeliverable))


def _record(
    store: Store, message: PlannedMessage, sent: OutgoingMessage, handed_at: datetime, batch: str, channel: str
) -> LogEntry:
    """Record ``message`` as handed over, in a transaction of its own."""
    person, notice = message.invite.person, message.notice
    event = notice.event if notice is not None else None
    entry = LogEntry(
        person.id, person.name, person.email or "", str(sent["Message-ID"]), handed_at, batch, message.kind,
        channel, event.uid if event else "", event.sequence if event else None, event.method if event else "",
    )  # fmt: skip
    with store.unit() as db:
        if notice is not None:
            record_delivery(db, notice, handed_at)
        db.add(SentMessage(
            person_id=entry.person_id, email=entry.email, message_id=entry.message_id, sent_at=handed_at,
            batch=batch, kind=entry.kind, digest=notice.digest() if notice is not None else "",
            channel=channel, uid=entry.uid, sequence=entry.sequence, method=entry.method,
        ))  # fmt: skip
    return entry


def write_messages(store: Store, box: Outbox, folder: Path, *, record: bool = True) -> list[Path]:
    """Each message as ``<person>-session-<id>-<method>-<sequence>.eml`` (a summary as
    ``<person>-summary.eml``), each recorded as handed over once written, unless ``record`` is
    false (a preview). Each file is written atomically; if one cannot be written,
    :class:`~confdesk.files.BatchError` says how many were (and those are recorded)."""
    folder.mkdir(parents=True, exist_ok=True)
    batch_id = uuid.uuid4().hex
    batch = Batch(len(box.messages), "messages")
    for message in box.messages:
        written_at = datetime.now(UTC)
        composed = message.compose(written_at)
        batch.add(folder, message.file_stem(), ".eml", composed.as_bytes())
        if record:
            _record(store, message, composed, written_at, batch_id, OUTBOX)
    return list(batch.written)


def send_invites(
    store: Store,
    box: Outbox,
    transport: Transport,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> BatchResult:
    """Send every message of ``box`` and record each one right after the server accepted it.

    A refused address is reported once and the rest of that person's messages skipped; a
    broken connection raises :class:`BatchStopped` (a :class:`~confdesk.mail.smtp.MailError`)
    with everything sent so far already recorded. A conference address no server can take (the
    sender of every message) raises :class:`~confdesk.mail.compose.AddressError` before
    anything is sent."""
    if contact := box.source.conference.contact_email:
        try:
            mailbox(contact)
        except AddressError as error:
            raise AddressError(f"the conference's contact address cannot send: {error}") from None
    batch = uuid.uuid4().hex
    sent: list[LogEntry] = []
    refused: list[Refusal] = list(box.undeliverable)
    passed_over: set[int] = set()
    total = len(box.messages)
    for done, message in enumerate(box.messages, start=1):
        if should_stop is not None and should_stop():
            return BatchResult(batch, tuple(sent), tuple(refused), stopped=True)
        person = message.invite.person
        if person.id in passed_over:
            continue
        sent_at = datetime.now(UTC)
        try:
            composed = message.compose(sent_at)
            transport.send(composed)
        except (AddressError, RecipientRefused) as error:
            passed_over.add(person.id)
            refused.append(Refusal(person.id, person.name, person.email or "", str(error)))
            if progress is not None:
                progress(done, total, person.name)
            continue
        except MailError as error:
            raise BatchStopped(error, BatchResult(batch, tuple(sent), tuple(refused), stopped=True), total) from None
        sent.append(_record(store, message, composed, sent_at, batch, SMTP))
        if progress is not None:
            progress(done, total, person.name)
    return BatchResult(batch, tuple(sent), tuple(refused), stopped=False)


def send_log(store: Store, conference_id: int) -> list[LogEntry]:
    """Every message handed over for the conference (sent or written to the outbox), newest first."""
    with store.reader() as db:
        rows = db.execute(
            select(SentMessage, Person.name)
            .join(Person)
            .where(Person.conference_id == conference_id)
            .order_by(SentMessage.sent_at.desc(), SentMessage.id.desc())
        ).all()
    return [
        LogEntry(
            m.person_id, name, m.email, m.message_id, m.sent_at, m.batch, m.kind, m.channel, m.uid, m.sequence, m.method
        )
        for m, name in rows
    ]
