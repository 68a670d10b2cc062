"""The Unicode bidirectional algorithm (UAX #9), resolved over a whole paragraph.

reportlab reorders mixed Arabic/Latin lines only with ``rlbidi``, which is not on PyPI. So a
paragraph's direction is found from its first strong character (rules P2, P3), python-bidi (the
Rust ``unicode-bidi`` crate, which implements the explicit, weak, neutral and bracket-pair rules)
gives each character's embedding level over the whole paragraph, the paragraph is broken into
lines in logical order, and each line is reordered here from those levels (rules L1 and L2).
Resolving each wrapped line alone would get wrong whatever depends on text across the break: an
Arabic comma that ends a line, a bracket opened on one line and closed on the next.

python-bidi's Python API returns only the reordered string, without mirroring brackets, and no
levels; the levels are read from its ``debug`` report (one per UTF-8 byte). Mirroring is left to
HarfBuzz, which mirrors characters of every run shaped right to left.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import get_display

# The report's fields start a line, four spaces in; the text is quoted on one line.
_LEVELS_START = "\n    levels: [\n"
_LEVELS_END = "\n    ],"
_NUMBER = re.compile(r"\d+")
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_LTR_STRONG = frozenset({"L", "EN", "AN"})
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
_ISOLATE_OPEN = frozenset({"LRI", "RLI", "FSI"})
#: Characters that rule L1 sets back to the paragraph level at the end of a line.
_LINE_END_RESET = frozenset({"WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})


@dataclass(frozen=True, slots=True)
class Run:
    """Characters ``start:end`` of a paragraph, all at one embedding level."""

    start: int
    end: int
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def first_strong_rtl(text: str) -> bool | None:
    """Rules P2 and P3: right to left if the first strong character outside isolates is Arabic
    or Hebrew, left to right if it is any other letter, ``None`` if there is none."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATE_OPEN:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0 and kind == "L":
            return False
        elif depth == 0 and kind in ("R", "AL"):
            return True
    return None


def _levels_from_library(text: str, rtl: bool) -> list[int]:
    report = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = report.find(_LEVELS_START)
    end = report.find(_LEVELS_END, start + 1)
    if start < 0 or end < 0:
        raise RuntimeError("python-bidi gave no embedding levels")
    # Between the brackets are only "Level(n)" entries, so every number is a level.
    per_byte = [int(value) for value in _NUMBER.findall(report, start + len(_LEVELS_START), end)]
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


@lru_cache(maxsize=20000)
def levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of each character of a paragraph whose base direction is
    right to left when ``rtl`` (before rule L1, which depends on where lines break)."""
    base = 1 if rtl else 0
    classes = {unicodedata.bidirectional(char) for char in text}
    # Shortcuts for the common cases, where the algorithm's answer is known without running it.
    if classes & _EXPLICIT:
        return tuple(_levels_from_library(text, rtl))
    if not rtl and not classes & _RTL_CLASSES:
        return (0,) * len(text)
    if rtl and not classes & _LTR_STRONG:
        return (base,) * len(text)
    return tuple(_levels_from_library(text, rtl))


def line_levels(text: str, paragraph_levels: tuple[int, ...], start: int, end: int, rtl: bool) -> list[int]:
    """The levels of the line ``text[start:end]`` after rule L1: whitespace and isolate marks
    that end the line, and whitespace before a tab, go back to the paragraph's level."""
    base = 1 if rtl else 0
    line = list(paragraph_levels[start:end])
    reset = True  # at the line's end
    for index in range(end - 1, start - 1, -1):
        kind = unicodedata.bidirectional(text[index])
        if kind in ("S", "B"):
            line[index - start] = base
            reset = True
        elif reset and kind in _LINE_END_RESET:
            line[index - start] = base
        else:
            reset = False
    return line


def reorder(start: int, line: list[int]) -> list[Run]:
    """Rule L2: the level runs of a line (``line[i]`` is the level of character ``start + i``),
    left to right as they appear on the page."""
    if not line:
        return []
    runs: list[Run] = []
    first = 0
    for index in range(1, len(line) + 1):
        if index == len(line) or line[index] != line[first]:
            runs.append(Run(start + first, start + index, line[first]))
            first = index
    highest = max(run.level for run in runs)
    lowest_odd = min((run.level for run in runs if run.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index].level >= level:
                end = index
                while end < len(runs) and runs[end].level >= level:
                    end += 1
                runs[index:end] = reversed(runs[index:end])
                index = end
            else:
                index += 1
    return runs


def visual_runs(text: str, rtl: bool, start: int = 0, end: int | None = None) -> list[Run]:
    """The level runs of the line ``text[start:end]`` of the paragraph ``text`` (its base
    direction right to left when ``rtl``), in visual order, indices into ``text``."""
    end = len(text) if end is None else end
    if start >= end:
        return []
    paragraph_levels = levels(text, rtl)
    base = 1 if rtl else 0
    if paragraph_levels.count(base) == len(paragraph_levels):
        return [Run(start, end, base)]  # one direction throughout, as most paragraphs are
    return reorder(start, line_levels(text, paragraph_levels, start, end, rtl))
