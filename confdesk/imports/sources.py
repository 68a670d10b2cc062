"""Reading a registration file into rows of text: CSV in any of the encodings forms use, or XLSX.

The result is a :class:`Table`: the header texts and every data row with its number as the
sender's spreadsheet shows it (the header is row 1 for a CSV; an XLSX keeps its sheet rows).

A file is read within :class:`Limits` (rows, columns, characters per cell, megabytes); one
beyond them is refused with an :class:`ImportFileError` naming the limit and the command-line
option that raises it. An XLSX file's parts are measured before anything unpacks them, and the
counts are kept while reading, so neither a zip bomb nor a zip that lies about its sizes gets
far.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.imports.errors import ImportFileError
from confdesk.imports.text import clean_cell
from confdesk.services import validate

if TYPE_CHECKING:
    from lxml import etree

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

_MB = 1024 * 1024
_CELL_REFERENCE = re.compile(r"^[A-Z]{1,3}[1-9][0-9]{0,6}$")
#: A part of an XLSX file smaller than this is never called a bomb, however well it compresses.
_RATIO_FLOOR = 10 * _MB
#: What openpyxl (and the zip and XML readers under it) raise on a damaged or hostile file.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree's ParseError and lxml's XMLSyntaxError
    RecursionError,
    NotImplementedError,
)


@dataclass(frozen=True)
class Limits:
    """How much of a file an import reads. The defaults hold any real registration list; each
    bound has a command-line option on ``confdesk import registrations`` that raises it."""

    #: Data rows (the header row is not counted).
    rows: int = 50_000
    columns: int = 200
    #: Characters in one cell.
    cell: int = 10_000
    #: Megabytes an XLSX file may hold once unpacked (every part of the zip together).
    xlsx_mb: int = 200
    #: How many times larger than its compressed self a part over 10 MB may unpack.
    xlsx_ratio: int = 100
    #: Megabytes of the file itself, CSV or XLSX.
    file_mb: int = 200


#: The command-line option that raises each limit.
OPTIONS = {
    "rows": "--max-rows",
    "columns": "--max-columns",
    "cell": "--max-cell",
    "xlsx_mb": "--max-xlsx-mb",
    "xlsx_ratio": "--max-xlsx-ratio",
    "file_mb": "--max-file-mb",
}


def _over(message: str, limit: str) -> ImportFileError:
    return ImportFileError(f"{message} (a limit of the import; {OPTIONS[limit]} raises it)")


class _Counter:
    """Counts rows, columns and cell sizes while a file is read, and stops it at a limit."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits

    def rows(self, records: Iterable[tuple[int, tuple[Cell, ...]]]) -> Iterator[SourceRow]:
        limits = self.limits
        for count, (number, cells) in enumerate(records, start=1):
            # One more than the limit: the header row is not a registration.
            if count > limits.rows + 1:
                raise _over(f"{self.name} has more than {limits.rows:,} rows", "rows")
            if len(cells) > limits.columns:
                raise _over(
                    f"{self.name}: row {number} has {len(cells):,} columns, more than {limits.columns:,}", "columns"
                )
            for column, cell in enumerate(cells):
                if isinstance(cell, str) and len(cell) > limits.cell:
                    raise _over(
                        f"{self.name}: row {number}, column {_column_letter(column)} holds {len(cell):,} "
                        f"characters, more than {limits.cell:,}",
                        "cell",
                    )
            yield SourceRow(number, cells)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


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


