"""The lineup proposer: hard constraints on random conferences, optimality against brute force,
reasons for every volunteer, and `confdesk propose` on the demo."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from proposer_oracle import conferences, violations

from confdesk.model import Assignment, Status
from confdesk.proposer import REASONS, Proposal, ProposerSettings, propose, propose_snapshot
from confdesk.proposer import plan as plan_module
from confdesk.proposer import solver as solver_module
from confdesk.proposer.greedy import greedy
from confdesk.proposer.plan import make_plan
from confdesk.rules import SettingsError, Snapshot, check
from confdesk.rules.snapshot import InterestFacts, PartFacts, PersonFacts, SessionFacts

QUICK = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(conferences())
def test_proposal_honours_every_hard_constraint(snap):
    result = propose_snapshot(snap, time_limit=5)
    assert violations(snap, ProposerSettings.from_conference(snap.settings), result.proposals) == []
    assert sorted(v.interest_id for v in result.verdicts) == sorted(i.id for i in snap.interests)
    assert {v.reason for v in result.verdicts} <= set(REASONS)
    placed = {v.interest_id for v in result.verdicts if v.placed}
    assert placed == {p.interest_id for p in result.proposals}


@QUICK
@given(conferences())
def test_greedy_proposal_honours_every_hard_constraint(snap):
    proposer_settings = ProposerSettings.from_conference(snap.settings)
    plan = make_plan(snap, proposer_settings)
    chosen = [plan.candidates[n] for n in greedy(plan)]
    proposals = [Proposal(c.person_id, c.session_id, c.role, c.minutes, c.interest_id) for c in chosen]
    assert violations(snap, proposer_settings, proposals) == []
    assert len(chosen) <= plan.bound


def _many_plenaries(plenaries: int = 12, volunteers: int = 40) -> Snapshot:
    """Plenaries one after the other, each with two speaker seats, and more volunteers than seats."""
    start = datetime(2021, 2, 24, 8, tzinfo=UTC)
    sessions = tuple(
        SessionFacts(
            n, 1, "plenary", None, f"Plenary {n}", start + timedelta(hours=n), start + timedelta(hours=n, minutes=50)
        )
        for n in range(1, plenaries + 1)
    )
    groups, genders = ("academia", "youth", "un_system"), ("female", "male")
    people = tuple(
        PersonFacts(n, f"Person {n}", f"Org {n}", groups[n % 3], "LB", None, genders[n % 2])
        for n in range(1, volunteers + 1)
    )
    t = datetime(2021, 2, 1, 9, tzinfo=UTC)
    interests = tuple(
        InterestFacts(100 + n, n, "plenary_speaker", None, t + timedelta(minutes=n)) for n in range(1, volunteers + 1)
    )
    return Snapshot(
        1,
        "Asia/Beirut",
        {"rules": {"min_groups": 2}, "proposer": {"seats": {"plenary": {"speaker": 2}}}},
        (PartFacts(1, "Conference", date(2021, 2, 24), date(2021, 2, 24)),),
        sessions,
        people,
        (),
        interests,
        (),
        {p.id: frozenset({1}) for p in people},
    )


def test_large_plans_keep_few_sessions_per_interest_spread_over_every_lineup(monkeypatch):
    monkeypatch.setattr(plan_module, "CANDIDATE_BUDGET", 150)
    snap = _many_plenaries()
    proposer_settings = ProposerSettings.from_conference(snap.settings)
    plan = make_plan(snap, proposer_settings)
    per_interest = {}
    for c in plan.candidates:
        per_interest.setdefault(c.interest_id, []).append(c.session_id)
    assert len(plan.candidates) <= 150 and plan.pruned == 40 * 12 - len(plan.candidates)
    assert max(len(s) for s in per_interest.values()) == 3 and len(per_interest) == 40
    per_session = {session.id: sum(c.session_id == session.id for c in plan.candidates) for session in snap.sessions}
    assert min(per_session.values()) >= 8, per_session
    assert plan.bound == 12 * 2

    result = propose_snapshot(snap, time_limit=5)
    assert violations(snap, proposer_settings, result.proposals) == []
    assert len(result.proposals) == 24 and result.bound == 24 and result.gap == 0
    # Pruned candidates make the earliest-first tie-break unprovable, so never "optimal".
    assert result.status == "feasible" and not result.optimal
    again = propose_snapshot(snap, time_limit=5)
    assert (again.proposals, again.verdicts) == (result.proposals, result.verdicts)


def test_the_greedy_proposal_stands_when_the_solver_finds_nothing_in_time(monkeypatch):
    from ortools.sat.python import cp_model

    monkeypatch.setattr(solver_module, "_step", lambda *args: (None, cp_model.UNKNOWN, None, 0.0))
    snap = _many_plenaries(plenaries=4, volunteers=12)
    proposer_settings = ProposerSettings.from_conference(snap.settings)
    result = propose_snapshot(snap)
    assert result.status == "greedy" and not result.optimal
    assert len(result.proposals) == 8 and result.bound == 8 and result.gap == 0
    assert violations(snap, proposer_settings, result.proposals) == []
    assert sum(v.placed for v in result.verdicts) == 8


def _key(plan, chosen) -> tuple[int, int]:
    return len(chosen), -sum(plan.ranks[c.interest_id] for c in chosen)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conferences(max_people=4, max_interests=6))
def test_proposal_is_optimal_against_brute_force(snap):
    proposer_settings = ProposerSettings.from_conference(snap.settings)
    plan = make_plan(snap, proposer_settings)
    candidates = plan.candidates[:12]
    if len(candidates) < len(plan.candidates):
        return
    best = (0, 0)
    for size in range(1, len(candidates) + 1):
        for chosen in combinations(candidates, size):
            proposals = [Proposal(c.person_id, c.session_id, c.role, c.minutes, c.interest_id) for c in chosen]
            if not violations(snap, proposer_settings, proposals):
                best = max(best, _key(plan, chosen))
    result = propose_snapshot(snap, time_limit=5)
    assert result.optimal
    assert _key(plan, result.proposals) == best


def test_same_data_gives_the_same_proposal(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        first, second = propose(db, conference_id), propose(db, conference_id)
    assert first.proposals == second.proposals and first.verdicts == second.verdicts
    assert first.optimal and first.proposals


def _one_roundtable(*people: PersonFacts, interests: tuple[InterestFacts, ...], seats: int = 1) -> Snapshot:
    start = datetime(2021, 2, 24, 10, tzinfo=UTC)
    return Snapshot(
        1,
        "Asia/Beirut",
        {"rules": {"min_groups": 1}, "proposer": {"seats": {"roundtable": {"speaker": seats}}}},
        (PartFacts(1, "Conference", date(2021, 2, 24), date(2021, 2, 24)),),
        (SessionFacts(1, 1, "roundtable", 1, "Roundtable 1", start, start + timedelta(hours=1)),),
        people,
        (),
        interests,
        (),
        {p.id: frozenset({1}) for p in people},
    )


def test_earlier_interest_wins_a_tie():
    t = datetime(2021, 2, 1, 9, tzinfo=UTC)
    people = (PersonFacts(1, "Late", "Org A", "academia"), PersonFacts(2, "Early", "Org B", "academia"))
    interests = (
        InterestFacts(10, 1, "roundtable_speaker", 1, t + timedelta(hours=1)),
        InterestFacts(11, 2, "roundtable_speaker", 1, t),
    )
    result = propose_snapshot(_one_roundtable(*people, interests=interests))
    assert [(p.person_id, p.interest_id) for p in result.proposals] == [(2, 11)]
    assert {v.person_id: v.reason for v in result.verdicts} == {1: "not_selected", 2: "placed"}


def test_gender_balance_keeps_a_second_man_out():
    t = datetime(2021, 2, 1, 9, tzinfo=UTC)
    people = (
        PersonFacts(1, "A", "Org A", "academia", gender="male"),
        PersonFacts(2, "B", "Org B", "youth", gender="male"),
        PersonFacts(3, "C", "Org C", "nhri", gender="female"),
    )
    interests = tuple(InterestFacts(10 + n, n, "roundtable_speaker", 1, t + timedelta(hours=n)) for n in (1, 2, 3))
    result = propose_snapshot(_one_roundtable(*people, interests=interests, seats=2))
    assert sorted(p.person_id for p in result.proposals) == [1, 3]


def test_existing_lineups_are_fixed_and_apply_creates_proposed_assignments(demo_store):
    from confdesk.proposer import apply

    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        before = {a.id: (a.status, a.session_id, a.person_id) for a in db.query(Assignment)}
        errors_before = {
            (p.code, p.session_ids, p.person_ids) for p in check(db, conference_id) if p.severity == "error"
        }
    with demo_store.unit() as db:
        result = propose(db, conference_id)
        created = apply(db, result, by="staff").value
    with demo_store.reader() as db:
        rows = {a.id: a for a in db.query(Assignment)}
        assert {i: (r.status, r.session_id, r.person_id) for i, r in rows.items() if i in before} == before
        assert len(created) == len(result.proposals)
        for assignment_id in created:
            row = rows[assignment_id]
            assert row.status == Status.PROPOSED
            assert [(h.status, h.changed_by) for h in row.history] == [(Status.PROPOSED, "staff")]
        errors_after = {
            (p.code, p.session_ids, p.person_ids) for p in check(db, conference_id) if p.severity == "error"
        }
        again = propose(db, conference_id)
    assert errors_after <= errors_before
    assert again.proposals == ()


def test_bad_proposer_setting_is_one_clear_error():
    with pytest.raises(SettingsError, match=re.escape("proposer.seats.roundtable.speaker must be a whole number")):
        ProposerSettings.from_conference({"proposer": {"seats": {"roundtable": {"speaker": -1}}}})
    with pytest.raises(SettingsError, match=re.escape("proposer.multiple_speaking_roles must be true or false")):
        ProposerSettings.from_conference({"proposer": {"multiple_speaking_roles": "yes"}})


def confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "confdesk", *args], capture_output=True, text=True, timeout=60)


def test_cli_propose_prints_seats_and_a_reason_for_every_volunteer(demo_file):
    result = confdesk("propose", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Proposal: ") and "proven optimal" in result.stdout
    assert "Volunteers:" in result.stdout and "already holds a speaking role" in result.stdout


def test_cli_propose_apply_json_creates_the_assignments(demo_file):
    result = confdesk("propose", "--db", str(demo_file), "--apply", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["optimal"] is True and data["proposals"]
    assert len(data["created_assignment_ids"]) == len(data["proposals"])
    assert all({"interest_id", "person_id", "reason", "message", "placed"} <= set(v) for v in data["verdicts"])
    second = json.loads(confdesk("propose", "--db", str(demo_file), "--json").stdout)
    assert second["proposals"] == [] and second["created_assignment_ids"] == []
