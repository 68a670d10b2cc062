"""Hostile text and files for the property-based tests, and the tally they print.

The text mixes what a form, a paste or an attacker brings: lone surrogates, NUL and the other
control characters, noncharacters, Arabic with its bidi controls and joiners, combining marks,
emoji sequences, formula and markup look-alikes, header injections and very long runs.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections import Counter
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Enough examples to mean something, no deadline (a PDF or an XLSX takes its time), and no
#: complaint about the large or slow data the strategies draw on purpose. Derandomized: each run
#: draws the same examples, so CI says the same thing twice; to hunt for new failures, run
#: with ``CONFDESK_FUZZ_RANDOM=1`` (each run then draws new ones, as the bugs of backslash-N in
#: a title and backslash-semicolon in a link were found).
FUZZ = settings(
    derandomize=not os.environ.get("CONFDESK_FUZZ_RANDOM"),
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

#: Characters that have broken exporters somewhere, or that ConfDesk must keep intact.
SPECIALS = [
    # refused everywhere: NUL and other C0/C1 controls, surrogates, noncharacters
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9b",
    "\ud800",
    "\udbff",
    "\udc80",
    "\udfff",
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\U0001fffe",
    "\U0010ffff",
    # line breaks and tabs: only in multi-line fields
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "\u2029",
    # bidi controls, marks and joiners: Arabic text, kept (refused in addresses, links, ids)
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufeff",
    "\u00ad",
    "\u2060",
    # combining marks, Arabic shaping, ligatures, case oddities
    "\u0301",
    "\u0651",
    "\u064b",
    "e\u0301\u0301\u0301",
    "ـ",
    "لا",
    "ﷺ",
    "﷽",
    "İ",
    "ß",
    "ﬁ",
    "Ǆ",
    # emoji sequences, tags, private use, unassigned
    "👩\u200d👩\u200d👧",
    "🇱🇧",
    "🏳️\u200d🌈",
    "\U000e0067\U000e0062\U000e007f",
    "\ue000",
    "\U000f0000",
    "\u0378",
    # formulas, markup, calendar and mail syntax
    '=HYPERLINK("http://evil.example","x")',
    "+1",
    "-1",
    "@SUM(A1)",
    "<script>alert(1)</script>",
    "]]>",
    "&amp;",
    "&#0;",
    "\\",
    '"',
    "'",
    ";",
    ",",
    ":",
    "BEGIN:VEVENT",
    "END:VCALENDAR",
    "\r\nBcc: victim@example.org",
    "=?utf-8?q?hi?=",
    "%s%n",
    "{0}",
    "_x0000_",
    " ",
    "  ",
]
WORDS = ["الجلسة الافتتاحية", "المهاجرين", "Table ronde", "Séance plénière", "Opening", "COP28", "2021"]

piece = st.one_of(
    st.sampled_from(SPECIALS),
    st.sampled_from(WORDS),
    st.text(st.characters(exclude_categories=()), max_size=6),
)
#: Short hostile text: a dozen pieces of the above.
short_text = st.lists(piece, max_size=12).map("".join)
#: A very long run of one piece (up to 30,000 characters).
long_text = st.builds(
    lambda unit, count: unit * count,
    st.sampled_from(["a", "ب", "👍", "word ", "\u0301", "x\n", "\u202eab", "ـ"]),
    st.integers(100, 6_000),
)
hostile_text = st.one_of(short_text, short_text, short_text, long_text)


def _kept(value: str) -> bool:
    from confdesk.services import validate

    try:
        validate.clean(value, field="text")
    except validate.ValidationError:
        return False
    return True


#: The specials a single-line field keeps (bidi controls, joiners, marks, emoji, markup…).
KEPT = [value for value in SPECIALS if _kept(value)]
#: Hostile text the services take: what the exporters must carry through unharmed.
kept_text = st.one_of(
    st.lists(
        st.one_of(
            st.sampled_from(KEPT),
            st.sampled_from(WORDS),
            st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), max_size=6),
        ),
        max_size=12,
    ).map("".join),
    st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(["a", "ب", "👍", "word ", "\u0301", "\u202eab", "ـ", "\u200d"]),
        st.integers(10, 450),
    ).map(lambda value: value[:490]),
)
#: A spreadsheet cell: short hostile text, or a long single line (a long multi-line run would
#: make thousands of CSV rows and only slow the test down).
cell_text = st.one_of(
    st.lists(piece, max_size=6).map("".join),
    st.lists(piece, max_size=6).map("".join),
    st.lists(piece, max_size=6).map("".join),
    st.builds(lambda unit, count: unit * count, st.sampled_from(["a", "ب", "👍", "\u202eab"]), st.integers(100, 6_000)),
)


def encoded(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``; a surrogate goes through as the bytes a careless writer emits."""
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return text.encode(encoding, errors=errors)


