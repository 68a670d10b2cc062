"""The agenda at a glance: one page per part, a table of its days and sessions."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from confdesk.exports.documents import styles
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, TableCommand, Writer
from confdesk.exports.documents.parallel import parallel_groups
from confdesk.exports.documents.snapshot import ConferenceView


def build(conference: ConferenceView, options: DocumentOptions) -> bytes:
    writer = Writer(conference, options)
    words, formats = writer.words, writer.formats
    title = words("agenda")
    story: list[Flowable] = []
    for part in conference.parts:
        sessions = part.public_sessions()
        if not sessions:
            continue
        if story:
            story.append(PageBreak())
        story.append(writer.text(writer.local(conference.name), styles.SUBTITLE.but(color=styles.MUTED)))
        story.append(writer.text(writer.local(part.name), styles.HEADING))
        header = [words("day"), words("time_in", zone=formats.zone(writer.zone)), words("session"), words("kind")]
        rows: list[list[Cell]] = []
        shading: list[TableCommand] = []
        previous_day = None
        parallel = parallel_groups(sessions)
        for session in sessions:
            day = session.starts_at.astimezone(writer.zone).date()
            group = parallel.get(session.id)
            if group is not None and group.session_ids[0] == session.id:
                rows.append(
                    [
                        writer.text(formats.long_date(day), styles.CELL_BOLD) if day != previous_day else "",
                        formats.times(group.starts_at, group.ends_at, writer.zone),
                        writer.text(words("parallel"), styles.CELL_BOLD.but(color=styles.ACCENT)),
                        "",
                    ]
                )
                shading.append(("BACKGROUND", (1, len(rows)), (-1, len(rows)), styles.SHADE))
                previous_day = day
            kind = words.kind(session.kind)
            if session.number is not None:
                kind = words("numbered", kind=kind, number=formats.number(session.number))
            rows.append(
                [
                    writer.text(formats.long_date(day), styles.CELL_BOLD) if day != previous_day else "",
                    formats.times(session.starts_at, session.ends_at, writer.zone),
                    writer.local(session.title),
                    kind,
                ]
            )
            if session.kind == "break":
                shading.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), styles.SHADE))
            previous_day = day
        story.append(writer.table(header, rows, [20, 17, 45, 18], shading))
    if not story:
        story.append(writer.text(writer.local(conference.name), styles.HEADING))
    return writer.build(story, title)
