"""confdesk publish-version, versions and changes: published versions of the schedule."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing, printable
from confdesk.exports.calendar_text import language_of
from confdesk.interchange.version_changes import changes
from confdesk.interchange.versions import LATEST, list_versions, parse_which, publish_version, snapshot_of
from confdesk.mail.status import invitation_status
from confdesk.model import LANGUAGES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = commands.add_parser(
        "publish-version",
        help="freeze the public programme as the next numbered version",
        description="Freeze the public programme (sessions that are not internal, their "
        "confirmed lineups) as the next numbered version, with a comment. Exports given "
        "--version N write exactly that version later, whatever changed since.",
    )
    add_db_option(publish)
    publish.add_argument("--comment", required=True, metavar="TEXT", help="what this version is, for the record")
    publish.set_defaults(func=run_publish)

    versions = commands.add_parser("versions", help="list the published versions of the schedule")
    add_db_option(versions)
    versions.set_defaults(func=run_versions)

    listed = commands.add_parser(
        "changes",
        help="what changed between two versions of the schedule",
        description="List, one line each, the sessions added, removed, moved, renamed, "
        "cancelled or reinstated and the speakers added or removed between version --from and "
        "version --to (the latest by default; 'draft' for the data as it stands), in --lang or "
        "in each language.",
    )
    add_db_option(listed)
    listed.add_argument("--from", dest="since", required=True, metavar="N", help="the earlier version")
    listed.add_argument("--to", dest="until", default=LATEST, metavar="M", help="the later version (default: latest)")
    listed.add_argument("--lang", choices=LANGUAGES, help="one language (default: each of ar, en, fr)")
    listed.set_defaults(func=run_changes)


def run_publish(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.unit() as db:
            number = publish_version(db, conference_id, args.comment).value
        pending = [
            person for person in invitation_status(store, conference_id) if person.pending and not person.blocked
        ]
    finally:
        store.close()
    print(f"version {number} published")
    print(
        f"{len(pending)} people have invitations, updates or cancellations to be sent by the next 'confdesk invites' or 'send'"
    )
    return 0


def run_versions(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            versions = list_versions(db, conference_id)
    finally:
        store.close()
    if not versions:
        print("no version published yet")
    for version in versions:
        stamp = version.published_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{version.number}\t{stamp}\t{version.sessions} sessions\t{printable(version.comment)}")
    return 0


def run_changes(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            old = snapshot_of(db, conference_id, parse_which(args.since))
            new = snapshot_of(db, conference_id, parse_which(args.until))
    finally:
        store.close()
    zone = new["conference"]["timezone"]
    found = changes(old, new)
    if not found:
        print("no changes")
    languages = [language_of(args.lang)] if args.lang else list(LANGUAGES)
    for change in found:
        for lang in languages:
            line = printable(change.describe(lang, zone))
            print(line if args.lang else f"{lang}\t{line}")
    return 0
