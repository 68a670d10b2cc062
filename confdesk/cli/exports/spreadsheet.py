"""confdesk export xlsx|csv: people, registrations or lineups as a spreadsheet list."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing
from confdesk.exports.spreadsheet import WHAT, export_list


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for fmt, description in (
        ("xlsx", "an Excel workbook with a styled, frozen header (right to left in Arabic)"),
        ("csv", "CSV in UTF-8 with a BOM, so Excel reads Arabic correctly"),
    ):
        parser = kinds.add_parser(
            fmt,
            help=f"people, registrations or lineups as {fmt.upper()}",
            description=f"Write people, registrations or lineups as {description}. Cells that "
            "would start a formula are written as plain text.",
        )
        add_db_option(parser)
        parser.add_argument("--what", required=True, choices=WHAT, help="which list to write")
        parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
        parser.add_argument("--lang", choices=("ar", "en", "fr"), default="en", help="language of headers and values")
        parser.set_defaults(func=run, format=fmt)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            count = export_list(db, conference_id, args.what, args.format, args.out, args.lang)
    finally:
        store.close()
    print(f"{count} rows of {args.what} written to {args.out}")
    return 0
