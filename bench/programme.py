"""The programme of the scale conference against a plain reportlab build of the same content.

    python bench/programme.py

Builds the programme (English, and Arabic for information) of the 10,000-person, 300-session,
3,000-assignment conference, and a plain reportlab document with the same headings, text and
tables (Paragraphs in Tables, same fonts, no bidi or shaping). Prints the ratio ConfDesk/plain
(target <= 1.5x for English). Times are the best of a few runs, measured in the same process.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate

from bench.scale import build_scale
from confdesk.exports.documents import DocumentOptions, load
from confdesk.exports.documents import programme as programme_document
from confdesk.exports.documents.fonts import faces
from confdesk.exports.documents.page import Writer
from confdesk.exports.documents.snapshot import PUBLISHED
from confdesk.store import open_store

SIZE = (10_000, 300, 3_000)
RUNS = 3


def plain_programme(conference, options: DocumentOptions) -> bytes:
    """The same headings, cells and lineup lines, laid out by reportlab's own Paragraph."""
    writer = Writer(conference, options)
    words, formats = writer.words, writer.formats
    regular, bold = faces(False).latin, faces(True).latin
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=13)
    strong = ParagraphStyle("strong", parent=body, fontName=bold)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=15, leading=20)

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story = [para(writer.local(conference.name), heading), PageBreak()]
    for part in conference.parts:
        story.append(para(writer.local(part.name), heading))
        sessions = part.public_sessions()
        for day, day_sessions in groupby(sessions, key=lambda s: s.starts_at.astimezone(writer.zone).date()):
            story.append(para(formats.day(day), strong))
            rows = [[para(words("time_in", zone=formats.zone(writer.zone)), strong), para(words("session"), strong)]]
            for session in day_sessions:
                rows.append(
                    [
                        para(formats.times(session.starts_at, session.ends_at, writer.zone)),
                        para(writer.local(session.title), strong),
                    ]
                )
                rows.append(["", para(words.kind(session.kind))])
                for entry in session.lineup_in(PUBLISHED):
                    rows.append(["", para(programme_document.lineup_line(writer, entry))])
            story.append(LongTable(rows, colWidths=[90, 390], repeatRows=1, splitInRow=1))
    output = io.BytesIO()
    SimpleDocTemplate(output, pagesize=options.pagesize).build(story)
    return output.getvalue()


def best(build) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        build()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build_scale(Path(folder) / "scale.confdesk", *SIZE)
        store = open_store(path)
        try:
            with store.reader() as db:
                conference = load(db, store.conference_id())
        finally:
            store.close()
    for lang in ("en", "ar"):
        options = DocumentOptions(lang=lang)
        ours = best(lambda options=options: programme_document.build(conference, options))
        plain = best(lambda options=options: plain_programme(conference, options))
        target = " (target <= 1.5x)" if lang == "en" else " (information: bidi and shaping included)"
        print(
            f"programme {lang}: ConfDesk {ours:.2f} s, plain reportlab {plain:.2f} s, ratio {ours / plain:.2f}x{target}"
        )


if __name__ == "__main__":
    main()
