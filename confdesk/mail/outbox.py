"""Who needs an invitation e-mail now, sending them, and the send log.

Nobody is sent the same thing twice: an invite goes only to people whose calendar differs from
what they last received (:class:`~confdesk.model.delivery.DeliveredEvent`), and each message
is recorded in its own committed transaction as soon as the server accepted it. A batch cut
short (network, crash, the user pressing Stop) and started again therefore continues with the
people not yet served.

One bad recipient does not stop a batch: an address no mail server can deliver to is set aside
when the outbox is made (:attr:`Outbox.undeliverable`), and one the server refuses is skipped;
both are reported (:attr:`BatchResult.refused`, in memory only: nothing marks them sent), so
running the batch again tries exactly them. A broken connection stops the batch
(:class:`BatchStopped`, which says how many were sent).
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

from confdesk.exports.calendar import Invite, person_file_name, plan_invite, record_delivery
from confdesk.exports.calendar_source import CalendarSource, ensure_uid_key, load_source
from confdesk.files import Batch
from confdesk.mail.compose import AddressError, compose_invite, mailbox
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


@dataclass(frozen=True)
class Outbox:
    source: CalendarSource
    invites: tuple[Invite, ...]
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


def _address_problem(email: str | None) -> str | None:
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


def outbox(store: Store, conference_id: int, *, alarm: int | None = None, everyone: bool = False) -> Outbox:
    """The invites to send: people whose calendar changed since their last message (or, with
    ``everyone``, all who have a calendar). People without an address are counted, not sent;
    people whose address no server could deliver to are set aside with the reason."""
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    invites, without_email, undeliverable = [], 0, []
    for person_id, person in source.people.items():
        problem = _address_problem(person.email)
        # A bad address is planned without it: it must not reach the calendar either.
        planned = source if problem is None else _without_address(source, person_id)
        invite = plan_invite(planned, person_id, alarm=alarm)
        wanted = invite.has_news or (everyone and bool(invite.requests or invite.cancels))
        if not wanted:
            continue
        if not person.email:
            without_email += 1
            continue
        if problem is not None:
            undeliverable.append(Refusal(person_id, person.name, person.email, problem))
            continue
        invites.append(invite)
    return Outbox(source, tuple(invites), without_email, tuple(undeliverable))


def write_messages(box: Outbox, folder: Path) -> list[Path]:
    """Each invite as ``<name>-<id>.eml``; writing files records no delivery. Each file is
    written atomically; if one cannot be written, :class:`~confdesk.files.BatchError` says
    how many were."""
    folder.mkdir(parents=True, exist_ok=True)
    sent_at = datetime.now(UTC)
    batch = Batch(len(box.invites), "messages")
    for invite in box.invites:
        batch.add(folder, person_file_name(invite.person), ".eml", compose_invite(invite, sent_at=sent_at).as_bytes())
    return list(batch.written)


def send_invites(
    store: Store,
    box: Outbox,
    transport: Transport,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> BatchResult:
    """Send every invite of ``box`` and record each one right after the server accepted it.

    A refused address is reported and skipped; a broken connection raises
    :class:`BatchStopped` (a :class:`~confdesk.mail.smtp.MailError`) with everything sent so
    far already recorded. A conference address no server can take (the sender of every
    message) raises :class:`~confdesk.mail.compose.AddressError` before anything is sent."""
    if contact := box.source.conference.contact_email:
        try:
            mailbox(contact)
        except AddressError as error:
            raise AddressError(f"the conference's contact address cannot send: {error}") from None
    batch = uuid.uuid4().hex
    sent: list[LogEntry] = []
    refused: list[Refusal] = list(box.undeliverable)
    total = len(box.invites)
    for done, invite in enumerate(box.invites, start=1):
        if should_stop is not None and should_stop():
            return BatchResult(batch, tuple(sent), tuple(refused), stopped=True)
        sent_at = datetime.now(UTC)
        person = invite.person
        try:
            message = compose_invite(invite, sent_at=sent_at)
            transport.send(message)
        except (AddressError, RecipientRefused) as error:
            refused.append(Refusal(person.id, person.name, person.email or "", str(error)))
            if progress is not None:
                progress(done, total, person.name)
            continue
        except MailError as error:
            raise BatchStopped(error, BatchResult(batch, tuple(sent), tuple(refused), stopped=True), total) from None
        entry = LogEntry(
            invite.person.id, invite.person.name, invite.person.email or "",
            str(message["Message-ID"]), sent_at, batch, invite.kind,
        )  # fmt: skip
        with store.unit() as db:
            record_delivery(db, invite, sent_at)
            db.add(SentMessage(
                person_id=entry.person_id, email=entry.email, message_id=entry.message_id,
                sent_at=sent_at, batch=batch, kind=entry.kind, digest=invite.digest(),
            ))  # fmt: skip
        sent.append(entry)
        if progress is not None:
            progress(done, total, invite.person.name)
    return BatchResult(batch, tuple(sent), tuple(refused), stopped=False)


def send_log(store: Store, conference_id: int) -> list[LogEntry]:
    """Every message sent for the conference, newest first."""
    with store.reader() as db:
        rows = db.execute(
            select(SentMessage, Person.name)
            .join(Person)
            .where(Person.conference_id == conference_id)
            .order_by(SentMessage.sent_at.desc(), SentMessage.id.desc())
        ).all()
    return [LogEntry(m.person_id, name, m.email, m.message_id, m.sent_at, m.batch, m.kind) for m, name in rows]
