"""The services: valid input changes data; invalid input raises a typed error and changes nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from confdesk import services
from confdesk.model import Assignment, Conference, Deadline, LocalText, Person, Session, Status
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
        ({"themes": (24,)}, errors.UnknownTheme),
        ({"title": LocalText()}, errors.ValidationError),
        ({"join_url": "https://x.example/\\;"}, errors.ValidationError),  # calendars read \; as ;
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


def test_moving_a_session_a_colleague_renamed_since_merges(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        read_version = session.version
    with demo_store.unit() as db:  # a colleague renames it in between
        services.update_session(db, session.id, title=LocalText(en="Renamed"))
    with demo_store.unit() as db:  # the title was theirs, the time is mine: both stay
        services.move_session(db, session.id, at(24, 16), at(24, 17), expected_version=read_version)
    with demo_store.reader() as db:
        row = db.get(Session, session.id)
        assert (row.title.en, row.starts_at) == ("Renamed", at(24, 16))


def test_moving_a_session_a_colleague_moved_since_is_refused(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        read_version = session.version
    with demo_store.unit() as db:  # a colleague moves it in between
        services.move_session(db, session.id, at(24, 14), at(24, 15))
    with pytest.raises(errors.ConcurrentEdit) as refused, demo_store.unit() as db:
        services.move_session(db, session.id, at(24, 16), at(24, 17), expected_version=read_version)
    assert set(refused.value.fields) == {"starts_at", "ends_at"}
    with demo_store.reader() as db:
        assert db.get(Session, session.id).starts_at == at(24, 14)


def test_reordering_a_lineup_a_colleague_reordered_since_is_refused(demo_store):
    with demo_store.reader() as db:
        session = first_session(db)
        versions = {a.id: a.version for a in session.assignments}
        order = [a.id for a in sorted(session.assignments, key=lambda a: a.position)]
    with demo_store.unit() as db:  # a colleague puts the last first in between
        services.reorder_lineup(db, session.id, [order[-1], *order[:-1]])
    with pytest.raises(errors.ConcurrentEdit), demo_store.unit() as db:
        services.reorder_lineup(db, session.id, order[::-1], expected_versions=versions)
    with demo_store.reader() as db:
        assert [a.id for a in sorted(db.get(Session, session.id).assignments, key=lambda a: a.position)] == [
            order[-1],
            *order[:-1],
        ]


# --- text at the edge: what no exporter can write is refused, naming the field ----------------


def first_person(db) -> Person:
    return db.scalars(select(Person).order_by(Person.id)).first()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"title": LocalText(ar="Hello\x00world")},
            r"^title\.ar: contains a control character \(U\+0000\) at position 5$",
        ),
        (
            {"title": LocalText(en="Opening \ud800")},
            r"^title\.en: contains a lone surrogate \(U\+D800\) at position 8$",
        ),
        ({"title": LocalText(fr="Séance\ufffe")}, r"^title\.fr: contains a noncharacter \(U\+FFFE\) at position 6$"),
        ({"title": LocalText(en="two\nlines")}, r"^title\.en: contains a line break \(U\+000A\) .*single line$"),
        ({"title": LocalText(en="x\x85")}, r"^title\.en: contains a control character \(U\+0085\)"),
        ({"title": LocalText(en="x" * 501)}, r"^title\.en: longer than 500 characters$"),
        ({"description": LocalText(fr="ok\x1b[31m")}, r"^description\.fr: contains a control character \(U\+001B\)"),
        ({"description": LocalText(ar="\U0010ffff")}, r"^description\.ar: contains a noncharacter \(U\+10FFFF\)"),
        ({"join_url": "https://example.org/\u202ej"}, r"^join_url: contains an invisible formatting character"),
        ({"meeting_id": "812\u200b3456"}, r"^meeting_id: contains an invisible formatting character \(U\+200B\)"),
        ({"passcode": "12\t34"}, r"^passcode: contains a tab \(U\+0009\)"),
    ],
)
def test_text_no_export_can_write_is_refused_naming_the_field(demo_store, changes, message):
    with demo_store.reader() as db:
        session = first_session(db)
        before = (session.title, session.description, session.join_url, session.version)
    with pytest.raises(errors.ValidationError, match=message) as caught, demo_store.unit() as db:
        services.update_session(db, session.id, **changes)
    assert caught.value.field == next(iter(changes))
    with demo_store.reader() as db:
        again = db.get(Session, session.id)
        assert (again.title, again.description, again.join_url, again.version) == before


def test_arabic_bidi_controls_and_joiners_stay_in_body_text(demo_store):
    title = LocalText(ar="\u2067الجلسة\u2069 \u202bCOP28\u202c", fr="Table\u00a0ronde\u200d👩‍👩‍👧")
    description = LocalText(en="first line\r\nsecond\tline\rthird")
    with demo_store.reader() as db:
        session_id = first_session(db).id
    with demo_store.unit() as db:
        services.update_session(db, session_id, title=title, description=description)
    with demo_store.reader() as db:
        again = db.get(Session, session_id)
        assert again.title == title
        assert again.description.en == "first line\nsecond\tline\nthird"  # line ends made \n


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": "Noura\x00"}, "name", r"^name: contains a control character \(U\+0000\) at position 5$"),
        ({"name_ar": "نورة\u2028حداد"}, "name_ar", r"^name_ar: contains a line break"),
        (
            {"organisation": LocalText(en="ACME \udc80")},
            "organisation",
            r"^organisation\.en: contains a lone surrogate",
        ),
        ({"job_title": LocalText(fr="chef\x07")}, "job_title", r"^job_title\.fr: contains a control character"),
        ({"honorific": LocalText(ar="د.\ufdd0")}, "honorific", r"^honorific\.ar: contains a noncharacter"),
        ({"notes": "ok\x00"}, "notes", r"^notes: contains a control character"),
        ({"email": "noura\u202e@example.org"}, "email", r"^email: contains an invisible formatting character"),
        ({"email": "noura\x00@example.org"}, "email", r"^email: contains a control character"),
        ({"timezone": "Asia/" + "x" * 5000}, "timezone", r"^timezone: .* is not a known IANA time zone$"),
    ],
)
def test_person_text_is_checked_naming_the_field(demo_store, overrides, field, message):
    with pytest.raises(errors.ValidationError, match=message) as caught, demo_store.unit() as db:
        services.create_person(db, demo_store.conference_id(), person(**overrides))
    assert caught.value.field == field


def test_many_people_at_once_name_the_position_of_bad_text(demo_store):
    people = [person(email="a@example.org"), person(email="b@example.org", organisation=LocalText(en="\x00"))]
    refused = pytest.raises(errors.ValidationError, match=r"^people\[1\]\.organisation\.en: contains a control")
    with refused, demo_store.unit() as db:
        services.create_people(db, demo_store.conference_id(), people)


def test_multiline_person_notes_keep_their_lines(demo_store):
    with demo_store.unit() as db:
        new = services.create_person(db, demo_store.conference_id(), person(notes="vegetarian\r\nwheelchair")).value
    with demo_store.reader() as db:
        assert db.get(Person, new).notes == "vegetarian\nwheelchair"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": LocalText(en="Forum\x00")}, r"^name\.en: contains a control character"),
        ({"short_name": LocalText(fr="F\ud800")}, r"^short_name\.fr: contains a lone surrogate"),
        ({"organisers": (LocalText(en="IOM"), LocalText(ar="\x0b"))}, r"^organisers\[1\]\.ar: contains a control"),
        ({"notes": {"joining": LocalText(en="Join \ufffe")}}, r"^notes\.joining\.en: contains a noncharacter"),
        ({"notes": {"bad\nkey": LocalText(en="x")}}, r"^notes: contains a line break"),
        ({"platform": "Zoom\x1fWeb"}, r"^platform: contains a control character"),
        ({"platform_url": "https://zoom.us/\u2066"}, r"^platform_url: contains an invisible formatting character"),
        ({"contact_email": "team\u200d@example.org"}, r"^contact_email: contains an invisible formatting character"),
        ({"settings": {"rules": {"label": "a\x00"}}}, r"^settings\.rules\.label: contains a control character"),
        ({"settings": {"list": ["ok", "\udfff"]}}, r"^settings\.list\[1\]: contains a lone surrogate"),
    ],
)
def test_conference_text_is_checked_naming_the_field(demo_store, changes, message):
    with pytest.raises(errors.ValidationError, match=message), demo_store.unit() as db:
        services.update_conference(db, demo_store.conference_id(), **changes)


def test_multiline_conference_notes_and_organisers_keep_tabs_and_lines(demo_store):
    notes = {"joining": LocalText(en="Step 1\n\tStep 2", ar="\u202bالخطوة\u202c")}
    with demo_store.unit() as db:
        services.update_conference(db, demo_store.conference_id(), notes=notes, organisers=(LocalText(en="A\nB"),))
    with demo_store.reader() as db:
        conference = db.get(Conference, demo_store.conference_id())
        assert conference.notes["joining"] == notes["joining"].to_dict()
        assert conference.organisers == [{"en": "A\nB"}]


def test_part_and_deadline_titles_are_checked(demo_store):
    with demo_store.reader() as db:
        part_id = first_session(db).part_id
        deadline_id = db.scalars(select(Deadline.id)).first()
    with pytest.raises(errors.ValidationError, match=r"^name\.en: contains a control"), demo_store.unit() as db:
        services.update_part(db, part_id, name=LocalText(en="Part\x00"))
    refused = pytest.raises(errors.ValidationError, match=r"^title\.fr: contains a lone surrogate")
    with refused, demo_store.unit() as db:
        services.update_deadline(db, deadline_id, title=LocalText(fr="\ud801"))


def test_registration_source_and_status_author_are_checked(demo_store):
    with demo_store.reader() as db:
        person_id = first_person(db).id
        part_id = first_session(db).part_id
        assignment_id = db.scalars(select(Assignment.id).where(Assignment.status == Status.PROPOSED)).first()
    with pytest.raises(errors.ValidationError, match=r"^source: contains a line break"), demo_store.unit() as db:
        services.create_registration(db, person_id, [part_id], source="form\nBcc: x")
    with pytest.raises(errors.ValidationError, match=r"^by: contains a control character"), demo_store.unit() as db:
        services.change_status(db, assignment_id, Status.INVITED, by="ops\x00")


def test_load_refuses_text_no_export_can_write_naming_its_path(demo_store, another_store):
    from confdesk.interchange import dump as conference_json

    with demo_store.reader() as db:
        data = conference_json.dump(db, demo_store.conference_id())
    data["sessions"][2]["title"]["ar"] = "عنوان\ud800"
    target = another_store()
    # json.loads takes "\ud800" happily: the dump round-trips through text as a file would.
    text = json.dumps(data)
    with pytest.raises(conference_json.FormatError) as caught, target.unit() as db:
        conference_json.load(db, conference_json.parse(text))
    assert caught.value.path == "sessions[2].title.ar"
    assert "lone surrogate (U+D800) at position 5" in str(caught.value)
    data["sessions"][2]["title"]["ar"] = "عنوان"
    data["people"][3]["notes"] = "\x00"
    with pytest.raises(conference_json.FormatError) as caught, target.unit() as db:
        conference_json.load(db, conference_json.parse(json.dumps(data)))
    assert caught.value.path == "people[3].notes"
    assert target.conference_id() is None
    target.close()


# --- many rows at once: never more bound variables than SQLite takes --------------------------


@pytest.mark.sqlite_only
def test_bulk_creates_ask_in_chunks_within_sqlites_variable_limit(demo_store):
    """SQLite refuses a statement with more bound variables than its limit (32,766 since 3.32,
    999 before); an ``IN (…)`` over every id of a large import would pass it. The limit is set
    to the old 999 here so a small test shows the same thing a 40,000-row import would."""
    import sqlite3

    conference_id = demo_store.conference_id()
    count = 1_200
    with demo_store.unit() as db:
        db.connection().connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        first_id = db.scalar(select(func.max(Person.id))) + 1
        ids = list(range(first_id, first_id + count))
        people = [person(email=f"bulk{n}@example.org") for n in range(count)]
        services.create_people(db, conference_id, people, ids=ids)
        part_id = first_session(db).part_id
        session_id = first_session(db).id
        registrations = [
            services.RegistrationInput(person_id, (part_id,), at(20, 9), "bulk.csv", id=None) for person_id in ids
        ]
        registered = services.create_registrations(db, registrations)
        lineup = [
            services.AssignmentInput(
                session_id, person_id, "floor_intervention", (services.StatusStep("proposed", at(20, 9), "test"),), n
            )
            for n, person_id in enumerate(ids)
        ]
        services.create_assignments(db, lineup)
    assert len(registered.value) == count
    with demo_store.reader() as db:
        assert (
            db.scalar(select(func.count()).select_from(Assignment).where(Assignment.session_id == session_id)) > count
        )