# --- XLSX parts ---------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<workbook xmlns="{MAIN}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    ),
}
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"


def workbook(parts: dict[str, bytes]) -> bytes:
    """A zip holding the workbook's fixed parts and ``parts`` (which may replace any of them)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            if name not in parts:
                archive.writestr(name, text)
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def sheet_xml(draw: st.DrawFn) -> dict[str, bytes]:
    """A sheet with rows of cells (inline or shared strings, numbers, booleans, errors), row
    and cell references that may skip, repeat or overflow, a dimension that may lie, and text
    escaped for XML, or not escaped at all."""
    strings: list[str] = []
    rows = []
    for number in range(1, draw(st.integers(1, 8)) + 1):
        row_ref = draw(st.one_of(st.just(str(number)), st.sampled_from(["0", "-1", "1048577", "99999999999", "x"])))
        cells = []
        for column in range(draw(st.integers(0, 6))):
            ref = draw(
                st.one_of(
                    st.just(f"{chr(65 + column)}{number}"),
                    st.sampled_from(["XFD1", "ZZZZ9", "A0", "", "1A", "AAA1048576"]),
                )
            )
            text = draw(st.one_of(st.sampled_from(["Email", "Name", "a@example.org", "Ana Lima"]), cell_text))
            kind = draw(st.sampled_from(["inlineStr", "s", "n", "b", "e", "str", "bogus"]))
            raw = draw(st.booleans()) and draw(st.integers(0, 9)) == 0
            body = text if raw else escape(text)
            if kind == "inlineStr":
                content = f"<is><t>{body}</t></is>"
            elif kind == "s":
                strings.append(body)
                content = f"<v>{draw(st.sampled_from([len(strings) - 1, len(strings) + 5, -1]))}</v>"
            else:
                content = f"<v>{body}</v>"
            cells.append(f"<c r={quoteattr(ref)} t={quoteattr(kind)}>{content}</c>")
        rows.append(f"<row r={quoteattr(row_ref)}>{''.join(cells)}</row>")
    dimension = draw(
        st.one_of(st.just(""), st.sampled_from(['<dimension ref="A1:XFD1048576"/>', '<dimension ref="Q"/>']))
    )
    merge = draw(st.sampled_from(["", '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>', "<mergeCells>"]))
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dimension}<sheetData>'
    sheet += "".join(rows) + f"</sheetData>{merge}</worksheet>"
    shared = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
    shared += "".join(f"<si><t>{text}</t></si>" for text in strings) + "</sst>"
    return {SHEET: encoded(sheet, "utf-8"), SHARED: encoded(shared, "utf-8")}


class Tally:
    """Counts what became of the hostile inputs of one test, and says it in one line."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.counts: Counter[str] = Counter()

    def __getitem__(self, key: str) -> int:
        return self.counts[key]

    def add(self, key: str) -> None:
        self.counts[key] += 1

    def report(self, **labels: str) -> str:
        parts = [f"{self.counts[key]} {label}" for key, label in labels.items()]
        line = f"{self.what}: {self.counts['tried']} hostile inputs tried; " + ", ".join(parts)
        print(f"\n{line}")
        return line
