"""confdesk import registrations FILE: a registration list (CSV or XLSX) into the conference."""

from __future__ import annotations

import argparse

from confdesk.cli.common import add_db_option, open_existing
from confdesk.imports import Profile, RowOutcome, import_file, load_profile
from confdesk.imports.sources import Limits

_DEFAULTS = Limits()


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
    limits = parser.add_argument_group(
        "limits", "A file beyond one of these is refused before anything is imported; raise a limit to take it."
    )
    limits.add_argument(
        "--max-rows", type=_positive, default=_DEFAULTS.rows, metavar="N", help="data rows (default: %(default)s)"
    )
    limits.add_argument(
        "--max-columns", type=_positive, default=_DEFAULTS.columns, metavar="N", help="columns (default: %(default)s)"
    )
    limits.add_argument(
        "--max-cell",
        type=_positive,
        default=_DEFAULTS.cell,
        metavar="N",
        help="characters in one cell (default: %(default)s)",
    )
    limits.add_argument(
        "--max-xlsx-mb",
        type=_positive,
        default=_DEFAULTS.xlsx_mb,
        metavar="MB",
        help="megabytes an XLSX file may unpack to (default: %(default)s)",
    )
    limits.add_argument(
        "--max-xlsx-ratio",
        type=_positive,
        default=_DEFAULTS.xlsx_ratio,
        metavar="N",
        help="how many times its compressed size a part of an XLSX file over 10 MB may unpack to "
        "(default: %(default)s)",
    )
    limits.add_argument(
        "--max-file-mb",
        type=_positive,
        default=_DEFAULTS.file_mb,
        metavar="MB",
        help="megabytes of the file itself (default: %(default)s)",
    )
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(args: argparse.Namespace) -> int:
    profile = load_profile(args.map) if args.map else Profile()
    limits = Limits(
        rows=args.max_rows,
        columns=args.max_columns,
        cell=args.max_cell,
        xlsx_mb=args.max_xlsx_mb,
        xlsx_ratio=args.max_xlsx_ratio,
        file_mb=args.max_file_mb,
    )
    store, conference_id = open_existing(args)
    try:
        report = import_file(
            store, conference_id, args.file, profile=profile, sheet=args.sheet, dry_run=args.dry_run, limits=limits
        )
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
