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
the same height.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from confdesk.exports.documents.fonts import tt_font
from confdesk.exports.documents.layout import Glyphs, Line


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _actual_text(text: str) -> str:
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class _Writer:
    """The operators of one text object, tracking the font, subset and rise already set."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc  # type: ignore[attr-defined]  # reportlab's PDFDocument, untyped
        self.ops: list[str] = ["BT"]
        self.array: list[str] = []  # the TJ array being written
        self.font_op = ""
        self.rise = 0.0

    def flush(self) -> None:
        if self.array:
            self.ops.append(f"[{' '.join(self.array)}] TJ")
            self.array.clear()

    def set_font(self, font: TTFont, subset: int, size: float) -> None:
        op = f"{font.getSubsetInternalName(subset, self.doc)} {_number(size)} Tf"
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
        font = tt_font(piece.font)
        encoded = font.splitString(piece.codes, self.doc)
        self.flush()
        self.ops.append(f"1 0 0 1 {_number(x)} {_number(y)} Tm")
        if not piece.positions:
            for subset, raw in encoded:
                self.set_font(font, subset, size)
                self.array.append(f"({escapePDF(raw)})")
            self.flush()
            return
        # One (subset, byte) a glyph: reportlab numbers a font's glyphs in subsets of 256.
        codes = [(subset, raw[index : index + 1]) for subset, raw in encoded for index in range(len(raw))]
        widths = font.face.charWidths
        default = font.face.defaultWidth
        for cluster in piece.clusters:
            if cluster.actual is not None:
                self.flush()
                self.ops.append(_actual_text(cluster.actual))
            for index in range(cluster.first, cluster.end):
                subset, raw = codes[index]
                x_advance, x_offset, y_offset = piece.positions[index]
                self.set_rise(size * y_offset / 1000)
                self.set_font(font, subset, size)
                if x_offset:
                    self.array.append(_number(-x_offset))
                self.array.append(f"({escapePDF(raw)})")
                # The pen moves by the glyph's own width; HarfBuzz wants x_advance, and the
                # offset moved only the glyph, not the pen.
                correction = widths.get(ord(piece.codes[index]), default) - x_advance + x_offset
                if abs(correction) > 0.005:
                    self.array.append(_number(correction))
            if cluster.actual is not None:
                self.flush()
                self.ops.append("EMC")
        self.flush()

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
