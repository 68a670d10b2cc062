"""The programme: a cover, then per part and day every public session with its times, themes,
lineup and interpretation."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, PageBreak, Spacer

from confdesk.exports.documents import styles
from confdesk.exports.documents.logos import logo_row
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, TableCommand, Writer
from confdesk.exports.documents.parallel import parallel_groups
from confdesk.exports.documents.snapshot import DRAFT, PUBLISHED, ConferenceView, LineupEntry, SessionView

TIME_WIDTH = 19.0
SESSION_WIDTH = 100.0


def build(conference: ConferenceView, options: DocumentOptions) -> bytes:
    writer = Writer(conference, options)
    title = writer.words("programme")
    story: list[Flowable] = cover(writer, title)
    story.append(PageBreak())
    for part in conference.parts:
        sessions = part.public_sessions()
        if not sessions:
            continue
        story.append(writer.text(writer.local(part.name), styles.HEADING))
        for day, day_sessions in groupby(
            sessions, key=lambda session: session.starts_at.astimezone(writer.zone).date()
        ):
            story.append(writer.text(writer.formats.day(day), styles.SUBHEADING))
            story.append(day_table(writer, list(day_sessions)))
    return writer.build(story, title)


def cover(writer: Writer, title: str) -> list[Flowable]:
    conference = writer.conference
    formats = writer.formats
    logos = logo_row(writer)
    story: list[Flowable] = [
        *([logos, Spacer(1, 18)] if logos is not None else [Spacer(1, 30)]),
        writer.text(writer.local(conference.name), styles.TITLE),
        writer.text(title, styles.SUBTITLE.but(size=16, bold=True)),
    ]
    start, end = conference.start_date, conference.end_date
    if start is not None and end is not None:
        dates = (
            formats.day(start)
            if start == end
            else writer.words("dates", start=formats.long_date(start), end=formats.long_date(end))
        )
        story.append(writer.text(dates, styles.SUBTITLE))
        moment = conference.sessions()[0].starts_at if conference.sessions() else None
        if moment is not None:
            story.append(
                writer.text(
                    writer.words(
                        "time_zone_note", zone=formats.zone(writer.zone), offset=formats.offset(writer.zone, moment)
                    ),
                    styles.BODY.but(color=styles.MUTED),
                )
            )
    if conference.organisers:
        story.append(Spacer(1, 24))
        story.append(writer.text(writer.words("organised_by"), styles.SUBHEADING))
        story.extend(writer.text(writer.local(organiser.name), styles.BODY) for organiser in conference.organisers)
    return story


def day_table(writer: Writer, sessions: list[SessionView]) -> Flowable:
    zones = (writer.zone, *writer.extra_zones)
    header = [writer.words("time_in", zone=writer.formats.zone(zone)) for zone in zones] + [writer.words("session")]
    widths = [TIME_WIDTH] * len(zones) + [SESSION_WIDTH - TIME_WIDTH * (len(zones) - 1)]
    statuses = DRAFT if writer.options.draft else PUBLISHED
    rows: list[list[Cell]] = []
    commands: list[TableCommand] = []
    blank = [""] * len(zones)
    parallel = parallel_groups(sessions)
    for session in sessions:
        day = session.starts_at.astimezone(writer.zone).date()  # the day this table is about
        group = parallel.get(session.id)
        if group is not None and group.session_ids[0] == session.id:
            # One shaded line before sessions held at the same time says so, with their span.
            label = len(rows) + 1
            spans = [writer.formats.times(group.starts_at, group.ends_at, zone, day) for zone in zones]
            rows.append([*spans, writer.text(writer.words("parallel"), styles.CELL_BOLD.but(color=styles.ACCENT))])
            commands.append(("BACKGROUND", (0, label), (-1, label), styles.SHADE))
            if label > 1:
                commands.append(("LINEABOVE", (0, label), (-1, label), 0.6, styles.RULE))
        first = len(rows) + 1  # row 0 is the header
        times = [writer.formats.times(session.starts_at, session.ends_at, zone, day) for zone in zones]
        rows.append([*times, writer.text(writer.local(session.title), styles.CELL_BOLD)])
        rows.extend([*blank, cell] for cell in session_details(writer, session, statuses))
        if first > 1 and not (group is not None and group.session_ids[0] == session.id):
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.6, styles.RULE))
        if session.kind == "break":
            commands.append(("BACKGROUND", (0, first), (-1, len(rows)), styles.SHADE))
    return writer.table(header, rows, widths, commands, ruled=False)


def themes_line(writer: Writer, codes: tuple[str, ...]) -> str:
    """ "GCM objectives: 2. Minimize the adverse drivers…; 5. Enhance…", in the document's
    language and digits."""
    framework = writer.conference.themes
    name = writer.local(framework.name) or writer.words("themes_named")
    captions = [
        f"{writer.formats.code(theme.code)}. {label}"
        if (label := writer.local(theme.label))
        else writer.formats.code(theme.code)
        for theme in framework.chosen(codes)
    ]
    return writer.words("themes", framework=name, themes=writer.words("semicolon").join(captions))


def session_details(writer: Writer, session: SessionView, statuses: tuple[str, ...]) -> list[Flowable]:
    words, formats = writer.words, writer.formats
    cells: list[Flowable] = []
    kind = words.kind(session.kind)
    if session.number is not None:
        kind = words("numbered", kind=kind, number=formats.number(session.number))
    # A break's kind only repeats its title.
    facts = [] if session.kind == "break" else [kind]
    if facts:
        cells.append(writer.text(" · ".join(facts), styles.SMALL))
    if session.themes:
        cells.append(writer.text(themes_line(writer, session.themes), styles.SMALL))
    description = writer.local(session.description)
    if description:
        cells.append(writer.text(description, styles.CELL))
    if session.kind != "break":
        lineup = session.lineup_in(statuses)
        cells.extend(writer.text(lineup_line(writer, entry), styles.CELL) for entry in lineup)
        if not lineup:
            cells.append(writer.text(words("no_lineup"), styles.CELL.but(color=styles.MUTED)))
    if session.interpretation:
        languages = formats.join([formats.language(code) for code in session.interpretation])
        cells.append(writer.text(words("interpretation", languages=languages), styles.SMALL))
    return cells


def lineup_line(writer: Writer, entry: LineupEntry) -> str:
    person = entry.person
    lang = writer.lang
    who = [person.addressed(lang)]
    who += [part for part in (person.job_title.get(lang), person.organisation.get(lang)) if part]
    role = writer.words.role(entry.role, person.gender)
    return writer.words("entry", role=role, who=writer.words("comma").join(who))
