"""confdesk propose: lineups proposed from the interests people expressed."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from confdesk.cli.common import add_db_option, open_existing, printable, printable_json
from confdesk.words import counted

if TYPE_CHECKING:
    from confdesk.proposer import ProposerResult
    from confdesk.rules.snapshot import Snapshot

REASONS_EN = {
    "placed": "placed",
    "already_assigned": "already in that lineup",
    "has_speaking_role": "already holds a speaking role",
    "other_interest_placed": "placed for another interest",
    "not_selected": "not selected: the seats went to earlier or better-balancing volunteers",
    "no_session": "no session matches this interest",
    "not_registered": "not registered for the part of the session",
    "declined_before": "declined or withdrew from the session before",
    "conflict": "busy at the time of the session",
    "same_organisation": "a speaker of the same organisation is already in the lineup",
    "full": "no seat or speaking time left in the session",
}

STATUS_EN = {
    "optimal": "proven optimal",
    "feasible": "best found within the time limit",
    "greedy": "quick proposal, not improved within the time limit",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "propose",
        help="propose speakers, rapporteurs and floor interventions from the interests",
        description="Propose lineups that place as many expressed interests as the rules allow, "
        "earlier interests first, and say why each volunteer was or was not placed.",
    )
    add_db_option(parser)
    parser.add_argument("--apply", action="store_true", help="create the proposals as 'proposed' assignments")
    parser.add_argument("--json", action="store_true", help="print the proposal as JSON")
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="SECONDS",
        help="stop searching after this long (default: the conference setting, 10 s)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # OR-Tools takes a third of a second to import: only the command that solves pays for it.
    from confdesk.proposer import apply, propose_snapshot
    from confdesk.rules.snapshot import load

    store, conference_id = open_existing(args)
    try:
        with store.unit() as db:
            snap = load(db, conference_id)
            result = propose_snapshot(snap, time_limit=args.time_limit)
            created = apply(db, result).value if args.apply else []
    finally:
        store.close()
    if args.json:
        print(printable_json(json.dumps(_as_json(result, created), ensure_ascii=False, indent=2)))
    else:
        print("\n".join(printable(line) for line in _as_lines(snap, result, created)))
    return 0


def _as_json(result: ProposerResult, created: list[int]) -> dict[str, Any]:
    return {
        "status": result.status,
        "optimal": result.optimal,
        "gap": result.gap,
        "bound": result.bound,
        "seconds": round(result.seconds, 3),
        "proposals": [
            {
                "person_id": p.person_id,
                "session_id": p.session_id,
                "role": str(p.role),
                "speaking_minutes": p.speaking_minutes,
                "interest_id": p.interest_id,
            }
            for p in result.proposals
        ],
        "verdicts": [
            {
                "interest_id": v.interest_id,
                "person_id": v.person_id,
                "placed": v.placed,
                "reason": v.reason,
                "message": REASONS_EN[v.reason],
                "session_id": v.session_id,
                "role": None if v.role is None else str(v.role),
            }
            for v in result.verdicts
        ],
        "created_assignment_ids": created,
    }


def _as_lines(snap: Snapshot, result: ProposerResult, created: list[int]) -> list[str]:
    people, sessions = snap.person_by_id, snap.session_by_id
    interests = {i.id: i for i in snap.interests}
    lines = [
        f"Proposal: {counted(len(result.proposals), 'seat')} ({STATUS_EN[result.status]}"
        f"{'' if result.optimal else f', at most {result.bound} possible, gap {result.gap:.1%}'}, "
        f"{result.seconds:.2f} s)"
    ]
    by_session = defaultdict(list)
    for proposal in result.proposals:
        by_session[proposal.session_id].append(proposal)
    for session_id, proposals in sorted(by_session.items(), key=lambda item: (sessions[item[0]].starts_at, item[0])):
        lines.append(f"  {sessions[session_id].title}")
        lines += [f"    {p.role}: {people[p.person_id].name} ({p.speaking_minutes} min)" for p in proposals]
    lines.append("Volunteers:")
    for verdict in result.verdicts:
        interest = interests[verdict.interest_id]
        wish = interest.kind + (f" {interest.roundtable}" if interest.roundtable else "")
        where = f" – {sessions[verdict.session_id].title}" if verdict.session_id else ""
        lines.append(f"  {people[verdict.person_id].name} ({wish}): {REASONS_EN[verdict.reason]}{where}")
    if created:
        lines.append(f"Created {counted(len(created), 'proposed assignment')}.")
    return lines
