"""confdesk import registrations FILE: a registration list (CSV or XLSX) into the conference."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing
from confdesk.imports import Profile, RowOutcome, import_file, load_profile


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "registrations",
        help="import a registration list (CSV or XLSX from Indico or an online form)",
        description="Import registrations from a CSV (any common encoding) or XLSX file. Every "
        "row is imported, merged into the person with the same e-mail, or rejected with a "
        "reason; nothing is saved if the import fails. Mapping profiles: docs/import-profiles.md.",
    )
    parser.add_argument("file", metavar="FILE", help="the CSV or XLSX file")
    add_db_option(parser)
    parser.add_argument("--map", metavar="PROFILE.json", help="mapping profile for columns the headers do not name")
    parser.add_argument("--sheet", metavar="NAME", help="sheet of an XLSX file (default: the first)")
    parser.add_argument("--report", metavar="FILE.csv", help="write what became of every row here")
    parser.add_argument("--dry-run", action="store_true", help="check and report without saving anything")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    profile = load_profile(args.map) if args.map else Profile()
    store, conference_id = open_existing(args)
    try:
        report = import_file(store, conference_id, args.file, profile=profile, sheet=args.sheet, dry_run=args.dry_run)
    finally:
        store.close()
    if args.report:
        report.write_csv(args.report)
    print(report.summary())
    if report.unused_columns:
        print("columns not used: " + ", ".join(report.unused_columns))
    for result in report.results:
        if result.outcome == RowOutcome.REJECTED:
            print(f"  row {result.row}: rejected, {result.reason}")
    return 0
