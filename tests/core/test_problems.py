"""Problem keys (stable from one check to the next) and accepting a problem with a note."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from confdesk.interchange import dump as conference_json
from confdesk.model import Assignment, Conference, LocalText
from confdesk.rules import Problem, check, problem_key
from confdesk.services import accept_problem, delete_assignment, unaccept_problem, update_session
from confdesk.services.errors import NotFound, Required, ValidationError
from confdesk.services.problems import ACCEPTED_PROBLEMS, Acceptance, acceptances
from confdesk.store import open_store
from confdesk.views.problems import accepted_problems, split_accepted

TODAY = date(2021, 2, 1)


def keys(store) -> list[str]:
    with store.reader() as db:
        return [problem_key(p) for p in check(db, store.conference_id(), today=TODAY)]


def problems(store, today: date | None = TODAY) -> list[Problem]:
    with store.reader() as db:
        return check(db, store.conference_id(), today=today)


def settings(store) -> dict:
    with store.reader() as db:
        return dict(db.get(Conference, store.conference_id()).settings)


# problem_key ------------------------------------------------------------------------------------


def test_every_demo_problem_has_its_own_key_and_the_same_one_at_every_check(demo_store):
    first = keys(demo_store)
    assert len(first) == len(set(first)) > 10
    assert keys(demo_store) == first


def test_keys_read_as_code_and_ids():
    missing = Problem("missing_role", "error", "x", session_ids=(12,), facts={"roles": ["rapporteur"]})
    assert problem_key(missing) == "missing_role:session=12:roles=rapporteur"
    double = Problem("person_double_booked", "error", "x", session_ids=(4, 3), person_ids=(7,), assignment_ids=(9, 8))
    assert problem_key(double) == "person_double_booked:person=7:session=3,4"
    unknown = Problem("made_up", "info", "x", session_ids=(2,), person_ids=(1,), assignment_ids=(5,))
    assert problem_key(unknown) == "made_up:session=2:person=1"


def test_a_session_missing_two_roles_has_two_keys():
    moderator = Problem("missing_role", "error", "x", session_ids=(1,), facts={"roles": ["moderator"]})
    rapporteur = Problem("missing_role", "error", "x", session_ids=(1,), facts={"roles": ["rapporteur"]})
    either = Problem("missing_role", "error", "x", session_ids=(1,), facts={"roles": ["moderator", "chair"]})
    assert len({problem_key(moderator), problem_key(rapporteur), problem_key(either)}) == 3
    assert problem_key(either).endswith("roles=chair|moderator")


def test_the_key_ignores_evidence_that_may_change():
    """The message, the severity, the facts and the assignments are not what the problem is."""
    one = Problem("too_few_groups", "warning", "a", (5,), (1, 2, 3), (10, 11, 12), facts={"groups": 1})
    other = Problem("too_few_groups", "error", "b", (5,), (1, 2, 3, 4), (10, 11, 12, 13), facts={"groups": 2})
    assert problem_key(one) == problem_key(other) == "too_few_groups:session=5"
    email = Problem("no_email", "error", "x", session_ids=(1,), person_ids=(3,))
    more = Problem("no_email", "error", "y", session_ids=(1, 2), person_ids=(3,))
    assert problem_key(email) == problem_key(more) == "no_email:person=3"


def test_keys_survive_a_renamed_session_and_an_unrelated_change(demo_store):
    before = keys(demo_store)
    missing = next(p for p in problems(demo_store) if p.code == "missing_role")
    with demo_store.unit() as db:
        update_session(db, missing.session_ids[0], title=LocalText(en="Renamed", fr="Renommée"))
        unrelated = db.scalars(
            select(Assignment.id).where(Assignment.session_id.not_in([missing.session_ids[0]])).order_by(Assignment.id)
        ).first()
    assert keys(demo_store) == before
    with demo_store.unit() as db:
        delete_assignment(db, unrelated)
    assert problem_key(missing) in keys(demo_store)


def test_keys_are_the_same_in_a_dumped_and_loaded_copy(demo_store, another_store):
    with demo_store.unit() as db:
        accept_problem(db, demo_store.conference_id(), keys(demo_store)[0], "Known", by="tester")
    with demo_store.reader() as db:
        text = conference_json.dumps(conference_json.dump(db, demo_store.conference_id()))
    copy = another_store()
    try:
        with copy.unit() as db:
            conference_json.load(db, conference_json.parse(text))
        assert keys(copy) == keys(demo_store)
        with copy.reader() as db:
            assert list(accepted_problems(db, copy.conference_id())) == [keys(demo_store)[0]]
    finally:
        copy.close()


# accept_problem / unaccept_problem --------------------------------------------------------------


def test_accepting_stores_key_note_who_and_when_in_the_settings(demo_store):
    key = keys(demo_store)[0]
    when = datetime(2021, 2, 10, 9, 30, tzinfo=UTC)
    before = settings(demo_store)
    with demo_store.unit() as db:
        done = accept_problem(
            db, demo_store.conference_id(), key, "  The chair is named on the day  ", by="amina", at=when
        )
    assert done.changes.conference
    stored = settings(demo_store)
    assert stored[ACCEPTED_PROBLEMS] == [
        {"key": key, "note": "The chair is named on the day", "by": "amina", "at": "2021-02-10T09:30:00+00:00"}
    ]
    assert {k: v for k, v in stored.items() if k != ACCEPTED_PROBLEMS} == before
    with demo_store.reader() as db:
        assert accepted_problems(db, demo_store.conference_id()) == {
            key: Acceptance(key, "The chair is named on the day", "amina", "2021-02-10T09:30:00+00:00")
        }

    with demo_store.unit() as db:
        undone = done.undo(db)
    assert settings(demo_store) == before
    with demo_store.unit() as db:
        undone.undo(db)
    assert settings(demo_store) == stored


def test_accepting_again_replaces_the_note_in_place_and_unaccepting_removes_only_that_one(demo_store):
    first, second = keys(demo_store)[:2]
    cid = demo_store.conference_id()
    with demo_store.unit() as db:
        accept_problem(db, cid, first, "one", by="a")
        accept_problem(db, cid, second, "two", by="a")
        accept_problem(db, cid, first, "one, again", by="b")
    assert [(e["key"], e["note"], e["by"]) for e in settings(demo_store)[ACCEPTED_PROBLEMS]] == [
        (first, "one, again", "b"),
        (second, "two", "a"),
    ]
    with demo_store.unit() as db:
        done = unaccept_problem(db, cid, first)
    assert [e["key"] for e in settings(demo_store)[ACCEPTED_PROBLEMS]] == [second]
    with demo_store.unit() as db:
        done.undo(db)
    assert [e["key"] for e in settings(demo_store)[ACCEPTED_PROBLEMS]] == [first, second]
    with demo_store.unit() as db:
        unaccept_problem(db, cid, first)
        unaccept_problem(db, cid, second)
    assert ACCEPTED_PROBLEMS not in settings(demo_store)


def test_who_defaults_to_the_system_user_and_when_to_now(demo_store, monkeypatch):
    monkeypatch.setattr("confdesk.services.problems.os_user", lambda: "organiser")
    with demo_store.unit() as db:
        accept_problem(db, demo_store.conference_id(), "no_email:person=1", "")
    [entry] = settings(demo_store)[ACCEPTED_PROBLEMS]
    assert entry["by"] == "organiser" and entry["note"] == ""
    assert abs(datetime.fromisoformat(entry["at"]) - datetime.now(UTC)).total_seconds() < 60


def test_refusals_change_nothing(demo_store):
    cid = demo_store.conference_id()
    before = settings(demo_store)
    with pytest.raises(NotFound), demo_store.unit() as db:
        unaccept_problem(db, cid, "no_email:person=1")
    with pytest.raises(Required), demo_store.unit() as db:
        accept_problem(db, cid, "  ", "note")
    with pytest.raises(ValidationError), demo_store.unit() as db:
        accept_problem(db, cid, "no_email:person=1", "bad\x00note")
    with pytest.raises(ValidationError), demo_store.unit() as db:
        accept_problem(db, cid, "no_email:person=1", "note", at=datetime(2021, 2, 1, 9))
    with pytest.raises(NotFound), demo_store.unit() as db:
        accept_problem(db, 999, "no_email:person=1", "note")
    assert settings(demo_store) == before


def test_hand_edited_entries_accept_nothing_and_are_kept(demo_store):
    cid = demo_store.conference_id()
    with demo_store.unit() as db:
        db.get(Conference, cid).settings = {ACCEPTED_PROBLEMS: ["junk", {"note": "no key"}, {"key": "a", "note": 5}]}
    assert acceptances(settings(demo_store)) == {"a": Acceptance("a", "5")}
    with demo_store.unit() as db:
        accept_problem(db, cid, "b", "fine", by="x", at=datetime(2021, 2, 1, tzinfo=UTC))
        unaccept_problem(db, cid, "a")
    assert settings(demo_store)[ACCEPTED_PROBLEMS] == [
        "junk",
        {"note": "no key"},
        {"key": "b", "note": "fine", "by": "x", "at": "2021-02-01T00:00:00+00:00"},
    ]
    assert acceptances({ACCEPTED_PROBLEMS: "not a list"}) == {} == acceptances(None)


def test_split_accepted_keeps_the_order_and_pairs_each_with_its_acceptance(demo_store):
    found = problems(demo_store)
    chosen = {problem_key(found[1]): Acceptance(problem_key(found[1]), "n"), "gone:session=1": Acceptance("gone")}
    still, done = split_accepted(found, chosen)
    assert still == found[:1] + found[2:]
    assert done == [(found[1], chosen[problem_key(found[1])])]


# confdesk check ---------------------------------------------------------------------------------


def confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "confdesk", *args], capture_output=True, text=True, timeout=60)


def test_cli_check_lists_accepted_problems_apart_and_does_not_count_them(demo_file):
    store = open_store(demo_file)
    try:
        found = problems(store, today=None)  # as the command line checks: today
        accepted = found[0]
        with store.unit() as db:
            accept_problem(db, store.conference_id(), problem_key(accepted), "Known,\nand fine", by="amina")
    finally:
        store.close()
    result = confdesk("check", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    accepted_lines = [line for line in lines if line.startswith("accepted ")]
    assert accepted_lines == [
        f"accepted {accepted.severity}: {accepted.code}: {accepted.message} Note: Known, and fine (amina, "
        + accepted_lines[0].rsplit(", ", 1)[1]
    ]
    count = len(lines) - 2
    assert lines[-1].startswith(f"{count} problems: ") and lines[-1].endswith("; 1 accepted")
    assert f"{accepted.code}: {accepted.message}" not in "\n".join(lines[:count])

    listed = json.loads(confdesk("check", "--db", str(demo_file), "--json").stdout)
    assert len(listed) == len(found)
    marked = [p for p in listed if p["accepted"]]
    assert len(marked) == 1 and marked[0]["key"] == problem_key(accepted)
    assert marked[0]["note"] == "Known,\nand fine" and marked[0]["accepted_by"] == "amina"
    assert all("note" not in p and p["key"] for p in listed if not p["accepted"])
