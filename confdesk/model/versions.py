"""Published versions of the public programme (pretalx's model): each a numbered, frozen
snapshot with the organisers' comment, so what was published can always be reproduced."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from confdesk.model.base import Base, UTCDateTime


class PublishedVersion(Base):
    __tablename__ = "published_version"
    __table_args__ = (UniqueConstraint("conference_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"), index=True)
    #: 1, 2, 3… per conference, in the order published.
    number: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(500), default="")
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The public programme as a conference dump (docs/file-format.md) holding only what the
    #: public exports show: the parts, the sessions that are not internal, their confirmed
    #: lineups and those people.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
