"""The Problems screen on the demo: grouped and worded, filtered, "Fix" going where each
problem is fixed, and accepting a problem with a note (kept in the file, undoable)."""

from __future__ import annotations

import pytest
from babel.dates import format_skeleton
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from confdesk.model import Conference
from confdesk.rules import CODES, Problem
from confdesk.services import Changes, update_assignment
from confdesk.store import open_store
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.problems import ProblemsPage
from ui.problems.fixes import AGENDA, LINEUPS, PEOPLE, REGISTRATIONS, fix_for
from ui.problems.model import PROBLEM_ROLE, Column, ProblemFilterProxy, ProblemsModel, Row
from ui.problems.tree import ACCEPTED, GROUP_ROLE, KEY_ROLE, ProblemTreeModel
from ui.problems.words import Names, ProblemWords


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Keep the tests' window state out of the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")


@pytest.fixture
def context(demo_store, qapp):
    return AppContext(demo_store, demo_store.conference_id())


def loaded(page: ProblemsPage, qtbot) -> ProblemsPage:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


@pytest.fixture
def page(context, qtbot):
    widget = ProblemsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return loaded(widget, qtbot)


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    made = MainWindow(AppContext(demo_store, demo_store.conference_id()))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def window_page(window, qtbot) -> ProblemsPage:
    window.show_screen("problems")
    page = window.screen("problems")
    assert isinstance(page, ProblemsPage) and window.stack.currentWidget() is page
    return loaded(page, qtbot)


def shown(page: ProblemsPage) -> list[Row]:
    """The problems the tree shows, accepted ones included."""
    return page.tree.problem_rows()


def open_shown(page: ProblemsPage) -> list[Row]:
    return [row for row in shown(page) if not row.accepted]


def first(page: ProblemsPage, code: str, **facts) -> Row:
    return next(
        row
        for row in shown(page)
        if row.problem.code == code and all(row.problem.facts.get(k) == v for k, v in facts.items())
    )


def click_on(page: ProblemsPage, qtbot, row: Row, double: bool = False) -> None:
    index = page.tree.index_of_key(row.key)
    page.view.scrollTo(index)
    point = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.selected() == row


# Models -----------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.tree)
    qtmodeltester.check(page.tree, force_py=True)


def test_empty_models_pass_the_model_tester(qtmodeltester, qapp):
    model = ProblemsModel()
    proxy = ProblemFilterProxy()
    proxy.setSourceModel(model)
    tree = ProblemTreeModel(proxy, ProblemWords())
    qtmodeltester.check(model)
    qtmodeltester.check(tree)
    assert tree.rowCount() == 0 and tree.problem_rows() == []


def test_the_tree_passes_the_model_tester_while_filtered_and_accepted(qtmodeltester, page, qtbot):
    qtmodeltester.check(page.tree)
    page.filters.search.setText("Amina")
    page.filters.search.clear()
    row = first(page, "missing_role")
    page.select(row.key)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.note.setText("Known")
        page.accept_button.click()
    assert page.tree.index_of_group(ACCEPTED).isValid()


# Grouping and wording ---------------------------------------------------------------------------


def test_problems_are_grouped_by_severity_then_kind_with_counts(page):
    tree = page.tree
    tops = [tree.index(r, 0) for r in range(tree.rowCount())]
    assert [index.data(GROUP_ROLE) for index in tops] == ["error", "warning"]
    errors = tops[0]
    assert errors.data() == f"Errors ({sum(p.severity == 'error' for p in page.problems())})"
    kinds = [tree.index(r, 0, errors) for r in range(tree.rowCount(errors))]
    assert [k.data(GROUP_ROLE) for k in kinds] == ["error/person_double_booked", "error/missing_role", "error/no_email"]
    assert kinds[0].data() == "Double booking (1)"
    assert not errors.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert len(shown(page)) == len(page.problems()) > 40
    assert [row.problem.severity for row in shown(page)] == sorted(
        (row.problem.severity for row in shown(page)), key=["error", "warning", "info"].index
    )
    assert page.summary.text() == f"Errors: 3 · Warnings: {len(page.problems()) - 3}"


