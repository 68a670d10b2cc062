"""Typed errors of the services. Each carries a ``code`` the UI words in its language and an
English ``message`` for the command line and logs. Raising one leaves the data unchanged: the
caller's unit of work rolls back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from confdesk.errors import ConfDeskError


class ServiceError(ConfDeskError):
    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(ServiceError):
    code = "invalid_value"


class Required(ValidationError):
    code = "required"


class EndBeforeStart(ValidationError):
    code = "end_before_start"


class OutsidePart(ValidationError):
    code = "outside_part"


class SessionsOutsidePart(OutsidePart):
    """New dates for a part would leave some of its sessions outside them. ``session_ids`` are
    those sessions; ``shift_days`` is the move of the part's first day, the shift the sessions
    could take with ``move_sessions=True`` (None when even that would not fit them)."""

    code = "sessions_outside_part"

    def __init__(self, message: str, *, field: str, session_ids: tuple[int, ...], shift_days: int | None) -> None:
        super().__init__(message, field=field)
        self.session_ids = session_ids
        self.shift_days = shift_days


class DuplicateTheme(ValidationError):
    code = "duplicate_theme"


class UnknownTheme(ValidationError):
    """A session names a theme code its conference's framework does not hold."""

    code = "unknown_theme"


class ThemesInUse(ValidationError):
    """A new framework leaves out theme codes that sessions refer to. ``codes`` are those
    themes, ``session_ids`` the sessions; ``remove_from_sessions=True`` takes the codes off them."""

    code = "themes_in_use"

    def __init__(self, message: str, *, codes: tuple[str, ...], session_ids: tuple[int, ...]) -> None:
        super().__init__(message, field="themes")
        self.codes = codes
        self.session_ids = session_ids


class UnknownTimeZone(ValidationError):
    code = "unknown_timezone"


class InvalidEmail(ValidationError):
    code = "invalid_email"


class DuplicateEmail(ValidationError):
    code = "duplicate_email"


class UnknownCountry(ValidationError):
    code = "unknown_country"


class UnknownLanguage(ValidationError):
    code = "unknown_language"


class IllegalTransition(ValidationError):
    code = "illegal_transition"


class DuplicateAssignment(ValidationError):
    code = "duplicate_assignment"


class NotFound(ServiceError):
    """An id that names nothing (the issue's "unknown id")."""

    code = "unknown_id"

    def __init__(self, entity: str, entity_id: object, *, where: str = "") -> None:
        message = f"there is no {entity} with id {entity_id}"
        super().__init__(f"{where}: {message}" if where else message, field="id")
        self.entity = entity
        self.entity_id = entity_id


class ConcurrentEdit(ServiceError):
    """Someone else changed the row since it was read (its version counter moved on)."""

    code = "concurrent_edit"

    def __init__(
        self,
        entity: str,
        entity_id: object,
        *,
        author: str = "",
        at: datetime | None = None,
        fields: Sequence[str] = (),
    ) -> None:
        who = f"by {author} " if author else "by someone else "
        when = f"at {at.astimezone(UTC):%Y-%m-%d %H:%M} UTC " if at is not None else ""
        what = f" ({', '.join(fields)})" if fields else ""
        super().__init__(
            f"the {entity} with id {entity_id} was changed {who}{when}since it was read{what}; "
            "reload it, or apply this change on top"
        )
        self.entity = entity
        self.entity_id = entity_id
        #: Who made the newest of the changes in the way, when, and the fields both changed.
        self.author = author
        self.at = at
        self.fields = tuple(fields)
