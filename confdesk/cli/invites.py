"""confdesk invites: the invitation e-mails as .eml files, for checking before sending."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.cli.common import add_db_option, open_existing, printable
from confdesk.mail.outbox import outbox, write_messages


def add_invite_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--alarm", type=int, metavar="MINUTES", help="add a reminder this many minutes before each session"
    )
    parser.add_argument(
        "--all",
        dest="everyone",
        action="store_true",
        help="everyone with sessions, not only people whose calendar changed",
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "invites",
        help="write invitation e-mails (.eml) without sending them",
        description="Write one .eml per person whose calendar changed since their last "
        "message (text, HTML and a text/calendar invitation in their language). Writing "
        "files does not count as sending.",
    )
    add_db_option(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    add_invite_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        box = outbox(store, conference_id, alarm=args.alarm, everyone=args.everyone)
        paths = write_messages(box, Path(args.out))
    finally:
        store.close()
    print(f"{len(paths)} messages written to {printable(args.out)}")
    for refusal in box.undeliverable:
        who = f"{printable(refusal.name)} <{printable(refusal.email)}>"
        print(
            f"confdesk: no message for {who} (person {refusal.person_id}): {printable(refusal.reason)}", file=sys.stderr
        )
    if box.without_email:
        print(
            "1 person has no e-mail address and got no message"
            if box.without_email == 1
            else f"{box.without_email} people have no e-mail address and got no message"
        )
    return 0
