"""Links, meeting IDs and passcodes read left to right in an Arabic document (a meeting ID
"801 2021 011" must not print as "011 2021 801"), aligned with the Arabic cells around them."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from confdesk.cli import main


def words_of(pdf: Path) -> list[dict]:
    with pdfplumber.open(pdf) as document:
        return [word for page in document.pages for word in page.extract_words()]


def test_the_meeting_id_in_an_arabic_letter_reads_left_to_right(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    assert main(["export", "letters", "--db", str(demo_file), "--lang", "ar", "--out", str(out)]) == 0
    words = next(
        found
        for found in map(words_of, sorted(out.glob("*.pdf")))
        if any(word["text"].startswith("https://") for word in found) and any(word["text"] == "801" for word in found)
    )
    groups = {word["text"]: word for word in words if word["text"] in {"801", "2021", "011"}}
    line = [word for word in words if abs(word["top"] - groups["011"]["top"]) < 2 and word["text"] in groups]
    assert [word["text"] for word in sorted(line, key=lambda word: word["x0"])] == ["801", "2021", "011"]
    link = next(word for word in words if word["text"].startswith("https://"))
    middle = (link["top"] + link["bottom"]) / 2
    label = next(word for word in words if word["top"] < middle < word["bottom"] and word is not link)
    assert link["x1"] < label["x0"]  # the link sits in its cell, the label at the right


def test_links_and_ids_in_the_arabic_logistics_note_read_left_to_right(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "logistics.pdf"
    assert main(["export", "logistics", "--db", str(demo_file), "--lang", "ar", "--out", str(out)]) == 0
    words = words_of(out)
    for first in (word for word in words if word["text"] == "801"):
        line = sorted(
            (word for word in words if abs(word["top"] - first["top"]) < 2 and word["text"].isdigit()),
            key=lambda word: word["x0"],
        )
        texts = [word["text"] for word in line]
        assert texts.index("801") < texts.index("011")
