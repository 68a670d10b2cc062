"""Reading a registration file into rows of text: CSV in any of the encodings forms use, or XLSX.

The result is a :class:`Table`: the header texts and every data row with its number as the
sender's spreadsheet shows it (the header is row 1 for a CSV; an XLSX keeps its sheet rows).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from confdesk.imports.errors import ImportFileError
from confdesk.imports.text import clean_cell

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls and other OLE2 files
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = ",;\t|"
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u00ff]")

#: Text for CSV; for XLSX whatever openpyxl read (text, number, date, None), turned into text
#: by :func:`~confdesk.imports.text.clean_cell` only where a field needs it.
Cell = object


@dataclass(frozen=True)
class SourceRow:
    number: int
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in self.cells)


@dataclass
class Table:
    """A registration list as read: header texts and rows (cells are text or dates)."""

    name: str
    headers: list[str]
    rows: list[SourceRow]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)


def read_table(path: str | Path, *, sheet: str | None = None) -> Table:
    """Read ``path`` (CSV or XLSX, told apart by content, not by name)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{path.name} is a folder, not a CSV or XLSX file") from None
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist") from None
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror or error}") from None
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise ImportFileError(f"{path.name} is empty")
    if data.startswith(_XLSX_MAGIC):
        return _read_xlsx(path.name, data, sheet)
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(f"{path.name} is an old Excel (.xls) file; save it as .xlsx or CSV first")
    if sheet:
        raise ImportFileError(f"{path.name} is a CSV file, which has no sheets")
    text, encoding = decode(data, path.name)
    return _read_csv(path.name, text, encoding)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    Byte-order marks first, then a strict UTF-8 try, then UTF-16 without a mark, and last the
    two Windows code pages forms come in (Arabic 1256, Western 1252), told apart by which one
    makes real words of the bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name), encoding.replace("-sig", "") + " with BOM"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name), utf16
    if b"\x00" in data:
        raise ImportFileError(f"{name} is not a CSV or XLSX file (it holds binary data)")
    encoding = _windows_code_page(data)
    return data.decode(encoding, errors="replace"), encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError(f"{name} claims to be {encoding} but is not; save it again as UTF-8") from None


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-heavy text in UTF-16 has a zero in every other byte.
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _windows_code_page(data: bytes) -> str:
    """cp1256 or cp1252 for bytes that are not UTF-8.

    French in cp1252 decodes to mostly the same letters under cp1256 (which keeps é, è, à, ç),
    but its capitals and some letters become lone Arabic letters stuck to Latin ones; Arabic in
    cp1256 decodes to whole Arabic words. So: count Arabic letters inside Latin words against
    Arabic letters in Arabic words. charset-normalizer settles the rare even case.
    """
    as_arabic = data.decode("cp1256", errors="replace")
    mixed = arabic = 0
    for word in re.findall(r"\w+", as_arabic):
        letters = len(_ARABIC.findall(word))
        if not letters:
            continue
        if _LATIN.search(word):
            mixed += letters
        else:
            arabic += letters
    if arabic > mixed * 2:
        return "cp1256"
    if mixed > arabic:
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "cp1252"]).best()
    return best.encoding if best is not None else "cp1252"


def _sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:20]
    sample = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    # Fall back to the delimiter that splits the first line most and every line alike.
    first = lines[0] if lines else ""
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _read_csv(name: str, text: str, encoding: str) -> Table:
    if "\x00" in text:
        raise ImportFileError(f"{name} is not a CSV or XLSX file (it holds binary data)")
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [
            SourceRow(number, tuple(clean_cell(cell) for cell in record))
            for number, record in enumerate(reader, start=1)
        ]
    except csv.Error as error:
        raise ImportFileError(f"{name} is not a readable CSV file: {error}") from None
    headers, rows = _split_header(name, records, merged_parents={})
    return Table(name, headers, rows, "csv", encoding=encoding, delimiter=delimiter)


def _split_header(
    name: str, records: list[SourceRow], merged_parents: dict[int, dict[int, str]]
) -> tuple[list[str], list[SourceRow]]:
    """The first non-blank row is the header; merged parents (XLSX) extend it downwards."""
    position = next((index for index, record in enumerate(records) if not record.is_blank()), None)
    if position is None:
        raise ImportFileError(f"{name} has no rows")
    record = records[position]
    header = [clean_cell(cell) for cell in record.cells]
    body = records[position + 1 :]
    parents = merged_parents.get(record.number)
    if parents and body:
        # A header cell merged across several columns names a group; the row under it holds
        # each column's own header ("Name" over "First" and "Last").
        below = [clean_cell(cell) for cell in body[0].cells]
        header = [
            _join_header(parents.get(column, text), below[column] if column < len(below) else "")
            for column, text in enumerate(header)
        ]
        body = body[1:]
    while header and not header[-1]:
        header.pop()
    if not any(header):
        raise ImportFileError(f"{name} has no header row")
    width = len(header)
    rows = [SourceRow(row.number, _fit(row.cells, width)) for row in body]
    return header, rows


