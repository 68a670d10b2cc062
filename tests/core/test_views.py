"""Read models the screens use instead of their own SQL, on the demo conference: the agenda,
the labels of the problems list, the window title, the logistics texts and the people to
register. Each answers with plain frozen rows, in a fixed handful of statements."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from confdesk.model import Assignment, Conference, LocalText, Part, Person, Session
from confdesk.rules import Problem, check
from confdesk.services.conference import conference_data
from confdesk.views.agenda import read_agenda
from confdesk.views.conference import conference_notes, conference_title
from confdesk.views.problems import ProblemLabels, problem_labels
from confdesk.views.registrations import PersonChoice, person_choices
from confdesk.views.rows import Agenda, PartRow, SessionRow
from confdesk.views.sessions import SessionFacts


@contextmanager
def counting(store) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def frozen(row: object) -> None:
    field = dataclasses.fields(row)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(row, field, None)


# Agenda -----------------------------------------------------------------------------------------


def test_agenda_has_every_part_by_position_and_every_session_by_start(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        agenda = read_agenda(db, conference_id)
        parts = db.scalars(
            select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.id)
        ).all()
        sessions = db.scalars(
            select(Session)
            .join(Part)
            .where(Part.conference_id == conference_id)
            .order_by(Session.starts_at, Session.id)
        ).all()
        expected_parts = [PartRow(p.id, p.name, p.start_date, p.end_date) for p in parts]
        expected_titles = [(s.id, s.part_id, s.title) for s in sessions]
    assert isinstance(agenda, Agenda)
    assert len(agenda.parts) >= 2 and len(agenda.sessions) > 10
    assert list(agenda.parts) == expected_parts
    assert [(s.id, s.part_id, s.title) for s in agenda.sessions] == expected_titles
    assert all(isinstance(row, SessionRow) and isinstance(row, SessionFacts) for row in agenda.sessions)
    assert all(isinstance(row.interpretation, tuple) and isinstance(row.themes, tuple) for row in agenda.sessions)
    frozen(agenda.parts[0])
    frozen(agenda.sessions[0])


def test_agenda_counts_each_sessions_lineup(demo_store):
    with demo_store.reader() as db:
        agenda = read_agenda(db, demo_store.conference_id())
        counts = Counter(db.scalars(select(Assignment.session_id)))
    assert any(row.speakers for row in agenda.sessions)
    assert any(not row.speakers for row in agenda.sessions)
    assert {row.id: row.speakers for row in agenda.sessions} == {
        row.id: counts.get(row.id, 0) for row in agenda.sessions
    }


def test_agenda_finds_parts_and_sessions_by_id(demo_store):
    with demo_store.reader() as db:
        agenda = read_agenda(db, demo_store.conference_id())
    first = agenda.sessions[0]
    assert agenda.session(first.id) is first
    assert agenda.session(-1) is None
    assert agenda.part(first.part_id).id == first.part_id


def test_agenda_reads_in_four_statements(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db, counting(demo_store) as statements:
        read_agenda(db, conference_id)
    assert len(statements) == 4  # the conference's themes, the parts, the lineup counts, the sessions


def test_agenda_of_an_unknown_conference_is_empty(demo_store):
    with demo_store.reader() as db:
        assert read_agenda(db, 999) == Agenda((), ())


# Problems ---------------------------------------------------------------------------------------


def test_problem_labels_name_every_session_and_person_the_problems_mention(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        problems = check(db, conference_id)
        session_ids = {i for p in problems for i in p.session_ids}
        person_ids = {i for p in problems for i in p.person_ids}
        labels = problem_labels(db, problems)
        titles = dict(db.execute(select(Session.id, Session.title).where(Session.id.in_(session_ids))).all())
        names = {
            person_id: (name, name_ar)
            for person_id, name, name_ar in db.execute(
                select(Person.id, Person.name, Person.name_ar).where(Person.id.in_(person_ids))
            )
        }
    assert problems and session_ids and person_ids  # the demo has problems of both kinds
    assert isinstance(labels, ProblemLabels)
    assert labels.sessions == titles and set(titles) == session_ids
    assert labels.people == names and set(names) == person_ids
    assert all(isinstance(title, LocalText) for title in labels.sessions.values())
    frozen(labels)


def test_problem_labels_leave_out_ids_that_are_gone_and_read_nothing_for_no_problems(demo_store):
    with demo_store.reader() as db:
        session_id = db.scalar(select(Session.id).order_by(Session.id).limit(1))
        gone = Problem("made_up", "info", "made up", session_ids=(session_id, 99999), person_ids=(99999,))
        labels = problem_labels(db, [gone])
        with counting(demo_store) as statements:
            assert problem_labels(db, []) == ProblemLabels()
    assert set(labels.sessions) == {session_id}
    assert labels.people == {}
    assert statements == []


# Conference -------------------------------------------------------------------------------------


def test_conference_title_is_the_short_name_in_the_language(demo_store):
    with demo_store.reader() as db:
        conference_id = demo_store.conference_id()
        assert conference_title(db, conference_id, "en") == "GCM Regional Review – Arab Region"
        assert conference_title(db, conference_id, "fr") == "Examen régional du PMM – région arabe"
        assert conference_title(db, conference_id, "ar").startswith("الاستعراض الإقليمي")


def test_conference_title_falls_back_to_the_full_name(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        db.get(Conference, conference_id).short_name = LocalText()
    with demo_store.reader() as db:
        assert conference_title(db, conference_id, "en").startswith("Regional Review of the Global Compact")


def test_conference_notes_are_the_blocks_the_services_see(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        notes = conference_notes(db, conference_id)
        expected = conference_data(db.get(Conference, conference_id)).notes
    assert notes == expected
    assert set(notes) == {"joining", "interpretation", "speaking_rules", "rehearsal", "data_protection"}
    assert all(isinstance(text, LocalText) for text in notes.values())
    assert notes["rehearsal"].en.startswith("A technical rehearsal")


# Registrations ----------------------------------------------------------------------------------


def test_person_choices_list_everyone_of_the_conference_by_name(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        choices = person_choices(db, conference_id)
        people = db.execute(
            select(Person.id, Person.name, Person.name_ar).where(Person.conference_id == conference_id)
        ).all()
    assert len(choices) == len(people) > 10
    assert {(c.id, c.name, c.name_ar) for c in choices} == {tuple(p) for p in people}
    assert [c.name for c in choices] == sorted(c.name for c in choices)
    assert all(isinstance(c, PersonChoice) for c in choices)
    assert any(c.name_ar for c in choices)
    frozen(choices[0])
