"""Letters to speakers: one per invited or confirmed assignment, with the decision on the
speaking role, the session, the time in the conference's zone and in the speaker's own, the
instructions and, for an invitation, the date to confirm by."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, PageBreak, Spacer

from confdesk.exports.documents import styles
from confdesk.exports.documents.formats import left_to_right
from confdesk.exports.documents.logos import logo_row
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, Writer
from confdesk.exports.documents.snapshot import PUBLISHED, ConferenceView, LineupEntry, PartView, SessionView
from confdesk.exports.wording import Wording
from confdesk.model import LocalText, Role, Status

#: Instructions printed in every letter, from the team's text blocks.
INSTRUCTION_BLOCKS = ("joining", "speaking_rules", "rehearsal")
CONFIRM_DAYS_BEFORE = 7


@dataclass(frozen=True)
class Letter:
    assignment_id: int
    file_name: str
    pdf: bytes


def recipients(conference: ConferenceView) -> list[tuple[PartView, SessionView, LineupEntry]]:
    """Every assignment that gets a letter: invited or confirmed, in a public session."""
    return [
        (part, session, entry)
        for part in conference.parts
        for session in part.public_sessions()
        for entry in session.lineup_in(PUBLISHED)
    ]


class _Writers:
    """One writer per language the letters are in: the options' language, or each person's
    own (``lang="person"``), falling back through the conference's languages."""

    def __init__(self, conference: ConferenceView, options: DocumentOptions) -> None:
        self.conference, self.options = conference, options
        self._made: dict[str, Writer] = {}
        self.main = self.of_language(
            options.for_person(conference.languages[0] if conference.languages else "en", conference.languages)
        )

    def of_language(self, options: DocumentOptions) -> Writer:
        if options.lang not in self._made:
            self._made[options.lang] = Writer(self.conference, options)
        return self._made[options.lang]

    def of(self, entry: LineupEntry) -> Writer:
        return self.of_language(self.options.for_person(entry.person.language, self.conference.languages))


def build(conference: ConferenceView, options: DocumentOptions) -> bytes:
    """All letters in one PDF, each starting on a new page (for preview and printing); with
    ``lang="person"`` each page is in its person's language."""
    writers = _Writers(conference, options)
    story: list[Flowable] = []
    for part, session, entry in recipients(conference):
        if story:
            story.append(PageBreak())
        story.extend(letter(writers.of(entry), part, session, entry))
    main = writers.main
    if not story:
        story.append(main.text(main.local(conference.name), styles.HEADING))
    return main.build(story, main.words("letter"))


def build_each(conference: ConferenceView, options: DocumentOptions) -> list[Letter]:
    """One PDF per letter, named after the assignment, the person and the role, in the
    options' language or (``lang="person"``) in the person's own."""
    writers = _Writers(conference, options)
    letters = []
    for part, session, entry in recipients(conference):
        writer = writers.of(entry)
        pdf = writer.build(letter(writer, part, session, entry), writer.words("letter"))
        letters.append(Letter(entry.assignment_id, file_name(entry), pdf))
    return letters


def file_name(entry: LineupEntry) -> str:
    ascii_name = unicodedata.normalize("NFKD", entry.person.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or f"person-{entry.person.id}"
    return f"letter-{entry.assignment_id:05d}-{slug}-{entry.role}.pdf"


def confirm_by(part: PartView, options: DocumentOptions) -> date:
    return options.confirm_by or part.start_date - timedelta(days=CONFIRM_DAYS_BEFORE)


def _when(writer: Writer, session: SessionView, zone: ZoneInfo) -> str:
    day = session.starts_at.astimezone(zone).date()
    times = writer.formats.times(session.starts_at, session.ends_at, zone)
    return f"{writer.formats.day(day)}\n{times}"


def opening(words: Wording, entry: LineupEntry, session: str, conference: str) -> tuple[str, str]:
    """The salutation and the sentence that gives the decision, agreeing with the person's
    gender: "Madame Amina Haddad," and "…to take part as rapporteur in the session…". A floor
    intervention is no title one holds: its letter invites the person to take the floor."""
    person = entry.person
    salutation = words.gendered(
        "dear", person.gender, addressed=person.addressed(words.lang), name=person.display_name(words.lang)
    )
    key = "letter_confirmed" if entry.status == Status.CONFIRMED else "letter_invited"
    values = {"session": session, "conference": conference}
    if entry.role == Role.FLOOR_INTERVENTION:
        return salutation, words(f"{key}_floor", **values)
    return salutation, words(key, as_role=words.as_role(entry.role, person.gender), **values)


def letter(writer: Writer, part: PartView, session: SessionView, entry: LineupEntry) -> list[Flowable]:
    words, formats, conference = writer.words, writer.formats, writer.conference
    person = entry.person
    today = writer.options.letter_date or datetime.now(writer.zone).date()
    salutation, body = opening(words, entry, writer.local(session.title), writer.local(conference.name))
    logos = logo_row(writer, height=32)
    story: list[Flowable] = [
        *([logos, Spacer(1, 10)] if logos is not None else []),
        writer.text(formats.long_date(today), styles.BODY.but(align="end", space_after=14)),
        writer.text(salutation, styles.BODY.but(space_after=8)),
        writer.text(body, styles.BODY.but(space_after=10)),
    ]
    rows: list[list[Cell]] = [
        [words("session"), writer.text(writer.local(session.title), styles.CELL_BOLD)],
        [words("role"), words.role(entry.role, person.gender)],
        [
            words("conference_time", zone=formats.zone(writer.zone)),
            writer.text(_when(writer, session, writer.zone), styles.CELL),
        ],
    ]
    if person.zone.key != writer.zone.key:
        rows.append(
            [
                words("your_time", zone=formats.zone(person.zone)),
                writer.text(_when(writer, session, person.zone), styles.CELL),
            ]
        )
    if entry.minutes:
        minutes = words.plural("minutes", entry.minutes, minutes=formats.number(entry.minutes))
        rows.append([words("speaking_time"), minutes])
    for label, value in (
        ("link", session.join_url),
        ("meeting_id", session.meeting_id),
        ("passcode", session.passcode),
    ):
        if value:
            rows.append([words(label), left_to_right(value)])
    story.append(writer.table([words("details"), ""], rows, [32, 68]))
    instructions = [writer.local(conference.notes.get(name, LocalText())) for name in INSTRUCTION_BLOCKS]
    instructions = [text for text in instructions if text]
    if instructions:
        story.append(writer.text(words("instructions"), styles.SUBHEADING))
        story.extend(writer.text(text, styles.BODY) for text in instructions)
    if entry.status == "invited":
        deadline = formats.long_date(confirm_by(part, writer.options))
        sentence = (
            words("confirm_by", date=deadline, email=conference.contact_email)
            if conference.contact_email
            else words("confirm_by_no_email", date=deadline)
        )
        story.append(writer.text(sentence, styles.BODY.but(bold=True, space_before=6)))
    story.append(Spacer(1, 10))
    story.append(writer.text(words("closing"), styles.BODY))
    story.append(writer.text(words("signature"), styles.BODY.but(bold=True, space_before=6)))
    story.extend(writer.text(writer.local(organiser.name), styles.SMALL) for organiser in conference.organisers)
    return story
