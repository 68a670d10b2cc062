"""Who is up to date, and who has invitations, updates or cancellations still to be handed.

The same plan the outbox makes (:func:`confdesk.mail.outbox.outbox`), counted per person
instead of composed: what differs from the shared log of messages handed over, by SMTP or as
outbox files. Nothing is written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_source import ensure_uid_key, load_source
from confdesk.exports.itip import CANCELLATION, INVITE, UPDATE, notices
from confdesk.mail.outbox import address_problem
from confdesk.store import Store

#: Why a person's pending messages cannot leave: no address, or one no server can deliver to.
NO_ADDRESS, UNDELIVERABLE = "no_address", "undeliverable"


@dataclass(frozen=True)
class PersonStatus:
    person_id: int
    name: str
    email: str | None
    invites: int
    updates: int
    cancels: int
    #: None, NO_ADDRESS or UNDELIVERABLE (then ``reason`` says why).
    blocked: str | None = None
    reason: str = ""

    @property
    def pending(self) -> int:
        return self.invites + self.updates + self.cancels


def invitation_status(store: Store, conference_id: int) -> list[PersonStatus]:
    """Each person who has a session or was handed one, in name order, with what is pending."""
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    found = []
    for person_id, person in source.people.items():
        invite = plan_invite(source, person_id)
        if not (invite.requests or source.delivered.get(person_id)):
            continue
        kinds = Counter(notice.kind for notice in notices(invite))
        problem = address_problem(person.email)
        blocked = NO_ADDRESS if not person.email else UNDELIVERABLE if problem else None
        counts = (kinds[INVITE], kinds[UPDATE], kinds[CANCELLATION])
        found.append(PersonStatus(person_id, person.name, person.email, *counts, blocked, problem or ""))
    return found
