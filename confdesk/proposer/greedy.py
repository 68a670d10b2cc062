"""A quick feasible proposal: interests in order of expression, each given the first seat that
keeps every hard constraint. CP-SAT starts from it (as a hint) and it is the proposal when the
solver finds nothing better within the time limit.

Balance is kept after every seat, not only at the end: a lineup balanced at each size is
balanced when complete, so the greedy needs no look-ahead (at the price of refusing a seat that a
later volunteer would have balanced; the solver recovers those)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from confdesk.proposer.plan import Candidate, Plan, passes_balance
from confdesk.rules.snapshot import PersonFacts, SessionFacts


def greedy(plan: Plan) -> tuple[int, ...]:
    """Indexes into ``plan.candidates`` of a proposal that honours every hard constraint."""
    people = plan.snap.person_by_id
    buffer = timedelta(minutes=plan.settings.rules.conflict_buffer_minutes)
    seats = {(session_id, role): n for session_id, room in plan.rooms.items() for role, n in room.seats.items()}
    minutes = {session_id: room.minutes for session_id, room in plan.rooms.items()}
    organisations = {session_id: set(room.organisations) for session_id, room in plan.rooms.items()}
    lineups: dict[int, list[PersonFacts]] = {
        session_id: list(room.speakers) for session_id, room in plan.rooms.items() if room.balanced
    }
    held: dict[int, list[SessionFacts]] = defaultdict(list)
    speaking_held: set[int] = set()

    def fits(c: Candidate) -> bool:
        person, session = people[c.person_id], plan.rooms[c.session_id].session
        if seats.get((c.session_id, c.role), 0) < 1 or minutes[c.session_id] < c.minutes:
            return False
        if any(
            other.id == session.id
            or (other.starts_at < session.ends_at + buffer and session.starts_at < other.ends_at + buffer)
            for other in held[c.person_id]
        ):
            return False
        if not plan.is_speaking(c.role):
            return True
        if c.person_id in speaking_held and not plan.settings.multiple_speaking_roles:
            return False
        if person.organisation_key and person.organisation_key in organisations[c.session_id]:
            return False
        lineup = lineups.get(c.session_id)
        return lineup is None or passes_balance([*lineup, person], plan.settings)

    def take(c: Candidate) -> None:
        person = people[c.person_id]
        seats[c.session_id, c.role] -= 1
        minutes[c.session_id] -= c.minutes
        held[c.person_id].append(plan.rooms[c.session_id].session)
        if plan.is_speaking(c.role):
            speaking_held.add(c.person_id)
            if person.organisation_key:
                organisations[c.session_id].add(person.organisation_key)
            if c.session_id in lineups:
                lineups[c.session_id].append(person)

    by_interest: dict[int, list[int]] = defaultdict(list)
    for n, c in enumerate(plan.candidates):
        by_interest[c.interest_id].append(n)
    chosen = []
    for interest_id in sorted(by_interest, key=plan.ranks.__getitem__):
        fitting = [n for n in by_interest[interest_id] if fits(plan.candidates[n])]
        if fitting:
            # The lineup with the most seats left, so early volunteers spread over the sessions.
            best = max(fitting, key=lambda n: (seats[plan.candidates[n].session_id, plan.candidates[n].role], -n))
            take(plan.candidates[best])
            chosen.append(best)
    return tuple(sorted(chosen))
