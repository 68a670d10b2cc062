"""confdesk import frab FILE: sessions from a frab or pretalx schedule (XML or JSON)."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing, printable
from confdesk.imports.frab import import_schedule, read_schedule
from confdesk.queries import conference_zone


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "frab",
        help="import sessions from a frab or pretalx schedule (XML or JSON)",
        description="Bring the events of a frab/pretalx schedule in as sessions: each goes to "
        "the part holding its day, with its times, title, meeting link and the speakers found "
        "among the conference's people. What cannot be placed is listed, and nothing is saved "
        "if the file cannot be read.",
    )
    parser.add_argument("file", metavar="FILE", help="schedule.xml or schedule.json")
    add_db_option(parser)
    parser.add_argument(
        "--lang",
        choices=("ar", "en", "fr"),
        default="en",
        help="language of the titles in the file (Arabic script is detected)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            zone = conference_zone(db, conference_id)
        events = read_schedule(args.file, zone)
        with store.unit() as db:
            report = import_schedule(db, conference_id, events, args.lang)
    finally:
        store.close()
    print(printable(report.summary()))
    for line in report.skipped:
        print(f"  skipped: {printable(line)}")
    for name in report.unknown_persons:
        print(f"  person not found: {printable(name)}")
    return 0
