"""The paragraph every document is made of: plain text laid out by :mod:`.layout`.

Text is never parsed as markup, so "<b>", "&" or "R&D <draft>" typed by a user print as typed.
A paragraph splits between lines, so a title longer than a page still flows on (in a table cell
too, with ``splitInRow``).

A paragraph's direction follows its content, as Qt's ``QTextLayout`` does with an automatic
text direction (and HTML with ``dir="auto"``): an English organisation name in the Arabic
programme is set left to right, and "start" alignment puts it at the left edge, where a reader
of English looks for the start of each of its lines. Text without a letter (a time range)
follows the document.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from confdesk.exports.documents.drawing import draw_line
from confdesk.exports.documents.fonts import FontPair, faces
from confdesk.exports.documents.layout import Line, LineSpan, break_lines, layout_span
from confdesk.exports.documents.styles import TextStyle

# Where the baseline sits inside a line box, as a fraction of the font size below the middle.
_BASELINE_DROP = 0.33
# Keeps rounding differences between measuring words and shaping lines from spilling over.
_WRAP_SLACK = 0.5


def line_x(line: Line, left: float, width: float, align: str, rtl: bool) -> float:
    """The left end of ``line`` aligned in the box from ``left`` that is ``width`` wide;
    "start" and "end" are the edges of the direction ``rtl``."""
    if align == "center":
        return left + (width - line.width) / 2
    at_right = (align == "start") == rtl
    return left + width - line.width if at_right else left


class Text(Flowable):
    """Plain text in one style; ``rtl`` is the document's direction, which a paragraph without
    a letter takes."""

    def __init__(self, text: str, style: TextStyle, rtl: bool) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines: list[LineSpan] | None = None
        self._wrapped_for: float | None = None
        self._laid_out: list[Line] | None = None

    @property
    def leading(self) -> float:
        return self.style.size * self.style.leading

    def _fonts(self) -> FontPair:
        return faces(self.style.bold)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth or self._lines is None:
            self._lines = break_lines(
                self.text, max(availWidth - _WRAP_SLACK, 1.0), self._fonts(), self.style.size, self.rtl
            )
            self._wrapped_for = availWidth
            self._laid_out = None
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # reportlab's tables ask to split at the column's full width but wrap at the width
        # inside the padding; keep the lines the row was measured with.
        if self._lines is None:
            self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(self._lines):
            return []
        return [self._part(self._lines[:fit], after=0.0), self._part(self._lines[fit:], before=0.0)]

    def _part(self, lines: list[LineSpan], before: float | None = None, after: float | None = None) -> Text:
        # The part keeps its lines, and with them the bidi levels of the whole paragraph; its
        # text is only for a rewrap at another width, which reportlab does not ask for.
        part = Text(" ", self.style, self.rtl)
        part.text = "\n".join(line.text for line in lines)
        part._lines = lines
        part._wrapped_for = self._wrapped_for
        if before is not None:
            part.spaceBefore = before
        if after is not None:
            part.spaceAfter = after
        return part

    def lines(self) -> list[Line]:
        if self._laid_out is None:
            assert self._lines is not None
            fonts = self._fonts()
            self._laid_out = [layout_span(line, fonts, self.style.size) for line in self._lines]
        return self._laid_out

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.style.color)
        size = self.style.size
        for index, line in enumerate(self.lines()):
            middle = self.height - (index + 0.5) * self.leading
            x = line_x(line, 0.0, self.width, self.style.align, line.rtl)
            draw_line(canvas, line, x, middle - _BASELINE_DROP * size, size)
