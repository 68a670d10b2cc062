"""confdesk export frab: the public schedule as frab XML or JSON for conference apps."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing
from confdesk.exports.frab import export_frab


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "frab",
        help="the schedule as frab XML/JSON for conference apps",
        description="Write the public schedule (no internal or cancelled sessions) as frab "
        "schedule.xml or schedule.json, valid against the c3voc schemas.",
    )
    add_db_option(parser)
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--format", choices=("xml", "json"), default="xml", help="xml (default) or json")
    parser.add_argument("--lang", choices=("ar", "en", "fr"), default="en", help="language of titles and names")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            count = export_frab(db, conference_id, args.out, args.format, args.lang)
    finally:
        store.close()
    print(f"{count} events written to {args.out}")
    return 0
