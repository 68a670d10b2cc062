"""confdesk info: a summary of a conference."""

from __future__ import annotations

import argparse
from datetime import date

from babel.dates import format_date

from confdesk.cli.common import add_db_option, open_existing, printable
from confdesk.queries import summary
from confdesk.words import counted


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "info",
        help="print a summary: parts, days, sessions, people, assignments by status",
        description="Print a summary of the conference in a file.",
    )
    add_db_option(parser)
    parser.add_argument("--lang", choices=("ar", "en", "fr"), default="en", help="language of names and dates")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            facts = summary(db, conference_id)
    finally:
        store.close()
    lang = args.lang

    def day(value: date) -> str:
        return format_date(value, "medium", locale=lang)

    lines = [
        facts.name.get(lang),
        f"Time zone: {facts.timezone}; languages: {', '.join(facts.languages)}",
        f"Parts: {len(facts.parts)}",
    ]
    for part in facts.parts:
        span = (
            day(part.start_date)
            if part.start_date == part.end_date
            else f"{day(part.start_date)} – {day(part.end_date)}"
        )
        lines.append(
            f"  {part.name.get(lang)}: {span}, {counted(len(part.days), 'day')}, {counted(part.sessions, 'session')}"
        )
    lines += [
        f"Days: {len(facts.days)}",
        f"Sessions: {facts.sessions} ({facts.internal_sessions} internal)",
        f"People: {facts.people}",
        f"Registrations: {facts.registrations}",
        f"Deadlines: {facts.deadlines}",
        f"Assignments: {facts.assignments}",
    ]
    lines += [f"  {status}: {count}" for status, count in facts.assignments_by_status.items()]
    print("\n".join(printable(line) for line in lines))
    return 0