def read_table(path: str | Path, *, sheet: str | None = None, limits: Limits | None = None) -> Table:
    """Read ``path`` (CSV or XLSX, told apart by content, not by name) within ``limits``."""
    path = Path(path)
    limits = limits or Limits()
    # The file's name as reports and the terminal show it (a name the file system could not
    # decode holds lone surrogates).
    name = validate.escaped(validate.join_lines(path.name))
    try:
        size = path.stat().st_size
        if size > limits.file_mb * _MB and not path.is_dir():
            raise _over(f"{name} is {size / _MB:,.0f} MB, more than {limits.file_mb:,} MB", "file_mb")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{name} is a folder, not a CSV or XLSX file") from None
    except FileNotFoundError:
        raise ImportFileError(f"{validate.escaped(str(path))} does not exist") from None
    except OSError as error:
        raise ImportFileError(f"{name} cannot be read: {error.strerror or error}") from None
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise ImportFileError(f"{name} is empty")
    if data.startswith(_XLSX_MAGIC):
        return _read_xlsx(name, data, sheet, limits)
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(f"{name} is an old Excel (.xls) file; save it as .xlsx or CSV first")
    if sheet:
        raise ImportFileError(f"{name} is a CSV file, which has no sheets")
    text, encoding = decode(data, name)
    return _read_csv(name, text, encoding, limits)


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
    # The sniffer's patterns take time growing with the square of a line: sample a bounded head.
    lines = [line for line in text[:200_000].splitlines() if line.strip()][:20]
    sample = "\n".join(lines)[:50_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    # Fall back to the delimiter that splits the first line most and every line alike.
    first = lines[0] if lines else ""
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _read_csv(name: str, text: str, encoding: str, limits: Limits) -> Table:
    if "\x00" in text:
        raise ImportFileError(f"{name} is not a CSV or XLSX file (it holds binary data)")
    delimiter = _sniff_delimiter(text)
    if limits.cell >= csv.field_size_limit():
        # The csv module's own bound (131,072 characters) must not cut in before ours.
        csv.field_size_limit(limits.cell + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    counter = _Counter(name, limits)
    try:
        records = [
            SourceRow(row.number, tuple(clean_cell(cell) for cell in row.cells))
            for row in counter.rows((number, tuple(record)) for number, record in enumerate(reader, start=1))
        ]
    except csv.Error as error:
        if "field limit" in str(error):
            raise _over(
                f"{name}: row {reader.line_num} holds a cell of more than {limits.cell:,} characters", "cell"
            ) from None
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
    header = [_header_text(cell) for cell in record.cells]
    body = records[position + 1 :]
    parents = merged_parents.get(record.number)
    if parents and body:
        # A header cell merged across several columns names a group; the row under it holds
        # each column's own header ("Name" over "First" and "Last").
        below = [_header_text(cell) for cell in body[0].cells]
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


def _header_text(cell: Cell) -> str:
    """A header as one line, with characters a report could not show written as escapes."""
    return validate.escaped(validate.join_lines(clean_cell(cell)))


def _join_header(parent: str, child: str) -> str:
    if parent and child and parent != child:
        return f"{parent} / {child}"
    return parent or child


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    if len(cells) >= width:
        return cells[:width]
    return cells + ("",) * (width - len(cells))


def _check_zip(name: str, data: bytes, limits: Limits) -> None:
    """Refuse an XLSX whose parts would unpack beyond the limits, from the sizes its zip
    directory declares, before anything unpacks them. (A part that unpacks to more than it
    declared fails its checksum when read: the zip reader stops at the declared size.)"""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except _UNREADABLE as error:
        raise ImportFileError(f"{name} is not a readable XLSX file ({error})") from None
    total = sum(member.file_size for member in members)
    if total > limits.xlsx_mb * _MB:
        raise _over(f"{name} would unpack to {total / _MB:,.0f} MB, more than {limits.xlsx_mb:,} MB", "xlsx_mb")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > limits.xlsx_ratio:
            raise _over(
                f"{name}: its part {validate.escaped(member.filename)!r} would unpack {ratio:,.0f} times its "
                f"size, to {member.file_size / _MB:,.0f} MB, more than {limits.xlsx_ratio:,} times",
                "xlsx_ratio",
            )


def _read_xlsx(name: str, data: bytes, sheet: str | None, limits: Limits) -> Table:
    _check_zip(name, data, limits)
    from openpyxl import load_workbook

    # A stream, not the path: openpyxl would refuse a workbook by its file name's suffix.
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _UNREADABLE as error:
        raise ImportFileError(f"{name} is not a readable XLSX file ({error})") from None
    try:
        names = list(book.sheetnames)
        if not names:
            raise ImportFileError(f"{name} has no sheets")
        if sheet is None:
            chosen = names[0]
        elif sheet in names:
            chosen = sheet
        else:
            shown = ", ".join(validate.escaped(item) for item in names)
            raise ImportFileError(f"{name} has no sheet {validate.escaped(sheet)!r} (it has: {shown})")
        worksheet = book[chosen]
        if (worksheet.max_column or 0) > limits.columns or (worksheet.max_row or 0) > limits.rows + 1:
            # The size the sheet declares pads every row to it; read the cells that are there
            # instead, and let the counter judge them.
            worksheet.reset_dimensions()
        rows = worksheet.iter_rows(values_only=True)
        counter = _Counter(name, limits)
        records = list(counter.rows((number, tuple(values)) for number, values in enumerate(rows, start=1)))
    except _UNREADABLE as error:
        raise ImportFileError(f"{name} is not a readable XLSX file ({error})") from None
    finally:
        book.close()
    parents = _merged_header_parents(data, names.index(chosen))
    headers, rows_read = _split_header(name, records, parents)
    return Table(name, headers, rows_read, "xlsx", sheet=chosen, sheets=names)


def _merged_header_parents(data: bytes, sheet_index: int) -> dict[int, dict[int, str]]:
    """Row number → {column: text} for cells merged across columns, read from the sheet XML.

    openpyxl's read-only mode does not expose merged ranges, and loading the whole workbook
    in normal mode to learn them would cost more than the import itself. Merged headers are
    a convenience: a sheet whose XML this cannot follow just has none.
    """
    try:
        return _merged_parents(data, sheet_index)
    except (*_UNREADABLE, StopIteration):
        return {}


def _merged_parents(data: bytes, sheet_index: int) -> dict[int, dict[int, str]]:
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    spreadsheet = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    relationships = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = etree.fromstring(archive.read("xl/workbook.xml"), _xml_parser())
        sheets = workbook.findall(f"{spreadsheet}sheets/{spreadsheet}sheet")
        rel_id = sheets[sheet_index].get(f"{relationships}id")
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _xml_parser())
        target = next(rel.get("Target") for rel in rels if rel.get("Id") == rel_id)
        if target is None:
            return {}
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        # <mergeCells> follows <sheetData>: search the raw XML instead of parsing every cell.
        raw = _merge_cells_xml(archive, member)
        if raw is None:
            return {}
        fragment = etree.fromstring(
            raw.replace(b"<mergeCells", f'<mergeCells xmlns="{spreadsheet[1:-1]}"'.encode(), 1), _xml_parser()
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
            text = _header_text(first_cells.get((min_row, min_col), ""))
            for column in range(min_col, min(max_col, min_col + 1000) + 1):
                parents.setdefault(min_row, {})[column - 1] = text
    return parents


def _xml_parser() -> etree.XMLParser:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _merge_cells_xml(archive: zipfile.ZipFile, member: str) -> bytes | None:
    """The ``<mergeCells>`` element of a sheet, read in chunks: a sheet can be large, and only
    its end matters here."""
    opening, closing = b"<mergeCells", b"</mergeCells>"
    kept = b""
    found = False
    with archive.open(member) as stream:
        while chunk := stream.read(_MB):
            kept += chunk
            if not found:
                start = kept.find(opening)
                if start < 0:
                    kept = kept[-len(opening) :]
                    continue
                kept, found = kept[start:], True
            end = kept.find(closing)
            if end >= 0:
                return kept[: end + len(closing)]
    return None


def _shared_strings(archive: zipfile.ZipFile, ns: str) -> list[str]:
    from lxml import etree

    try:
        root = etree.fromstring(archive.read("xl/sharedStrings.xml"), _xml_parser())
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
        for _event, element in etree.iterparse(stream, tag=f"{ns}c", resolve_entities=False):
            reference = element.get("r", "")
            if not _CELL_REFERENCE.match(reference):  # coordinate_to_tuple fails on "" or "1A"
                element.clear()
                continue
            row, column = coordinate_to_tuple(reference)
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
