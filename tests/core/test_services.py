"""The services: valid input changes data; invalid input raises a typed error and changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from confdesk import services
from confdesk.model import Assignment, Deadline, LocalText, Person, Session, Status
from confdesk.services import errors

BEIRUT = ZoneInfo("Asia/Beirut")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=BEIRUT)


def first_session(db, kind: str = "roundtable") -> Session:
    return db.scalars(select(Session).where(Session.kind == kind).order_by(Session.id)).first()


def part_of_day(db, day: int) -> int:
    return next(s.part_id for s in db.scalars(select(Session)) if s.starts_at.astimezone(BEIRUT).day == day)


def test_create_session_then_read_it_back_in_the_conference_zone(demo_store):
    with demo_store.unit() as db:
        part_id = part_of_day(db, 24)
        outcome = services.create_session(
            db,
            part_id,
            services.SessionData(
                kind="side_event",
                title=LocalText(ar="حدث جانبي", en="Side event", fr="Événement parallèle"),
                starts_at=at(24, 16),
                ends_at=at(24, 17),
            ),
        )
    assert outcome.changes.sessions == {outcome.value}
    with demo_store.reader() as db:
        row = db.get(Session, outcome.value)
        assert row.starts_at.astimezone(BEIRUT) == at(24, 16)
        assert row.starts_at.utcoffset() == timedelta(0)  # stored and read back as UTC
        assert row.title.get("ar") == "حدث جانبي"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"ends_at": at(24, 9)}, errors.EndBeforeStart),
        ({"starts_at": at(27, 10), "ends_at": at(27, 11)}, errors.OutsidePart),
        ({"kind": "banquet"}, errors.ValidationError),
        ({"themes": (24,)}, errors.ValidationError),
        ({"title": LocalText()}, errors.ValidationError),
    ],
)
def test_invalid_session_edit_is_refused_and_changes_nothing(demo_store, changes, error):
    with demo_store.reader() as db:
        session = first_session(db)
        before = (session.starts_at, session.ends_at, session.kind, session.version)
    with pytest.raises(error), demo_store.unit() as db:
        services.update_session(db, session.id, **changes)
    with demo_store.reader() as db:
        again = db.get(Session, session.id)
        assert (again.starts_at, again.ends_at, again.kind, again.version) == before


def test_moving_a_session_bumps_sequence_and_undoing_restores_it_exactly(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        original = (session.starts_at, session.ends_at, session.part_id, session.sequence)
    with demo_store.unit() as db:
        moved = services.move_session(db, session.id, at(24, 16), at(24, 17, 30))
    with demo_store.reader() as db:
        assert db.get(Session, session.id).sequence == original[3] + 1
    with demo_store.unit() as db:
        moved.undo(db)
    with demo_store.reader() as db:
        again = db.get(Session, session.id)
        # Invitations already handed over keep their own SEQUENCE in the delivery log, so
        # the next invite after an undo still goes out with a higher one.
        assert (again.starts_at, again.ends_at, again.part_id, again.sequence) == original


def test_title_edit_does_not_bump_the_calendar_sequence(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
    with demo_store.unit() as db:
        services.update_session(db, session.id, title=session.title.with_("ar", "عنوان جديد"))
    with demo_store.reader() as db:
        assert db.get(Session, session.id).sequence == session.sequence


def test_unknown_id_raises_not_found(demo_store):
    with pytest.raises(errors.NotFound) as caught, demo_store.unit() as db:
        services.update_session(db, 99999, kind="plenary")
    assert caught.value.code == "unknown_id"


def test_stale_version_is_refused_as_a_concurrent_edit(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
    with pytest.raises(errors.ConcurrentEdit), demo_store.unit() as db:
        services.update_session(db, session.id, expected_version=session.version - 1, internal=True)


def test_version_counter_moves_on_each_edit(demo_store):
    with demo_store.reader() as db:
        person_id, version = db.execute(select(Person.id, Person.version)).first()
    with demo_store.unit() as db:
        services.update_person(db, person_id, notes="called on Monday")
    with demo_store.reader() as db:
        assert db.get(Person, person_id).version == version + 1


def person(**overrides) -> services.PersonData:
    values = {"name": "Noura Testperson", "group": "civil_society", "email": "Noura@Example.org ", "country": "JO"}
    return services.PersonData(**(values | overrides))


def test_person_email_is_trimmed_and_lower_cased(demo_store):
    with demo_store.unit() as db:
        new = services.create_person(db, demo_store.conference_id(), person()).value
    with demo_store.reader() as db:
        assert db.get(Person, new).email == "noura@example.org"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"email": "not-an-address"}, errors.InvalidEmail),
        ({"email": "a@b"}, errors.InvalidEmail),
        ({"email": "x@example.org\r\nBcc: y@example.org"}, errors.InvalidEmail),
        ({"country": "XX"}, errors.UnknownCountry),
        ({"language": "klingon"}, errors.UnknownLanguage),
        ({"timezone": "Mars/Olympus"}, errors.UnknownTimeZone),
        ({"name": "  "}, errors.Required),
        ({"group": "aliens"}, errors.ValidationError),
    ],
)
def test_invalid_person_is_refused(demo_store, overrides, error):
    with demo_store.reader() as db:
        count = db.scalar(select(func.count(Person.id)))
    with pytest.raises(error), demo_store.unit() as db:
        services.create_person(db, demo_store.conference_id(), person(**overrides))
    with demo_store.reader() as db:
        assert db.scalar(select(func.count(Person.id))) == count


def test_duplicate_email_is_refused_case_insensitively(demo_store):
    with demo_store.reader() as db:
        taken = db.scalar(select(Person.email).where(Person.email.is_not(None)))
    with pytest.raises(errors.DuplicateEmail), demo_store.unit() as db:
        services.create_person(db, demo_store.conference_id(), person(email=taken.upper()))


def test_duplicate_email_within_one_bulk_create_names_the_row(demo_store):
    with pytest.raises(errors.DuplicateEmail, match=r"people\[1\]\.email"), demo_store.unit() as db:
        services.create_people(
            db, demo_store.conference_id(), [person(email="same@example.org"), person(email="same@example.org")]
        )


def test_changing_an_email_frees_the_old_one(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        first = services.create_person(db, conference_id, person(email="one@example.org")).value
        services.update_person(db, first, email="two@example.org")
        # In the same unit of work (the e-mail cache) the old address is free again...
        second = services.create_person(db, conference_id, person(email="one@example.org")).value
        assert second != first
        # ...and the new one is taken.
        with pytest.raises(errors.DuplicateEmail):
            services.create_person(db, conference_id, person(email="two@example.org"))
    with demo_store.reader() as db:
        assert db.get(Person, first).email == "two@example.org"
        assert db.get(Person, second).email == "one@example.org"
    # A later unit of work reads the same from the database: the new address stays taken, by
    # anyone but its owner, whatever its case.
    with pytest.raises(errors.DuplicateEmail), demo_store.unit() as db:
        services.create_person(db, conference_id, person(email="TWO@example.org"))
    with pytest.raises(errors.DuplicateEmail), demo_store.unit() as db:
        services.update_person(db, second, email="two@example.org")
    with demo_store.unit() as db:
        services.update_person(db, first, email="two@example.org", name="Noura Renamed")
    with demo_store.reader() as db:
        assert db.scalar(select(func.count(Person.id)).where(Person.email == "two@example.org")) == 1
        assert db.scalar(select(func.count(Person.id)).where(Person.email == "one@example.org")) == 1


def test_unknown_timezone_for_the_conference_is_refused(store):
    data = services.ConferenceData(name=LocalText(en="Test"), timezone="Europe/Atlantis")
    with pytest.raises(errors.UnknownTimeZone), store.unit() as db:
        services.create_conference(db, data)
    assert store.conference_id() is None


def test_registration_with_interests_and_an_interest_added_later(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        person_id = services.create_person(db, conference_id, person(email="reg@example.org")).value
        part_id = part_of_day(db, 24)
        registration = services.create_registration(
            db,
            person_id,
            [part_id],
            interests=[services.InterestData("roundtable_speaker", at(3, 9), roundtable=2)],
        ).value
        services.add_interest(db, registration, services.InterestData("rapporteur", at(4, 9)))
    with demo_store.unit() as db, pytest.raises(errors.ValidationError):
        services.add_interest(db, registration, services.InterestData("rapporteur", at(5, 9)))
    with demo_store.unit() as db, pytest.raises(errors.Required):
        services.add_interest(db, registration, services.InterestData("roundtable_speaker", at(5, 9)))


def test_assignment_workflow_keeps_history_with_time_and_user(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        person_id = services.create_person(db, conference_id, person(email="speaker@example.org")).value
        session = first_session(db)
        assignment = services.create_assignment(
            db, session.id, person_id, "speaker", speaking_minutes=5, by="tester"
        ).value
        services.change_status(db, assignment, "invited", by="tester")
        services.change_status(db, assignment, "confirmed", by="tester")
    with demo_store.reader() as db:
        row = db.get(Assignment, assignment)
        assert [step.status for step in row.history] == ["proposed", "invited", "confirmed"]
        assert all(step.changed_by == "tester" and step.changed_at.tzinfo for step in row.history)
        assert row.position == max(a.position for a in row.session.assignments)


@pytest.mark.parametrize(
    ("path", "illegal"), [((), "confirmed"), (("invited", "confirmed"), "declined"), (("withdrawn",), "invited")]
)
def test_illegal_status_moves_are_refused(demo_store, path, illegal):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        person_id = services.create_person(db, conference_id, person(email="flow@example.org")).value
        assignment = services.create_assignment(db, first_session(db).id, person_id, "speaker").value
        for status in path:
            services.change_status(db, assignment, status)
    with pytest.raises(errors.IllegalTransition), demo_store.unit() as db:
        services.change_status(db, assignment, illegal)


def test_undoing_a_status_change_drops_the_step(demo_store):
    with demo_store.reader() as db:
        assignment = db.scalars(select(Assignment).where(Assignment.status == Status.CONFIRMED)).first()
        steps = len(assignment.history)
    with demo_store.unit() as db:
        moved = services.change_status(db, assignment.id, "withdrawn")
    with demo_store.unit() as db:
        moved.undo(db)
    with demo_store.reader() as db:
        again = db.get(Assignment, assignment.id)
        assert again.status == "confirmed" and len(again.history) == steps


def test_duplicate_role_in_a_session_is_refused(demo_store):
    with demo_store.reader() as db:
        taken = db.scalars(select(Assignment)).first()
    with pytest.raises(errors.DuplicateAssignment), demo_store.unit() as db:
        services.create_assignment(db, taken.session_id, taken.person_id, taken.role)


def test_reorder_lineup_and_back(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        order = [a.id for a in sorted(session.assignments, key=lambda a: a.position)]
    with demo_store.unit() as db:
        reordered = services.reorder_lineup(db, session.id, list(reversed(order)))
    with demo_store.reader() as db:
        assert [a.id for a in sorted(db.get(Session, session.id).assignments, key=lambda a: a.position)] == order[::-1]
    with demo_store.unit() as db:
        reordered.undo(db)
    with demo_store.reader() as db:
        assert [a.id for a in sorted(db.get(Session, session.id).assignments, key=lambda a: a.position)] == order
    with pytest.raises(errors.ValidationError), demo_store.unit() as db:
        services.reorder_lineup(db, session.id, order[:-1])


def test_deleting_a_session_and_restoring_it_brings_back_its_lineup_and_history(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        lineup = sorted((a.id, a.person_id, a.role, a.status, len(a.history)) for a in session.assignments)
    with demo_store.unit() as db:
        deleted = services.delete_session(db, session.id)
    with demo_store.reader() as db:
        assert db.get(Session, session.id) is None
    with demo_store.unit() as db:
        deleted.undo(db)
    with demo_store.reader() as db:
        again = db.get(Session, session.id)
        assert sorted((a.id, a.person_id, a.role, a.status, len(a.history)) for a in again.assignments) == lineup


def test_deleting_a_person_and_restoring_them(demo_store):
    with demo_store.reader() as db:
        target = db.scalars(select(Person).where(Person.assignments.any())).first()
        assignments = sorted(a.id for a in target.assignments)
    with demo_store.unit() as db:
        deleted = services.delete_person(db, target.id)
    with demo_store.unit() as db:
        deleted.undo(db)
    with demo_store.reader() as db:
        again = db.get(Person, target.id)
        assert again.email == target.email
        assert sorted(a.id for a in again.assignments) == assignments


def test_deadline_create_update_delete(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        new = services.create_deadline(
            db, conference_id, services.DeadlineData("other", LocalText(en="Slides due"), at(20, 18))
        ).value
        edited = services.update_deadline(db, new, due_at=at(21, 18))
        assert db.get(Deadline, new).due_at == at(21, 18)
        edited.undo(db)
        assert db.get(Deadline, new).due_at == at(20, 18)
    with pytest.raises(errors.ValidationError), demo_store.unit() as db:
        services.update_deadline(db, new, kind="whenever")
    with demo_store.unit() as db:
        deleted = services.delete_deadline(db, new)
        assert db.get(Deadline, new) is None
    with demo_store.unit() as db:
        deleted.undo(db)
    with demo_store.reader() as db:
        assert db.get(Deadline, new).title == LocalText(en="Slides due")


def test_naive_datetimes_are_refused(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
    with pytest.raises(errors.ValidationError), demo_store.unit() as db:
        services.update_session(db, session.id, starts_at=datetime(2021, 2, 24, 9))


def test_moving_a_session_a_colleague_changed_since_is_refused(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        read_version = session.version
    with demo_store.unit() as db:  # a colleague renames it in between
        services.update_session(db, session.id, title=LocalText(en="Renamed"))
    with pytest.raises(errors.ConcurrentEdit), demo_store.unit() as db:
        services.move_session(db, session.id, at(24, 16), at(24, 17), expected_version=read_version)
    with demo_store.reader() as db:
        assert db.get(Session, session.id).starts_at == session.starts_at


def test_reordering_a_lineup_a_colleague_changed_since_is_refused(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        versions = {a.id: a.version for a in session.assignments}
        order = [a.id for a in sorted(session.assignments, key=lambda a: a.position)]
    with demo_store.unit() as db:  # a colleague changes someone's speaking time in between
        services.update_assignment(db, order[0], speaking_minutes=11)
    with pytest.raises(errors.ConcurrentEdit), demo_store.unit() as db:
        services.reorder_lineup(db, session.id, order[::-1], expected_versions=versions)
    with demo_store.reader() as db:
        assert [a.id for a in sorted(db.get(Session, session.id).assignments, key=lambda a: a.position)] == order
