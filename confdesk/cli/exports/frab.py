"""confdesk export frab: the public schedule as frab XML or JSON for conference apps."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, add_version_option, open_existing
from confdesk.exports.frab import export_frab
from confdesk.interchange.versions import parse_which, version_store


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
    add_version_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    which = parse_which(args.schedule_version)
    store, conference_id = open_existing(args)
    try:
        with version_store(store, conference_id, which) as (source, source_id, number), source.reader() as db:
            version = None if number is None else str(number)
            count = export_frab(db, source_id, args.out, args.format, args.lang, version)
    finally:
        store.close()
    print(f"{count} events written to {args.out}")
    return 0
