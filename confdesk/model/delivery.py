"""What ConfDesk sent to whom: the memory behind calendar updates and restartable batches.

``DeliveredEvent`` holds, per person and session, the last calendar event a person received, so
a later invite keeps the UID, raises SEQUENCE when something they see changed, and sends
METHOD:CANCEL for a session they had but no longer have. The session id is deliberately not a
foreign key: a deleted session must still be cancelled for those who had it.

``SentMessage`` is the log of messages handed over: one row per message the SMTP server
accepted or the outbox wrote as a ``.eml`` file (``channel``), committed on its own right after,
so a batch restarted after an interruption skips everyone already served, whichever way it
went. A message carrying an iTIP object names it: person, ``uid``, ``sequence``, ``method``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.model.base import Base, UTCDateTime, code_column


class DeliveredEvent(Base):
    __tablename__ = "delivered_event"
    __table_args__ = (UniqueConstraint("person_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    #: The session the event stands for (kept after the session itself is deleted).
    session_id: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer)
    #: iTIP method of the last message: REQUEST, or CANCEL once the event was withdrawn.
    method: Mapped[str] = mapped_column(code_column(16))
    #: Digest of everything the person sees in the event; a change means a new SEQUENCE.
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: Enough of the event to cancel it after the session is gone.
    summary: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SentMessage(Base):
    __tablename__ = "sent_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    message_id: Mapped[str] = mapped_column(String(300))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The batch (one run of "send") the message belonged to.
    batch: Mapped[str] = mapped_column(String(64))
    #: What was sent: "invite", "update", "cancel", "summary" (later: decision letters).
    kind: Mapped[str] = mapped_column(code_column())
    #: Digest of the message's calendar content, so an identical resend can be recognised.
    digest: Mapped[str] = mapped_column(String(64), default="")
    #: How it was handed over: "smtp" (the server accepted it) or "outbox" (written as a file).
    channel: Mapped[str] = mapped_column(code_column(16), default="smtp")
    #: The iTIP object it carried; empty (and SEQUENCE None) for a message without one.
    uid: Mapped[str] = mapped_column(String(200), default="")
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    method: Mapped[str] = mapped_column(code_column(16), default="")


Index("ix_sent_message_batch", SentMessage.batch)


class CalendarReply(Base):
    """An iTIP REPLY that was acted on (or found to change nothing), so the same reply read
    again, from the folder or the mailbox, is recognised and changes nothing the second time."""

    __tablename__ = "calendar_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer)
    #: ACCEPTED, DECLINED or TENTATIVE.
    partstat: Mapped[str] = mapped_column(code_column(16))
    #: The reply's DTSTAMP (or its Date header): when the person answered.
    replied_at: Mapped[datetime] = mapped_column(UTCDateTime)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index("ix_calendar_reply_message_id", CalendarReply.message_id)
