"""Domain model. Import entities from here: ``from confdesk.model import Session``.

The plain types (:class:`LocalText`, the enums) are imported with the package; the ORM classes,
and SQLAlchemy with them, the first time one of them is asked for, all of them at once (every
table in ``Base.metadata``, every relationship's target mapped). The desktop application shows
the agenda of the file it opens before SQLAlchemy has loaded (ui/app.py), and its screens name
the enums while they are built; the store asks for :class:`Conference` when it is imported, so
nothing reaches the database before every class is mapped.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from confdesk.model.enums import (
    DeadlineKind,
    Gender,
    InterestKind,
    Role,
    SessionKind,
    StakeholderGroup,
    Status,
)
from confdesk.model.text import LANGUAGES, LocalText

if TYPE_CHECKING:
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
    from confdesk.model.journal import ChangeLogEntry  # noqa: F401  (issue 15)
    from confdesk.model.versions import PublishedVersion  # noqa: F401  (issue 16)

#: Where each ORM name lives; importing any of these modules maps its classes on ``Base``.
_ORM = {
    "Base": "base",
    "CalendarReply": "delivery",
    "DeliveredEvent": "delivery",
    "SentMessage": "delivery",
    "Assignment": "entities",
    "Conference": "entities",
    "Deadline": "entities",
    "Interest": "entities",
    "Part": "entities",
    "Person": "entities",
    "Registration": "entities",
    "Session": "entities",
    "StatusChange": "entities",
    "registration_part": "entities",
    "PublishedVersion": "versions",
    "ChangeLogEntry": "journal",
}


def __getattr__(name: str) -> Any:
    if name not in _ORM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in dict.fromkeys(_ORM.values()):
        loaded = importlib.import_module(f"{__name__}.{module}")
        for attribute, home in _ORM.items():
            if home == module:
                globals()[attribute] = getattr(loaded, attribute)
    return globals()[name]


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