def test_each_problem_shows_its_whole_sentence_wrapped(page):
    double = first(page, "person_double_booked")
    index = page.tree.index_of_key(double.key)
    assert index.data(KEY_ROLE) == double.key and index.data(GROUP_ROLE) is None
    text = index.data()
    assert text.startswith(
        "Amina Tahiri is in “Roundtable 1: Ensuring that migration is voluntary, regular, safe and orderly”"
    )
    assert text.endswith(
        "“Roundtable 2: Protecting the human rights, safety and well-being of migrants” at the same time."
    )
    assert page.view.wordWrap() and page.view.textElideMode() == Qt.TextElideMode.ElideNone
    # Taller than one line: the sentence wraps in the column instead of being cut.
    one_line = page.view.visualRect(page.tree.index_of_key(first(page, "no_email").key)).height()
    page.resize(700, 700)
    QApplication.processEvents()
    assert page.view.visualRect(page.tree.index_of_key(double.key)).height() > one_line
    assert page.sentence.wordWrap()


def test_the_first_problem_is_selected_with_where_fix_goes(page):
    row = page.selected()
    assert row == open_shown(page)[0] and row.problem.code == "person_double_booked"
    assert page.sentence.text() == row.text
    assert page.kind_label.text() == "Error · Double booking"
    assert (
        page.fix_hint.text().startswith("Fix shows “Roundtable 1:") and "selected in the agenda" in page.fix_hint.text()
    )
    assert page.fix_button.isEnabled() and not page.accept_button.isEnabled()


def test_the_screen_refreshes_when_the_conference_changes(page, context, qtbot):
    refused = first(page, "refused_still_printed")
    before = sum(p.code == "refused_still_printed" for p in page.problems())
    with context.store.unit() as db:
        outcome = update_assignment(db, refused.problem.assignment_ids[0], speaking_minutes=0)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        context.notify(outcome.changes)
    assert sum(p.code == "refused_still_printed" for p in page.problems()) == before - 1
    assert refused.key not in {row.key for row in shown(page)}


def test_bad_settings_show_one_sentence_instead_of_rows(page, context, qtbot):
    with context.store.unit() as db:
        db.get(Conference, context.conference_id).settings = {"rules": {"min_groups": "many"}}
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        context.notify(Changes(conference=True))
    assert page.model.rowCount() == 0 and page.tree.rowCount() == 0
    assert "rules.min_groups must be" in page.summary.text()


# Search and filters -----------------------------------------------------------------------------


def test_filter_by_kind_narrows_the_list(page, qtbot):
    everything = len(shown(page))
    combo = page.filters.kind
    assert combo.itemText(0) == "All kinds" and combo.findData("missing_role") > 0
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != "late_interest":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    late = shown(page)
    assert 0 < len(late) < everything and {row.problem.code for row in late} == {"late_interest"}
    assert page.summary.text().endswith(f"Shown: {len(late)} of {everything}")
    tops = [page.tree.index(r, 0).data(GROUP_ROLE) for r in range(page.tree.rowCount())]
    assert tops == ["warning"]
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown(page)) == everything and combo.currentIndex() == 0


def test_search_by_a_persons_name_in_either_script(page, qtbot):
    qtbot.keyClicks(page.filters.search, "amina tahiri")
    found = shown(page)
    assert found and all("Amina Tahiri" in row.text for row in found)
    assert {row.problem.code for row in found} >= {"person_double_booked"}
    person = found[0].problem.person_ids[0]
    arabic = page._names.people[person][1]
    assert arabic
    page.filters.search.setText(arabic)
    assert {row.key for row in shown(page)} == {row.key for row in found}
    page.filters.search.setText("no such name at all")
    assert shown(page) == [] and page.tree.rowCount() == 0
    assert page.selected() is None and not page.fix_button.isEnabled()


def test_filters_by_day_session_and_person_combine(page):
    filters = page.filters
    double = first(page, "person_double_booked")
    session, person = double.problem.session_ids[0], double.problem.person_ids[0]
    assert filters.choose(filters.session, session)
    assert shown(page) and all(session in row.problem.session_ids for row in shown(page))
    assert filters.choose(filters.person, person)
    assert all(person in row.problem.person_ids for row in shown(page)) and double in shown(page)
    filters.clear()
    assert filters.choose(filters.day, double.days[0])
    assert shown(page) and all(double.days[0] in row.days for row in shown(page))
    assert not any(row.problem.code == "late_interest" for row in shown(page))  # on no day
    assert filters.day.currentText() == format_skeleton("MMMEd", double.days[0], locale="en")


# Fix ----------------------------------------------------------------------------------------------


