"""confdesk share: move a conference file to the team's PostgreSQL server."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing
from confdesk.store.share import EDITOR, VIEWER, share


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "share",
        help="copy a conference file into a team's PostgreSQL database",
        description="Copy the conference of --db (a .confdesk file) with its whole history into "
        "the PostgreSQL database --to, which must hold no conference yet. Nothing is written if "
        "the copy fails. With --create-roles, also create the group roles "
        f"{EDITOR} (may change the conference) and {VIEWER} (may read it) and their grants; "
        "see docs/team.md.",
    )
    add_db_option(parser)
    parser.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host:port/database?sslmode=…")
    parser.add_argument(
        "--create-roles", action="store_true", help=f"create the {EDITOR} and {VIEWER} roles with their grants"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, _conference_id = open_existing(args)
    try:
        shared = share(store, args.to, roles=args.create_roles)
    finally:
        store.close()
    print(f"copied {shared.rows} rows to {shared.location}")
    if shared.roles:
        print(f"roles {EDITOR} and {VIEWER} ready: grant them to team members (GRANT {VIEWER} TO name)")
    print(f"open it with: confdesk … --db {shared.location}")
    return 0
