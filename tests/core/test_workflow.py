"""The invitation workflow: every legal move, every illegal one, and the history it keeps."""

from __future__ import annotations

import getpass
from datetime import UTC, date, datetime, timedelta
from itertools import product

import pytest

from confdesk import workflow
from confdesk.model import Assignment, LocalText, Status
from confdesk.services import (
    ConferenceData,
    PartData,
    PersonData,
    SessionData,
    change_status,
    create_assignment,
    create_conference,
    create_part,
    create_person,
    create_session,
)
from confdesk.services.errors import IllegalTransition, ValidationError

LEGAL = {
    (Status.PROPOSED, Status.INVITED),
    (Status.PROPOSED, Status.WITHDRAWN),
    (Status.INVITED, Status.CONFIRMED),
    (Status.INVITED, Status.DECLINED),
    (Status.INVITED, Status.WITHDRAWN),
    (Status.CONFIRMED, Status.WITHDRAWN),
    (Status.DECLINED, Status.WITHDRAWN),
}
ILLEGAL = set(product(Status, Status)) - LEGAL
#: How to reach each status from "proposed" along legal moves.
ROUTE = {
    Status.PROPOSED: [],
    Status.INVITED: [Status.INVITED],
    Status.CONFIRMED: [Status.INVITED, Status.CONFIRMED],
    Status.DECLINED: [Status.INVITED, Status.DECLINED],
    Status.WITHDRAWN: [Status.WITHDRAWN],
}
T0 = datetime(2021, 2, 1, 9, tzinfo=UTC)


@pytest.fixture
def assignment(store) -> int:
    """One proposed speaker in one session of a fresh conference."""
    with store.unit() as db:
        conference = create_conference(db, ConferenceData(LocalText(en="Review"), "Asia/Beirut")).value
        part = create_part(
            db, conference, PartData(LocalText(en="Conference"), date(2021, 2, 24), date(2021, 2, 25))
        ).value
        start = datetime(2021, 2, 24, 8, tzinfo=UTC)
        session = create_session(
            db, part, SessionData("roundtable", LocalText(en="Roundtable 1"), start, start + timedelta(hours=1))
        ).value
        person = create_person(db, conference, PersonData("Amina Example", "academia", email="amina@example.org")).value
        return create_assignment(db, session, person, "speaker", at=T0, by="staff-a").value


def walk(store, assignment_id: int, steps: list[Status]) -> None:
    with store.unit() as db:
        for n, status in enumerate(steps, start=1):
            change_status(db, assignment_id, status, at=T0 + timedelta(days=n), by="staff-b")


def test_transition_table_is_exactly_the_documented_workflow():
    assert {(a, b) for a, targets in workflow.TRANSITIONS.items() for b in targets} == LEGAL
    assert workflow.next_statuses("invited") == [Status.CONFIRMED, Status.DECLINED, Status.WITHDRAWN]


@pytest.mark.parametrize("current, target", sorted(LEGAL))
def test_legal_move_is_made_and_kept_in_the_history(store, assignment, current, target):
    walk(store, assignment, ROUTE[current])
    with store.unit() as db:
        outcome = change_status(db, assignment, target, at=T0 + timedelta(days=9), by="staff-c")
        assert outcome.value == current
        assert assignment in outcome.changes.assignments
    with store.reader() as db:
        row = db.get(Assignment, assignment)
        assert row.status == target
        assert row.status_changed_at == T0 + timedelta(days=9)
        assert [h.status for h in row.history] == [Status.PROPOSED, *ROUTE[current], target]
        assert (row.history[-1].changed_at, row.history[-1].changed_by) == (T0 + timedelta(days=9), "staff-c")


@pytest.mark.parametrize("current, target", sorted(ILLEGAL))
def test_illegal_move_is_refused_with_a_typed_error_and_changes_nothing(store, assignment, current, target):
    walk(store, assignment, ROUTE[current])
    with pytest.raises(IllegalTransition) as error, store.unit() as db:
        change_status(db, assignment, target)
    assert error.value.code == "illegal_transition"
    assert f"from {current} to {target}" in str(error.value)
    with store.reader() as db:
        row = db.get(Assignment, assignment)
        assert row.status == current
        assert len(row.history) == 1 + len(ROUTE[current])


def test_history_keeps_time_and_operating_system_user_by_default(store, assignment):
    before = datetime.now(UTC)
    with store.unit() as db:
        change_status(db, assignment, Status.INVITED)
    with store.reader() as db:
        first, second = db.get(Assignment, assignment).history
    assert (first.status, first.changed_at, first.changed_by) == (Status.PROPOSED, T0, "staff-a")
    assert second.status == Status.INVITED
    assert before - timedelta(seconds=1) <= second.changed_at <= datetime.now(UTC)
    assert second.changed_by == getpass.getuser()


def test_undoing_a_move_restores_the_previous_status_and_time_and_redo_the_same_step(store, assignment):
    walk(store, assignment, [Status.INVITED])
    with store.unit() as db:
        moved = change_status(db, assignment, Status.CONFIRMED, at=T0 + timedelta(days=5), by="staff-c")
        step_id = db.get(Assignment, assignment).history[-1].id
    with store.unit() as db:
        undone = moved.undo(db)
    with store.reader() as db:
        row = db.get(Assignment, assignment)
        assert (row.status, row.status_changed_at) == (Status.INVITED, T0 + timedelta(days=1))
        assert [h.status for h in row.history] == [Status.PROPOSED, Status.INVITED]
    with store.unit() as db:
        undone.undo(db)
    with store.reader() as db:
        row = db.get(Assignment, assignment)
        last = row.history[-1]
        assert (row.status, last.id, last.changed_at, last.changed_by) == (
            Status.CONFIRMED,
            step_id,
            T0 + timedelta(days=5),
            "staff-c",
        )


def test_unknown_status_is_refused(store, assignment):
    with pytest.raises(ValidationError) as error, store.unit() as db:
        change_status(db, assignment, "accepted")
    assert error.value.field == "status"
