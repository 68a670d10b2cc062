"""Measuring, wrapping and laying out lines of mixed Arabic and Latin text.

A line is built in three steps: wrap the text in logical (reading) order, so the first words of
an Arabic paragraph are on its first line; reorder each line's level runs with the bidi
algorithm (:mod:`.bidi`); shape each run with HarfBuzz in its own direction and in the face
that has its letters (Noto Sans Arabic for Arabic script, Noto Sans for the rest). HarfBuzz
joins Arabic letters and mirrors brackets in right-to-left runs, so "(GCM)" inside Arabic text
stays "(GCM)".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from confdesk.exports.documents.bidi import visual_runs
from confdesk.exports.documents.fonts import FontPair, coverage, tt_font

_FEATURES = {"kern": True, "liga": True}
_INVISIBLE = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})


def is_arabic(code_point: int) -> bool:
    return 0x0600 <= code_point <= 0x08FF or 0xFB50 <= code_point <= 0xFDFF or 0xFE70 <= code_point <= 0xFEFF


@dataclass(frozen=True, slots=True)
class Glyphs:
    """Shaped text in one face, ready to draw left to right."""

    text: str  # a reportlab ShapedStr when HarfBuzz changed anything
    font: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    glyphs: tuple[Glyphs, ...]
    width: float


_hb_fonts: dict[str, uharfbuzz.Font] = {}


def _hb_font(font_name: str) -> uharfbuzz.Font:
    font = _hb_fonts.get(font_name)
    if font is None:
        font = _hb_fonts[font_name] = tt_font(font_name).hbFont()
    return font


def _face_for(char: str, rtl: bool, fonts: FontPair) -> str:
    code = ord(char)
    if is_arabic(code):
        return fonts.arabic
    # Neutrals inside Arabic runs stay in the Arabic face so they shape with their neighbours.
    if rtl and code in coverage(fonts.arabic):
        return fonts.arabic
    if code in coverage(fonts.latin):
        return fonts.latin
    return fonts.arabic


@lru_cache(maxsize=200_000)
def shaped(text: str, font_name: str, size: float, rtl: bool) -> Glyphs:
    """``text`` (logical order) shaped in one face and direction."""
    if not rtl and not any(is_arabic(ord(char)) for char in text):
        # Latin, Greek, digits: reportlab's metrics give the same advances without HarfBuzz.
        return Glyphs(text, font_name, pdfmetrics.stringWidth(text, font_name, size))
    ttf = tt_font(font_name)
    hb_font = _hb_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    # The bidi algorithm decided the direction; HarfBuzz's guess from the script would shape
    # Arabic-Indic digits right to left and neutral-only runs left to right.
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    # types-reportlab lacks TTFontFace.glyphToChar and the hbAddPrivate that TTFont.hbFont()
    # sets, and leaves TTFont.pdfScale untyped.
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            char: int = ttf.face.glyphToChar[glyph][0]  # type: ignore[attr-defined]
        except KeyError:
            char = ttf.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)  # type: ignore[attr-defined]
        x_advance: float = ttf.pdfScale(position.x_advance)  # type: ignore[no-untyped-call]
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(position.y_advance),  # type: ignore[no-untyped-call]
                ttf.pdfScale(position.x_offset),  # type: ignore[no-untyped-call]
                ttf.pdfScale(position.y_offset),  # type: ignore[no-untyped-call]
                ttf.face.charWidths[char],
            )
        )
        chars.append(chr(char))
        advance += x_advance
    # types-reportlab says one ShapeData; reportlab keeps (and adds up) a list of them, one a glyph.
    shaped_text = ShapedStr("".join(chars), shapeData=data)  # type: ignore[arg-type]
    return Glyphs(shaped_text, font_name, advance * size / 1000)


def _segments(text: str, rtl: bool, fonts: FontPair) -> list[tuple[str, str]]:
    """(text, face) pieces of one run, in logical order."""
    segments: list[tuple[str, str]] = []
    for char in text:
        if unicodedata.bidirectional(char) in _INVISIBLE:
            continue
        face = _face_for(char, rtl, fonts)
        # Punctuation and spaces stay in the face of what precedes them ("١٠:٠٠", "GCM)")
        # so a run is not cut into pieces at every colon.
        if segments and not unicodedata.category(char).startswith("L") and ord(char) in coverage(segments[-1][1]):
            face = segments[-1][1]
        if segments and segments[-1][1] == face:
            segments[-1] = (segments[-1][0] + char, face)
        else:
            segments.append((char, face))
    return segments


def run_glyphs(text: str, rtl: bool, fonts: FontPair, size: float) -> list[Glyphs]:
    """One level run, shaped, in visual order (faces right to left in a right-to-left run)."""
    pieces = [shaped(part, face, size, rtl) for part, face in _segments(text, rtl, fonts)]
    return pieces[::-1] if rtl else pieces


@lru_cache(maxsize=200_000)
def measure(word: str, fonts: FontPair, size: float) -> float:
    """Width of a word, shaping each piece in its script's natural direction."""
    return sum(shaped(part, face, size, _is_arabic_text(part)).width for part, face in _segments(word, False, fonts))


def _is_arabic_text(text: str) -> bool:
    return any(is_arabic(ord(char)) for char in text)


def layout_line(text: str, rtl: bool, fonts: FontPair, size: float) -> Line:
    glyphs: list[Glyphs] = []
    for run in visual_runs(text, rtl):
        glyphs.extend(run_glyphs(text[run.start : run.end], run.rtl, fonts, size))
    return Line(tuple(glyphs), sum(piece.width for piece in glyphs))


def _break_long_word(word: str, width: float, fonts: FontPair, size: float) -> list[str]:
    """Cut a word wider than the column (a long link, say) between characters, never beside a
    no-break space (what it holds together stays together, a little wider than the column)."""
    chunks = []
    current = ""
    current_width = 0.0
    for char in word:
        char_width = measure(char, fonts, size)
        glued = char in NO_BREAK or current.endswith(NO_BREAK)
        if current and not glued and current_width + char_width > width:
            chunks.append(current)
            current, current_width = "", 0.0
        current += char
        current_width += char_width
    chunks.append(current)
    return chunks


#: The spaces a line may break at (UAX #14 class BA and SP); no-break spaces (U+00A0, U+202F,
#: U+2007) hold their neighbours together, as the user or the typography wanted.
NO_BREAK = ("\u00a0", "\u202f", "\u2007", "\u2060")
BREAKABLE_SPACES = re.compile(r"[ \t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")


def wrap(text: str, width: float, fonts: FontPair, size: float) -> list[str]:
    """The lines of ``text`` in logical order, each no wider than ``width``, broken only at
    breakable spaces."""
    lines: list[str] = []
    space = measure(" ", fonts, size)
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in filter(None, BREAKABLE_SPACES.split(paragraph)):
            word_width = measure(word, fonts, size)
            if word_width > width:
                if current:
                    lines.append(" ".join(current))
                *full, last = _break_long_word(word, width, fonts, size)
                lines.extend(full)
                current, current_width = [last], measure(last, fonts, size)
            elif current and current_width + space + word_width > width:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
            else:
                current_width += (space if current else 0.0) + word_width
                current.append(word)
        lines.append(" ".join(current))
    return lines
