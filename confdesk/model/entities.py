"""The domain model: the words of BRIEF.md as SQLAlchemy 2 typed tables."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from confdesk.model.base import Base, LocalTextType, UTCDateTime, code_column
from confdesk.model.text import LocalText


class Conference(Base):
    __tablename__ = "conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    short_name: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    timezone: Mapped[str] = mapped_column(String(64))
    #: BCP 47 codes of the conference languages, in fallback order.
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Each organiser's name in every language: a list of ``{"ar":..,"en":..,"fr":..}``.
    organisers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    platform: Mapped[str] = mapped_column(String(120), default="")
    platform_url: Mapped[str] = mapped_column(String(500), default="")
    #: Text blocks for documents (logistics note, letters) keyed by block name.
    notes: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    #: Rule thresholds, required roles per session kind and other per-conference settings.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: The framework of themes sessions refer to (:class:`confdesk.model.themes.ThemeFramework`
    #: as a dict): ``{"name": {..}, "themes": [{"code": "5", "label": {..}}, ..]}``.
    themes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: BCP 47 codes of the interpretation channels the conference offers.
    interpretation: Mapped[list[str]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    parts: Mapped[list[Part]] = relationship(
        back_populates="conference", order_by="Part.position", cascade="all, delete-orphan"
    )
    people: Mapped[list[Person]] = relationship(back_populates="conference", cascade="all, delete-orphan")
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="conference", order_by="Deadline.due_at", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Part(Base):
    __tablename__ = "part"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    #: First and last day, in the conference's time zone.
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    conference: Mapped[Conference] = relationship(back_populates="parts")
    sessions: Mapped[list[Session]] = relationship(
        back_populates="part", order_by="Session.starts_at", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Session(Base):
    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(code_column())
    #: Roundtable 1..4, Plenary 1..n; None where a kind is not numbered.
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    title: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    description: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    join_url: Mapped[str] = mapped_column(String(500), default="")
    meeting_id: Mapped[str] = mapped_column(String(64), default="")
    passcode: Mapped[str] = mapped_column(String(64), default="")
    #: BCP 47 codes of the interpretation channels.
    interpretation: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Codes of the conference's themes the session deals with.
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Internal sessions (rehearsals, team briefings) stay out of public exports.
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    #: iTIP SEQUENCE: bumped whenever the time, length or link changes.
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    part: Mapped[Part] = relationship(back_populates="sessions")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="session", order_by="Assignment.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        # E-mails are unique per conference, compared case-insensitively (stored lower-case).
        UniqueConstraint("conference_id", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    honorific: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    job_title: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    organisation: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    group: Mapped[str] = mapped_column(code_column())
    #: ISO 3166-1 alpha-2.
    country: Mapped[str] = mapped_column(code_column(2), default="")
    #: Lower-case, or None for a person we have no address for yet.
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    #: BCP 47 code.
    language: Mapped[str] = mapped_column(code_column(), default="en")
    gender: Mapped[str | None] = mapped_column(code_column(), nullable=True)
    #: IANA zone the person attends from; None means "use the conference zone".
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: Consent to appear in the printed participant list.
    listed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    conference: Mapped[Conference] = relationship(back_populates="people")
    registrations: Mapped[list[Registration]] = relationship(back_populates="person", cascade="all, delete-orphan")
    assignments: Mapped[list[Assignment]] = relationship(back_populates="person", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


registration_part = Table(
    "registration_part",
    Base.metadata,
    Column("registration_id", ForeignKey("registration.id", ondelete="CASCADE"), primary_key=True),
    Column("part_id", ForeignKey("part.id", ondelete="CASCADE"), primary_key=True),
)


class Registration(Base):
    __tablename__ = "registration"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Where the registration came from: "manual", "demo", an import file name.
    source: Mapped[str] = mapped_column(String(200), default="manual")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    person: Mapped[Person] = relationship(back_populates="registrations")
    parts: Mapped[list[Part]] = relationship(secondary=registration_part, order_by="Part.position")
    interests: Mapped[list[Interest]] = relationship(
        back_populates="registration",
        order_by="Interest.expressed_at",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}


class Interest(Base):
    """A wish to take a speaking role, as expressed on registration."""

    __tablename__ = "interest"
    __table_args__ = (UniqueConstraint("registration_id", "kind", "roundtable"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(code_column())
    #: Roundtable number for ``roundtable_speaker``; None otherwise.
    roundtable: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expressed_at: Mapped[datetime] = mapped_column(UTCDateTime)

    registration: Mapped[Registration] = relationship(back_populates="interests")


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("session_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(code_column())
    position: Mapped[int] = mapped_column(Integer, default=0)
    speaking_minutes: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(code_column())
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    session: Mapped[Session] = relationship(back_populates="assignments")
    person: Mapped[Person] = relationship(back_populates="assignments")
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="assignment", order_by="StatusChange.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class StatusChange(Base):
    """One step in an assignment's status history."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(code_column())
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Operating-system user who made the change.
    changed_by: Mapped[str] = mapped_column(String(120), default="")

    assignment: Mapped[Assignment] = relationship(back_populates="history")


class Deadline(Base):
    __tablename__ = "deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(code_column())
    title: Mapped[LocalText] = mapped_column(LocalTextType, default=LocalText)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    conference: Mapped[Conference] = relationship(back_populates="deadlines")

    __mapper_args__ = {"version_id_col": version}


Index("ix_person_name", Person.name)
