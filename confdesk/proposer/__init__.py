"""Propose lineups from the interests people expressed (OR-Tools CP-SAT).

:func:`propose` reads the conference, places as many interests as the constraints allow (earlier
interests winning ties), and says for every interest why it was or was not placed. Nothing is
written: :func:`apply` creates the accepted proposals as ``proposed`` assignments. Assignments
already in a lineup (proposed, invited or confirmed) are fixed: the proposer only adds.

The time limit covers planning and solving; on large conferences the plan keeps only each
interest's most promising sessions and a greedy proposal is the fallback, so the result always
says whether it is proven optimal, the solver's best ("feasible") or the greedy one, with its gap
to a proven bound.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Status
from confdesk.proposer.plan import Plan, make_plan
from confdesk.proposer.settings import ProposerSettings
from confdesk.proposer.solver import solve
from confdesk.rules.snapshot import Snapshot, load
from confdesk.services import AssignmentInput, Outcome, StatusStep, create_assignments
from confdesk.services.base import now, os_user

#: Every reason a verdict can give, for the UI's wording table.
REASONS = (
    "placed", "already_assigned", "has_speaking_role", "other_interest_placed", "not_selected",
    "no_session", "not_registered", "declined_before", "conflict", "same_organisation", "full",
)  # fmt: skip


@dataclass(frozen=True)
class Proposal:
    person_id: int
    session_id: int
    role: str
    speaking_minutes: int
    interest_id: int


@dataclass(frozen=True)
class Verdict:
    """Why one interest was or was not placed; ``session_id``/``role`` name the seat it got (or
    the one already held, for already_assigned and has_speaking_role)."""

    interest_id: int
    person_id: int
    reason: str
    session_id: int | None = None
    role: str | None = None

    @property
    def placed(self) -> bool:
        return self.reason == "placed"


@dataclass(frozen=True)
class ProposerResult:
    proposals: tuple[Proposal, ...]
    verdicts: tuple[Verdict, ...]
    #: "optimal" (proven), "feasible" (the solver's best within the time limit) or "greedy"
    #: (a quick valid proposal the solver could not improve on in time); see proposer.solver.
    status: str
    #: Relative gap between the placed count and the best proven bound; 0 when proven optimal.
    gap: float
    seconds: float
    #: Proven upper bound on the interests any proposal could place.
    bound: int = 0

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"


def propose_snapshot(snap: Snapshot, *, time_limit: float | None = None) -> ProposerResult:
    started = time.perf_counter()
    settings = ProposerSettings.from_conference(snap.settings)
    limit = settings.time_limit_seconds if time_limit is None else time_limit
    plan = make_plan(snap, settings)
    solution = solve(plan, limit, spent=time.perf_counter() - started)
    proposals = tuple(
        sorted(
            (Proposal(c.person_id, c.session_id, c.role, c.minutes, c.interest_id) for c in solution.chosen),
            key=lambda p: (p.session_id, p.role, plan.ranks[p.interest_id]),
        )
    )
    return ProposerResult(
        proposals,
        _verdicts(plan, proposals),
        solution.status,
        solution.gap,
        time.perf_counter() - started,
        solution.bound,
    )


def propose(db: DbSession, conference_id: int, *, time_limit: float | None = None) -> ProposerResult:
    """The proposal for a conference; ``time_limit`` (seconds) overrides the setting."""
    return propose_snapshot(load(db, conference_id), time_limit=time_limit)


def _verdicts(plan: Plan, proposals: tuple[Proposal, ...]) -> tuple[Verdict, ...]:
    placed = {p.interest_id: p for p in proposals}
    placed_people: dict[int, int] = defaultdict(int)
    for p in proposals:
        placed_people[p.person_id] += 1
    verdicts = []
    for interest in sorted(plan.snap.interests, key=lambda i: (i.person_id, plan.ranks[i.id])):
        if interest.id in placed:
            p = placed[interest.id]
            verdicts.append(Verdict(interest.id, interest.person_id, "placed", p.session_id, p.role))
        elif interest.id in plan.decided:
            reason, session_id, role = plan.decided[interest.id]
            verdicts.append(Verdict(interest.id, interest.person_id, reason, session_id, role))
        elif placed_people[interest.person_id]:
            verdicts.append(Verdict(interest.id, interest.person_id, "other_interest_placed"))
        else:
            verdicts.append(Verdict(interest.id, interest.person_id, "not_selected"))
    return tuple(verdicts)


def apply(db: DbSession, result: ProposerResult, *, by: str | None = None) -> Outcome[list[int]]:
    """Create the proposals as ``proposed`` assignments at the end of their lineups, through
    :func:`confdesk.services.create_assignments` (the caller's unit of work is the one
    transaction)."""
    from sqlalchemy import func, select

    from confdesk.model import Assignment

    session_ids = {p.session_id for p in result.proposals}
    last = (
        dict(
            db.execute(
                select(Assignment.session_id, func.max(Assignment.position))
                .where(Assignment.session_id.in_(session_ids))
                .group_by(Assignment.session_id)
            ).all()
        )
        if session_ids
        else {}
    )
    step = StatusStep(Status.PROPOSED, now(), os_user() if by is None else by)
    items = []
    for proposal in result.proposals:
        last[proposal.session_id] = (last.get(proposal.session_id) or 0) + 1
        items.append(
            AssignmentInput(
                proposal.session_id,
                proposal.person_id,
                proposal.role,
                (step,),
                position=last[proposal.session_id],
                speaking_minutes=proposal.speaking_minutes,
            )
        )
    return create_assignments(db, items)


__all__ = [
    "REASONS",
    "Proposal",
    "ProposerResult",
    "ProposerSettings",
    "Verdict",
    "apply",
    "propose",
    "propose_snapshot",
]
