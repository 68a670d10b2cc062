"""Type sizes, weights and colours of the documents, shared by every document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypedDict, Unpack

from reportlab.lib import colors

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
ACCENT = colors.HexColor("#0b4f71")
RULE = colors.HexColor("#b8c4cc")
SHADE = colors.HexColor("#e8eef2")


class StyleChanges(TypedDict, total=False):
    """The fields of a :class:`TextStyle` that :meth:`TextStyle.but` may change."""

    size: float
    bold: bool
    color: colors.Color
    align: str
    leading: float
    space_before: float
    space_after: float
    keep_with_next: bool


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float = 10.0
    bold: bool = False
    color: colors.Color = INK
    #: "start" follows the reading direction (right in Arabic), "end" the opposite, or "center".
    align: str = "start"
    #: Line height as a multiple of the size; Arabic marks need more room than Latin.
    leading: float = 1.45
    space_before: float = 0.0
    space_after: float = 0.0
    #: Headings start a new page rather than end one: they need this much room below them.
    keep_with_next: bool = False

    def but(self, **changes: Unpack[StyleChanges]) -> TextStyle:
        return replace(self, **changes)


BODY = TextStyle(size=10, space_after=4)
SMALL = TextStyle(size=8.5, color=MUTED)
CELL = TextStyle(size=9)
CELL_BOLD = TextStyle(size=9, bold=True)
HEADER_CELL = TextStyle(size=9, bold=True, color=colors.white)
TITLE = TextStyle(size=22, bold=True, color=ACCENT, leading=1.35, space_after=10)
SUBTITLE = TextStyle(size=13, color=INK, space_after=6)
HEADING = TextStyle(size=15, bold=True, color=ACCENT, space_before=10, space_after=6, keep_with_next=True)
SUBHEADING = TextStyle(size=11.5, bold=True, color=INK, space_before=8, space_after=4, keep_with_next=True)
RUNNING = TextStyle(size=8, color=MUTED)
