"""The Problems dock on the demo: rows worded from codes, refresh on change, activation signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from confdesk.model import Conference
from confdesk.services import Changes, update_assignment
from ui.context import AppContext
from ui.problems import ProblemsDock
from ui.problems.model import PROBLEM_ROLE, Column, ProblemsModel, Row
from ui.problems.words import Names, ProblemWords


@pytest.fixture
def context(demo_store, qapp):
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def dock(context, qtbot):
    widget = ProblemsDock(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=10_000)
    widget.resize(900, 400)
    widget.show()
    return widget


def row_of(dock: ProblemsDock, code: str) -> int:
    for row in range(dock.proxy.rowCount()):
        if dock.proxy.data(dock.proxy.index(row, 0), PROBLEM_ROLE).code == code:
            return row
    raise AssertionError(f"no {code} row")


def test_model_passes_the_model_tester(qtmodeltester, dock):
    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.proxy)


def test_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(ProblemsModel())


def test_dock_lists_the_demo_problems_errors_first_and_worded(dock):
    problems = dock.problems()
    assert dock.model.rowCount() == len(problems) > 0
    first = dock.proxy.data(dock.proxy.index(0, Column.PROBLEM), PROBLEM_ROLE)
    assert first.severity == "error"
    row = row_of(dock, "person_double_booked")
    text = dock.proxy.index(row, Column.PROBLEM).data()
    assert "at the same time" in text and "Roundtable 1" in text and "Roundtable 2" in text
    assert dock.proxy.index(row, Column.SEVERITY).data() == "Error"
    assert not dock.proxy.index(row, Column.SEVERITY).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "error(s)" in dock.summary.text()


def test_double_click_on_a_session_problem_emits_session_activated(dock, qtbot):
    row = row_of(dock, "missing_role")
    problem = dock.proxy.data(dock.proxy.index(row, 0), PROBLEM_ROLE)
    rect = dock.view.visualRect(dock.proxy.index(row, Column.PROBLEM))
    with qtbot.waitSignal(dock.session_activated, timeout=2000) as signal:
        qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [problem.session_ids[0]]


def test_enter_on_a_person_problem_emits_person_activated(dock, qtbot):
    row = row_of(dock, "no_email")
    problem = dock.proxy.data(dock.proxy.index(row, 0), PROBLEM_ROLE)
    dock.view.setFocus()
    dock.view.setCurrentIndex(dock.proxy.index(row, Column.PROBLEM))
    with qtbot.waitSignal(dock.person_activated, timeout=2000) as signal:
        qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert signal.args == [problem.person_ids[0]]


def test_dock_refreshes_when_the_conference_changes(dock, context, qtbot):
    row = row_of(dock, "refused_still_printed")
    problem = dock.proxy.data(dock.proxy.index(row, 0), PROBLEM_ROLE)
    before = sum(p.code == "refused_still_printed" for p in dock.problems())
    with context.store.unit() as db:
        outcome = update_assignment(db, problem.assignment_ids[0], speaking_minutes=0)
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        context.notify(outcome.changes)
    assert sum(p.code == "refused_still_printed" for p in dock.problems()) == before - 1


def test_bad_settings_show_one_sentence_instead_of_rows(dock, context, qtbot):
    with context.store.unit() as db:
        db.get(Conference, context.conference_id).settings = {"rules": {"min_groups": "many"}}
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        context.notify(Changes(conference=True))
    assert dock.model.rowCount() == 0
    assert "rules.min_groups must be" in dock.summary.text()


def test_every_code_has_its_own_wording(qapp):
    from confdesk.rules import CODES, Problem

    words = ProblemWords()
    facts = {
        "part_start": "2021-02-24",
        "part_end": "2021-02-25",
        "minutes": 9,
        "length": 5,
        "roles": ["chair", "moderator"],
        "count": 2,
        "organisation": "Org",
        "known": 2,
        "groups": 1,
        "countries": 1,
        "needed": 3,
        "kind": "roundtable_speaker",
        "roundtable": 2,
    }
    for code in CODES:
        problem = Problem(code, "warning", "ENGLISH FALLBACK", (1, 2), (3,), facts=facts)
        text = words.describe(problem, Names("en", {}, {3: ("Amina Example", "أمينة")}))
        assert text != "ENGLISH FALLBACK" and "{" not in text, code


def test_names_follow_the_content_language():
    names = Names("ar", {}, {3: ("Amina Example", "أمينة")})
    assert names.person(3) == "أمينة"
    assert Names("en", {}, {3: ("Amina Example", "أمينة")}).person(3) == "Amina Example"


def test_row_dataclass_keeps_the_problem(qapp):
    from confdesk.rules import Problem

    problem = Problem("no_email", "error", "x", person_ids=(1,))
    model = ProblemsModel()
    model.set_rows([Row(problem, "Error", "text")])
    assert model.index(0, 0).data(PROBLEM_ROLE) is problem
