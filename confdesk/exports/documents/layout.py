"""Measuring, wrapping and laying out paragraphs of mixed Arabic and Latin text.

A paragraph is laid out in four steps: find its direction from its first strong character and
resolve the bidi algorithm over all of it (:mod:`.bidi`); break it into lines in logical
(reading) order, so the first words of an Arabic paragraph are on its first line; reorder each
line's level runs; shape each run with HarfBuzz in its own direction and in the face that has its
letters (Noto Sans Arabic for Arabic script, Noto Sans for the rest). HarfBuzz joins Arabic
letters and mirrors brackets in right-to-left runs, so "(GCM)" inside Arabic text stays "(GCM)".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from confdesk.exports.documents.bidi import first_strong_rtl, visual_runs
from confdesk.exports.documents.fonts import FontPair, coverage, tt_font

_FEATURES = {"kern": True, "liga": True}
_INVISIBLE = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})
#: Bidi_Mirroring_Glyph of the paired punctuation HarfBuzz mirrors in right-to-left runs.
MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def is_arabic(code_point: int) -> bool:
    return 0x0600 <= code_point <= 0x08FF or 0xFB50 <= code_point <= 0xFDFF or 0xFE70 <= code_point <= 0xFEFF


@dataclass(frozen=True, slots=True)
class Cluster:
    """Glyphs ``first:end`` of a piece (a word, or the space between words); ``actual`` is the
    text they show, in the order they are drawn, when the glyphs' own characters (their
    ToUnicode) would not give it back to a reader copying the page."""

    first: int
    end: int
    actual: str | None


@dataclass(frozen=True, slots=True)
class Glyphs:
    """Shaped text in one face, left to right as drawn.

    ``codes`` holds one character a glyph: the character the font maps to that glyph, which is
    what reportlab encodes the glyph by. ``positions`` holds, a glyph, its advance and its x and y
    offsets in thousandths of the font size, or is empty when every glyph takes the font's own
    advance (Latin text, which needs no shaping).
    """

    text: str
    font: str
    width: float
    codes: str
    positions: tuple[tuple[float, float, float], ...]
    clusters: tuple[Cluster, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's text and its direction (right to left when ``rtl``)."""

    text: str
    rtl: bool


@dataclass(frozen=True, slots=True)
class LineSpan:
    """One line of a paragraph: its characters ``start:end``."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Line:
    glyphs: tuple[Glyphs, ...]
    width: float
    #: The direction of the paragraph the line belongs to, which "start" alignment follows.
    rtl: bool


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


def _needs_actual_text(codes: str, text: str, rtl: bool) -> bool:
    """Whether a reader would copy something other than ``text`` from the glyphs of one
    HarfBuzz cluster, encoded by ``codes``. Readers mirror the brackets of right-to-left text
    themselves, so a bracket HarfBuzz mirrored is copied right without help."""
    if len(codes) != 1 or len(text) != 1:
        return True
    return not (codes == text or (rtl and MIRRORED.get(text) == codes))


def _as_drawn(text: str, rtl: bool) -> str:
    """``text`` in the order its glyphs are drawn, brackets as they look: the order PDFium and
    Poppler expect a span's text in, before they turn the line into reading order."""
    return "".join(MIRRORED.get(char, char) for char in reversed(text)) if rtl else text


@lru_cache(maxsize=200_000)
def shaped(text: str, font_name: str, size: float, rtl: bool) -> Glyphs:
    """``text`` (logical order) shaped in one face and direction."""
    if not rtl and not any(is_arabic(ord(char)) for char in text):
        # Latin, Greek, digits: reportlab's metrics give the same advances without HarfBuzz.
        width = pdfmetrics.stringWidth(text, font_name, size)
        return Glyphs(text, font_name, width, text, (), (Cluster(0, len(text), None),))
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
    codes: list[str] = []
    positions: list[tuple[float, float, float]] = []
    starts: list[int] = []
    advance = 0.0
    # types-reportlab lacks TTFontFace.glyphToChar and the hbAddPrivate that TTFont.hbFont()
    # sets, and leaves TTFont.pdfScale untyped.
    scale = 1000 / ttf.face.unitsPerEm
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            char: int = ttf.face.glyphToChar[glyph][0]  # type: ignore[attr-defined]
        except KeyError:
            char = ttf.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)  # type: ignore[attr-defined]
        x_advance = position.x_advance * scale
        positions.append((x_advance, position.x_offset * scale, position.y_offset * scale))
        codes.append(chr(char))
        starts.append(info.cluster)
        advance += x_advance
    code_text = "".join(codes)
    return Glyphs(
        text, font_name, advance * size / 1000, code_text, tuple(positions), _clusters(text, code_text, starts, rtl)
    )


