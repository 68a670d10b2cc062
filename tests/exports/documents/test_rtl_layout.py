"""Arabic reads right to left on the page: checked from where each character is drawn."""

from __future__ import annotations

from dataclasses import replace

import pytest
from documents_pdf import lines_of_chars, page_count

from confdesk.exports.documents import DocumentOptions, build_document, styles
from confdesk.exports.documents.bidi import visual_runs
from confdesk.exports.documents.page import MARGIN, Writer
from confdesk.model import LocalText

MIXED = "المائدة المستديرة الأولى: Global Compact for Migration (GCM) والهجرة"


def _with_title(conference, arabic: str):
    first = conference.parts[1].public_sessions()[0]
    retitled = replace(first, title=LocalText(ar=arabic, en="Mixed", fr="Mixte"))
    part = replace(
        conference.parts[1], sessions=tuple(retitled if s is first else s for s in conference.parts[1].sessions)
    )
    return replace(conference, parts=(conference.parts[0], part, *conference.parts[2:]))


def _is_arabic_glyph(char: dict) -> bool:
    return "Arabic" in char["fontname"] and not char["text"].isascii()


def _line_with(lines, text: str):
    for line in lines:
        if text in "".join(char["text"] for char in line):
            return line
    raise AssertionError(f"no line shows {text!r}")


def test_mixed_arabic_latin_title_reads_right_to_left_with_latin_in_place(conference):
    writer = Writer(conference, DocumentOptions(lang="ar"))
    pdf = writer.build([writer.text(MIXED, styles.SUBHEADING)], "mixed")
    page = 0
    line = _line_with(lines_of_chars(pdf, page), "Global")
    latin = [char for char in line if char["text"].isascii() and char["text"].strip() and char["text"] != ":"]
    arabic = [char for char in line if _is_arabic_glyph(char)]
    # The Latin run reads left to right in place, brackets the right way round.
    assert "".join(char["text"] for char in latin) == "GlobalCompactforMigration(GCM)"
    run_left = min(char["x0"] for char in latin if char["text"].isalpha())
    run_right = max(char["x1"] for char in latin if char["text"].isalpha())
    # Three Arabic words come before the Latin run, so they sit to its right; one comes after.
    right_of_run = [char for char in arabic if char["x0"] >= run_right]
    left_of_run = [char for char in arabic if char["x1"] <= run_left]
    assert len(right_of_run) > 2 * len(left_of_run) > 0
    # The colon that ends "الأولى:" sits between the Arabic words and "Global" (not at the far end).
    colon = next(char for char in line if char["text"] == ":")
    global_g = next(char for char in latin if char["text"] == "G")
    assert global_g["x1"] <= colon["x0"] < min(char["x0"] for char in right_of_run) + 1
    # The first Arabic word is at the right edge of the text column: the rightmost glyph is
    # Arabic and touches the right margin.
    rightmost = max(line, key=lambda char: char["x1"])
    assert _is_arabic_glyph(rightmost)
    assert abs(rightmost["x1"] - (line[0]["page_width"] - MARGIN)) < 2


def test_mixed_title_in_an_arabic_programme_keeps_its_latin_run_in_place(conference):
    pdf = build_document("programme", _with_title(conference, MIXED), DocumentOptions(lang="ar"))
    found = [
        "".join(char["text"] for char in line if char["text"].isascii() and char["text"].strip())
        for page in range(page_count(pdf))
        for line in lines_of_chars(pdf, page)
        if any(char["text"] == "G" for char in line) and any(_is_arabic_glyph(char) for char in line)
    ]
    joined = "".join(found)
    assert "GlobalCompact" in joined and "(GCM)" in joined


def test_brackets_around_a_latin_run_are_not_reversed():
    text = "العربية (GCM) 10:00 - 11:30"
    runs = visual_runs(text, rtl=True)
    pieces = [text[run.start : run.end] for run in runs]
    # Left to right on the page: the times, then "(GCM)" with its brackets, then the Arabic word.
    assert pieces[0] == "10:00 - 11:30"
    assert "GCM" in pieces
    assert pieces[-1].startswith("العربية")


def test_arabic_table_puts_the_time_column_at_the_right(conference):
    pdf = build_document("agenda", conference, DocumentOptions(lang="ar"))
    line = _line_with(lines_of_chars(pdf, 0), "10:30")
    times = [char for char in line if char["text"].isdigit()]
    assert min(char["x0"] for char in times) > line[0]["page_width"] / 2
    english = build_document("agenda", conference, DocumentOptions(lang="en"))
    line = _line_with(lines_of_chars(english, 0), "10:30")
    assert min(char["x0"] for char in line if char["text"].isdigit()) < MARGIN + 200


@pytest.mark.parametrize(
    "text",
    [
        MIXED,
        "العربية (GCM) 10:00 - 11:30",
        "الهدف 23 من الاتفاق (GCM): تعزيز التعاون الدولي",
        "اكتبوا إلى gcm-review@example.org قبل 5 فبراير",
        "Roundtable 1 (المائدة المستديرة) on GCM",
    ],
)
def test_word_order_matches_qt(qapp, text):
    """Qt lays bidi text out correctly, so it is the oracle for the order of words."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    rtl = any("\u0600" <= char <= "\u06ff" for char in text.split()[0])
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    words = [(index, word) for index, word in _words(text)]
    qt_order = [word for index, word in sorted(words, key=lambda item: line.cursorToX(item[0] + len(item[1]) // 2)[0])]

    runs = visual_runs(text, rtl)
    position = {}
    x = 0
    for run in runs:
        indices = range(run.start, run.end)
        for index in reversed(indices) if run.rtl else indices:
            position[index] = x
            x += 1
    ours = [word for index, word in sorted(words, key=lambda item: position[item[0] + len(item[1]) // 2])]
    assert ours == qt_order


def _words(text: str):
    index = 0
    for word in text.split(" "):
        yield index, word
        index += len(word) + 1
