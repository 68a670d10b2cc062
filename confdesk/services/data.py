"""Plain frozen inputs of the services. The same shapes are what views read back (with ids)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypedDict

from confdesk.model import LocalText
from confdesk.model.organisers import Organiser
from confdesk.model.themes import ThemeFramework


@dataclass(frozen=True)
class ConferenceData:
    name: LocalText
    timezone: str
    short_name: LocalText = LocalText()
    languages: tuple[str, ...] = ("ar", "en", "fr")
    #: Each organiser's name in every language, and its logo (an Organiser; a plain
    #: LocalText is taken as a name without a logo).
    organisers: tuple[Organiser, ...] = ()
    contact_email: str = ""
    platform: str = ""
    platform_url: str = ""
    notes: dict[str, LocalText] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    themes: ThemeFramework = ThemeFramework()
    #: BCP 47 codes of the interpretation channels sessions may offer (and new ones start with).
    interpretation: tuple[str, ...] = ()


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
    themes: tuple[str, ...] = ()
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


# --- partial updates ------------------------------------------------------------------------
# The keyword arguments ``update_…(db, id, **changes)`` takes: any subset of the editable
# fields of the matching ``…Data`` (a test checks the two agree, name by name and type by type).


class ConferenceChanges(TypedDict, total=False):
    name: LocalText
    timezone: str
    short_name: LocalText
    languages: tuple[str, ...]
    organisers: tuple[Organiser, ...]
    contact_email: str
    platform: str
    platform_url: str
    notes: dict[str, LocalText]
    settings: dict[str, object]
    themes: ThemeFramework
    interpretation: tuple[str, ...]


class PartChanges(TypedDict, total=False):
    name: LocalText
    start_date: date
    end_date: date
    position: int


class SessionChanges(TypedDict, total=False):
    kind: str
    title: LocalText
    starts_at: datetime
    ends_at: datetime
    number: int | None
    description: LocalText
    join_url: str
    meeting_id: str
    passcode: str
    interpretation: tuple[str, ...]
    themes: tuple[str, ...]
    internal: bool
    cancelled: bool


class PersonChanges(TypedDict, total=False):
    name: str
    group: str
    name_ar: str
    honorific: LocalText
    job_title: LocalText
    organisation: LocalText
    country: str
    email: str | None
    language: str
    gender: str | None
    timezone: str | None
    listed: bool
    notes: str


class DeadlineChanges(TypedDict, total=False):
    kind: str
    title: LocalText
    due_at: datetime


class AssignmentChanges(TypedDict, total=False):
    role: str
    speaking_minutes: int