def _join_header(parent: str, child: str) -> str:
    if parent and child and parent != child:
        return f"{parent} / {child}"
    return parent or child


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    if len(cells) >= width:
        return cells[:width]
    return cells + ("",) * (width - len(cells))


def _read_xlsx(name: str, data: bytes, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    # A stream, not the path: openpyxl would refuse a workbook by its file name's suffix.
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(f"{name} is not a readable XLSX file ({error})") from None
    try:
        names = list(book.sheetnames)
        if sheet is None:
            chosen = names[0]
        elif sheet in names:
            chosen = sheet
        else:
            raise ImportFileError(f"{name} has no sheet {sheet!r} (it has: {', '.join(names)})")
        worksheet = book[chosen]
        records = [
            SourceRow(number, values) for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()
    parents = _merged_header_parents(data, names.index(chosen))
    headers, rows = _split_header(name, records, parents)
    return Table(name, headers, rows, "xlsx", sheet=chosen, sheets=names)


def _merged_header_parents(data: bytes, sheet_index: int) -> dict[int, dict[int, str]]:
    """Row number → {column: text} for cells merged across columns, read from the sheet XML.

    openpyxl's read-only mode does not expose merged ranges, and loading the whole workbook
    in normal mode to learn them would cost more than the import itself.
    """
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    spreadsheet = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    relationships = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = etree.fromstring(archive.read("xl/workbook.xml"))
        sheets = workbook.findall(f"{spreadsheet}sheets/{spreadsheet}sheet")
        rel_id = sheets[sheet_index].get(f"{relationships}id")
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next(rel.get("Target") for rel in rels if rel.get("Id") == rel_id)
        if target is None:
            return {}
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        # <mergeCells> follows <sheetData>: search the raw XML instead of parsing every cell.
        raw = archive.read(member)
        start = raw.rfind(b"<mergeCells")
        if start < 0:
            return {}
        end = raw.index(b"</mergeCells>", start) + len(b"</mergeCells>")
        fragment = etree.fromstring(
            raw[start:end].replace(b"<mergeCells", f'<mergeCells xmlns="{spreadsheet[1:-1]}"'.encode(), 1)
        )
        ranges = [ref for cell in fragment.iter(f"{spreadsheet}mergeCell") if (ref := cell.get("ref")) is not None]
        if not ranges:
            return {}
        shared = _shared_strings(archive, spreadsheet)
        first_cells = _cell_texts(archive, member, spreadsheet, shared, ranges)
    parents: dict[int, dict[int, str]] = {}
    for ref in ranges:
        min_col, min_row, max_col, _max_row = range_boundaries(ref)
        # A merged range always names its cells (never a whole row or column, "A:B").
        if min_col is None or min_row is None or max_col is None:
            continue
        if max_col > min_col:
            text = first_cells.get((min_row, min_col), "")
            for column in range(min_col, max_col + 1):
                parents.setdefault(min_row, {})[column - 1] = text
    return parents


def _shared_strings(archive: zipfile.ZipFile, ns: str) -> list[str]:
    from lxml import etree

    try:
        root = etree.fromstring(archive.read("xl/sharedStrings.xml"))
    except KeyError:
        return []
    return ["".join(item.itertext()) for item in root.findall(f"{ns}si")]


def _cell_texts(
    archive: zipfile.ZipFile, member: str, ns: str, shared: list[str], ranges: list[str]
) -> dict[tuple[int, int], str]:
    from lxml import etree
    from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

    wanted: set[tuple[int, int]] = set()
    for ref in ranges:
        min_col, min_row, _max_col, _max_row = range_boundaries(ref)
        if min_col is not None and min_row is not None:
            wanted.add((min_row, min_col))
    last_row = max((row for row, _column in wanted), default=0)
    texts: dict[tuple[int, int], str] = {}
    with archive.open(member) as stream:
        for _event, element in etree.iterparse(stream, tag=f"{ns}c"):
            row, column = coordinate_to_tuple(element.get("r", ""))
            if row > last_row:
                break
            if (row, column) in wanted:
                kind = element.get("t")
                if kind == "inlineStr":
                    inline = element.find(f"{ns}is")
                    texts[(row, column)] = "".join(inline.itertext()) if inline is not None else ""
                else:
                    value = element.findtext(f"{ns}v") or ""
                    texts[(row, column)] = shared[int(value)] if kind == "s" and value else value
            element.clear()
    return texts
