"""Files that try to lose or inject something: text no export can write is rejected row by row
naming the field, and a file beyond the import's limits (rows, columns, cell size, megabytes,
a zip bomb) is refused whole, naming the limit and the option that raises it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
import xlsx_parts
from openpyxl import Workbook
from registration_samples import write_csv
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.imports import ImportFileError, RowOutcome, import_file, import_table, read_table
from confdesk.imports.frab import import_schedule, read_schedule
from confdesk.imports.sources import Limits
from confdesk.model import LocalText, Person, Session
from confdesk.queries import conference_zone
from confdesk.store import Store

HEADERS = ["Name", "Email", "Organisation", "Position", "Notes"]


def _rows(report) -> dict[int, object]:
    return {result.row: result for result in report.results}


# --- text no export can write: the row is rejected, naming the field --------------------------


def test_rows_with_text_no_export_can_write_are_rejected_naming_the_field(demo_store: Store, fixtures_dir: Path):
    rows = [
        ["Amina Haddad", "amina@example.org", "Forum\x07", "", ""],
        ["Omar Said", "omar@example.org", "", "Ch\x85ef", ""],
        ["Lina\ufffe Aziz", "lina@example.org", "", "", ""],
        ["Rami Nasser", "rami@example.org", "", "", "ok\x1b[2J"],
        ["Sara Khoury", "sara\u202e@example.org", "", "", ""],
        ["Hadi Karam", "hadi@example.org", "Ministry \r\n of Labour", "", "line one\nline two"],
        ["يوسف", "youssef@example.org", "\u202bجمعية\u202c", "", ""],
    ]
    report = import_file(demo_store, demo_store.conference_id(), write_csv(fixtures_dir / "t.csv", HEADERS, rows))
    by_row = _rows(report)
    assert (by_row[2].code, by_row[2].reason) == (
        "bad_text",
        "organisation: contains a control character (U+0007) at position 5",
    )
    assert (by_row[3].code, by_row[3].reason) == (
        "bad_text",
        "job_title: contains a control character (U+0085) at position 2",
    )
    assert (by_row[4].code, by_row[4].reason) == ("bad_text", "name: contains a noncharacter (U+FFFE) at position 4")
    assert (by_row[5].code, by_row[5].reason) == (
        "bad_text",
        "notes: contains a control character (U+001B) at position 2",
    )
    assert (by_row[6].code, by_row[6].reason) == (
        "bad_email",
        "email: contains an invisible formatting character (U+202E) at position 4",
    )
    assert all(by_row[n].outcome == RowOutcome.REJECTED for n in range(2, 7))
    # The rest of the import went on: a line break in a cell is one line of an organisation
    # (Alt+Enter in a spreadsheet), and Arabic embedding controls are text.
    assert by_row[7].outcome == by_row[8].outcome == RowOutcome.IMPORTED
    with demo_store.reader() as db:
        hadi = db.scalars(select(Person).where(Person.email == "hadi@example.org")).one()
        assert hadi.organisation == LocalText(en="Ministry of Labour")
        assert hadi.notes == "line one\nline two"
        youssef = db.scalars(select(Person).where(Person.email == "youssef@example.org")).one()
        assert youssef.organisation == LocalText(ar="\u202bجمعية\u202c")


def test_rejected_addresses_are_quoted_safely_in_the_report_and_on_the_terminal(
    demo_file: Path, fixtures_dir: Path, tmp_path: Path, capsys
) -> None:
    path = write_csv(fixtures_dir / "esc.csv", HEADERS, [["Eve", "\x1b]0;owned\x07eve@example.org", "", "", ""]])
    report = tmp_path / "report.csv"
    assert main(["import", "registrations", str(path), "--db", str(demo_file), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "contains a control character (U+001B) at position 0" in out
    written = report.read_text(encoding="utf-8-sig")
    assert "\x1b" not in written and "\\x1b]0;owned\\x07eve@example.org" in written


def test_xlsx_cells_with_c1_controls_are_rejected_and_the_rest_imported(demo_store: Store, fixtures_dir: Path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["Nadia Farah", "nadia@example.org", "ACME\x9b31m", "", ""])
    sheet.append(["Karim Aoun", "karim@example.org", "ACME", "", ""])
    path = fixtures_dir / "c1.xlsx"
    book.save(path)
    by_row = _rows(import_file(demo_store, demo_store.conference_id(), path))
    assert (by_row[2].code, by_row[2].reason) == (
        "bad_text",
        "organisation: contains a control character (U+009B) at position 4",
    )
    assert by_row[3].outcome == RowOutcome.IMPORTED


def test_a_file_name_the_file_system_could_not_decode_is_a_safe_source(demo_store: Store, fixtures_dir: Path):
    path = write_csv(fixtures_dir / "reg\udcff.csv", HEADERS, [["Maya Rahal", "maya@example.org", "", "", ""]])
    report = import_file(demo_store, demo_store.conference_id(), path)
    assert report.source == "reg\\udcff.csv"
    with demo_store.reader() as db:
        maya = db.scalars(select(Person).where(Person.email == "maya@example.org")).one()
        assert [registration.source for registration in maya.registrations] == ["reg\\udcff.csv"]


# --- limits: a file beyond one is refused whole, naming it and its option -----------------------


def _csv(path: Path, rows: int, columns: int = 2, cell: str = "x") -> Path:
    """An e-mail column, then ``columns - 1`` more (the first is the name) holding ``cell``."""
    header = ",".join(["Email", "Name", *(f"Extra {n}" for n in range(columns - 2))])
    body = "\n".join(",".join([f"p{row}@example.org", *[cell] * (columns - 1)]) for row in range(rows))
    path.write_text(f"{header}\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("limits", "make", "message"),
    [
        (Limits(rows=10), lambda p: _csv(p, 11), r"has more than 10 rows .*--max-rows raises it"),
        (Limits(columns=5), lambda p: _csv(p, 1, columns=6), r"row 1 has 6 columns, more than 5 .*--max-columns"),
        (Limits(cell=100), lambda p: _csv(p, 1, cell="y" * 101), r"row 2, column B holds 101 .*--max-cell raises it"),
        (Limits(file_mb=1), lambda p: _csv(p, 1, cell="z" * 1_100_000), r"is 1 MB, more than 1 MB .*--max-file-mb"),
    ],
)
def test_a_csv_beyond_a_limit_is_refused_naming_it(fixtures_dir: Path, limits: Limits, make, message) -> None:
    path = make(fixtures_dir / "big.csv")
    with pytest.raises(ImportFileError, match=message):
        read_table(path, limits=limits)


def test_a_csv_within_the_limits_reads(fixtures_dir: Path) -> None:
    table = read_table(_csv(fixtures_dir / "ok.csv", 10, columns=5, cell="y" * 100), limits=Limits(10, 5, 100))
    assert len(table.rows) == 10


def test_a_cell_beyond_the_csv_modules_own_bound_is_named_as_the_cell_limit(fixtures_dir: Path) -> None:
    path = _csv(fixtures_dir / "huge-cell.csv", 1, cell="q" * 200_000)
    with pytest.raises(ImportFileError, match=r"more than 10,000 characters .*--max-cell"):
        read_table(path)
    assert len(read_table(path, limits=Limits(cell=300_000)).rows[0].cells[1]) == 200_000


@pytest.mark.parametrize(
    ("limits", "rows", "message"),
    [
        (Limits(rows=3), [["Email"]] + [[f"p{n}@example.org"] for n in range(4)], r"more than 3 rows .*--max-rows"),
        (Limits(columns=3), [["a", "b", "c", "d"]], r"row 1 has 4 columns, more than 3 .*--max-columns"),
        (Limits(cell=5), [["Email"], ["abcdef"]], r"row 2, column A holds 6 characters, more than 5 .*--max-cell"),
    ],
)
def test_an_xlsx_beyond_a_limit_is_refused_naming_it(fixtures_dir: Path, limits: Limits, rows, message) -> None:
    path = xlsx_parts.xlsx(fixtures_dir / "big.xlsx", xlsx_parts.sheet_xml(rows))
    with pytest.raises(ImportFileError, match=message):
        read_table(path, limits=limits)


def test_a_sheet_that_declares_a_huge_size_is_read_by_its_cells(fixtures_dir: Path) -> None:
    """A ``<dimension ref="A1:XFD1048576">`` would pad every row to 16,384 cells and the sheet
    to a million rows: the reader ignores a size beyond the limits and reads what is there."""
    rows = [["Name", "Email"], ["Amina Haddad", "amina@example.org"]]
    path = xlsx_parts.xlsx(fixtures_dir / "wide.xlsx", xlsx_parts.sheet_xml(rows, dimension="A1:XFD1048576"))
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 5
    assert table.headers == ["Name", "Email"] and [list(row.cells) for row in table.rows] == [rows[1]]


def test_a_merged_header_beside_a_cell_without_a_reference_reads(fixtures_dir: Path) -> None:
    """Found by the fuzz tests: a cell with ``r=""`` made the merged-header reader raise."""
    rows = [["Email", "Name", ""], ["", "First", "Last"], ["ana@example.org", "Ana", "Lima"]]
    sheet = xlsx_parts.sheet_xml(rows).replace(b'r="A1"', b'r=""')
    sheet = sheet.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>')
    table = read_table(xlsx_parts.xlsx(fixtures_dir / "merged.xlsx", sheet))
    assert table.headers == ["Email", "Name / First", "Name / Last"]


def test_a_row_numbered_far_down_the_sheet_stops_at_the_row_limit(fixtures_dir: Path) -> None:
    sheet = xlsx_parts.sheet_xml([["Email"], ["a@example.org"]]).replace(b'r="2"', b'r="1000000"', 1)
    path = xlsx_parts.xlsx(fixtures_dir / "far.xlsx", sheet)
    with pytest.raises(ImportFileError, match=r"more than 50,000 rows"):
        read_table(path)


def test_an_xlsx_that_unpacks_beyond_the_megabyte_limit_is_refused(fixtures_dir: Path) -> None:
    path = xlsx_parts.bomb(fixtures_dir / "bomb-12.xlsx", unpacked_mb=12)
    with pytest.raises(ImportFileError, match=r"would unpack to 12 MB, more than 10 MB .*--max-xlsx-mb raises it"):
        read_table(path, limits=Limits(xlsx_mb=10))
    with pytest.raises(
        ImportFileError, match=r"'xl/worksheets/sheet1.xml' would unpack [\d,]+ times .*--max-xlsx-ratio"
    ):
        read_table(path)
    with pytest.raises(
        ImportFileError, match=r"row 2, column A holds 12,582,\d+ characters, more than 10,000 .*--max-cell"
    ):
        read_table(path, limits=Limits(xlsx_ratio=2_000))


def test_a_zip_that_lies_about_its_sizes_is_stopped_at_what_it_declared(fixtures_dir: Path) -> None:
    """The directory says 20 kB; the data unpacks to 64 MB. The zip reader hands out no more
    than the declared size and then finds the checksum wrong: nothing big is ever unpacked."""
    path = xlsx_parts.bomb(fixtures_dir / "liar.xlsx", unpacked_mb=64, declared=20_000)
    started = time.perf_counter()
    with pytest.raises(ImportFileError, match="not a readable XLSX file"):
        read_table(path)
    assert time.perf_counter() - started < 5


def test_limit_options_on_the_command_line(demo_file: Path, fixtures_dir: Path, capsys) -> None:
    path = _csv(fixtures_dir / "three.csv", 3)
    command = ["import", "registrations", str(path), "--db", str(demo_file), "--dry-run"]
    assert main([*command, "--max-rows", "2"]) == 1
    assert "has more than 2 rows (a limit of the import; --max-rows raises it)" in capsys.readouterr().err
    assert main([*command, "--max-rows", "3", "--max-columns", "2", "--max-cell", "20"]) == 0
    assert "3 imported" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main([*command, "--max-xlsx-mb", "0"])


_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from confdesk.imports import ImportFileError, import_file
    from confdesk.store import open_store

    def peak_mb():
        # VmHWM belongs to this program's memory; ru_maxrss would also count the parent's
        # pages this process was forked with before it started Python.
        status = Path("/proc/self/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    store = open_store(sys.argv[2])
    conference_id = store.conference_id()
    before_mb = peak_mb()
    started = time.perf_counter()
    try:
        import_file(store, conference_id, sys.argv[1], dry_run=True)
        outcome = "imported"
    except ImportFileError as error:
        outcome = str(error)
    seconds = time.perf_counter() - started
    print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak_mb(), "before_mb": before_mb}))
    """
)


