"""Reading back what a PDF shows: its text and where each character sits."""

from __future__ import annotations

import io
from collections import defaultdict

import pdfplumber


def pages_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def page_count(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def lines_of_chars(pdf: bytes, page: int = 0) -> list[list[dict]]:
    """The characters of a page grouped by baseline, each line sorted left to right."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[page].chars
        width = document.pages[page].width
    lines: dict[int, list[dict]] = defaultdict(list)
    for char in chars:
        # The text matrix's y is the baseline; glyph boxes differ between scripts.
        lines[round(char["matrix"][5])].append({**char, "page_width": width})
    return [sorted(line, key=lambda char: char["x0"]) for _, line in sorted(lines.items(), reverse=True)]
