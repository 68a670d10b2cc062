"""Plain frozen inputs of the services. The same shapes are what views read back (with ids)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from confdesk.model import LocalText


@dataclass(frozen=True)
class ConferenceData:
    name: LocalText
    timezone: str
    short_name: LocalText = LocalText()
    languages: tuple[str, ...] = ("ar", "en", "fr")
    organisers: tuple[LocalText, ...] = ()
    contact_email: str = ""
    platform: str = ""
    platform_url: str = ""
    notes: dict[str, LocalText] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PartData:
    name: LocalText
    start_date: date
    end_date: date
    position: int = 0


@dataclass(frozen=True)
class SessionData:
    kind: str
    title: LocalText
    starts_at: datetime
    ends_at: datetime
    number: int | None = None
    description: LocalText = LocalText()
    join_url: str = ""
    meeting_id: str = ""
    passcode: str = ""
    interpretation: tuple[str, ...] = ()
    themes: tuple[int, ...] = ()
    internal: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class PersonData:
    name: str
    group: str
    name_ar: str = ""
    honorific: LocalText = LocalText()
    job_title: LocalText = LocalText()
    organisation: LocalText = LocalText()
    country: str = ""
    email: str | None = None
    language: str = "en"
    gender: str | None = None
    timezone: str | None = None
    listed: bool = False
    notes: str = ""


@dataclass(frozen=True)
class InterestData:
    kind: str
    expressed_at: datetime
    roundtable: int | None = None


@dataclass(frozen=True)
class DeadlineData:
    kind: str
    title: LocalText
    due_at: datetime


@dataclass(frozen=True)
class RegistrationInput:
    """One registration for :func:`create_registrations` (loads, imports)."""

    person_id: int
    part_ids: tuple[int, ...]
    registered_at: datetime
    source: str = "manual"
    interests: tuple[InterestData, ...] = ()
    id: int | None = None
    interest_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_at: datetime
    changed_by: str = ""
    id: int | None = None


@dataclass(frozen=True)
class AssignmentInput:
    """One assignment for :func:`create_assignments`, with its status history (oldest first;
    the last step is the current status)."""

    session_id: int
    person_id: int
    role: str
    history: tuple[StatusStep, ...]
    position: int = 0
    speaking_minutes: int = 0
    id: int | None = None
