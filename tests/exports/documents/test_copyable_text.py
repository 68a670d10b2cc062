"""Text taken out of the PDF is what was typed: ordinary Arabic letters in reading order (PDFium,
the engine of Chrome's viewer, reads each word's /ActualText), every font embedded with its own
subset tag, and a Latin paragraph of an Arabic document drawn left to right from the left edge."""

from __future__ import annotations

import io
import re

import pdfplumber
import pypdfium2
import pytest
from documents_pdf import lines_of_chars
from pdfminer.pdftypes import resolve1

from confdesk.exports.documents import DocumentOptions, build_document, styles
from confdesk.exports.documents.page import MARGIN, Writer

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
#: Letters Noto Sans Arabic draws dotless bases and look-alikes with, which a copy must not show.
DOTLESS = re.compile("[\u066e\u066f\u06a1\u06ba\u06cc\u06d5]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _pdfium_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.fixture(scope="module")
def arabic_programme(conference) -> bytes:
    return build_document("programme", conference, DocumentOptions(lang="ar"))


def test_the_arabic_programme_copies_as_ordinary_arabic_letters(arabic_programme):
    text = _pdfium_text(arabic_programme)
    assert not PRIVATE_USE.findall(text)
    assert not PRESENTATION_FORMS.findall(text)
    assert not DOTLESS.findall(text)
    assert len(ARABIC_LETTER.findall(text)) > 4000


def test_every_arabic_word_of_the_session_titles_can_be_found(conference, arabic_programme):
    document = pypdfium2.PdfDocument(arabic_programme)
    pages = [page.get_textpage() for page in document]
    words = {
        word
        for part in conference.parts
        for session in part.public_sessions()
        for word in re.findall(r"[\u0621-\u064a]+", session.title.get("ar"))
    }
    assert len(words) > 30
    missing = [word for word in words if not any(page.search(word).get_next() for page in pages)]
    assert missing == []


@pytest.mark.parametrize(
    "line",
    ["الاستعراض الإقليمي للاتفاق العالمي", "مشاورة أصحاب المصلحة المتعددين", "إلى الله في العالم مرحبا بالجميع"],
)
def test_a_line_of_arabic_copies_in_reading_order(conference, line):
    writer = Writer(conference, DocumentOptions(lang="ar"))
    pdf = writer.build([writer.text(line, styles.HEADING)], "نص")
    assert line in _pdfium_text(pdf).split("\r\n")


def _fonts(pdf: bytes) -> list[dict]:
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in resolve1(page.page_obj.resources.get("Font", {})).values():
                found.append(resolve1(font))
    return found


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_every_font_is_embedded_with_its_own_subset_tag(conference, lang):
    pdf = build_document("programme", conference, DocumentOptions(lang=lang))
    fonts = {resolve1(font["BaseFont"]).name: font for font in _fonts(pdf)}
    assert fonts and not any("Helvetica" in name for name in fonts)
    for font in fonts.values():
        assert "FontFile2" in resolve1(font["FontDescriptor"])
    tags = {name.split("+")[0] for name in fonts}
    assert all(re.fullmatch("[A-Z]{6}", tag) for tag in tags)
    assert len(tags) == len(fonts)


def test_an_english_name_in_an_arabic_document_runs_left_to_right_from_the_left(conference):
    name = "International Organization for Migration (IOM), Regional Office for the Middle East and North Africa, Cairo"
    writer = Writer(conference, DocumentOptions(lang="ar"))
    pdf = writer.build([writer.text(name, styles.HEADING)], "نص")
    lines = [line for line in lines_of_chars(pdf) if line[0]["size"] == styles.HEADING.size]
    assert len(lines) >= 2
    shown = " ".join("".join(char["text"] for char in line) for line in lines)
    assert shown.replace(" ", "") == name.replace(" ", "")
    for line in lines:
        assert abs(line[0]["x0"] - MARGIN) < 1.5  # each line starts at the left margin