def _clusters(text: str, codes: str, starts: list[int], rtl: bool) -> tuple[Cluster, ...]:
    """Group glyphs into words and the spaces between them. HarfBuzz's clusters (a letter and
    its dots, a lam-alef ligature) end where the next higher cluster value starts; a word that
    has a cluster whose glyphs do not say what it shows carries its text as drawn."""
    bounds = [*sorted(set(starts)), len(text)]
    following = {value: bounds[index + 1] for index, value in enumerate(bounds[:-1])}
    words: list[Cluster] = []
    first = 0  # the first glyph of the word being grouped
    low, high, needs = len(text), 0, False  # the word's characters low:high
    index = 0
    while index < len(starts):
        end = index + 1
        while end < len(starts) and starts[end] == starts[index]:
            end += 1
        shown = text[starts[index] : following[starts[index]]]
        if shown.isspace():
            if first < index:
                words.append(Cluster(first, index, _as_drawn(text[low:high], rtl) if needs else None))
            words.append(Cluster(index, end, None if codes[index:end] == shown else shown))
            first, low, high, needs = end, len(text), 0, False
        else:
            needs = needs or _needs_actual_text(codes[index:end], shown, rtl)
            low, high = min(low, starts[index]), max(high, following[starts[index]])
        index = end
    if first < len(starts):
        words.append(Cluster(first, len(starts), _as_drawn(text[low:high], rtl) if needs else None))
    return tuple(words)


def _segments(text: str, rtl: bool, fonts: FontPair) -> list[tuple[str, str]]:
    """(text, face) pieces of one run, in logical order."""
    latin = coverage(fonts.latin)
    if not rtl and text.isascii() and text.isprintable() and latin.issuperset(map(ord, text)):
        return [(text, fonts.latin)] if text else []  # English, digits: the common case
    covered = {fonts.latin: latin, fonts.arabic: coverage(fonts.arabic)}
    segments: list[tuple[str, str]] = []
    chars: list[str] = []  # of the segment being gathered, in ``face``
    face = ""
    for char in text:
        if unicodedata.bidirectional(char) in _INVISIBLE:
            continue
        # Punctuation and spaces stay in the face of what precedes them ("١٠:٠٠", "GCM)")
        # so a run is not cut into pieces at every colon.
        if face and not unicodedata.category(char).startswith("L") and ord(char) in covered[face]:
            chars.append(char)
            continue
        char_face = _face_for(char, rtl, fonts)
        if char_face == face:
            chars.append(char)
        else:
            if chars:
                segments.append(("".join(chars), face))
            chars, face = [char], char_face
    if chars:
        segments.append(("".join(chars), face))
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


def paragraph(text: str, rtl: bool) -> Paragraph:
    """``text`` as a paragraph whose direction follows its first strong character (rules P2,
    P3); ``rtl`` (the document's direction) decides only when it has none, like a time range."""
    found = first_strong_rtl(text)
    return Paragraph(text, rtl if found is None else found)


@lru_cache(maxsize=100_000)
def layout_span(span: LineSpan, fonts: FontPair, size: float) -> Line:
    text = span.paragraph.text
    glyphs: list[Glyphs] = []
    for run in visual_runs(text, span.paragraph.rtl, span.start, span.end):
        glyphs.extend(run_glyphs(text[run.start : run.end], run.rtl, fonts, size))
    return Line(tuple(glyphs), sum(piece.width for piece in glyphs), span.paragraph.rtl)


def layout_line(text: str, rtl: bool, fonts: FontPair, size: float) -> Line:
    """One line of text (a running head, say), its direction found from its content."""
    whole = paragraph(text, rtl)
    return layout_span(LineSpan(whole, 0, len(text)), fonts, size)


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


def _line_ends(words: list[str], width: float, fonts: FontPair, size: float) -> list[tuple[int, int]]:
    """Where the lines of ``" ".join(words)`` start and end, each no wider than ``width``."""
    ends: list[tuple[int, int]] = []
    space = measure(" ", fonts, size)
    start = position = 0
    current_width = 0.0
    empty = True
    for word in words:
        word_width = measure(word, fonts, size)
        if word_width > width:
            if not empty:
                ends.append((start, position - 1))
            *full, last = _break_long_word(word, width, fonts, size)
            for chunk in full:
                ends.append((position, position + len(chunk)))
                position += len(chunk)
            start, current_width, empty = position, measure(last, fonts, size), False
            position += len(last) + 1
        elif not empty and current_width + space + word_width > width:
            ends.append((start, position - 1))
            start, current_width = position, word_width
            position += len(word) + 1
        else:
            current_width += (0.0 if empty else space) + word_width
            empty = False
            position += len(word) + 1
    ends.append((start, max(position - 1, start)))
    return ends


def break_lines(text: str, width: float, fonts: FontPair, size: float, rtl: bool) -> list[LineSpan]:
    """The lines of ``text``, in logical order, each no wider than ``width``, broken only at
    breakable spaces (a run of them prints as one space) and at the text's own line breaks. Each
    line keeps its paragraph, whose direction comes from its content (``rtl`` when it has none)."""
    lines: list[LineSpan] = []
    for typed in text.split("\n"):
        words = [word for word in BREAKABLE_SPACES.split(typed) if word]
        whole = paragraph(" ".join(words), rtl)
        lines.extend(LineSpan(whole, start, end) for start, end in _line_ends(words, width, fonts, size))
    return lines


def wrap(text: str, width: float, fonts: FontPair, size: float, rtl: bool = False) -> list[str]:
    """The text of each line :func:`break_lines` makes."""
    return [line.text for line in break_lines(text, width, fonts, size, rtl)]
