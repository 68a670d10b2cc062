"""Declarative base, constraint naming and the column types the domain needs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

from confdesk.model.text import LocalText

# Named constraints so Alembic batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as naive UTC, read back as aware UTC.

    Naive datetimes are refused: a time without a zone is the bug this type exists to prevent.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given where an aware one is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class LocalTextType(TypeDecorator[LocalText]):
    """A :class:`LocalText` stored as a small JSON object ``{"ar": ..., "en": ..., "fr": ...}``."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: LocalText | None, dialect: Any) -> dict[str, str] | None:
        if value is None:
            return None
        return value.to_dict()

    def process_result_value(self, value: dict[str, str] | None, dialect: Any) -> LocalText:
        return LocalText.from_dict(value)


def code_column(length: int = 32) -> String:
    """Short ASCII codes: enum values, ISO 3166 countries, BCP 47 languages."""
    return String(length)
