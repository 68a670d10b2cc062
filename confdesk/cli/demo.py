"""confdesk demo: create the demo conference."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, new_conference_store, printable
from confdesk.demo import build_demo
from confdesk.redact import redact


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "demo",
        help="create the demo conference (GCM Regional Review, Arab region)",
        description="Create the demo conference in a new conference file: the GCM Regional "
        "Review for the Arab region with invented people, in Arabic, English and French.",
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with new_conference_store(args.db) as store, store.unit() as db:
        build_demo(db)
    print(f"demo conference written to {printable(redact(args.db))}")
    return 0
