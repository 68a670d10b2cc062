"""The lineup proposal as a CP-SAT model.

One boolean per candidate seat. Hard constraints: each interest placed at most once; seats per
role and speaking minutes per session; one speaking role per person across the conference (unless
allowed) and one role per session; no two overlapping sessions for one person; at most one
speaker per organisation per session; in balanced sessions at least min(n, min_groups)
stakeholder groups and no gender above its share. The objective is lexicographic, solved in two
steps: first as many interests as possible, then, with that number fixed, the earliest ones
(the smallest sum of ranks by time of expression).

Both steps start from the best proposal so far, given as a complete hint: first the greedy one
(proposer.greedy), which stays the result when the solver finds nothing better in time. The first
step is skipped when the greedy proposal already reaches the plan's bound. "optimal" is only
claimed when both steps are proven over every candidate seat (none pruned by the plan).
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from ortools.sat.python import cp_model

from confdesk.proposer.greedy import greedy
from confdesk.proposer.plan import Candidate, Plan
from confdesk.rules.lineups import share_fraction

#: CP-SAT work units (deterministic time) granted per second of time limit: on the scale
#: conference one unit took 3 to 4 s of wall time on a two-core test machine, so the work limit
#: ends the search before the wall-clock limit and the result does not depend on machine load.
WORK_PER_SECOND = 0.2


@dataclass(frozen=True)
class Solution:
    chosen: tuple[Candidate, ...]
    #: "optimal" (proven over every candidate seat), "feasible" (the solver's best within the
    #: limit) or "greedy" (the greedy proposal; the solver found nothing better in time).
    status: str
    fulfilled: int
    #: Proven upper bound on the number of interests that can be placed.
    bound: int
    #: Relative gap (bound - fulfilled) / bound; 0 when proven optimal.
    gap: float
    seconds: float


def _model(plan: Plan, hint: frozenset[int]) -> tuple[cp_model.CpModel, list[cp_model.IntVar]]:
    """The model, with ``hint`` (indexes of a feasible proposal) as a complete starting solution."""
    model = cp_model.CpModel()
    candidates = plan.candidates
    x = [model.new_bool_var(f"x{n}") for n in range(len(candidates))]
    for n, var in enumerate(x):
        model.add_hint(var, n in hint)
    by_interest: dict[int, list[int]] = defaultdict(list)
    by_session_role: dict[tuple[int, str], list[int]] = defaultdict(list)
    by_session: dict[int, list[int]] = defaultdict(list)
    by_person: dict[int, list[int]] = defaultdict(list)
    for n, c in enumerate(candidates):
        by_interest[c.interest_id].append(n)
        by_session_role[c.session_id, c.role].append(n)
        by_session[c.session_id].append(n)
        by_person[c.person_id].append(n)

    for ns in by_interest.values():
        model.add_at_most_one(x[n] for n in ns)
    for (session_id, role), ns in by_session_role.items():
        model.add(sum(x[n] for n in ns) <= plan.rooms[session_id].seats.get(role, 0))
    for session_id, ns in by_session.items():
        model.add(sum(candidates[n].minutes * x[n] for n in ns) <= plan.rooms[session_id].minutes)
    for ns in by_person.values():
        _person_constraints(plan, model, x, ns)
    for session_id, ns in by_session.items():
        _lineup_constraints(plan, model, x, session_id, [n for n in ns if plan.is_speaking(candidates[n].role)], hint)
    return model, x


def _person_constraints(plan: Plan, model: cp_model.CpModel, x: list[cp_model.IntVar], ns: list[int]) -> None:
    candidates = plan.candidates
    speaking = [n for n in ns if plan.is_speaking(candidates[n].role)]
    if not plan.settings.multiple_speaking_roles and len(speaking) > 1:
        model.add_at_most_one(x[n] for n in speaking)
    sessions: dict[int, list[int]] = defaultdict(list)
    for n in ns:
        sessions[candidates[n].session_id].append(n)
    for same in sessions.values():
        if len(same) > 1:
            model.add_at_most_one(x[n] for n in same)
    buffer = timedelta(minutes=plan.settings.rules.conflict_buffer_minutes)
    facts = sorted((plan.rooms[s].session for s in sessions), key=lambda s: (s.starts_at, s.id))
    for i, first in enumerate(facts):
        for second in facts[i + 1 :]:
            if second.starts_at >= first.ends_at + buffer:
                break
            model.add_at_most_one(x[n] for n in sessions[first.id] + sessions[second.id])


def _lineup_constraints(
    plan: Plan, model: cp_model.CpModel, x: list[cp_model.IntVar], session_id: int, ns: list[int], hint: frozenset[int]
) -> None:
    if not ns:
        return
    candidates, room = plan.candidates, plan.rooms[session_id]
    people = plan.snap.person_by_id
    organisations: dict[str, list[int]] = defaultdict(list)
    for n in ns:
        key = people[candidates[n].person_id].organisation_key
        if key:
            organisations[key].append(n)
    for same in organisations.values():
        if len(same) > 1:
            model.add_at_most_one(x[n] for n in same)
    if not room.balanced:
        return
    rules = plan.settings.rules
    # Every candidate of a person in one session is exclusive, so sums count people.
    size = len(room.speakers) + sum(x[n] for n in ns)
    fixed_groups = {p.group for p in room.speakers if p.group}
    new_groups: dict[str, list[int]] = defaultdict(list)
    for n in ns:
        group = people[candidates[n].person_id].group
        if group and group not in fixed_groups:
            new_groups[group].append(n)
    present = []
    for group, members in sorted(new_groups.items()):
        flag = model.new_bool_var(f"g{session_id}_{group}")
        model.add(flag <= sum(x[n] for n in members))
        model.add_hint(flag, any(n in hint for n in members))
        present.append(flag)
    needed = model.new_int_var(0, rules.min_groups, f"need{session_id}")
    size_var = model.new_int_var(0, len(room.speakers) + len(ns), f"size{session_id}")
    hinted_size = len(room.speakers) + sum(n in hint for n in ns)
    model.add_hint(size_var, hinted_size)
    model.add_hint(needed, min(hinted_size, rules.min_groups))
    model.add(size_var == size)
    model.add_min_equality(needed, [size_var, model.new_constant(rules.min_groups)])
    model.add(len(fixed_groups) + sum(present) >= needed)

    share = share_fraction(rules.max_gender_share)
    genders: dict[str, list[int]] = defaultdict(list)
    for n in ns:
        gender = people[candidates[n].person_id].gender
        if gender:
            genders[gender].append(n)
    fixed: dict[str, int] = defaultdict(int)
    for person in room.speakers:
        if person.gender:
            fixed[person.gender] += 1
    known = sum(fixed.values()) + sum(x[n] for members in genders.values() for n in members)
    two_or_more = model.new_bool_var(f"pair{session_id}")
    hinted_known = sum(fixed.values()) + sum(n in hint for members in genders.values() for n in members)
    model.add_hint(two_or_more, hinted_known >= 2)
    model.add(known >= 2).only_enforce_if(two_or_more)
    model.add(known <= 1).only_enforce_if(~two_or_more)
    for gender in sorted(set(genders) | set(fixed)):
        count = fixed[gender] + sum(x[n] for n in genders.get(gender, []))
        model.add(count * share.denominator <= share.numerator * known).only_enforce_if(two_or_more)


def _solver(seconds: float, work: float) -> cp_model.CpSolver:
    """A solver stopping after ``work`` units or ``seconds`` (less a margin: it stops a little
    late, and the caller still has to read its answer)."""
    solver = cp_model.CpSolver()
    # One worker, a fixed seed and a limit in deterministic work units: the same data gives the
    # same proposal on any machine; the wall-clock limit only guards a machine far slower than
    # the work limit assumes.
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = max(work, 0.05)
    solver.parameters.max_time_in_seconds = max(seconds * 0.9 - 0.2, 0.05)
    solver.parameters.find_big_linear_overlap = False
    return solver


def _key(plan: Plan, chosen: frozenset[int]) -> tuple[int, int]:
    """How good a proposal is: the most interests, then the earliest ones."""
    return len(chosen), -sum(plan.ranks[plan.candidates[n].interest_id] for n in chosen)


def _step(
    plan: Plan, hint: frozenset[int], least: int | None, seconds: float, work: float
) -> tuple[frozenset[int] | None, cp_model.CpSolverStatus, int | None, float]:
    """One solver step from ``hint``: the most interests when ``least`` is None, else the
    earliest interests among proposals placing at least ``least``. Returns the proposal found
    (or None), the solver's status and bound, and the work it used."""
    model, x = _model(plan, hint)
    count = sum(x)
    if least is None:
        model.maximize(count)
    else:
        model.add(count >= least)
        total = len(plan.ranks)
        model.maximize(sum((total - plan.ranks[c.interest_id]) * x[n] for n, c in enumerate(plan.candidates)))
    solver = _solver(seconds, work)
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, status, None, solver.deterministic_time
    found = frozenset(n for n in range(len(x)) if solver.value(x[n]))
    return found, status, round(solver.best_objective_bound), solver.deterministic_time


