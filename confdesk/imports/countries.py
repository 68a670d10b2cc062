"""Countries as people write them: names in Arabic, English or French, ISO codes."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from confdesk import world
from confdesk.imports.text import normalise

#: Names in common use that CLDR lists under a longer or different official form.
_ALIASES: dict[str, str] = {
    "Palestine": "PS",
    "State of Palestine": "PS",
    "État de Palestine": "PS",
    "فلسطين": "PS",
    "دولة فلسطين": "PS",
    "Syrian Arab Republic": "SY",
    "République arabe syrienne": "SY",
    "الجمهورية العربية السورية": "SY",
    "UAE": "AE",
    "EAU": "AE",
    "الإمارات": "AE",
    "KSA": "SA",
    "السعودية": "SA",
    "Libyan Arab Jamahiriya": "LY",
    "Comoros Islands": "KM",
    "جزر القمر": "KM",
    "UK": "GB",
    "USA": "US",
    "US": "US",
    "Russia": "RU",
    "Türkiye": "TR",
    "Turkiye": "TR",
    "Holy See": "VA",
}


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("en", "fr", "ar"):
        for code, name in Locale(lang).territories.items():
            if world.is_country(code):
                names.setdefault(normalise(name), code)
    for alias, code in _ALIASES.items():
        names.setdefault(normalise(alias), code)
    return names


@cache
def _iso_aliases() -> dict[str, str]:
    """Alpha-3 and numeric codes (CLDR's territory aliases that name exactly one country)."""
    return {
        alias: targets[0]
        for alias, targets in get_global("territory_aliases").items()
        if len(targets) == 1 and re.fullmatch(r"[A-Z]{3}|\d{3}", alias) and world.is_country(targets[0])
    }


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 code for ``text`` ("Lebanon", "Liban", "لبنان", "LB", "LBN"), else None."""
    value = (text or "").strip()
    if not value:
        return None
    upper = value.upper()
    if world.is_country(upper):
        return upper
    if upper in _iso_aliases():
        return _iso_aliases()[upper]
    return _names().get(normalise(value))
