"""Calendars: public ones, personal invites, stable UIDs, SEQUENCE and CANCEL, zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from confdesk.cli import main
from confdesk.exports.calendar import plan_invite, public_calendars
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import notices, record_delivery
from confdesk.model import Assignment, Conference, LocalText, Person, Session
from confdesk.services import (
    delete_assignment,
    move_session,
    update_conference,
    update_person,
    update_session,
)
from confdesk.store import open_store
from tests.calendar_checks import parsed_calendar

BEIRUT = ZoneInfo("Asia/Beirut")


def parse(path: Path) -> Calendar:
    return parsed_calendar(path.read_bytes())


def source_of(store):
    with store.reader() as db:
        return load_source(db, store.conference_id())


def send_everything(store) -> None:
    """What a successful send does to the delivery records, without the mail."""
    source = source_of(store)
    with store.unit() as db:
        for person_id in source.people:
            for notice in notices(plan_invite(source, person_id)):
                record_delivery(db, notice, datetime.now(UTC))


def roundtable(store, number: int) -> Session:
    with store.reader() as db:
        return db.scalars(select(Session).where(Session.kind == "roundtable", Session.number == number)).one()


def active_assignment(store, session_id: int) -> Assignment:
    with store.reader() as db:
        return db.scalars(
            select(Assignment)
            .where(
                Assignment.session_id == session_id,
                Assignment.status.in_(["invited", "confirmed"]),
            )
            .order_by(Assignment.id)
        ).first()


def test_export_ics_writes_calendars_that_parse(demo_file, tmp_path):
    out = tmp_path / "ics"
    assert main(["export", "ics", "--db", str(demo_file), "--out", str(out)]) == 0
    public = sorted(p.name for p in out.glob("*.ics"))
    assert public == [
        "conference.ics", "day-2021-02-23.ics", "day-2021-02-24.ics", "day-2021-02-25.ics",
        "part-1.ics", "part-2.ics",
    ]  # fmt: skip
    for path in out.glob("*.ics"):
        calendar = parse(path)
        assert calendar["METHOD"] == "PUBLISH"
        assert {str(e.organizer) for e in calendar.events} == {"mailto:gcm-review@example.org"}
        assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Beirut"]
        text = path.read_text(encoding="utf-8")
        assert "GCM0" not in text, f"a passcode leaked into {path.name}"
        assert "rehearsal" not in text.lower()
    conference = parse(out / "conference.ics")
    assert len(conference.events) == 16  # 17 sessions less the internal rehearsal
    first_roundtable = next(e for e in conference.events if "Roundtable 1" in str(e["SUMMARY"]))
    description = str(first_roundtable["DESCRIPTION"])
    assert "GCM objectives:\n2. Minimize the adverse drivers and structural factors" in description
    assert "\n18. Invest in skills development and facilitate mutual recognition" in description
    assert first_roundtable.conferences[0].uri == str(first_roundtable["URL"])
    assert first_roundtable.start == datetime(2021, 2, 24, 12, 15, tzinfo=BEIRUT)
    assert all(e.start.date().isoformat() == "2021-02-24" for e in parse(out / "day-2021-02-24.ics").events)

    invites = sorted((out / "invites").glob("*.ics"))
    assert invites, "no personal invites written"
    store = open_store(demo_file)
    session_of = {source.uid(session_id): session_id for source in [source_of(store)] for session_id in source.sessions}
    store.close()
    for path in invites:
        assert path.name.isascii()
        calendar = parse(path)  # one UID per REQUEST object, checked there
        assert calendar["METHOD"] in ("REQUEST", "PUBLISH")
        (event,) = calendar.events
        assert path.stem.endswith(f"-session-{session_of[event.uid]}")
    assert any("GCM0" in path.read_text(encoding="utf-8") for path in invites)


def test_invite_holds_exactly_the_persons_active_sessions(demo_store):
    source = source_of(demo_store)
    with demo_store.reader() as db:
        people = db.scalars(select(Person).where(Person.email.is_not(None))).all()
        for person in people:
            active = {a.session_id for a in person.assignments if a.status in ("proposed", "invited", "confirmed")}
            invite = plan_invite(source, person.id)
            assert {p.session_id for p in invite.requests} == active
            found = notices(invite, everyone=True)
            assert [notice.event.session_id for notice in found] == [p.session_id for p in invite.requests]
            for notice in found:
                calendar = parsed_calendar(notice.calendar().to_ical())
                assert calendar["METHOD"] == "REQUEST"
                (event,) = calendar.events
                assert event.uid == notice.event.uid
                assert event.organizer == "mailto:gcm-review@example.org"
                (attendee,) = event.attendees
                assert attendee == f"mailto:{person.email}"
                statuses = {a.status for a in person.assignments if a.session_id == notice.event.session_id}
                expected = "ACCEPTED" if "confirmed" in statuses else "NEEDS-ACTION"
                assert attendee.params["PARTSTAT"] == expected


def test_invite_description_has_role_minutes_and_passcode_in_persons_language(demo_store):
    source = source_of(demo_store)
    with demo_store.reader() as db:
        assignment = db.scalars(
            select(Assignment)
            .join(Person)
            .where(
                Person.language == "fr",
                Assignment.speaking_minutes > 0,
                Assignment.status == "confirmed",
                Person.email.is_not(None),
            )
        ).first()
        session, minutes = assignment.session, assignment.speaking_minutes
        person_id = assignment.person_id
    invite = plan_invite(source, person_id)
    event = next(p.event for p in invite.requests if p.session_id == session.id)
    description = str(event["DESCRIPTION"])
    assert f"({minutes} minutes de temps de parole)" in description
    assert f"Code secret : {session.passcode}" in description
    assert f"ID de réunion : {session.meeting_id}" in description
    assert str(event["SUMMARY"]) == session.title.fr


def test_uids_are_the_same_across_exports_and_machines(demo_file, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    copy = tmp_path / "copy.confdesk"
    store = open_store(demo_file)
    store.save_copy(copy)
    store.close()
    main(["export", "ics", "--db", str(demo_file), "--out", str(first)])
    # Renaming the conference after the first export must not change any UID.
    store = open_store(copy)
    with store.unit() as db:
        update_conference(db, store.conference_id(), short_name=LocalText(en="Renamed"))
    store.close()
    main(["export", "ics", "--db", str(copy), "--out", str(second)])
    main(["export", "ics", "--db", str(demo_file), "--out", str(first)])
    uids = [[e.uid for e in parse(folder / "conference.ics").events] for folder in (first, second)]
    assert uids[0] == uids[1] and len(set(uids[0])) == 16


def test_changed_session_keeps_uid_and_bumps_sequence(demo_store):
    session = roundtable(demo_store, 1)
    assignment = active_assignment(demo_store, session.id)
    send_everything(demo_store)
    before = next(
        p for p in plan_invite(source_of(demo_store), assignment.person_id).requests if p.session_id == session.id
    )
    assert not before.changed
    with demo_store.unit() as db:
        move_session(db, session.id, session.starts_at + timedelta(minutes=30), session.ends_at + timedelta(minutes=30))
    source = source_of(demo_store)
    invite = plan_invite(source, assignment.person_id)
    after = next(p for p in invite.requests if p.session_id == session.id)
    assert invite.has_news and after.changed
    assert after.uid == before.uid
    assert after.sequence > before.sequence
    (notice,) = [n for n in notices(invite) if n.event.session_id == session.id]
    assert notice.kind == "update"
    (moved,) = parsed_calendar(notice.calendar().to_ical()).events
    assert moved.uid == before.uid
    assert moved.start == datetime(2021, 2, 24, 12, 45, tzinfo=BEIRUT)
    assert moved.sequence == after.sequence
    public = public_calendars(source, "en")["conference.ics"]
    assert next(e for e in public.events if e.uid == before.uid).sequence == after.sequence


def test_removed_speaker_receives_a_cancel(demo_store):
    session = roundtable(demo_store, 2)
    assignment = active_assignment(demo_store, session.id)
    send_everything(demo_store)
    uid = source_of(demo_store).uid(session.id)
    with demo_store.unit() as db:
        delete_assignment(db, assignment.id)
    source = source_of(demo_store)
    invite = plan_invite(source, assignment.person_id)
    assert invite.has_news
    (_cancel,) = invite.cancels
    (notice,) = notices(invite)  # the person's other sessions are unchanged: one CANCEL alone
    assert notice.kind == "cancel"
    calendar = parsed_calendar(notice.calendar().to_ical())
    assert calendar["METHOD"] == "CANCEL"
    (event,) = calendar.events
    assert event.uid == uid and event["STATUS"] == "CANCELLED" and event.sequence >= 1
    assert session.id not in {p.session_id for p in invite.requests}
    with demo_store.unit() as db:
        record_delivery(db, notice, datetime.now(UTC))
    assert not plan_invite(source_of(demo_store), assignment.person_id).has_news


def test_cancelled_session_is_cancelled_for_everyone_who_had_it(demo_store):
    session = roundtable(demo_store, 3)
    send_everything(demo_store)
    source = source_of(demo_store)
    holders = {pid for pid in source.people if session.id in source.delivered.get(pid, {})}
    assert holders
    with demo_store.unit() as db:
        update_session(db, session.id, cancelled=True)
    source = source_of(demo_store)
    for person_id in holders:
        assert [p.session_id for p in plan_invite(source, person_id).cancels] == [session.id]
    public = public_calendars(source, "en")["conference.ics"]
    assert next(e for e in public.events if e.uid == source.uid(session.id))["STATUS"] == "CANCELLED"


def test_arabic_summaries_survive_a_round_trip(demo_file, tmp_path):
    out = tmp_path / "ar"
    main(["export", "ics", "--db", str(demo_file), "--out", str(out), "--lang", "ar"])
    store = open_store(demo_file)
    with store.reader() as db:
        titles = {s.title.ar for s in db.scalars(select(Session).where(Session.internal.is_(False)))}
    store.close()
    summaries = {str(e["SUMMARY"]) for e in parse(out / "conference.ics").events}
    assert summaries == titles
    assert "الموائد" in " ".join(summaries) or "المائدة" in " ".join(summaries)


def test_times_are_right_in_the_conference_zone_and_in_casablanca(demo_store):
    session = roundtable(demo_store, 1)
    assignment = active_assignment(demo_store, session.id)
    with demo_store.unit() as db:
        update_person(db, assignment.person_id, timezone="Africa/Casablanca", language="en")
    invite = plan_invite(source_of(demo_store), assignment.person_id)
    (notice,) = [n for n in notices(invite) if n.event.session_id == session.id]
    (event,) = parsed_calendar(notice.calendar().to_ical()).events
    assert event.start.tzinfo.key == "Asia/Beirut"
    assert event.start.strftime("%H:%M") == "12:15"
    rabat = event.start.astimezone(ZoneInfo("Africa/Casablanca"))
    assert (rabat.hour, rabat.minute) == (11, 15)
    assert event.start.astimezone(UTC) == session.starts_at
    description = str(event["DESCRIPTION"])
    assert "12:15–13:45 (Lebanon Time)" in description
    assert "11:15–12:45 (Morocco Time)" in description


def test_alarm_option_adds_a_reminder(demo_file, tmp_path):
    out = tmp_path / "alarm"
    main(["export", "ics", "--db", str(demo_file), "--out", str(out), "--alarm", "15"])
    event = parse(out / "conference.ics").events[0]
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assert alarm["ACTION"] == "DISPLAY"


def test_uid_key_is_stored_with_the_conference(demo_file, tmp_path):
    main(["export", "ics", "--db", str(demo_file), "--out", str(tmp_path / "x")])
    store = open_store(demo_file)
    with store.reader() as db:
        settings = db.scalars(select(Conference)).one().settings
    store.close()
    assert settings["calendar_uid_key"] == "gcm-review@example.org/2021-02-23"


def test_export_ics_stopped_by_a_full_disk_says_how_many_files_were_written(demo_file, tmp_path, monkeypatch, capsys):
    import errno
    import os

    out = tmp_path / "ics"
    real_open, real_fsync, opened, files = os.open, os.fsync, {}, [0]

    def open_(path, flags, mode=0o777, *, dir_fd=None):  # files opened for writing in out/
        fd = real_open(path, flags, mode, dir_fd=dir_fd)
        if flags & os.O_WRONLY and Path(path).resolve().is_relative_to(out.resolve()):
            files[0] += 1
            opened[fd] = files[0]
        return fd

    def fsync(fd: int) -> None:  # the 6th of them does not fit
        if opened.get(fd) == 6:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    assert main(["export", "ics", "--db", str(demo_file), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: wrote 5 of ") and " calendar files; stopped at " in err
    assert err.endswith(": No space left on device\n")
    written = sorted(out.rglob("*.ics"))
    assert len(written) == 5
    assert all(parse(path).get("PRODID") for path in written)  # complete calendars that parse
    assert not [path for path in out.rglob("*") if path.name.startswith(".")]
