"""confdesk new --from OLD --db NEW --start DAY: next year's conference from this year's."""

from __future__ import annotations

import argparse
from datetime import date

from confdesk.cli.common import CommandError, add_db_option, printable
from confdesk.interchange.successor import start_from
from confdesk.redact import redact
from confdesk.words import counted


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day written YYYY-MM-DD") from None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "new",
        help="start a conference from an earlier one (its structure, moved to a new first day)",
        description="Create a new conference file from an earlier conference: its settings, "
        "document notes, parts, sessions (with empty lineups, without last year's meeting ids and "
        "passcodes) and deadlines, moved so that the first part starts on --start, each at the "
        "same local time in the conference's time zone. Registrations and lineups are not copied; "
        "people only with --with-people. The earlier file is only read.",
    )
    parser.add_argument("--from", dest="source", required=True, metavar="OLD", help="the earlier conference")
    add_db_option(parser)
    parser.add_argument("--start", required=True, type=_day, metavar="YYYY-MM-DD", help="the new first day")
    parser.add_argument("--with-people", action="store_true", help="copy the people too (not their registrations)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if redact(args.source) == redact(args.db):
        raise CommandError("--from and --db name the same conference; choose a new file for --db")
    made = start_from(args.source, args.db, args.start, with_people=args.with_people)
    shift = f"{made.shift_days:+,} days"
    print(f"new conference written to {printable(redact(args.db))}, starting {args.start.isoformat()} ({shift})")
    print(
        f"  {counted(len(made.data['parts']), 'part')}, {counted(made.sessions, 'session')} with empty lineups, "
        f"{counted(made.deadlines, 'deadline')}, {counted(made.people, 'person', 'people')}"
    )
    if made.cancelled_left:
        print(f"  {counted(made.cancelled_left, 'cancelled session')} left behind")
    return 0
