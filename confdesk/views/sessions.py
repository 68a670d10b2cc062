"""A session's own fields as a plain frozen row: what the agenda, the calendars and the printed
documents all read. Each adds what it needs on top (a speaker count, a lineup) by subclassing."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from confdesk.model import LocalText

if TYPE_CHECKING:
    from confdesk.services.data import SessionData


@dataclass(frozen=True, slots=True)
class SessionFacts:
    id: int
    part_id: int
    kind: str
    number: int | None
    title: LocalText
    description: LocalText
    starts_at: datetime
    ends_at: datetime
    join_url: str
    meeting_id: str
    passcode: str
    interpretation: tuple[str, ...]
    themes: tuple[str, ...]
    internal: bool
    cancelled: bool
    sequence: int

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def data(self) -> SessionData:
        """The session's editable fields, as the services take them."""
        # Imported here: the services load SQLAlchemy, which the agenda's first view does without.
        from confdesk.services.data import SessionData

        return SessionData(**{name: getattr(self, name) for name in SessionData.__dataclass_fields__})

    @property
    def public(self) -> bool:
        """Shown in public calendars and printed documents."""
        return not self.internal and not self.cancelled


_FIELDS = tuple(f.name for f in fields(SessionFacts))


def session_fields(row: Any) -> dict[str, Any]:
    """The :class:`SessionFacts` fields of an ORM ``Session`` or a result row with its columns,
    lists turned into tuples: ``SessionRow(**session_fields(row), speakers=3)``."""
    values = {name: getattr(row, name) for name in _FIELDS}
    values["interpretation"] = tuple(values["interpretation"] or ())
    values["themes"] = tuple(values["themes"] or ())
    return values