def _measured(path: Path, demo_file: Path) -> tuple[str, float, float, float, float]:
    """Import ``path`` (dry run) in a process of its own: what became of it, the seconds the
    import took, the seconds the whole process took (Python starting included), and the
    process's peak resident memory in MB at the end and just before the import (Python,
    ConfDesk's modules and the open conference file included)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(demo_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    whole = time.perf_counter() - started
    figures = json.loads(done.stdout)
    return figures["outcome"], figures["seconds"], whole, figures["peak_mb"], figures["before_mb"]


def test_a_1_mb_xlsx_that_unpacks_to_1_gb_is_refused_in_seconds_and_little_memory(
    demo_file: Path, fixtures_dir: Path
) -> None:
    path = xlsx_parts.bomb(fixtures_dir / "bomb.xlsx", unpacked_mb=1024)
    size = path.stat().st_size
    with zipfile.ZipFile(path) as archive:
        declared = sum(item.file_size for item in archive.infolist())
    assert size < 1.1 * xlsx_parts.MB and declared > 1024 * xlsx_parts.MB
    # A real bomb: its sheet inflates to a header and then "a" after "a".
    start = xlsx_parts.inflated_start(path, xlsx_parts.SHEET, 3 * xlsx_parts.MB)
    assert b"<worksheet" in start[:200] and start.endswith(b"a" * 1000) and len(start) == 3 * xlsx_parts.MB

    outcome, seconds, whole, peak_mb, before_mb = _measured(path, demo_file)
    print(f"\nzip bomb: a {size / 1e6:.2f} MB file unpacking to {declared / 1e9:.2f} GB")
    print(f"  refused in {seconds:.3f} s ({whole:.1f} s for the whole process)")
    print(f"  peak memory {peak_mb:.0f} MB ({before_mb:.0f} MB before the import began)")
    print(f"  {outcome}")
    assert "would unpack to 1,024 MB, more than 200 MB (a limit of the import; --max-xlsx-mb raises it)" in outcome
    # The time is printed, not asserted (these machines are noisy): it is read from the zip's
    # directory before any inflating, so it does not grow with the bomb.
    assert peak_mb < 300

    liar = xlsx_parts.bomb(fixtures_dir / "liar.xlsx", unpacked_mb=1024, declared=50_000)
    outcome, seconds, whole, peak_mb, before_mb = _measured(liar, demo_file)
    print("the same zip, its directory claiming 50 kB for the 1 GB sheet:")
    print(f"  refused in {seconds:.3f} s ({whole:.1f} s for the whole process)")
    print(f"  peak memory {peak_mb:.0f} MB ({before_mb:.0f} MB before the import began)")
    print(f"  {outcome}")
    assert "not a readable XLSX file" in outcome
    assert peak_mb < 300


# --- many rows at once: never more bound variables than SQLite takes --------------------------


@pytest.mark.sqlite_only
def test_an_import_of_more_rows_than_sqlite_takes_variables_goes_in_chunks(demo_store: Store, fixtures_dir: Path):
    """SQLite refuses a statement binding more variables than its limit (32,766 since 3.32, 999
    before). The limit is set to 999 here, so 1,500 rows show what 40,000 would at 32,766."""
    count = 1_500
    rows = [[f"Person {n}", f"person{n}@example.org", "Org", "", ""] for n in range(count)]
    table = read_table(write_csv(fixtures_dir / "many.csv", HEADERS, rows))
    with demo_store.unit() as db:
        db.connection().connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        report = import_table(db, demo_store.conference_id(), table)
    assert report.counts()[RowOutcome.IMPORTED] == count
    with demo_store.unit() as db:
        db.connection().connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        report.outcome.undo(db)
    with demo_store.reader() as db:
        assert db.scalar(select(func.count()).select_from(Person).where(Person.email.like("person%"))) == 0


# --- frab schedules ------------------------------------------------------------------------------


def _schedule(path: Path, title: str, **event: object) -> Path:
    data = {
        "schedule": {
            "conference": {
                "days": [
                    {
                        "date": "2021-02-24",
                        "rooms": {
                            "Room": [
                                {"title": title, "date": "2021-02-24T16:00:00+02:00", "duration": "01:00", **event}
                            ]
                        },
                    }
                ]
            }
        }
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "event", "reason"),
    [
        ("Side\x00event", {}, "title.en: contains a control character (U+0000) at position 4"),
        ("Side \ud800 event", {}, "title.en: contains a lone surrogate (U+D800) at position 5"),
        ("Side event", {"abstract": "ok\ufffe"}, "description.en: contains a noncharacter (U+FFFE) at position 2"),
        ("Side event", {"links": [{"url": "https://x.example/\u202e"}]}, "join_url: contains an invisible"),
    ],
)
def test_frab_events_with_text_no_export_can_write_are_skipped_with_the_field(
    demo_store: Store, fixtures_dir: Path, title: str, event: dict, reason: str
) -> None:
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        zone = conference_zone(db, conference_id)
        sessions = db.scalar(select(func.count()).select_from(Session))
    events = read_schedule(_schedule(fixtures_dir / "schedule.json", title, **event), zone)
    with demo_store.unit() as db:
        report = import_schedule(db, conference_id, events)
    assert report.created == []
    [skipped] = report.skipped
    assert reason in skipped
    skipped.encode("utf-8")  # printable: the title is quoted with escapes
    with demo_store.reader() as db:
        assert db.scalar(select(func.count()).select_from(Session)) == sessions


def test_frab_titles_folded_to_one_line_and_odd_files_are_refused(demo_store: Store, fixtures_dir: Path) -> None:
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        zone = conference_zone(db, conference_id)
    events = read_schedule(_schedule(fixtures_dir / "pretty.json", "  Side\n    event  "), zone)
    assert events[0].title == "Side event"
    deep = fixtures_dir / "deep.json"
    deep.write_text('{"schedule": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"not a frab schedule\.json"):
        read_schedule(deep, zone)
    edge = _schedule(fixtures_dir / "edge.json", "Late", date="9999-12-31T23:00:00-12:00", duration="99:00")
    with pytest.raises(ImportFileError, match=r"not a frab schedule\.json"):
        read_schedule(edge, zone)
