"""confdesk invites: the invitation e-mails as .eml files for the team's own mail program, and
who is up to date.

Written files count as handed over (the same log ``send`` keeps), so the next run writes exactly
the updates and cancellations since, whichever way the last round went; ``--preview`` writes
them without recording anything. ``--status`` lists, per person, what is still to be handed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confdesk.cli.common import CommandError, add_db_option, open_existing, printable
from confdesk.mail.outbox import Outbox, outbox, write_messages
from confdesk.mail.status import NO_ADDRESS, PersonStatus, invitation_status


def add_invite_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--alarm", type=int, metavar="MINUTES", help="add a reminder this many minutes before each session"
    )
    parser.add_argument(
        "--all",
        dest="everyone",
        action="store_true",
        help="every session of everyone, not only what changed since each person's last message",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="also give each person served a message listing their sessions (it carries no calendar)",
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "invites",
        help="write invitation e-mails (.eml) for your own mail program, or show who is up to date",
        description="Write one .eml per person and session whose calendar event changed since "
        "the person's last message (text, HTML and a text/calendar invitation in their "
        "language), and one per session they lost (a cancellation). Written files count as "
        "handed over, in the same log 'send' keeps: the next run writes only what changed "
        "since. --preview writes them without recording anything; --status lists who is up "
        "to date and who has messages pending.",
    )
    add_db_option(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="DIR", help="folder to write the messages into")
    what.add_argument("--status", action="store_true", help="list who is up to date and what is pending; write nothing")
    parser.add_argument(
        "--preview", action="store_true", help="with --out: write the messages without recording them as handed over"
    )
    add_invite_options(parser)
    parser.set_defaults(func=run)


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _pending(invites: int, updates: int, cancels: int) -> str:
    parts = [
        _counted(invites, "invitation", "invitations") if invites else "",
        _counted(updates, "update", "updates") if updates else "",
        _counted(cancels, "cancellation", "cancellations") if cancels else "",
    ]
    return ", ".join(part for part in parts if part)


def status_line(person: PersonStatus) -> str:
    who = printable(person.name) + (f" <{printable(person.email)}>" if person.email else "")
    line = f"{who} (person {person.person_id}): "
    if not person.pending:
        return line + "up to date"
    line += f"{_pending(person.invites, person.updates, person.cancels)} pending"
    if person.blocked == NO_ADDRESS:
        line += " (no e-mail address: cannot be sent)"
    elif person.blocked:
        line += f" (cannot be sent: {printable(person.reason)})"
    return line


def total_line(people: list[PersonStatus]) -> str:
    waiting = [person for person in people if person.pending]
    line = f"total: {_counted(len(people), 'person', 'people')}, {len(people) - len(waiting)} up to date"
    if waiting:
        counts = (sum(p.invites for p in waiting), sum(p.updates for p in waiting), sum(p.cancels for p in waiting))
        line += f", {len(waiting)} with {_counted(sum(counts), 'message', 'messages')} pending ({_pending(*counts)})"
    return line


def report_without_email(count: int) -> None:
    if count:
        print(
            "1 person has no e-mail address and got no message"
            if count == 1
            else f"{count} people have no e-mail address and got no message"
        )


def report_set_aside(box: Outbox) -> None:
    """One line on stderr for each person whose address no server could deliver to."""
    for refusal in box.undeliverable:
        who = f"{printable(refusal.name)} <{printable(refusal.email)}>"
        print(
            f"confdesk: no message for {who} (person {refusal.person_id}): {printable(refusal.reason)}", file=sys.stderr
        )


def run(args: argparse.Namespace) -> int:
    if args.status and (args.preview or args.everyone or args.summary or args.alarm is not None):
        raise CommandError("--status only lists what is pending: it takes no --preview, --all, --summary or --alarm")
    if args.preview and not args.out:
        raise CommandError("--preview goes with --out: it writes the messages without recording them")
    store, conference_id = open_existing(args)
    try:
        if args.status:
            statuses = invitation_status(store, conference_id)
            for status in statuses:
                print(status_line(status))
            print(total_line(statuses))
            return 0
        box = outbox(store, conference_id, alarm=args.alarm, everyone=args.everyone, summary=args.summary)
        paths = write_messages(store, box, Path(args.out), record=not args.preview)
    finally:
        store.close()
    where = printable(args.out)
    if not paths:
        print(f"nothing to write to {where}: everyone has the current calendar")
    elif args.preview:
        print(f"{len(paths)} messages written to {where} as a preview: nothing recorded as handed over")
    else:
        people = _counted(len(box.invites), "person", "people")
        print(f"{len(paths)} messages for {people} written to {where} and recorded as handed over")
    report_set_aside(box)
    report_without_email(box.without_email)
    return 0
