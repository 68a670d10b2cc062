"""People, registrations and lineups as XLSX and CSV: headers in the language, a frozen styled
header, right-to-left Arabic sheets, a BOM for Excel, and formulas made inert."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from confdesk.cli import main
from confdesk.exports.spreadsheet import export_list, neutralise
from confdesk.model import LocalText
from confdesk.services import PersonData, create_person
from confdesk.store import Store

FORMULA = '=HYPERLINK("http://evil.example.org","x")'


def _add_formula_person(store: Store) -> None:
    with store.unit() as db:
        create_person(
            db,
            store.conference_id(),
            PersonData(
                name=FORMULA,
                group="civil_society",
                email="formula@example.org",
                organisation=LocalText(en="+961 1 000 000"),
                job_title=LocalText(en="@handle"),
            ),
        )


@pytest.mark.parametrize("value", ["=1+2", "+961", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("Plain") == "Plain" and neutralise(3) == 3


def test_xlsx_has_styled_frozen_header_and_inert_formulas(demo_store: Store, tmp_path: Path) -> None:
    _add_formula_person(demo_store)
    path = tmp_path / "people.xlsx"
    with demo_store.reader() as db:
        count = export_list(db, demo_store.conference_id(), "people", "xlsx", path, "en")
    sheet = load_workbook(path).active
    assert sheet.max_row == count + 1
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "Name" and sheet["A1"].font.b
    assert sheet.column_dimensions["A"].width >= 8
    assert not sheet.sheet_view.rightToLeft
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert "'" + FORMULA in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_arabic_xlsx_is_right_to_left_with_arabic_headers(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "lineups.xlsx"
    with demo_store.reader() as db:
        export_list(db, demo_store.conference_id(), "lineups", "xlsx", path, "ar")
    sheet = load_workbook(path).active
    assert sheet.sheet_view.rightToLeft
    assert [cell.value for cell in sheet[1]][:4] == ["الجزء", "البداية", "النهاية", "الجلسة"]
    assert sheet.title == "المتحدثون"


def test_csv_is_utf8_with_bom_and_lists_registrations_with_interests(demo_store: Store, tmp_path: Path) -> None:
    _add_formula_person(demo_store)
    path = tmp_path / "registrations.csv"
    with demo_store.reader() as db:
        export_list(db, demo_store.conference_id(), "registrations", "csv", path, "fr")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:2] == ["Nom", "Courriel"]
    assert any("Rapporteur" in row[7] or "Orateur table ronde" in row[7] for row in rows[1:])
    people = tmp_path / "people.csv"
    with demo_store.reader() as db:
        export_list(db, demo_store.conference_id(), "people", "csv", people, "en")
    text = people.read_text(encoding="utf-8-sig")
    assert "'" + FORMULA.replace('"', '""') in text and "'+961 1 000 000" in text


def test_cli_writes_each_list(demo_file: Path, tmp_path: Path, capsys) -> None:
    for fmt in ("xlsx", "csv"):
        for what in ("people", "registrations", "lineups"):
            out = tmp_path / f"{what}.{fmt}"
            assert main(["export", fmt, "--db", str(demo_file), "--what", what, "--out", str(out), "--lang", "ar"]) == 0
            assert out.stat().st_size > 0
    assert "rows of lineups written" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_full_disk_leaves_the_previous_list_intact(demo_store: Store, tmp_path: Path, monkeypatch, fmt: str) -> None:
    import errno
    import os

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / f"people.{fmt}"
    with demo_store.reader() as db:
        export_list(db, demo_store.conference_id(), "people", fmt, out)
    before = out.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with demo_store.reader() as db, pytest.raises(OSError, match="No space left on device") as raised:
        export_list(db, demo_store.conference_id(), "lineups", fmt, out)
    assert raised.value.filename == str(out)
    assert out.read_bytes() == before
    assert os.listdir(out.parent) == [out.name]
