"""English counts for the command line and the core's messages: "1 day", "3 days", never
"day(s)". (The window says counts through Qt's numerus translations, the documents through
Babel's CLDR plural rules.)"""

from __future__ import annotations


def counted(count: int, one: str, other: str | None = None) -> str:
    """``count`` with the English noun that agrees with it: ``counted(1, "day")`` is "1 day",
    ``counted(3, "day")`` "3 days"; ``other`` gives an irregular plural ("people")."""
    noun = one if count == 1 else (other or f"{one}s")
    return f"{count:,} {noun}"
