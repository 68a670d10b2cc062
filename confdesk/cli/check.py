"""confdesk check: what the rules find wrong with the agenda and the lineups.

Problems accepted with a note (on the Problems screen) are listed after the others, with their
note, and are not counted; ``--json`` marks them ``"accepted": true``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from confdesk.cli.common import add_db_option, open_existing, printable, printable_json
from confdesk.rules import Problem, check, problem_key
from confdesk.services.problems import Acceptance
from confdesk.views.problems import accepted_problems, split_accepted
from confdesk.words import counted


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help="list the problems in the agenda and the lineups",
        description=(
            "List conflicts, missing roles, unbalanced lineups and late answers. Problems accepted "
            "with a note are listed apart and not counted. Exits 0 whatever it finds."
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects (code, severity, message, ids, facts, key, accepted and the note)",
    )
    parser.set_defaults(func=run)


def as_json(problem: Problem, acceptance: Acceptance | None) -> dict[str, Any]:
    shown = problem.to_dict() | {"key": problem_key(problem), "accepted": acceptance is not None}
    if acceptance is not None:
        shown |= {"note": acceptance.note, "accepted_by": acceptance.by, "accepted_at": acceptance.at}
    return shown


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        with store.reader() as db:
            problems = check(db, conference_id)
            accepted = accepted_problems(db, conference_id)
    finally:
        store.close()
    still, done = split_accepted(problems, accepted)
    if args.json:
        by_key = {problem_key(problem): acceptance for problem, acceptance in done}
        shown = [as_json(p, by_key.get(problem_key(p))) for p in problems]
        print(printable_json(json.dumps(shown, ensure_ascii=False, indent=2)))
        return 0
    for problem in still:
        print(printable(f"{problem.severity}: {problem.code}: {problem.message}"))
    for problem, acceptance in done:
        who = ", ".join(part for part in (acceptance.by, acceptance.at[:10]) if part)
        note = f" Note: {' '.join(acceptance.note.split())}" if acceptance.note else ""
        print(
            printable(
                f"accepted {problem.severity}: {problem.code}: {problem.message}{note}{f' ({who})' if who else ''}"
            )
        )
    counts = {s: sum(p.severity == s for p in still) for s in ("error", "warning", "info")}
    accepted_count = f"; {len(done)} accepted" if done else ""
    print(
        f"{counted(len(still), 'problem')}: {counted(counts['error'], 'error')}, "
        f"{counted(counts['warning'], 'warning')}, {counted(counts['info'], 'note')}{accepted_count}"
    )
    return 0
