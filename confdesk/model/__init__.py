"""Domain model. Import entities from here: ``from confdesk.model import Session``."""

from confdesk.model.base import Base
from confdesk.model.delivery import CalendarReply, DeliveredEvent, SentMessage  # noqa: F401  (issues 5, 16)
from confdesk.model.entities import (
    Assignment,
    Conference,
    Deadline,
    Interest,
    Part,
    Person,
    Registration,
    Session,
    StatusChange,
    registration_part,
)
from confdesk.model.enums import (
    DeadlineKind,
    Gender,
    InterestKind,
    Role,
    SessionKind,
    StakeholderGroup,
    Status,
)
from confdesk.model.journal import ChangeLogEntry  # noqa: F401  (issue 15)
from confdesk.model.text import LANGUAGES, LocalText
from confdesk.model.versions import PublishedVersion  # noqa: F401  (issue 16)

__all__ = [
    "LANGUAGES",
    "Assignment",
    "Base",
    "Conference",
    "Deadline",
    "DeadlineKind",
    "Gender",
    "Interest",
    "InterestKind",
    "LocalText",
    "Part",
    "Person",
    "Registration",
    "Role",
    "Session",
    "SessionKind",
    "StakeholderGroup",
    "Status",
    "StatusChange",
    "registration_part",
]
