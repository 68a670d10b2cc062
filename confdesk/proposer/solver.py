"""The lineup proposal as a CP-SAT model.

One boolean per candidate seat. Hard constraints: each interest placed at most once; seats per
role and speaking minutes per session; one speaking role per person across the conference (unless
allowed) and one role per session; no two overlapping sessions for one person; at most one
speaker per organisation per session; in balanced sessions at least min(n, min_groups)
stakeholder groups and no gender above its share. The objective is lexicographic, solved in two
steps: first as many interests as possible, then, with that number fixed, the earliest ones
(the smallest sum of ranks by time of expression).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from ortools.sat.python import cp_model

from confdesk.proposer.plan import Candidate, Plan
from confdesk.rules.lineups import share_fraction


@dataclass(frozen=True)
class Solution:
    chosen: tuple[Candidate, ...]
    #: Both steps proved optimal.
    optimal: bool
    fulfilled: int
    #: Best proven upper bound on the number of interests that can be placed.
    bound: int
    #: Relative gap of the first step, (bound - fulfilled) / bound; 0 when proven optimal.
    gap: float
    seconds: float


def _model(plan: Plan) -> tuple[cp_model.CpModel, list[cp_model.IntVar]]:
    model = cp_model.CpModel()
    candidates = plan.candidates
    x = [model.new_bool_var(f"x{n}") for n in range(len(candidates))]
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
        _lineup_constraints(plan, model, x, session_id, [n for n in ns if plan.is_speaking(candidates[n].role)])
    return model, x


def _person_constraints(plan: Plan, model: cp_model.CpModel, x, ns: list[int]) -> None:
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
        for second in facts[i + 1:]:
            if second.starts_at >= first.ends_at + buffer:
                break
            model.add_at_most_one(x[n] for n in sessions[first.id] + sessions[second.id])


def _lineup_constraints(plan: Plan, model: cp_model.CpModel, x, session_id: int, ns: list[int]) -> None:
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
        present.append(flag)
    needed = model.new_int_var(0, rules.min_groups, f"need{session_id}")
    size_var = model.new_int_var(0, len(room.speakers) + len(ns), f"size{session_id}")
    model.add(size_var == size)
    model.add_min_equality(needed, [size_var, model.new_constant(rules.min_groups)])
    model.add(len(fixed_groups) + sum(present) >= needed)

    share = share_fraction(rules.max_gender_share)
    genders: dict[str, list[int]] = defaultdict(list)
    for n in ns:
        gender = people[candidates[n].person_id].gender
        if gender:
            genders[gender].append(n)
    fixed = defaultdict(int)
    for person in room.speakers:
        if person.gender:
            fixed[person.gender] += 1
    known = sum(fixed.values()) + sum(x[n] for members in genders.values() for n in members)
    two_or_more = model.new_bool_var(f"pair{session_id}")
    model.add(known >= 2).only_enforce_if(two_or_more)
    model.add(known <= 1).only_enforce_if(~two_or_more)
    for gender in sorted(set(genders) | set(fixed)):
        count = fixed[gender] + sum(x[n] for n in genders.get(gender, []))
        model.add(count * share.denominator <= share.numerator * known).only_enforce_if(two_or_more)


def _solver(seconds: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    # One worker and a fixed seed: the same data gives the same proposal (unless the time
    # limit cuts the search short, which the result reports as not optimal).
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_time_in_seconds = max(seconds, 0.05)
    return solver


def solve(plan: Plan, time_limit: float) -> Solution:
    if not plan.candidates:
        return Solution((), True, 0, 0, 0.0, 0.0)
    model, x = _model(plan)
    count = sum(x)
    model.maximize(count)
    first = _solver(time_limit * 0.6)
    status = first.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # Out of time before a first solution (very large models): propose nothing, say so.
        return Solution((), False, 0, len(plan.ranks), 1.0, first.wall_time)
    best = round(first.objective_value)
    bound = round(first.best_objective_bound)
    first_optimal = status == cp_model.OPTIMAL
    seconds = first.wall_time

    # Second step: as many as found, the earliest interests first.
    model.add(count >= best)
    for n in range(len(x)):
        model.add_hint(x[n], bool(first.value(x[n])))
    total = len(plan.ranks)
    model.maximize(sum((total - plan.ranks[c.interest_id]) * x[n] for n, c in enumerate(plan.candidates)))
    second = _solver(max(time_limit - seconds, time_limit * 0.2))
    status = second.solve(model)
    seconds += second.wall_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen_from, optimal = first, False
    else:
        chosen_from, optimal = second, first_optimal and status == cp_model.OPTIMAL
    chosen = tuple(c for n, c in enumerate(plan.candidates) if chosen_from.value(x[n]))
    gap = 0.0 if first_optimal or bound == 0 else (bound - best) / bound
    return Solution(chosen, optimal, len(chosen), bound, gap, seconds)
