"""Comparing words typed by people: headers, answers, country and part names.

Forms arrive with "E-mail Address", "email", "Courriel", "البريد الإلكتروني" and
"البريد الالكتروني"; :func:`normalise` folds them to one spelling so a lookup table of
synonyms can stay short.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Alef maqsura/ya and ta marbuta/ha are spelt both ways in everyday typing.
_ARABIC_FOLDS = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None})
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


@lru_cache(maxsize=65_536)
def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    # NFKD splits é into e + accent and أ into ا + hamza; dropping the marks folds both.
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(_ARABIC_FOLDS).casefold()
    return _NOT_WORD.sub(" ", text).strip()


def normalise(value: object) -> str:
    """Case, accents, Arabic tashkeel and hamza seats, punctuation and spacing folded away.

    Cached: a registration list repeats the same countries, groups and answers thousands of times.
    """
    return _normalise(str(value or ""))


def has_arabic(value: str) -> bool:
    return bool(_ARABIC_LETTER.search(value or ""))


def ascii_slug(value: str, separator: str = "-") -> str:
    """Lower-case ASCII letters and digits joined by ``separator``; empty for Arabic-only text."""
    text = unicodedata.normalize("NFKD", value or "")
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", separator, text).strip(separator)


def clean_cell(value: object) -> str:
    """A cell as trimmed text: spreadsheet numbers without a spurious ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\u00a0", " ").strip()
