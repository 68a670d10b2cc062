"""The Unicode bidirectional algorithm, applied to one wrapped line at a time.

reportlab reorders mixed Arabic/Latin lines only with ``rlbidi``, which is not on PyPI; without
it a line such as "المائدة المستديرة الأولى: Global Compact for Migration" comes out in
left-to-right word order. So documents wrap text in logical (reading) order first, then ask
python-bidi (the Rust ``unicode-bidi`` crate, which implements UAX #9 including the bracket-pair
rule) for each character's embedding level, and reorder runs of equal level here (rule L2).

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

_LEVELS_BLOCK = re.compile(r"levels: \[(.*?)\n    \],", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_LTR_STRONG = frozenset({"L", "EN", "AN"})
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


@dataclass(frozen=True, slots=True)
class Run:
    """Characters ``start:end`` of a line, all at one embedding level."""

    start: int
    end: int
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def _levels_from_library(text: str, rtl: bool) -> list[int]:
    report = get_display(text, base_dir="R" if rtl else "L", debug=True)
    block = _LEVELS_BLOCK.search(report)
    if block is None:
        raise RuntimeError("python-bidi gave no embedding levels")
    per_byte = [int(value) for value in _LEVEL.findall(block.group(1))]
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


@lru_cache(maxsize=20000)
def levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of each character of one line."""
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


def visual_runs(text: str, rtl: bool) -> list[Run]:
    """The level runs of a line, left to right as they appear on the page (rule L2)."""
    if not text:
        return []
    line_levels = levels(text, rtl)
    runs: list[Run] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or line_levels[index] != line_levels[start]:
            runs.append(Run(start, index, line_levels[start]))
            start = index
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
