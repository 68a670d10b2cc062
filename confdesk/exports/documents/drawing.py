"""Drawing laid-out lines on a reportlab canvas, so that a reader copies what was typed.

Shaped Arabic is drawn as glyphs that no character stands for one to one: Noto Sans Arabic
draws "ب" as a dotless base and a dot, joins lam and alef into one glyph, and has glyphs (final
forms, marks) that only HarfBuzz reaches, which reportlab encodes as private-use characters. So
every such cluster of glyphs is wrapped in a marked-content span whose ``/ActualText`` is the
text it shows (ISO 32000-1, 14.9.4); PDFium, Poppler and Acrobat copy and search that instead of
the glyphs' own characters. Glyphs whose own character is right (Latin, digits, a bracket that
HarfBuzz mirrored, which readers mirror back) are drawn without one, in visual order, the order
readers expect before they apply the bidi algorithm themselves.

reportlab's own ``textOut`` of a shaped string writes one text operator a glyph cluster and
fails on a cluster whose first glyph is raised; this writes one ``TJ`` array a run of glyphs at
the same height, and one string in it for glyphs that need no adjustment between them.
"""

from __future__ import annotations

import weakref
from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfgen.canvas import Canvas

from confdesk.exports.documents.fonts import tt_font
from confdesk.exports.documents.layout import Glyphs, Line

#: A one-byte glyph code escaped for a PDF string, for each byte.
_ESCAPED = tuple(escapePDF(bytes([byte])) for byte in range(256))
#: One glyph of a shaped piece at one size: its rise, and the TJ numbers before and after it.
_Step = tuple[float, str, str]
#: What a piece writes, once its glyphs have codes in a document: the operators, and the font
#: and rise it leaves set.
_Written = tuple[list[str], str, float]
#: Per document, what each piece drawn at a size, after a font and rise, wrote; the programme
#: draws the same role labels, kinds and interpretation lines hundreds of times. Keyed by the
#: piece's id, which stays unique while the entry holds the piece.
_written: weakref.WeakKeyDictionary[Any, dict[tuple[int, float, str, float], tuple[Glyphs, _Written]]] = (
    weakref.WeakKeyDictionary()
)


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _actual_text(text: str) -> str:
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


@lru_cache(maxsize=20_000)
def _steps(piece: Glyphs, size: float) -> tuple[_Step, ...]:
    """What a shaped piece needs around each glyph, whatever the document: the rise, the offset
    before it, and the correction after it. The pen moves by the glyph's own width; HarfBuzz
    wants x_advance, and the offset moved only the glyph, not the pen."""
    face = tt_font(piece.font).face
    widths, default = face.charWidths, face.defaultWidth
    steps = []
    for code, (x_advance, x_offset, y_offset) in zip(piece.codes, piece.positions, strict=True):
        correction = widths.get(ord(code), default) - x_advance + x_offset
        steps.append(
            (
                size * y_offset / 1000,
                _number(-x_offset) if x_offset else "",
                _number(correction) if abs(correction) > 0.005 else "",
            )
        )
    return tuple(steps)


class _Writer:
    """The operators of one text object, tracking the font, subset and rise already set."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc  # type: ignore[attr-defined]  # reportlab's PDFDocument, untyped
        self.written = _written.setdefault(self.doc, {})
        self.ops: list[str] = ["BT"]
        self.array: list[str] = []  # the TJ array being written
        self.string: list[str] = []  # the string being written at its end
        self.font_op = ""
        self.rise = 0.0

    def close_string(self) -> None:
        if self.string:
            self.array.append(f"({''.join(self.string)})")
            self.string.clear()

    def flush(self) -> None:
        self.close_string()
        if self.array:
            self.ops.append(f"[{' '.join(self.array)}] TJ")
            self.array.clear()

    def set_font(self, op: str) -> None:
        if op != self.font_op:
            self.flush()
            self.ops.append(op)
            self.font_op = op

    def set_rise(self, rise: float) -> None:
        if rise != self.rise:
            self.flush()
            self.ops.append(f"{_number(rise)} Ts")
            self.rise = rise

    def glyphs(self, piece: Glyphs, x: float, y: float, size: float) -> None:
        self.flush()
        self.ops.append(f"1 0 0 1 {_number(x)} {_number(y)} Tm")
        key = (id(piece), size, self.font_op, self.rise)
        known = self.written.get(key)
        if known is None:
            first = len(self.ops)
            self._encode(piece, size)
            self.flush()
            known = self.written[key] = (piece, (self.ops[first:], self.font_op, self.rise))
        else:
            ops, self.font_op, self.rise = known[1]
            self.ops.extend(ops)

    def _encode(self, piece: Glyphs, size: float) -> None:
        font = tt_font(piece.font)
        # reportlab numbers a font's glyphs in this document in subsets of 256.
        encoded = font.splitString(piece.codes, self.doc)
        fonts = {subset: f"{font.getSubsetInternalName(subset, self.doc)} {_number(size)} Tf" for subset, _ in encoded}
        if not piece.positions:
            for subset, raw in encoded:
                self.set_font(fonts[subset])
                self.string.append(escapePDF(raw))
            return
        subsets = [subset for subset, raw in encoded for _ in raw]
        raws = b"".join(raw for _, raw in encoded)
        steps = _steps(piece, size)
        for cluster in piece.clusters:
            if cluster.actual is not None:
                self.flush()
                self.ops.append(_actual_text(cluster.actual))
            for index in range(cluster.first, cluster.end):
                rise, before, after = steps[index]
                self.set_rise(rise)
                self.set_font(fonts[subsets[index]])
                if before:
                    self.close_string()
                    self.array.append(before)
                self.string.append(_ESCAPED[raws[index]])
                if after:
                    self.close_string()
                    self.array.append(after)
            if cluster.actual is not None:
                self.flush()
                self.ops.append("EMC")

    def end(self) -> None:
        self.set_rise(0.0)
        self.ops.append("ET")
        self.canvas._code.append(" ".join(self.ops))  # type: ignore[attr-defined]  # the page's operators


def draw_line(canvas: Canvas, line: Line, x: float, y: float, size: float) -> None:
    """Draw a laid-out line with its left end at ``x`` and its baseline at ``y``."""
    writer = _Writer(canvas)
    for piece in line.glyphs:
        writer.glyphs(piece, x, y, size)
        x += piece.width
    writer.end()