def test_every_code_goes_somewhere_sensible():
    def problem(code: str, **facts) -> Problem:
        return Problem(code, "warning", "", (1, 2), (3,), (4,), (5,), (6,), facts=facts)

    assert fix_for(problem("missing_role", roles=["rapporteur"])).role == "rapporteur"
    assert fix_for(problem("person_double_booked")).session_ids == (1, 2)
    expected = {
        "person_double_booked": AGENDA,
        "session_outside_part": AGENDA,
        "shared_link_overlap": AGENDA,
        "minutes_over_length": LINEUPS,
        "missing_role": LINEUPS,
        "same_organisation": LINEUPS,
        "gender_imbalance": LINEUPS,
        "too_few_groups": LINEUPS,
        "too_few_countries": LINEUPS,
        "unregistered_part": REGISTRATIONS,
        "late_interest": REGISTRATIONS,
        "no_email": PEOPLE,
        "unconfirmed_invitation": LINEUPS,
        "refused_still_printed": LINEUPS,
    }
    assert set(expected) == set(CODES)
    for code, screen in expected.items():
        assert fix_for(problem(code, roles=["chair"])).screen == screen, code
    assert fix_for(problem("refused_still_printed")).assignment_id == 4
    assert fix_for(problem("late_interest")).interest_id == 5
    assert fix_for(Problem("made_up", "info", "")) is None


