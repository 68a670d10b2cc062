"""Reading form answers: yes/no in three languages and as ticks, lists of choices, dates,
stakeholder groups, genders and languages."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale

from confdesk import world
from confdesk.imports import vocabulary
from confdesk.imports.text import normalise

_CHOICE_SEPARATORS = re.compile(r"\s*[;,|\n/،؛]\s*")
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y",
)


def truth(text: str) -> bool | None:
    """True for yes/oui/نعم/x/✓/TRUE/1, False for no/non/لا/empty, None for anything else."""
    value = (text or "").strip()
    if not value:
        return False
    key = normalise(value) or value
    if key in vocabulary.TRUE_WORDS:
        return True
    if key in vocabulary.FALSE_WORDS:
        return False
    return None


def choices(text: str) -> list[str]:
    """The separate answers of a multiple-choice cell ("Roundtable 1; Rapporteur")."""
    return [part for part in _CHOICE_SEPARATORS.split(text or "") if part.strip()]


def when(value: object, zone: ZoneInfo) -> datetime | None:
    """An aware datetime from a spreadsheet date or a date in a common written form; naive
    times are read in the conference's zone."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = str(value or "").strip()
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            written: datetime | None = None
            for pattern in _DATE_FORMATS:
                try:
                    written = datetime.strptime(text, pattern)
                    break
                except ValueError:
                    continue
            if written is None:
                return None
            moment = written
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment


def group(text: str, extra: dict[str, str] | None = None) -> str | None:
    if extra:
        found = {normalise(k): v for k, v in extra.items()}.get(normalise(text))
        if found:
            return found
    return vocabulary.lookup("GROUP_WORDS", text)


def gender(text: str) -> str | None:
    return vocabulary.lookup("GENDER_WORDS", text)


def is_unsaid(text: str) -> bool:
    return normalise(text) in vocabulary.UNSAID_WORDS or not text.strip()


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in ("ar", "en", "fr", "es", "ru", "zh", "de", "it", "pt", "tr", "fa", "ku", "so"):
        for lang in ("en", "fr", "ar", code):
            name = Locale(code).get_display_name(Locale(lang))
            if name:
                names.setdefault(normalise(name), code)
    return names


def language(text: str) -> str | None:
    """A BCP 47 code from "Arabic", "arabe", "العربية", "ar" or "fr-FR"."""
    value = (text or "").strip()
    if not value:
        return None
    if world.is_language(value) and len(value.split("-")[0].split("_")[0]) == 2:
        return value.replace("_", "-")
    return _language_names().get(normalise(value))
