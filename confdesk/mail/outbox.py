"""Who needs an invitation e-mail now, sending them, and the send log.

Nobody is sent the same thing twice: an invite goes only to people whose calendar differs from
what they last received (:class:`~confdesk.model.delivery.DeliveredEvent`), and each message
is recorded in its own committed transaction as soon as the server accepted it. A batch cut
short (network, crash, the user pressing Stop) and started again therefore continues with the
people not yet served.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from confdesk.exports.calendar import Invite, person_file_name, plan_invite, record_delivery
from confdesk.exports.calendar_source import CalendarSource, ensure_uid_key, load_source
from confdesk.mail.compose import compose_invite
from confdesk.mail.smtp import RecipientRefused
from confdesk.model import Person
from confdesk.model.delivery import SentMessage
from confdesk.store import Store

#: Called with (done, total, person's name) after each person.
Progress = Callable[[int, int, str], None]


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass(frozen=True)
class Outbox:
    source: CalendarSource
    invites: tuple[Invite, ...]
    without_email: int


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
    refused: tuple[tuple[int, str], ...]
    stopped: bool


def outbox(store: Store, conference_id: int, *, alarm: int | None = None, everyone: bool = False) -> Outbox:
    """The invites to send: people whose calendar changed since their last message (or, with
    ``everyone``, all who have a calendar). People without an address are counted, not sent."""
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    invites, without_email = [], 0
    for person_id, person in source.people.items():
        invite = plan_invite(source, person_id, alarm=alarm)
        wanted = invite.has_news or (everyone and bool(invite.requests or invite.cancels))
        if not wanted:
            continue
        if not person.email:
            without_email += 1
            continue
        invites.append(invite)
    return Outbox(source, tuple(invites), without_email)


def write_messages(box: Outbox, folder: Path) -> list[Path]:
    """Each invite as ``<name>-<id>.eml``; writing files records no delivery."""
    folder.mkdir(parents=True, exist_ok=True)
    sent_at = datetime.now(UTC)
    paths = []
    for invite in box.invites:
        path = folder / f"{person_file_name(invite.person)}.eml"
        path.write_bytes(compose_invite(invite, sent_at=sent_at).as_bytes())
        paths.append(path)
    return paths


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
    :class:`~confdesk.mail.smtp.MailError` with everything sent so far already recorded."""
    batch = uuid.uuid4().hex
    sent: list[LogEntry] = []
    refused: list[tuple[int, str]] = []
    total = len(box.invites)
    for done, invite in enumerate(box.invites, start=1):
        if should_stop is not None and should_stop():
            return BatchResult(batch, tuple(sent), tuple(refused), stopped=True)
        sent_at = datetime.now(UTC)
        message = compose_invite(invite, sent_at=sent_at)
        try:
            transport.send(message)
        except RecipientRefused as error:
            refused.append((invite.person.id, str(error)))
            if progress is not None:
                progress(done, total, invite.person.name)
            continue
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
