"""confdesk history: who changed what and when (the change log)."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing, printable
from confdesk.services.history import history, summary


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "history",
        help="who changed what and when",
        description="List the changes to the conference, newest first: when, who, which row, "
        "and which field from what to what. With --session, that session and its lineup; "
        "with --person, that person with their registrations and roles.",
    )
    add_db_option(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--session", type=int, metavar="ID", help="the changes to one session and its lineup")
    which.add_argument("--person", type=int, metavar="ID", help="the changes to one person and their roles")
    parser.add_argument("--limit", type=int, metavar="N", help="only the N newest changes")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, _conference_id = open_existing(args)
    try:
        with store.reader() as db:
            entries = history(db, session_id=args.session, person_id=args.person, limit=args.limit)
    finally:
        store.close()
    if not entries:
        print("no change recorded")
    for entry in entries:
        stamp = entry.at.strftime("%Y-%m-%d %H:%M:%S UTC")
        who = printable(entry.author) or "?"
        print(f"{stamp}\t{who}\t{entry.entity} {entry.entity_id}\t{printable(summary(entry))}")
    return 0
