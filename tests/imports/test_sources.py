"""Reading registration files: encodings, delimiters, XLSX sheets and merged headers, bad files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from registration_samples import ARABIC_HEADERS, FRENCH_HEADERS, write_csv

from confdesk.imports import ImportFileError, guess_mapping, read_table

ARABIC_ROW = [
    "ليلى",
    "الحسيني",
    "laila.husseini@example.org",
    "منتدى المهاجرين",
    "منسقة",
    "لبنان",
    "المجتمع المدني",
    "نعم",
    "x",
]
FRENCH_ROW = [
    "Élodie",
    "Chérif",
    "elodie.cherif@example.org",
    "Société Générale des Études",
    "Déléguée",
    "Côte d'Ivoire",
    "Femme",
    "oui",
]


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("utf-8", False, "utf-8"),
        ("utf-8", True, "utf-8 with BOM"),
        ("utf-16", False, "utf-16 with BOM"),
        ("cp1256", False, "cp1256"),
    ],
)
def test_arabic_headers_read_in_every_encoding(fixtures_dir: Path, encoding: str, bom: bool, reported: str) -> None:
    path = write_csv(
        fixtures_dir / f"arabic-{encoding}-{bom}.csv", ARABIC_HEADERS, [ARABIC_ROW], encoding=encoding, bom=bom
    )
    table = read_table(path)
    assert table.encoding == reported
    assert table.headers == ARABIC_HEADERS
    assert list(table.rows[0].cells) == ARABIC_ROW
    assert guess_mapping(table.headers)[:4] == ["first_name", "last_name", "email", "organisation"]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16-le"])
def test_french_accents_read_in_western_and_utf16_without_bom(fixtures_dir: Path, encoding: str) -> None:
    path = write_csv(fixtures_dir / f"french-{encoding}.csv", FRENCH_HEADERS, [FRENCH_ROW] * 3, encoding=encoding)
    table = read_table(path)
    assert table.encoding == encoding
    assert table.headers == FRENCH_HEADERS
    assert table.rows[0].cells[0] == "Élodie"
    assert table.rows[0].cells[3] == "Société Générale des Études"


def test_cp1252_with_capital_accents_is_not_taken_for_arabic(fixtures_dir: Path) -> None:
    rows = [["ÉMILE", "DUPRÉ", "emile@example.org", "ÉCOLE NATIONALE", "DÉLÉGUÉ", "France", "Homme", "non"]]
    table = read_table(write_csv(fixtures_dir / "caps.csv", FRENCH_HEADERS, rows, encoding="cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0].cells[3] == "ÉCOLE NATIONALE"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_detected(fixtures_dir: Path, delimiter: str) -> None:
    path = write_csv(fixtures_dir / "d.csv", FRENCH_HEADERS, [FRENCH_ROW, FRENCH_ROW], delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert len(table.headers) == len(FRENCH_HEADERS)


def test_single_column_file_falls_back_to_comma(fixtures_dir: Path) -> None:
    path = fixtures_dir / "one.csv"
    path.write_text("Email\na@example.org\nb@example.org\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Email"]
    assert [row.cells[0] for row in table.rows] == ["a@example.org", "b@example.org"]


def test_leading_blank_lines_before_the_header_are_skipped(fixtures_dir: Path) -> None:
    path = fixtures_dir / "blank-top.csv"
    path.write_text("\n\nEmail,Name\na@example.org,Ann Example\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Email", "Name"]
    assert table.rows[0].number == 4


def _xlsx_with_merged_header(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Cover"
    sheet["A1"] = "Not this one"
    data = book.create_sheet("Registrations")
    data.append(["Name", None, "Email", "I would like to be", None, None, "Submitted"])
    data.append(["First", "Last", None, "Rapporteur", "Plenary speaker", "Roundtable 4", None])
    data.merge_cells("A1:B1")
    data.merge_cells("C1:C2")
    data.merge_cells("D1:F1")
    data.merge_cells("G1:G2")
    data.append(["Mona", "Yasin", "mona.yasin@example.org", "x", "", "TRUE", datetime(2021, 1, 30, 8, 15)])
    data.append([None] * 7)
    data.append(["Fadi", "Nassar", "fadi.nassar@example.org", "", "✓", 0, datetime(2021, 2, 1, 9, 0)])
    book.save(path)
    return path


def test_xlsx_merged_header_cells_become_one_header_per_column(fixtures_dir: Path) -> None:
    table = read_table(_xlsx_with_merged_header(fixtures_dir / "merged.xlsx"), sheet="Registrations")
    assert table.kind == "xlsx"
    assert table.sheets == ["Cover", "Registrations"]
    assert table.headers[:2] == ["Name / First", "Name / Last"]
    assert guess_mapping(table.headers) == [
        "first_name",
        "last_name",
        "email",
        "interest:rapporteur",
        "interest:plenary_speaker",
        "interest:roundtable:4",
        "registered_at",
    ]
    assert [row.number for row in table.rows] == [3, 4, 5]
    assert table.rows[0].cells[6] == datetime(2021, 1, 30, 8, 15)


def test_xlsx_first_sheet_by_default_and_unknown_sheet_named(fixtures_dir: Path) -> None:
    path = _xlsx_with_merged_header(fixtures_dir / "merged.xlsx")
    assert read_table(path).sheet == "Cover"
    with pytest.raises(ImportFileError, match=r"no sheet 'Nope'.*Cover, Registrations"):
        read_table(path, sheet="Nope")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\r\n \r\n", "is empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, r"old Excel \(.xls\)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a CSV or XLSX file"),
        (b"PK\x03\x04 this is not really a zip", "not a readable XLSX file"),
    ],
)
def test_bad_files_get_one_clear_message(fixtures_dir: Path, content: bytes, message: str) -> None:
    path = fixtures_dir / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        read_table(path)
    assert "\n" not in str(caught.value)


def test_missing_file_and_folder_are_named(fixtures_dir: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_table(fixtures_dir / "nowhere.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(fixtures_dir)
