"""Published versions of the schedule: publish, list, the changes between two versions in each
language, and exports of an earlier version that stay the same whatever changed since."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.interchange.versions import list_versions, publish_version
from confdesk.model import Assignment, LocalText, Session
from confdesk.services import create_session, update_session
from confdesk.services.assignments import change_status
from confdesk.services.data import SessionData
from confdesk.services.sessions import move_session
from confdesk.store import open_store


@pytest.fixture(autouse=True)
def backups_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFDESK_BACKUP_DIR", str(tmp_path / "backups"))


def edit(path: Path, change) -> None:
    store = open_store(path)
    try:
        with store.unit() as db:
            change(db)
    finally:
        store.close()


def session_id(db, kind: str, number: int | None = None) -> int:
    query = select(Session.id).where(Session.kind == kind).order_by(Session.id)
    if number is not None:
        query = query.where(Session.number == number)
    return db.scalars(query).first()


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def move_and_cancel(db) -> None:
    moved = db.get(Session, session_id(db, "roundtable", 4))
    move_session(db, moved.id, moved.starts_at + timedelta(hours=1), moved.ends_at + timedelta(hours=1))
    update_session(db, session_id(db, "plenary", 3), cancelled=True)


def test_the_demo_ships_with_version_one_published(demo_file, capsys):
    code, out, _ = run(capsys, "versions", "--db", str(demo_file))
    assert code == 0
    (line,) = out.splitlines()
    number, _stamp, sessions, comment = line.split("\t")
    assert (number, sessions, comment) == ("1", "16 sessions", "First programme")  # the rehearsal is internal


def test_changes_list_a_move_and_a_cancellation_in_three_languages(demo_file, capsys):
    edit(demo_file, move_and_cancel)
    code, out, _ = run(capsys, "publish-version", "--db", str(demo_file), "--comment", "Roundtable 4 later")
    assert code == 0 and out.startswith("version 2 published\n")

    code, out, _ = run(capsys, "changes", "--db", str(demo_file), "--from", "1", "--to", "2")
    assert code == 0
    lines = out.splitlines()
    by_lang = {
        lang: [text for code_, text in (line.split("\t") for line in lines) if code_ == lang]
        for lang in ("en", "fr", "ar")
    }
    assert all(len(texts) == 2 for texts in by_lang.values())
    # Plenary 3 (24 February) comes before roundtable 4 (25 February), 10:00 → 11:00 in Beirut.
    cancelled, moved = by_lang["en"]
    assert cancelled.startswith("Cancelled: Plenary 3: ") and "Wednesday, February 24, 2021, 10:45" in cancelled
    assert moved.startswith("Moved: Roundtable 4: ") and "from Thursday, February 25, 2021, 10:00–11:30" in moved
    assert moved.endswith("to Thursday, February 25, 2021, 11:00–12:30 (Lebanon Time)")
    cancelled, moved = by_lang["fr"]
    assert cancelled.startswith("Séance annulée\u00a0: ") and "mercredi 24 février 2021" in cancelled
    assert moved.startswith("Séance déplacée\u00a0: ") and "du jeudi 25 février 2021, 10:00–11:30" in moved
    assert "au jeudi 25 février 2021, 11:00–12:30" in moved
    cancelled, moved = by_lang["ar"]
    assert cancelled.startswith("جلسة أُلغيت: ") and "الجلسة العامة الثالثة" in cancelled
    assert moved.startswith("جلسة تغيّر موعدها: ") and "من الخميس، 25 فبراير 2021، 10:00–11:30" in moved
    assert moved.endswith("إلى الخميس، 25 فبراير 2021، 11:00–12:30 (توقيت لبنان)")

    code, out, _ = run(capsys, "changes", "--db", str(demo_file), "--from", "1", "--lang", "fr")
    assert code == 0 and [line.split("\u00a0:")[0] for line in out.splitlines()] == [
        "Séance annulée",
        "Séance déplacée",
    ]


def test_changes_name_sessions_added_renamed_removed_and_speakers_who_joined_or_left(demo_file, capsys):
    def changes(db) -> None:
        plenary = db.get(Session, session_id(db, "plenary", 1))
        create_session(
            db,
            plenary.part_id,
            SessionData(
                kind="side_event",
                title=LocalText(ar="حدث جانبي عن الشباب", en="Youth side event", fr="Événement parallèle jeunesse"),
                starts_at=plenary.starts_at + timedelta(hours=5),
                ends_at=plenary.starts_at + timedelta(hours=6),
            ),
        )
        update_session(db, session_id(db, "closing"), internal=True)
        update_session(db, plenary.id, title=LocalText(ar="الجلسة الأولى", en="Plenary one", fr="Plénière un"))
        invited, confirmed = (
            db.scalars(
                select(Assignment).where(Assignment.session_id == plenary.id, Assignment.status == status)
            ).first()
            for status in ("invited", "confirmed")
        )
        change_status(db, invited.id, "confirmed")
        change_status(db, confirmed.id, "withdrawn")

    edit(demo_file, changes)
    code, out, _ = run(capsys, "changes", "--db", str(demo_file), "--from", "1", "--to", "draft", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("Renamed: “Plenary 1: ") and line.endswith("” is now “Plenary one”") for line in lines)
    assert any(line.startswith("Joins Plenary one: ") for line in lines)
    assert any(line.startswith("No longer in Plenary one: ") for line in lines)
    assert any(line.startswith("Removed from the programme: Closing of the Consultation") for line in lines)
    assert any(line.startswith("Added: Youth side event, Tuesday, February 23, 2021") for line in lines)
    assert len(lines) == 5

    code, out, _ = run(capsys, "changes", "--db", str(demo_file), "--from", "1", "--to", "draft", "--lang", "ar")
    assert any(
        line.startswith("جلسة تغيّر عنوانها: «") and line.endswith("» أصبح «الجلسة الأولى»") for line in out.splitlines()
    )
    assert any(line.startswith("ينضمّ إلى جلسة الجلسة الأولى: ") for line in out.splitlines())
    assert any(line.startswith("جلسة جديدة: حدث جانبي عن الشباب") for line in out.splitlines())


def test_an_earlier_version_exports_the_same_ics_and_frab_after_later_edits(demo_file, tmp_path, capsys):
    assert run(capsys, "export", "frab", "--db", str(demo_file), "--out", str(tmp_path / "then.xml"))[0] == 0
    assert run(capsys, "export", "ics", "--db", str(demo_file), "--out", str(tmp_path / "then"))[0] == 0
    edit(demo_file, move_and_cancel)
    for args in (["--version", "1"], ["--version", "latest"]):
        assert run(capsys, "export", "frab", "--db", str(demo_file), "--out", str(tmp_path / "v1.xml"), *args)[0] == 0
        then, v1 = ((tmp_path / name).read_text() for name in ("then.xml", "v1.xml"))
        assert "<version>1</version>" in v1
        assert re.sub("<version>.*</version>", "", then) == re.sub("<version>.*</version>", "", v1)
    assert run(capsys, "export", "ics", "--db", str(demo_file), "--out", str(tmp_path / "v1"), "--version", "1")[0] == 0
    assert run(capsys, "export", "ics", "--db", str(demo_file), "--out", str(tmp_path / "now"))[0] == 0

    def calendar(folder: str) -> str:
        return re.sub("DTSTAMP:.*\r\n", "", (tmp_path / folder / "conference.ics").read_bytes().decode())

    assert calendar("v1") == calendar("then")
    assert calendar("now") != calendar("then")  # draft, the default, is the data as it stands
    assert run(capsys, "export", "frab", "--db", str(demo_file), "--out", str(tmp_path / "now.xml"))[0] == 0
    assert "<version>1</version>" not in (tmp_path / "now.xml").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "frab", "--out", "x.xml", "--version", "7"], "there is no published version 7 (published: 1)"),
        (
            ["export", "ics", "--out", "x", "--version", "soon"],
            "'soon' is not a version: give a number, 'latest' or 'draft'",
        ),
        (["changes", "--from", "3"], "there is no published version 3 (published: 1)"),
    ],
)
def test_an_unknown_version_is_one_clear_error(demo_file, tmp_path, capsys, args, message):
    command = [*args[:1], *(args[1:2] if args[0] == "export" else []), "--db", str(demo_file)]
    rest = args[2:] if args[0] == "export" else args[1:]
    code, out, err = run(capsys, *command, *[str(tmp_path / a) if a in ("x", "x.xml") else a for a in rest])
    assert code == 1 and out == ""
    assert err == f"confdesk: error: {message}\n"
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.xml").exists()


def test_publishing_after_a_move_leaves_exactly_the_moved_sessions_people_pending(demo_file, tmp_path, capsys):
    assert run(capsys, "invites", "--db", str(demo_file), "--out", str(tmp_path / "round-1"))[0] == 0
    holders: set[int] = set()

    def move(db) -> None:
        moved = db.get(Session, session_id(db, "roundtable", 4))
        move_session(db, moved.id, moved.starts_at + timedelta(hours=1), moved.ends_at + timedelta(hours=1))
        holders.update(
            a.person_id for a in moved.assignments if a.status in ("invited", "confirmed") and a.person.email
        )

    edit(demo_file, move)
    code, out, _ = run(capsys, "publish-version", "--db", str(demo_file), "--comment", "Roundtable 4 later")
    assert code == 0
    assert out.splitlines()[1].startswith(
        f"{len(holders)} people have invitations, updates or cancellations to be sent"
    )
    code, out, _ = run(capsys, "invites", "--db", str(demo_file), "--status")
    pending = {int(m) for m in re.findall(r"\(person (\d+)\): 1 update pending", out)}
    assert pending == holders
    # Everyone else is up to date, but for the one person without an address from the first round.
    others = [line for line in out.splitlines()[:-1] if "up to date" not in line and "update pending" not in line]
    assert len(others) == 1 and others[0].endswith("1 invitation pending (no e-mail address: cannot be sent)")


def test_publishing_a_version_undoes_and_redoes(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        outcome = publish_version(db, conference_id, "  Second  ")
    assert outcome.value == 2
    with demo_store.unit() as db:
        before = [v for v in list_versions(db, conference_id)]
        redo = outcome.undo(db)
    with demo_store.reader() as db:
        assert [v.number for v in list_versions(db, conference_id)] == [1]
    with demo_store.unit() as db:
        assert redo.undo(db).value == 2
    with demo_store.reader() as db:
        assert list_versions(db, conference_id) == before
        assert before[-1].comment == "Second"
