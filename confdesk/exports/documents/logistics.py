"""The logistics note: how to join, links, interpretation, speaking rules, rehearsal,
deadlines, contacts and data protection, from the conference data and the team's text blocks
(``Conference.notes``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from confdesk.exports.documents import styles
from confdesk.exports.documents.formats import left_to_right
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, Writer
from confdesk.exports.documents.snapshot import ConferenceView
from confdesk.model import LocalText

#: The text blocks the logistics note prints, in order; the editor in the application offers
#: the same ones.
BLOCKS = ("joining", "interpretation", "speaking_rules", "rehearsal", "data_protection")


def build(conference: ConferenceView, options: DocumentOptions) -> bytes:
    writer = Writer(conference, options)
    words, formats = writer.words, writer.formats
    title = words("logistics")
    story: list[Flowable] = [
        writer.text(writer.local(conference.name), styles.TITLE.but(size=18)),
        writer.text(title, styles.SUBTITLE.but(bold=True)),
    ]

    def note(name: str) -> str:
        return writer.local(conference.notes.get(name, LocalText()))

    def block(name: str) -> None:
        if note(name):
            story.append(writer.text(note(name), styles.BODY))

    story.append(writer.text(words("platform"), styles.HEADING))
    if conference.platform or conference.platform_url:
        story.append(
            writer.text(
                words("platform_text", platform=conference.platform, url=left_to_right(conference.platform_url)),
                styles.BODY,
            )
        )
    block("joining")

    sessions = [session for session in conference.sessions() if session.public and session.join_url]
    if sessions:
        story.append(writer.text(words("links"), styles.HEADING))
        rows: list[list[Cell]] = [
            [
                writer.text(
                    f"{formats.long_date(session.starts_at.astimezone(writer.zone).date())}\n"
                    f"{formats.times(session.starts_at, session.ends_at, writer.zone)}",
                    styles.CELL,
                ),
                writer.local(session.title),
                writer.text(
                    "\n".join(
                        item
                        for item in (
                            left_to_right(session.join_url),
                            f"{words('meeting_id')}: {left_to_right(session.meeting_id)}" if session.meeting_id else "",
                            f"{words('passcode')}: {left_to_right(session.passcode)}" if session.passcode else "",
                        )
                        if item
                    ),
                    styles.CELL,
                ),
            ]
            for session in sessions
        ]
        header = [words("time_in", zone=formats.zone(writer.zone)), words("session"), words("link")]
        story.append(writer.table(header, rows, [20, 40, 40]))

    story.append(writer.text(words("interpretation_heading"), styles.HEADING))
    block("interpretation")
    channels = sorted({code for session in conference.sessions() if session.public for code in session.interpretation})
    if channels:
        languages = formats.join([formats.language(code) for code in channels])
        story.append(writer.text(words("channels", languages=languages), styles.BODY))

    for name in ("speaking_rules", "rehearsal"):
        if note(name):
            story.append(writer.text(words(name), styles.HEADING))
            block(name)

    if conference.deadlines:
        story.append(writer.text(words("deadlines"), styles.HEADING))
        rows = [
            [formats.long_date(deadline.due_at.astimezone(writer.zone).date()), writer.local(deadline.title)]
            for deadline in conference.deadlines
        ]
        story.append(writer.table([words("due"), words("deadlines")], rows, [30, 70]))

    story.append(writer.text(words("contacts"), styles.HEADING))
    if conference.contact_email:
        story.append(writer.text(words("contact_text", email=conference.contact_email), styles.BODY))
    story.extend(writer.text(writer.local(organiser.name), styles.BODY) for organiser in conference.organisers)

    if note("data_protection"):
        story.append(writer.text(words("data_protection"), styles.HEADING))
        block("data_protection")
    return writer.build(story, title)
