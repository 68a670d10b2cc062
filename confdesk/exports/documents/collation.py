"""Sorting names as their readers expect: by family name where the name shows one, letters
compared without accents, and Arabic in the order of its alphabet.

Arabic: Unicode already codes the letters in their alphabetical order (ا ب ت ث … ن ه و ي);
what needs care is the forms of one letter (أ إ آ are alef; ة sorts as ه, ى as ي), the tatweel
and the vowel marks (not letters), and the article ال, which indexes pass over ("الشامي" under
ش). Latin: accents are a secondary difference, "Élodie" sits with "Elodie"."""

from __future__ import annotations

import unicodedata

#: Words that belong to the family name that follows them ("Omar El Shami", "Jean de Souza").
PARTICLES = frozenset(
    {
        "al",
        "el",
        "de",
        "da",
        "di",
        "du",
        "des",
        "del",
        "della",
        "van",
        "von",
        "der",
        "ben",
        "bin",
        "ibn",
        "abu",
        "ould",
        "la",
        "le",
    }
)
_ARABIC_FORMS = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})
_ARTICLE = "ال"


def family_name(name: str) -> str:
    """The family name a full name shows: its last word, with the particles before it
    ("El Shami" of "Omar El Shami"); the whole name when it is one word."""
    words = name.split()
    if len(words) < 2:
        return name.strip()
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold().strip("-") in PARTICLES:
        start -= 1
    return " ".join(words[start:])


def letters(text: str) -> str:
    """``text`` reduced to what collation compares first: letters without accents or vowel
    marks, one form per Arabic letter, case folded."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_FORMS))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return kept.casefold()


def _without_article(word: str) -> str:
    return word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1 else word


def name_key(name: str) -> tuple[str, str, str]:
    """Sort key of a person's name: family name (without particles or the Arabic article),
    then the whole name, then the name as written (so the order is total)."""
    family = family_name(name).split()
    core = [word for word in family if word.casefold().strip("-") not in PARTICLES] or family
    primary = " ".join(_without_article(letters(word)) for word in core)
    return primary, letters(name), name


def text_key(text: str) -> str:
    """Sort key of a name of a place or a thing ("الأردن", "Émirats arabes unis"): its letters,
    each word without the Arabic article."""
    return " ".join(_without_article(word) for word in letters(text).split())
