"""The list of participants: only people who agreed to appear in it (``Person.listed``),
grouped by stakeholder group (in the order the groups are defined), then by country (by its
name in the document's language), then by family name (:mod:`.collation`, Arabic in the order
of its alphabet)."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable

from confdesk.exports.documents import styles
from confdesk.exports.documents.collation import name_key, text_key
from confdesk.exports.documents.formats import Formats
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.page import Cell, TableCommand, Writer
from confdesk.exports.documents.snapshot import ConferenceView, PersonView
from confdesk.model import StakeholderGroup


def listed_people(conference: ConferenceView, lang: str) -> list[PersonView]:
    """The listed people in the order the list prints them."""
    formats = Formats(lang)
    groups = {group.value: position for position, group in enumerate(StakeholderGroup)}

    def order(person: PersonView) -> tuple[object, ...]:
        country = text_key(formats.country(person.country)) if person.country else "\uffff"  # no country: last
        return (
            groups.get(person.group, len(groups)),
            person.group,
            country,
            name_key(person.display_name(lang)),
            person.id,
        )

    return sorted((person for person in conference.people if person.listed), key=order)


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
    rows: list[list[Cell]] = []
    commands: list[TableCommand] = []
    for group, members in groupby(people, key=lambda person: person.group):
        # The heading spans the row; each cell holds it, so the spanned one shows it whichever
        # side the row starts from.
        heading = styles.CELL_BOLD.but(color=styles.ACCENT)
        rows.append([writer.text(words.group(group), heading) for _column in range(4)])
        commands.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), styles.SHADE))
        rows.extend(
            [
                writer.text(person.addressed(writer.lang), styles.CELL_BOLD),
                writer.local(person.job_title),
                writer.local(person.organisation),
                formats.country(person.country),
            ]
            for person in members
        )
    header = [words("name"), words("job_title"), words("organisation"), words("country")]
    story.append(writer.table(header, rows, [28, 24, 30, 18], commands))
    return writer.build(story, title)
