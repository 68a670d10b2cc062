"""iTIP objects (RFC 5546): one person, one UID, one METHOD in each calendar object.

A person's :class:`~confdesk.exports.calendar.Invite` plans the sessions they hold and those they
lost; a :class:`Notice` is one of those events as the calendar object of a message of its own:
METHOD:REQUEST for a session they are invited to (the first time, or again after a change) and
METHOD:CANCEL for one they lost or that was cancelled. RFC 5546 §3.2.2 and §3.2.5 want every
component of a REQUEST or a CANCEL to share one UID, and mainstream clients apply only the first
event of an object that holds several, so no object made here holds more than one.

What a person was handed (sent over SMTP or written to the outbox) is remembered per event
(:func:`record_delivery`, in :class:`~confdesk.model.delivery.DeliveredEvent`); the next plan
compares against it, keeps the UID and raises SEQUENCE.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.exports.calendar import CANCEL, PUBLISH, REQUEST, Invite, PlannedEvent, calendar_object
from confdesk.model.delivery import DeliveredEvent

#: What a notice is to its person: the first invitation, an update of one, a cancellation.
INVITE, UPDATE, CANCELLATION = "invite", "update", "cancel"


@dataclass(frozen=True)
class Notice:
    """One event of a person's invite as an iTIP object of its own."""

    invite: Invite
    event: PlannedEvent

    @property
    def method(self) -> str:
        # Without an address there is no ATTENDEE, and iTIP needs one: publish instead.
        return self.event.method if self.invite.person.email else PUBLISH

    @property
    def kind(self) -> str:
        if self.event.method == CANCEL:
            return CANCELLATION
        record = self.invite.source.delivered.get(self.invite.person.id, {}).get(self.event.session_id)
        return UPDATE if record is not None and record.method == REQUEST else INVITE

    def calendar(self) -> Calendar:
        """The calendar object: this event alone, with the conference's VTIMEZONE."""
        invite, method = self.invite, self.method
        seed = f"person:{invite.person.id}:session:{self.event.session_id}:{method}"
        calendar = calendar_object(invite.source, method, invite.calendar_name, seed)
        calendar.add_component(self.event.event)
        return calendar

    def digest(self) -> str:
        """What the person was handed, so an identical hand-over can be recognised."""
        event = self.event
        handed = f"{event.method}:{event.uid}:{event.sequence}:{event.fingerprint}"
        return hashlib.sha256(handed.encode()).hexdigest()[:32]


def notices(invite: Invite, *, everyone: bool = False) -> tuple[Notice, ...]:
    """The notices ``invite`` calls for: every event that differs from what the person last
    received (with ``everyone``, each of their sessions too), invitations first, by time."""
    events = [planned for planned in invite.requests if planned.changed or everyone] + list(invite.cancels)
    return tuple(Notice(invite, planned) for planned in events)


def record_delivery(db: DbSession, notice: Notice, handed_at: datetime) -> None:
    """Remember that ``notice`` reached its person (inside the caller's unit of work)."""
    planned, person_id = notice.event, notice.invite.person.id
    record = db.scalars(
        select(DeliveredEvent).where(
            DeliveredEvent.person_id == person_id, DeliveredEvent.session_id == planned.session_id
        )
    ).one_or_none()
    if record is None:
        record = DeliveredEvent(person_id=person_id, session_id=planned.session_id)
        db.add(record)
    record.uid = planned.uid
    record.sequence = planned.sequence
    record.method = planned.method
    record.fingerprint = planned.fingerprint
    record.summary = planned.summary[:500]
    record.starts_at = planned.starts_at
    record.ends_at = planned.ends_at
    record.sent_at = handed_at
    db.flush()
