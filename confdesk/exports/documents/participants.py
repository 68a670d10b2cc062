"""The list of participants: only people who agreed to appear in it (``Person.listed``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from confdesk.exports.documents import styles
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, Writer
from confdesk.exports.documents.snapshot import ConferenceView, PersonView


def listed_people(conference: ConferenceView, lang: str) -> list[PersonView]:
    people = [person for person in conference.people if person.listed]
    return sorted(people, key=lambda person: (person.display_name(lang).casefold(), person.id))


def build(conference: ConferenceView, options: DocumentOptions) -> bytes:
    writer = Writer(conference, options)
    words, formats = writer.words, writer.formats
    title = words("participants")
    people = listed_people(conference, writer.lang)
    story: list[Flowable] = [
        writer.text(writer.local(conference.name), styles.TITLE.but(size=18)),
        writer.text(title, styles.SUBTITLE.but(bold=True)),
        writer.text(words("participants_note", count=formats.number(len(people))), styles.BODY.but(color=styles.MUTED)),
    ]
    rows: list[list[Cell]] = [
        [
            writer.text(person.addressed(writer.lang), styles.CELL_BOLD),
            writer.local(person.job_title),
            writer.local(person.organisation),
            formats.country(person.country),
            words.group(person.group),
        ]
        for person in people
    ]
    header = [words("name"), words("job_title"), words("organisation"), words("country"), words("group")]
    story.append(writer.table(header, rows, [24, 21, 25, 13, 17]))
    return writer.build(story, title)