def test_fix_on_a_missing_rapporteur_opens_the_lineup_with_rapporteur_chosen(window, window_page, qtbot):
    row = first(window_page, "missing_role", roles=["rapporteur"])
    click_on(window_page, qtbot, row)
    assert "with rapporteur chosen" in window_page.fix_hint.text()
    qtbot.mouseClick(window_page.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "lineups"
    lineups = window.screen("lineups")
    assert window.stack.currentWidget() is lineups
    assert lineups.session_id() == row.problem.session_ids[0]
    assert lineups.new_role.currentData() == "rapporteur"
    assert lineups.person.hasFocus()


def test_fix_on_a_late_interest_selects_the_registration_and_the_interest(window, window_page, qtbot):
    row = first(window_page, "late_interest")
    click_on(window_page, qtbot, row)
    qtbot.mouseClick(window_page.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "registrations"
    registrations = window.screen("registrations")
    selected = registrations.selected()
    assert selected is not None and selected.person_id == row.problem.person_ids[0]
    assert row.problem.interest_ids[0] in {i.id for i in selected.interest_rows}
    assert registrations.interests.currentItem().data(Qt.ItemDataRole.UserRole) == row.problem.interest_ids[0]


def test_double_click_on_a_double_booking_shows_both_sessions_in_the_agenda(window, window_page, qtbot):
    row = first(window_page, "person_double_booked")
    click_on(window_page, qtbot, row, double=True)
    assert window.current_screen() == "agenda"
    agenda = window.screen("agenda")
    assert not agenda.all_days_shown()
    blocks = agenda.timetable.blocks
    assert all(blocks[s].isSelected() for s in row.problem.session_ids)
    assert agenda.timetable.selected_session() in row.problem.session_ids


def test_enter_on_a_person_problem_opens_the_person(window, window_page, qtbot):
    row = first(window_page, "no_email")
    window_page.select(row.key)
    window_page.view.setFocus()
    qtbot.keyClick(window_page.view, Qt.Key.Key_Return)
    assert window.current_screen() == "people"
    assert window.screen("people").selected().id == row.problem.person_ids[0]


def test_enter_on_a_group_heading_goes_nowhere(page, qtbot):
    page.view.setCurrentIndex(page.tree.index_of_group("error"))
    with qtbot.assertNotEmitted(page.session_activated), qtbot.assertNotEmitted(page.sessions_requested):
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.selected() is None and not page.fix_button.isEnabled()


def test_unregistered_part_opens_the_persons_registration(window, window_page, qtbot):
    row = first(window_page, "unregistered_part")
    window_page.select(row.key)
    window_page.fix_selected()
    assert window.current_screen() == "registrations"
    selected = window.screen("registrations").selected()
    assert selected is not None and selected.person_id == row.problem.person_ids[0]


# Accepting with a note ----------------------------------------------------------------------------


def test_accept_with_a_note_moves_it_to_accepted_keeps_it_in_the_file_and_undo_brings_it_back(
    window, window_page, qtbot, demo_store
):
    page = window_page
    row = first(page, "missing_role", roles=["rapporteur"])
    following = open_shown(page)[open_shown(page).index(row) + 1]
    click_on(page, qtbot, row)
    assert not page.accept_button.isEnabled()  # a note first
    qtbot.keyClicks(page.note, "The rapporteur is named on the day")
    assert page.accept_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)

    index = page.tree.index_of_key(row.key)
    assert index.parent() == page.tree.index_of_group(ACCEPTED)
    assert page.tree.index_of_group(ACCEPTED).data() == "Accepted (1)"
    assert index.data().endswith(": The rapporteur is named on the day")
    grey = QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == grey
    # Out of the counts and the window's badge; the next problem is selected.
    assert page.summary.text() == f"Errors: 2 · Warnings: {len(page.problems()) - 3} · Accepted: 1"
    assert page.tree.index_of_group("error").data() == "Errors (2)"
    badge = next(
        window.navigation.item(r)
        for r in range(window.navigation.count())
        if window.navigation.item(r).data(256) == "problems"
    )
    assert badge.text() == f"Problems ({len(page.problems()) - 1})"
    assert page.selected() == following
    assert window.context.undo_stack.undoText().startswith("Accept problem: “Roundtable 4")

    # Kept in the file: a new window on it finds it accepted.
    again = open_store(demo_store.path)
    try:
        other = ProblemsPage(AppContext(again, again.conference_id()))
        qtbot.addWidget(other)
        loaded(other, qtbot)
        accepted = [r for r in other.rows() if r.accepted]
        assert [r.key for r in accepted] == [row.key]
        assert accepted[0].acceptance.note == "The rapporteur is named on the day"
        other.close()
    finally:
        again.close()

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.context.undo_stack.undo()
    assert page.tree.index_of_key(row.key).parent() == page.tree.index_of_group("error/missing_role")
    assert not page.tree.index_of_group(ACCEPTED).isValid()
    assert badge.text() == f"Problems ({len(page.problems())})"


def test_an_accepted_problem_can_get_a_new_note_and_be_reopened(page, qtbot, context):
    row = first(page, "no_email")
    page.select(row.key)
    page.note.setText("Written to by post")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.accept_selected()
    assert page.tree.index_of_group(ACCEPTED).isValid()
    assert page.select(row.key) and page.selected().accepted
    assert page.reopen_button.isVisible() and page.accept_button.text() == "Save the &note"
    assert not page.accept_button.isEnabled()  # the note is the one saved
    assert page.acceptance_label.text().endswith(": Written to by post")
    page.note.setText("Written to by post, twice")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.selected().acceptance.note == "Written to by post, twice"
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.selected().key == row.key and not page.selected().accepted
    assert not page.reopen_button.isVisible()
    assert context.undo_stack.count() == 3 and context.undo_stack.undoText().startswith("Reopen problem: ")


def test_a_refused_note_is_one_sentence_and_changes_nothing(page, qtbot):
    page.select(first(page, "no_email").key)
    page.note.setText("bad \x01 note")
    page.accept_selected()
    assert page.error.text() and "\n" not in page.error.text()
    assert page.context.undo_stack.count() == 0


# Words --------------------------------------------------------------------------------------------


def test_every_code_has_its_own_wording_and_kind(qapp):
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
    names = Names("en", {}, {3: ("Amina Example", "أمينة")})
    for code in CODES:
        problem = Problem(code, "warning", "ENGLISH FALLBACK", (1, 2), (3,), (4,), (5,), facts=facts)
        text = words.describe(problem, names)
        assert text != "ENGLISH FALLBACK" and "{" not in text, code
        assert words.kind(code) != code
        assert "{" not in words.fix_hint(fix_for(problem), names), code


def test_names_follow_the_content_language():
    names = Names("ar", {}, {3: ("Amina Example", "أمينة")})
    assert names.person(3) == "أمينة"
    assert Names("en", {}, {3: ("Amina Example", "أمينة")}).person(3) == "Amina Example"


def test_the_flat_model_keeps_the_problem_and_sorts_by_severity_kind_and_sentence(qapp):
    problem = Problem("no_email", "error", "x", person_ids=(1,))
    model = ProblemsModel()
    model.set_rows([Row(problem, "Error", "text", kind="No e-mail address")])
    assert model.index(0, 0).data(PROBLEM_ROLE) is problem
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == ["Severity", "Kind", "Problem"]
    assert model.index(0, Column.KIND).data() == "No e-mail address"
