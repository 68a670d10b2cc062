"""The outbox counts: .eml files written by ``confdesk invites --out`` are handed over, in the
same log ``send`` keeps, so each round writes exactly what changed since the last one, whichever
way that one went; ``--preview`` records nothing; ``--status`` says who is up to date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.model import Assignment, Session
from confdesk.model.delivery import SentMessage
from confdesk.services import delete_assignment, move_session
from confdesk.store import open_store
from tests.calendar_checks import calendar_parts, itip_calendar, message_of


@dataclass(frozen=True)
class Written:
    to: str
    method: str
    uid: str
    sequence: int
    path: Path


def written(folder: Path) -> list[Written]:
    """The iTIP messages in ``folder``, each read back (both parsers, one UID)."""
    found = []
    for path in sorted(folder.glob("*.eml")):
        message = message_of(path.read_bytes())
        if not calendar_parts(message):
            continue
        calendar = itip_calendar(message)
        (event,) = calendar.events
        to = message["To"].addresses[0].addr_spec
        found.append(Written(to, str(calendar["METHOD"]), event.uid, event.sequence, path))
    return found


def invites(demo_file: Path, out: Path, *extra: str) -> int:
    return main(["invites", "--db", str(demo_file), "--out", str(out), *extra])


@dataclass(frozen=True)
class Roundtable:
    session_id: int
    uid: str
    holders: dict[int, str]  # assignment id -> e-mail of its person


def roundtable(demo_file: Path, number: int) -> Roundtable:
    from confdesk.exports.calendar_source import load_source

    store = open_store(demo_file)
    try:
        with store.reader() as db:
            session = db.scalars(select(Session).where(Session.kind == "roundtable", Session.number == number)).one()
            holders = db.scalars(
                select(Assignment)
                .where(Assignment.session_id == session.id, Assignment.status.in_(["invited", "confirmed"]))
                .order_by(Assignment.id)
            ).all()
            uid = load_source(db, store.conference_id()).uid(session.id)
            return Roundtable(session.id, uid, {a.id: a.person.email for a in holders if a.person.email})
    finally:
        store.close()


def change(demo_file: Path, edit) -> None:
    store = open_store(demo_file)
    try:
        with store.unit() as db:
            edit(db)
    finally:
        store.close()


def move_by_an_hour(demo_file: Path, session_id: int):
    def edit(db):
        session = db.get(Session, session_id)
        move_session(db, session_id, session.starts_at + timedelta(hours=1), session.ends_at + timedelta(hours=1))

    change(demo_file, edit)


def log(demo_file: Path) -> list[SentMessage]:
    store = open_store(demo_file)
    try:
        with store.reader() as db:
            return list(db.scalars(select(SentMessage).order_by(SentMessage.id)))
    finally:
        store.close()


def test_a_moved_session_after_a_first_round_writes_exactly_the_updates(demo_file, tmp_path, capsys):
    assert invites(demo_file, tmp_path / "round-1") == 0
    first = written(tmp_path / "round-1")
    assert first and {w.method for w in first} == {"REQUEST"}
    table = roundtable(demo_file, 4)
    before = {w.to: w for w in first if w.uid == table.uid}
    assert set(before) == set(table.holders.values())

    move_by_an_hour(demo_file, table.session_id)
    capsys.readouterr()
    assert invites(demo_file, tmp_path / "round-2") == 0
    assert capsys.readouterr().out.startswith(f"{len(before)} messages for {len(before)} people written to ")
    updates = written(tmp_path / "round-2")
    # Only the people in the moved session, one message each, nothing about their other sessions.
    assert sorted(w.to for w in updates) == sorted(before)
    for update in updates:
        assert (update.method, update.uid) == ("REQUEST", table.uid)
        assert update.sequence > before[update.to].sequence
        assert update.path.stem.endswith(f"-session-{table.session_id}-request-{update.sequence}")
    assert {m.kind for m in log(demo_file)[len(first) :]} == {"update"}


def test_a_removed_speaker_gets_exactly_one_cancel(demo_file, tmp_path):
    assert invites(demo_file, tmp_path / "round-1") == 0
    table = roundtable(demo_file, 2)
    leaving_id, leaving_email = next(iter(table.holders.items()))
    sequence = next(w.sequence for w in written(tmp_path / "round-1") if (w.to, w.uid) == (leaving_email, table.uid))

    change(demo_file, lambda db: delete_assignment(db, leaving_id))
    assert invites(demo_file, tmp_path / "round-2") == 0
    (cancel,) = written(tmp_path / "round-2")
    assert (cancel.to, cancel.method, cancel.uid) == (leaving_email, "CANCEL", table.uid)
    assert cancel.sequence > sequence
    (event,) = itip_calendar(message_of(cancel.path.read_bytes())).events
    assert event["STATUS"] == "CANCELLED"
    entry = log(demo_file)[-1]
    assert (entry.channel, entry.kind, entry.method, entry.uid, entry.sequence) == (
        "outbox", "cancel", "CANCEL", table.uid, cancel.sequence,
    )  # fmt: skip
    # And the cancellation is not written again.
    assert invites(demo_file, tmp_path / "round-3") == 0
    assert written(tmp_path / "round-3") == []


def test_a_second_run_with_nothing_changed_writes_nothing(demo_file, tmp_path, capsys):
    assert invites(demo_file, tmp_path / "round-1", "--summary") == 0
    handed = len(log(demo_file))
    capsys.readouterr()
    assert invites(demo_file, tmp_path / "round-2", "--summary") == 0
    assert capsys.readouterr().out.startswith("nothing to write to ")
    assert list((tmp_path / "round-2").glob("*.eml")) == []
    assert len(log(demo_file)) == handed


def test_preview_writes_the_messages_and_records_nothing(demo_file, tmp_path, capsys):
    assert invites(demo_file, tmp_path / "preview", "--preview") == 0
    assert "as a preview: nothing recorded" in capsys.readouterr().out
    previewed = written(tmp_path / "preview")
    assert previewed and log(demo_file) == []
    assert invites(demo_file, tmp_path / "real") == 0
    assert [(w.to, w.uid, w.sequence) for w in written(tmp_path / "real")] == [
        (w.to, w.uid, w.sequence) for w in previewed
    ]
    assert len(log(demo_file)) == len(previewed)


def test_summary_lists_each_persons_sessions_in_a_message_without_a_calendar(demo_file, tmp_path):
    assert invites(demo_file, tmp_path / "out", "--summary") == 0
    summaries = sorted((tmp_path / "out").glob("*-summary.eml"))
    notices = written(tmp_path / "out")
    assert len(summaries) == len({w.to for w in notices})
    for path in summaries:
        message = message_of(path.read_bytes())
        assert calendar_parts(message) == []
        assert message.get_content_type() == "multipart/alternative"
    assert [m.method for m in log(demo_file) if m.kind == "summary"] == [""] * len(summaries)


def test_status_lists_who_is_up_to_date_and_who_has_updates_or_cancellations(demo_file, tmp_path, capsys):
    assert main(["invites", "--db", str(demo_file), "--status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith(f"total: {len(lines) - 1} people, 0 up to date, {len(lines) - 1} with ")
    assert all(" invitation" in line and line.endswith("pending") for line in lines[:-1] if "no e-mail" not in line)

    assert invites(demo_file, tmp_path / "round-1") == 0
    moved, left = roundtable(demo_file, 4), roundtable(demo_file, 2)
    leaving_id, leaving_email = next(iter(left.holders.items()))
    move_by_an_hour(demo_file, moved.session_id)
    change(demo_file, lambda db: delete_assignment(db, leaving_id))
    capsys.readouterr()
    assert main(["invites", "--db", str(demo_file), "--status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    people, total = lines[:-1], lines[-1]
    by_address = {line.split("<")[1].split(">")[0]: line for line in people if "<" in line}
    for email in moved.holders.values():
        expected = "1 update, 1 cancellation pending" if email == leaving_email else "1 update pending"
        assert by_address[email].endswith(f": {expected}"), by_address[email]
    if leaving_email not in moved.holders.values():
        assert by_address[leaving_email].endswith(": 1 cancellation pending")
    waiting = set(moved.holders.values()) | {leaving_email}
    assert all(line.endswith(": up to date") for email, line in by_address.items() if email not in waiting)
    unreachable = [line for line in people if "no e-mail address" in line]
    pending = len(waiting) + len(unreachable)
    assert total.startswith(f"total: {len(people)} people, {len(people) - pending} up to date, {pending} with ")
    assert f"{len(moved.holders)} updates" in total and "1 cancellation" in total


def test_status_with_an_option_that_writes_is_one_clear_sentence(demo_file, capsys):
    assert main(["invites", "--db", str(demo_file), "--status", "--preview"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: --status only lists") and err.count("\n") == 1
    with pytest.raises(SystemExit):  # one of --out and --status, never both
        main(["invites", "--db", str(demo_file), "--status", "--out", "x"])


def test_sent_and_written_share_one_log_nobody_gets_a_message_twice(demo_file, tmp_path, smtp_server, capsys):
    server = f"127.0.0.1:{smtp_server.port}"
    assert main(["send", "--db", str(demo_file), "--smtp", server]) == 0
    sent = len(smtp_server.messages)
    assert sent > 20
    # What the server took counts for the outbox: nothing is written again.
    assert invites(demo_file, tmp_path / "after-send") == 0
    assert written(tmp_path / "after-send") == []

    # A change goes out through the outbox; send then has nothing left to send.
    table = roundtable(demo_file, 4)
    move_by_an_hour(demo_file, table.session_id)
    assert invites(demo_file, tmp_path / "update") == 0
    updates = written(tmp_path / "update")
    assert sorted(w.to for w in updates) == sorted(table.holders.values())
    capsys.readouterr()
    assert main(["send", "--db", str(demo_file), "--smtp", server]) == 0
    assert "nothing to send" in capsys.readouterr().out
    assert len(smtp_server.messages) == sent
    assert {m.channel for m in log(demo_file)} == {"smtp", "outbox"}
