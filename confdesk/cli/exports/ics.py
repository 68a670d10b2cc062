"""confdesk export ics: the public calendars and every person's invite as .ics files."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import CommandError, add_db_option, add_version_option, open_existing
from confdesk.exports.calendar_files import write_calendars
from confdesk.interchange.versions import parse_which, version_store


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "ics",
        help="calendars (.ics): the conference, each part and day, and personal invites",
        description="Write DIR/conference.ics, DIR/part-N.ics, DIR/day-YYYY-MM-DD.ics (public "
        "sessions, in --lang) and DIR/invites/<name>-<id>.ics (each person's sessions, in "
        "their preferred language; <name>-<id>-cancel.ics for events they must remove).",
    )
    add_db_option(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    parser.add_argument(
        "--lang", choices=("ar", "en", "fr"), default="en", help="language of the public calendars (default: en)"
    )
    parser.add_argument(
        "--alarm", type=int, metavar="MINUTES", help="add a reminder this many minutes before each session"
    )
    add_version_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.alarm is not None and args.alarm <= 0:
        raise CommandError("--alarm must be a positive number of minutes")
    which = parse_which(args.schedule_version)
    store, conference_id = open_existing(args)
    try:
        with version_store(store, conference_id, which) as (source, source_id, _number):
            written = write_calendars(source, source_id, Path(args.out), lang=args.lang, alarm=args.alarm)
    finally:
        store.close()
    print(f"{len(written.public)} public calendars and {len(written.invites)} invites written to {args.out}")
    return 0
