"""Input checks shared by the services. Each raises a typed error naming the field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from enum import StrEnum

from confdesk import world
from confdesk.services.errors import (
    EndBeforeStart,
    InvalidEmail,
    Required,
    UnknownCountry,
    UnknownLanguage,
    UnknownTimeZone,
    ValidationError,
)

# Pragmatic address check: one @, no spaces or control characters, a dotted domain.
_EMAIL = re.compile(r"^[^@\s\x00-\x1f<>,;\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")


def email(value: str | None, *, field: str = "email") -> str | None:
    """Normalise (trim, lower-case) and check an address; empty means "none yet"."""
    if value is None:
        return None
    value = value.strip().lower()
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value):
        raise InvalidEmail(f"{field}: {value!r} is not a valid e-mail address", field=field)
    return value


def timezone(value: str, *, field: str = "timezone") -> str:
    if not world.is_timezone(value):
        raise UnknownTimeZone(f"{field}: {value!r} is not a known IANA time zone", field=field)
    return value


def country(value: str, *, field: str = "country") -> str:
    value = (value or "").strip().upper()
    if value and not world.is_country(value):
        raise UnknownCountry(f"{field}: {value!r} is not an ISO 3166 country code", field=field)
    return value


def language(value: str, *, field: str = "language") -> str:
    value = (value or "").strip()
    if not world.is_language(value):
        raise UnknownLanguage(f"{field}: {value!r} is not a known language code", field=field)
    return value.replace("_", "-")


def aware(value: datetime, *, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(f"{field}: expected a date and time", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{field}: a time zone is required", field=field)
    return value


def period(starts_at: datetime, ends_at: datetime) -> None:
    aware(starts_at, field="starts_at")
    aware(ends_at, field="ends_at")
    if ends_at <= starts_at:
        raise EndBeforeStart("ends_at: the end must come after the start", field="ends_at")


def text(value: str, *, field: str, required: bool = False, max_length: int = 10_000) -> str:
    value = (value or "").strip()
    if required and not value:
        raise Required(f"{field}: a value is required", field=field)
    if len(value) > max_length:
        raise ValidationError(f"{field}: longer than {max_length} characters", field=field)
    return value


def choice(value: str, allowed: type[StrEnum], *, field: str) -> str:
    """Check ``value`` is a member of the StrEnum ``allowed``; return the plain string."""
    try:
        return str(allowed(value))
    except ValueError:
        options = ", ".join(member.value for member in allowed)
        raise ValidationError(f"{field}: {value!r} is not one of {options}", field=field) from None


def known_fields(data_type: type, changes: Mapping[str, object]) -> None:
    """Refuse a partial update naming a field ``data_type`` (a ``…Data`` dataclass) lacks."""
    names = {item.name for item in fields(data_type)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise ValidationError(f"{unknown[0]}: not a field that can be changed", field=unknown[0])
