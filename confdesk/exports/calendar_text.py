"""The words of calendar events and invitation e-mails in Arabic, English and French.

Document text, not UI text: calendar clients and mail readers show it to participants, so it
comes from the documents' gettext catalogs (:mod:`confdesk.exports.wording`, context
``invitation``; role names are the documents' own). Dates, times, language and zone names come
from Babel.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time, get_timezone_location

from confdesk.exports.wording import Wording, languages

CONTEXT = "invitation"


def language_of(lang: str | None) -> str:
    """One of ar/en/fr for a BCP 47 code, English for anything else."""
    base = (lang or "en").split("-")[0].split("_")[0].lower()
    return base if base in languages() else "en"


@lru_cache(maxsize=8)
def _wording(lang: str) -> Wording:
    return Wording(language_of(lang), CONTEXT)


def text(lang: str, key: str, **values: object) -> str:
    return _wording(lang)(key, **values)


def gendered(lang: str, key: str, gender: str | None, **values: object) -> str:
    """A phrase that agrees with the person it is addressed to (the greeting)."""
    return _wording(lang).gendered(key, gender, **values)


def plural(lang: str, key: str, count: int, **values: object) -> str:
    """The form of a phrase for ``count`` ("1 minute", "دقيقتان") by the language's plural rule."""
    return _wording(lang).plural(key, count, **values)


def role_name(lang: str, role: str, gender: str | None) -> str:
    """The role as a label, agreeing with the person's gender (neutral when unknown)."""
    return _wording(lang).role(role, gender)


@lru_cache(maxsize=64)
def language_names(lang: str, codes: tuple[str, ...]) -> str:
    names = Locale(language_of(lang)).languages
    separator = "، " if language_of(lang) == "ar" else ", "
    return separator.join(names.get(code, code) for code in codes)


@lru_cache(maxsize=4096)
def when(lang: str, starts_at: datetime, ends_at: datetime, zone: str) -> str:
    """The day and time span of a session in ``zone``, worded for ``lang``."""
    tz = ZoneInfo(zone)
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    locale = language_of(lang)
    return text(
        locale,
        "when",
        day=format_date(start.date(), "full", locale=locale),
        start=format_time(start, "HH:mm", locale=locale),
        end=format_time(end, "HH:mm", locale=locale),
        zone=get_timezone_location(tz, locale=locale),
    )
