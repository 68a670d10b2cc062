"""Documents build whatever users type and however big the agenda is."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pdfplumber
import pytest
from documents_pdf import page_count, pages_text

from confdesk.exports.documents import DOCUMENTS, DocumentOptions, build_document
from confdesk.model import LocalText

MARKUP = "R&D <b>bold</b> & <para> <font name='x'> &amp; </i> 5 < 6"


def _retitle(conference, title: LocalText, lineup_empty: bool = False, first_only: bool = False):
    parts = []
    for part in conference.parts:
        sessions = tuple(
            replace(session, title=title, description=title, lineup=() if lineup_empty else session.lineup)
            if index == 0 or not first_only
            else session
            for index, session in enumerate(part.sessions)
        )
        parts.append(replace(part, sessions=sessions))
    return replace(conference, parts=tuple(parts))


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_markup_like_text_prints_as_typed(conference, kind):
    changed = _retitle(conference, LocalText(ar=MARKUP, en=MARKUP, fr=MARKUP))
    changed = replace(changed, name=LocalText(en=MARKUP))
    text = pages_text(build_document(kind, changed, DocumentOptions(lang="en")))
    assert "R&D <b>bold</b> &" in text


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_titles_longer_than_a_page_and_empty_lineups_build(conference, lang):
    # Each title alone is taller than a page, so the table row itself must split.
    long_title = " ".join(["Global Compact for Migration الاتفاق العالمي للهجرة"] * 130)
    unbreakable = "https://zoom.example.org/" + "x" * 1500
    text = long_title + " " + unbreakable
    changed = _retitle(conference, LocalText(ar=text, en=text), lineup_empty=True, first_only=True)
    for kind in ("programme", "agenda", "logistics"):
        pdf = build_document(kind, changed, DocumentOptions(lang=lang))
        assert page_count(pdf) > 3
    printed = pages_text(build_document("programme", changed, DocumentOptions(lang="en")))
    assert "Speakers to be announced." in printed


def test_three_hundred_sessions_split_over_pages_with_the_header_repeated(conference):
    part = conference.parts[1]
    model = part.public_sessions()[0]
    sessions = tuple(
        replace(
            model,
            id=10_000 + n,
            title=LocalText(en=f"Session number {n}", ar=f"الجلسة رقم {n}", fr=f"Session numéro {n}"),
            starts_at=model.starts_at + timedelta(minutes=10 * n),
            ends_at=model.starts_at + timedelta(minutes=10 * n + 10),
        )
        for n in range(300)
    )
    big = replace(conference, parts=(replace(part, sessions=sessions),))
    for lang in ("en", "ar"):
        pdf = build_document("agenda", big, DocumentOptions(lang=lang))
        assert page_count(pdf) >= 5
    pdf = build_document("agenda", big, DocumentOptions(lang="en"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.extract_text() for page in document.pages]
    assert all("Time (Beirut)" in page for page in pages)
    assert "Session number 299" in pages[-1]
    programme = build_document("programme", big, DocumentOptions(lang="en"))
    assert page_count(programme) > 10