def solve(plan: Plan, time_limit: float, *, spent: float = 0.0) -> Solution:
    """The best proposal found within ``time_limit`` seconds of which ``spent`` are already gone
    (making the plan): greedy first, then CP-SAT in two lexicographic steps, each starting from
    the best proposal so far."""
    started = time.perf_counter() - spent
    if not plan.candidates:
        return Solution((), "optimal", 0, 0, 0.0, 0.0)
    best, status = frozenset(greedy(plan)), "greedy"
    work = time_limit * WORK_PER_SECOND
    bound = plan.bound
    count_proven = len(best) >= bound
    if not count_proven:
        found, _, solver_bound, used = _step(plan, best, None, time_limit - (time.perf_counter() - started), work / 2)
        work -= used
        if found is not None:
            if _key(plan, found) >= _key(plan, best):
                best, status = found, "feasible"
            if not plan.pruned and solver_bound is not None:
                # Without pruning the solver's bound holds for the whole conference.
                bound = min(bound, solver_bound)
            count_proven = len(best) >= bound
    found, second, _, _ = _step(plan, best, len(best), time_limit - (time.perf_counter() - started), work)
    if found is not None and _key(plan, found) >= _key(plan, best):
        best, status = found, "feasible"
    if status == "feasible" and count_proven and second == cp_model.OPTIMAL and not plan.pruned:
        status = "optimal"
    fulfilled = len(best)
    bound = max(bound, fulfilled)
    gap = 0.0 if status == "optimal" or bound == 0 else (bound - fulfilled) / bound
    chosen = tuple(plan.candidates[n] for n in sorted(best))
    return Solution(chosen, status, fulfilled, bound, gap, time.perf_counter() - started)
