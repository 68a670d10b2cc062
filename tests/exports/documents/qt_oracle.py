"""Qt's own bidi layout of a paragraph, broken where ours breaks: the oracle for visual order.

``QTextLayout`` runs the bidi algorithm over the whole paragraph and ``QTextLine.setNumColumns``
forces a line to hold exactly the characters ours holds; the glyph runs of each line say where
Qt put each character. Imported by tests only (the core never imports Qt).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic

from confdesk.exports.documents.bidi import first_strong_rtl
from confdesk.exports.documents.layout import LineSpan


@cache
def _font():
    from PySide6.QtGui import QFont, QFontDatabase

    families = []
    for package, name in ((fontpkg_noto_sans, "NotoSans"), (fontpkg_noto_sans_arabic, "NotoSansArabic")):
        font_id = QFontDatabase.addApplicationFont(str(Path(package.ROOT) / "files" / f"{name}[wdth,wght].ttf"))
        families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(20)
    return font


def qt_visual_lines(lines: list[LineSpan], document_rtl: bool) -> list[list[int]]:
    """For each line, the indices of its characters (into the paragraph's text) left to right
    as Qt lays them out, leaving out the space a line breaks at. The paragraph's direction is
    Qt's own guess (``LayoutDirectionAuto``) unless it has no strong character, when it takes
    the document's, as ours does."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    text = lines[0].paragraph.text
    layout = QTextLayout(text, _font())
    option = QTextOption()
    if first_strong_rtl(text) is None:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if document_rtl else Qt.LayoutDirection.LeftToRight)
    else:
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    qt_lines = []
    for index, line in enumerate(lines):
        following = lines[index + 1].start if index + 1 < len(lines) else len(text)
        qt_line = layout.createLine()
        qt_line.setNumColumns(following - line.start)
        qt_lines.append(qt_line)
    layout.endLayout()
    flags = (
        QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
        | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
    )
    result = []
    for line, qt_line in zip(lines, qt_lines, strict=True):
        assert qt_line.textStart() == line.start, "Qt broke the line elsewhere"
        placed: list[tuple[float, int, int]] = []
        last: tuple[float, bool] | None = None
        for index in range(line.start, line.end):
            # The glyphs of the character's cluster; a character without glyphs of its own (the
            # alef of a lam-alef ligature gets its lam's) sits with the one before it.
            runs = [run for run in layout.glyphRuns(index, 1, flags) if run.positions()]
            if runs:
                last = (min(position.x() for run in runs for position in run.positions()), runs[0].isRightToLeft())
            if last is None:
                continue
            x, rtl = last
            placed.append((x, -index if rtl else index, index))
        result.append([index for _, _, index in sorted(placed)])
    return result
