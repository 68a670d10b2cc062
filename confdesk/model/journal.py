"""The change log: one entry per field a unit of work changed, per row it created or deleted.

It is the team's audit trail (who changed what, when, from what to what), the feed other desks
follow to refresh an open window (:mod:`confdesk.store.watch`), and what lets a save based on an
older version go through when the colleague changed other fields only
(:func:`confdesk.services.base.fetch`).

Entries are written by :mod:`confdesk.store.journal` as each flush happens, never by hand.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.model.base import Base, UTCDateTime

#: ``action`` of an entry.
CREATED, CHANGED, DELETED = "created", "changed", "deleted"


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Who made the change: the name set in the application, else the operating-system user.
    author: Mapped[str] = mapped_column(String(120), default="")
    #: A token per open conference (one window, one command): a desk skips its own entries
    #: when it follows the others'.
    desk: Mapped[str] = mapped_column(String(32), default="")
    #: The table of the row ("session", "person", "assignment"…) and its id.
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    #: The column changed; None for a row created or deleted (``after``/``before`` then hold
    #: the whole row).
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    #: The row's version counter after the change (None for tables without one).
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The session and the person the row belongs to, for the History of each.
    session_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
