"""The demo conference is what BRIEF.md describes, in all three languages, with invented people."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select

from confdesk.model import (
    Assignment,
    Conference,
    Deadline,
    Interest,
    Part,
    Person,
    Session,
    StakeholderGroup,
    Status,
)
from confdesk.world import ARAB_STATES

BEIRUT = ZoneInfo("Asia/Beirut")


def test_parts_and_days(demo_store):
    with demo_store.reader() as db:
        parts = db.scalars(select(Part).order_by(Part.position)).all()
        assert [(p.start_date, p.end_date) for p in parts] == [
            (date(2021, 2, 23), date(2021, 2, 23)),
            (date(2021, 2, 24), date(2021, 2, 25)),
        ]
        assert db.scalar(select(Conference.timezone)) == "Asia/Beirut"


def test_sessions_cover_every_kind_and_four_roundtables_with_gcm_clusters(demo_store):
    with demo_store.reader() as db:
        sessions = db.scalars(select(Session)).all()
    kinds = {s.kind for s in sessions}
    assert {"opening", "plenary", "open_discussion", "roundtable", "closing", "break"} <= kinds
    roundtables = {s.number: tuple(s.themes) for s in sessions if s.kind == "roundtable"}
    assert roundtables == {
        1: ("2", "5", "6", "12", "18"),
        2: ("4", "8", "9", "10", "11", "13", "14", "21"),
        3: ("1", "3", "7", "15", "16", "17", "23"),
        4: ("19", "20", "22", "23"),
    }
    for session in sessions:
        assert all(session.title.has(lang) for lang in ("ar", "en", "fr")), session.title
        local = session.starts_at.astimezone(BEIRUT)
        assert date(2021, 2, 23) <= local.date() <= date(2021, 2, 25)


def test_people_are_invented_varied_and_at_example_org(demo_store):
    with demo_store.reader() as db:
        people = db.scalars(select(Person)).all()
    assert len(people) >= 40
    countries = {p.country for p in people}
    assert len(countries) >= 12 and countries <= set(ARAB_STATES)
    assert {p.group for p in people} == {g.value for g in StakeholderGroup}
    assert all(p.email is None or p.email.endswith("@example.org") for p in people)
    assert all(p.name_ar for p in people)
    assert {p.language for p in people} == {"ar", "en", "fr"}


def test_assignments_in_every_status_and_interests_of_every_kind(demo_store):
    with demo_store.reader() as db:
        statuses = set(db.scalars(select(Assignment.status)))
        kinds = set(db.scalars(select(Interest.kind)))
    assert statuses == {s.value for s in Status}
    assert kinds == {"open_discussion", "rapporteur", "plenary_speaker", "roundtable_speaker"}


def test_the_seed_deadlines_are_there(demo_store):
    with demo_store.reader() as db:
        deadlines = {(d.kind, d.due_at.astimezone(BEIRUT).date()) for d in db.scalars(select(Deadline))}
    assert ("survey", date(2021, 2, 5)) in deadlines
    assert ("interest", date(2021, 2, 5)) in deadlines
    assert ("reports", date(2021, 2, 16)) in deadlines
