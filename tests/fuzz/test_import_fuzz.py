"""Any bytes as a registration file: each is imported (every row accounted for) or refused with
an :class:`ImportFileError`, and never raises anything else. Every import is a dry run: the
demo conference the module shares is never changed."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path

import pytest
from hostile import FUZZ, SHEET, Tally, cell_text, encoded, sheet_xml, workbook
from hypothesis import given
from hypothesis import strategies as st

from confdesk.imports import ImportFileError, RowOutcome, import_read_table, read_table
from confdesk.store import Store

pytestmark = pytest.mark.fuzz

HEADERS = [
    "First Name",
    "Last Name",
    "Email Address",
    "Name in Arabic",
    "Affiliation",
    "Position",
    "Title",
    "Country",
    "Stakeholder group",
    "Language",
    "Gender",
    "Registration date",
    "Speaking roles",
    "Parts",
    "Rapporteur",
    "Notes",
]


def _import(store: Store, folder: Path, name: str, data: bytes, tally: Tally) -> None:
    """Import ``data`` as the file ``name``: refused whole, or every row accounted for, with
    a report that can be printed and written."""
    tally.add("tried")
    path = folder / name
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ImportFileError as error:
        str(error).encode("utf-8")
        tally.add("refused")
        return
    report = import_read_table(store, store.conference_id(), table, dry_run=True)
    assert [result.row for result in report.results] == [row.number for row in table.rows]
    assert {result.outcome for result in report.results} <= set(RowOutcome)
    report.summary().encode("utf-8")
    report.write_csv(folder / "report.csv")  # UTF-8: a lone surrogate anywhere would fail here
    for result in report.results:
        (result.reason + result.email).encode("utf-8")
    rejected = sum(result.outcome == RowOutcome.REJECTED for result in report.results)
    tally.add("read")
    tally.counts["rows"] += len(report.results)
    tally.counts["rows rejected"] += rejected
    tally.counts["rows imported"] += report.counts()[RowOutcome.IMPORTED]


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    lines = [delimiter.join(HEADERS)]
    for row in rows:
        lines.append(delimiter.join('"' + cell.replace('"', '""') + '"' if delimiter in cell else cell for cell in row))
    return "\r\n".join(lines) + "\r\n"


#: A plausible value for each column (so that some rows get imported), or hostile text.
_PLAUSIBLE = {
    "First Name": st.sampled_from(["Amina", "ليلى", "Élodie"]),
    "Last Name": st.sampled_from(["Haddad", "الحسيني", "Chérif"]),
    # New people, and people of the demo (so that rows also merge into someone known).
    "Email Address": st.one_of(
        st.integers(0, 10**6).map(lambda n: f"p{n}@example.org"),
        st.sampled_from(["amina.haddad@example.org", "Omar.Mansour@Example.org ", "layla.khoury@example.org"]),
    ),
    "Country": st.sampled_from(["Lebanon", "MA", "Côte d'Ivoire", "الأردن"]),
    "Stakeholder group": st.sampled_from(["Youth", "civil society", "Private sector"]),
    "Registration date": st.sampled_from(["2021-01-20 10:00", "21/01/2021", "44197", "yesterday"]),
    "Speaking roles": st.sampled_from(["Roundtable 2; Rapporteur", "Plenary speaker", "Table ronde 1"]),
    "Parts": st.sampled_from(["Part 1", "1", "Partie 2; 3"]),
    "Rapporteur": st.sampled_from(["yes", "نعم", "x", "non"]),
}
#: Rows of plausible values with hostile cells among them (one cell in four or so).
csv_rows = st.lists(
    st.tuples(
        *(
            st.one_of(_PLAUSIBLE.get(header, st.just("")), st.just(""), _PLAUSIBLE.get(header, st.just("")), cell_text)
            for header in HEADERS
        )
    ).map(list),
    max_size=4,
)
csv_files = st.one_of(
    st.binary(max_size=3_000),
    st.builds(
        lambda rows, delimiter, encoding: encoded(_csv_text(rows, delimiter), encoding),
        csv_rows,
        st.sampled_from([",", ";", "\t", "|"]),
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "cp1252"]),
    ),
)


def test_any_bytes_as_a_csv_registration_list(fuzz_store: Store) -> None:
    tally = Tally("CSV registration import")
    with tempfile.TemporaryDirectory() as folder:

        @FUZZ
        @given(data=csv_files)
        def run(data: bytes) -> None:
            _import(fuzz_store, Path(folder), "list.csv", data, tally)

        run()
    tally.report(refused="refused (ImportFileError)", read="read", rows="rows", **{"rows rejected": "rows rejected"})
    assert tally["tried"] >= 1_000 and tally["read"] > 0 and tally["rows rejected"] > 0


def _openpyxl_book(rows: list[list[str]]) -> bytes:
    """A workbook as Excel would write it; openpyxl refuses text XML cannot hold, so such
    cells are left out here (the sheet XML strategy covers writing them anyway)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(["" if _NOT_XML.search(cell) else cell for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


#: What XML 1.0 cannot hold at all (openpyxl and lxml refuse to write it).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


xlsx_files = st.one_of(
    st.binary(max_size=3_000).map(lambda data: b"PK\x03\x04" + data),
    st.dictionaries(
        st.sampled_from([SHEET, "xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]),
        st.binary(max_size=2_000),
        max_size=2,
    ).map(workbook),
    sheet_xml().map(workbook),
    sheet_xml().map(workbook),
    csv_rows.map(_openpyxl_book),
)


def test_any_bytes_as_an_xlsx_registration_list(fuzz_store: Store) -> None:
    tally = Tally("XLSX registration import")
    with tempfile.TemporaryDirectory() as folder:

        @FUZZ
        @given(data=xlsx_files)
        def run(data: bytes) -> None:
            _import(fuzz_store, Path(folder), "list.xlsx", data, tally)

        run()
    tally.report(refused="refused (ImportFileError)", read="read", rows="rows", **{"rows rejected": "rows rejected"})
    assert tally["tried"] >= 1_000 and tally["read"] > 0 and tally["rows rejected"] > 0
