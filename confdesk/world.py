"""Countries, languages and time zones, named by Babel in each language (no hand-typed lists)."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime, timedelta
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

#: ISO 3166 codes of the 22 member states of the League of Arab States.
ARAB_STATES: tuple[str, ...] = (
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
)  # fmt: skip

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code Babel knows (``ZZ`` and regions excluded)."""
    return bool(_COUNTRY_CODE.match(code)) and code in _locale("en").territories and code != "ZZ"


def country_name(code: str, lang: str = "en") -> str:
    name = _locale(lang).territories.get(code, code)
    return name if isinstance(name, str) else code


def countries(lang: str = "en") -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name in ``lang``."""
    names = _locale(lang).territories
    return sorted(
        ((code, names[code]) for code in names if isinstance(code, str) and is_country(code)),
        key=lambda pair: pair[1],
    )


def is_language(code: str) -> bool:
    """True for a BCP 47 tag Babel can parse (``ar``, ``fr``, ``ar-LB``, ``en-GB``)."""
    if not code or not re.match(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$", code):
        return False
    try:
        _locale(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def language_name(code: str, lang: str = "en") -> str:
    try:
        return _locale(code).get_display_name(_locale(lang)) or code
    except (UnknownLocaleError, ValueError):
        return code


def is_timezone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def country_timezone(code: str) -> str | None:
    """The main IANA zone of a country (the first Babel lists), or None."""
    zones = get_global("territory_zones").get(code)
    return zones[0] if zones else None


def days_later(moment: datetime, days: int, zone: str) -> datetime:
    """``moment`` ``days`` later on the local calendar of ``zone``, at the same wall-clock time
    there, as a UTC time: 09:00 in Beirut stays 09:00 whatever daylight saving does in between.
    A wall-clock time that occurs twice takes the first; one inside a spring-forward gap takes
    the offset from before the gap, as :mod:`zoneinfo` reads it."""
    local_zone = zoneinfo.ZoneInfo(zone)
    local = moment.astimezone(local_zone)
    moved = datetime.combine(local.date() + timedelta(days=days), local.time().replace(fold=0), tzinfo=local_zone)
    return moved.astimezone(UTC)
