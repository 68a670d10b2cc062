"""confdesk check: what the rules find wrong with the agenda and the lineups."""

from __future__ import annotations

import argparse
import json

from confdesk.cli.common import add_db_option, open_existing
from confdesk.rules import check


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help="list the problems in the agenda and the lineups",
        description="List conflicts, missing roles, unbalanced lineups and late answers. Exits 0 whatever it finds.",
    )
    add_db_option(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects (code, severity, message, ids, facts)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            problems = check(db, conference_id)
    finally:
        store.close()
    if args.json:
        print(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2))
        return 0
    for problem in problems:
        print(f"{problem.severity}: {problem.code}: {problem.message}")
    counts = {s: sum(p.severity == s for p in problems) for s in ("error", "warning", "info")}
    print(
        f"{len(problems)} problem(s): {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} note(s)"
    )
    return 0
