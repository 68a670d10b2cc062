"""XLSX files put together part by part, for the tests of hostile files: a sheet's XML written
as it is given, and a zip written byte by byte so its directory can say what it likes.

``bomb`` builds the classic: about 1 MB on disk, one sheet that unpacks to 1 GB. Deflate
compresses a long run of one byte to the same bytes block after block, so the test compresses
three blocks and repeats the third; the stream is the one zlib would write for the whole run.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
).encode()
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    b'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET = "xl/worksheets/sheet1.xml"


def sheet_xml(rows: Iterable[Iterable[str]], *, dimension: str | None = None) -> bytes:
    """A sheet of inline-string cells (the text is escaped for XML, nothing else)."""
    from xml.sax.saxutils import escape

    out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{_column(index)}{number}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
            for index, text in enumerate(row)
        )
        out.append(f'<row r="{number}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out).encode()


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True)
class Member:
    name: str
    deflated: bytes
    crc: int
    size: int
    #: The unpacked size the zip's headers claim; the true ``size`` unless a test lies.
    declared: int | None = None


def member(name: str, data: bytes) -> Member:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Member(name, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data))


def workbook_members(sheet: bytes) -> list[Member]:
    return [
        member("[Content_Types].xml", CONTENT_TYPES),
        member("_rels/.rels", ROOT_RELS),
        member("xl/workbook.xml", WORKBOOK),
        member("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        member(SHEET, sheet),
    ]


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip (deflate, no zip64: every member under 4 GB) with exactly these headers."""
    body = bytearray()
    directory = bytearray()
    for item in members:
        name = item.name.encode()
        declared = item.size if item.declared is None else item.declared
        offset = len(body)
        fields = (20, 0, 8, 0, 0x21, item.crc, len(item.deflated), declared, len(name), 0)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name + item.deflated
        directory += (
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHH", *fields)
            + struct.pack("<HHHII", 0, 0, 0, 0, offset)
            + name
        )
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def xlsx(path: Path, sheet: bytes) -> Path:
    return write_zip(path, workbook_members(sheet))


def bomb(path: Path, *, unpacked_mb: int = 1024, declared: int | None = None) -> Path:
    """A sheet holding a header and one cell of ``unpacked_mb`` megabytes of "a"."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>'
    ).encode()
    tail = b"</t></is></c></row></sheetData></worksheet>"
    block = b"a" * MB
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head + block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    second = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    steady = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    assert steady == compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    # Four blocks went through the compressor; in the file, the steady one stands for every
    # block after the second (the tail compresses alike after any number of them).
    deflated = first + second + steady * (unpacked_mb - 2) + last
    crc = zlib.crc32(head)
    for _ in range(unpacked_mb):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + unpacked_mb * MB + len(tail)
    members = [*workbook_members(b"")[:-1], Member(SHEET, deflated, crc, size, declared)]
    return write_zip(path, members)


def inflated_start(path: Path, name: str, count: int) -> bytes:
    """The first ``count`` bytes a member's data inflates to, read straight from the file
    (without the zip reader, which would stop at whatever size the directory declares)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    with path.open("rb") as stream:
        stream.seek(info.header_offset)
        header = stream.read(30)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        stream.seek(info.header_offset + 30 + name_length + extra_length)
        return zlib.decompressobj(-15).decompress(stream.read(min(info.compress_size, 64 * 1024)), count)
