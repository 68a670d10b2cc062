"""Matching and direction of mixed Arabic/Latin text, for search boxes and table cells."""

from __future__ import annotations

import re
import unicodedata

# Arabic marks a typist rarely writes: tashkeel (harakat, tanwin, shadda, sukun), the dagger
# alef, Quranic annotation signs and the tatweel used only to stretch words.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

# Letters written in several forms that a searcher treats as one: alef with hamza or madda,
# alef maqsura and ya, ta marbuta and ha, hamza seats.
_ARABIC_FOLD = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u06cc": "\u064a",
    "\u0629": "\u0647",
    "\u0624": "\u0648", "\u0626": "\u064a",
})  # fmt: skip


def fold(text: str) -> str:
    """A search key: case-folded, Latin accents dropped, Arabic marks dropped and letter
    variants unified, so "Zeina", "zéina" and "زينة"/"زينه" find what a person means."""
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # NFKD splits Latin accents into combining marks (category Mn); Arabic letters survive it
    # because the hamza/madda forms were folded above.
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_right_to_left(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew...): the Unicode
    bidi rule (P2) for a paragraph's direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
