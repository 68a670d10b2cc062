"""Calendar replies close the loop: read from a folder of .eml files or a real IMAP server
(pymap on 127.0.0.1), they confirm, decline or note the invited person's assignment, and
anything that is not their answer to what ConfDesk handed over changes nothing."""

from __future__ import annotations

import imaplib
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.cli import main
from confdesk.model import Assignment, Person, StatusChange
from confdesk.model.delivery import DeliveredEvent
from confdesk.store import open_store
from tests.mail.conftest import free_port
from tests.mail.replies_kit import Invitation, invitations, reply_message


def statuses(demo_file: Path, invitation: Invitation) -> list[tuple[str, list[tuple[str, str]]]]:
    """The statuses of the invited person's assignments in the session, with their history."""
    store = open_store(demo_file)
    try:
        with store.reader() as db:
            delivered = db.scalars(
                select(DeliveredEvent)
                .join(Person, Person.id == DeliveredEvent.person_id)
                .where(DeliveredEvent.uid == invitation.uid, Person.email == invitation.to)
            ).one()
            rows = db.scalars(
                select(Assignment).where(
                    Assignment.person_id == delivered.person_id, Assignment.session_id == delivered.session_id
                )
            ).all()
            return [
                (row.status, [(step.status, step.changed_by) for step in db.scalars(
                    select(StatusChange).where(StatusChange.assignment_id == row.id).order_by(StatusChange.id)
                )])
                for row in rows
            ]  # fmt: skip
    finally:
        store.close()


@pytest.fixture
def handed(demo_file, tmp_path) -> list[Invitation]:
    """The first round of invitations written to an outbox, those still awaiting an answer first."""
    assert main(["invites", "--db", str(demo_file), "--out", str(tmp_path / "outbox")]) == 0
    found = invitations(tmp_path / "outbox")
    return sorted(found, key=lambda i: statuses(demo_file, i)[0][0] != "invited")


def waiting(demo_file: Path, handed: list[Invitation], count: int) -> list[Invitation]:
    chosen = [i for i in handed if [s for s, _ in statuses(demo_file, i)] == ["invited"]][:count]
    assert len(chosen) == count, "the demo has fewer invited people than the test needs"
    return chosen


def replies(demo_file: Path, folder: Path, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["replies", "--db", str(demo_file), "--from", str(folder)]) == 0
    return capsys.readouterr().out.splitlines()


def test_accepted_declined_tentative_replies_update_the_lineup_by_calendar_reply(demo_file, handed, tmp_path, capsys):
    accepting, declining, unsure = waiting(demo_file, handed, 3)
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "1-accept.eml").write_bytes(reply_message(accepting, "ACCEPTED"))
    (folder / "2-decline.eml").write_bytes(reply_message(declining, "DECLINED", style="outlook"))
    (folder / "3-tentative.eml").write_bytes(reply_message(unsure, "TENTATIVE"))

    lines = replies(demo_file, folder, capsys)
    assert lines[-1] == "total: 3 messages: 1 confirmed, 1 declined, 1 tentative"
    assert "confirmed (was invited), by calendar reply of " in lines[0]
    ((status, history),) = statuses(demo_file, accepting)
    assert status == "confirmed" and history[-2:] == [("invited", "demo"), ("confirmed", "calendar reply")]
    ((status, history),) = statuses(demo_file, declining)
    assert status == "declined" and history[-1] == ("declined", "calendar reply")
    ((status, history),) = statuses(demo_file, unsure)
    assert status == "invited" and history[-1] == ("invited", "calendar reply (tentative)")


def test_the_same_replies_processed_twice_change_nothing(demo_file, handed, tmp_path, capsys):
    (accepting,) = waiting(demo_file, handed, 1)
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "accept.eml").write_bytes(reply_message(accepting, "ACCEPTED"))
    replies(demo_file, folder, capsys)
    after_first = statuses(demo_file, accepting)
    (folder / "accept-copy.eml").write_bytes((folder / "accept.eml").read_bytes())
    lines = replies(demo_file, folder, capsys)
    assert lines[-1] == "total: 2 messages: 2 processed before"
    assert statuses(demo_file, accepting) == after_first


def test_replies_that_are_not_the_invited_persons_answer_change_nothing_and_say_why(
    demo_file, handed, tmp_path, capsys
):
    (invitation,) = waiting(demo_file, handed, 1)
    before = statuses(demo_file, invitation)
    folder = tmp_path / "replies"
    folder.mkdir()
    other = Invitation(invitation.to, "not-a-confdesk-uid@example.org", 0, invitation.organizer, invitation.path)
    bad = {
        "a-other-address.eml": reply_message(invitation, "ACCEPTED", attendee="mallory@example.com"),
        "b-unknown-uid.eml": reply_message(other, "ACCEPTED"),
        "c-older-sequence.eml": reply_message(invitation, "ACCEPTED", sequence=invitation.sequence - 1),
        "d-organizer.eml": reply_message(invitation, "ACCEPTED", organizer="someone@elsewhere.example"),
        "e-malformed.eml": reply_message(invitation, "ACCEPTED", style="outlook").replace(b"END:VEVENT\n", b""),
        "e-sequence.eml": reply_message(invitation, "ACCEPTED", style="outlook").replace(
            f"SEQUENCE:{invitation.sequence}".encode(), b"SEQUENCE:two"
        ),
        "f-request.eml": invitation.path.read_bytes(),
        "g-notes.txt": b"call Amina back",
        "h-picture.eml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "z-accept.eml").write_bytes(reply_message(invitation, "ACCEPTED"))

    lines = replies(demo_file, folder, capsys)
    assert len(lines) == len(bad) + 2
    said = dict(line.split(": ", 1) for line in lines[:-1])
    assert "not from the address the invitation went to" in said["a-other-address.eml"]
    assert "an event ConfDesk did not hand over" in said["b-unknown-uid.eml"]
    assert "an older version of the invitation" in said["c-older-sequence.eml"]
    assert "is not the conference's contact address" in said["d-organizer.eml"]
    assert said["e-malformed.eml"] == "nothing changed: its calendar cannot be read"
    assert said["e-sequence.eml"] == "nothing changed: its calendar cannot be read"
    assert said["f-request.eml"] == "skipped: its calendar is not a reply (METHOD REQUEST)"
    assert said["g-notes.txt"] == "skipped: not an e-mail (.eml) file"
    assert said["h-picture.eml"] == "skipped: not an e-mail message"
    for name in list(bad)[:4]:
        assert "nothing changed" in said[name]
    # the rest was processed: the real answer after them all confirms
    assert "confirmed (was invited)" in said["z-accept.eml"]
    assert before[0][0] == "invited" and statuses(demo_file, invitation)[0][0] == "confirmed"


def test_an_older_reply_read_after_a_newer_one_changes_nothing(demo_file, handed, tmp_path, capsys):
    from datetime import UTC, datetime, timedelta

    (invitation,) = waiting(demo_file, handed, 1)
    later = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "1.eml").write_bytes(reply_message(invitation, "TENTATIVE", stamp=later))
    (folder / "2.eml").write_bytes(reply_message(invitation, "ACCEPTED", stamp=later - timedelta(hours=1)))
    lines = replies(demo_file, folder, capsys)
    assert "a later reply to the same invitation was already applied" in lines[1]
    assert statuses(demo_file, invitation)[0][0] == "invited"


# --- a real IMAP server ------------------------------------------------------------------

USER, PASSWORD = "demouser", "demopass"


@pytest.fixture
def imap_server():
    """pymap serving an in-memory mailbox on 127.0.0.1, until the test ends."""
    pymap = Path(sys.executable).with_name("pymap")
    for _attempt in range(5):
        port = free_port()
        server = subprocess.Popen(
            [str(pymap), "--host", "127.0.0.1", "--port", str(port), "dict", "--demo-data"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and server.poll() is None:
            try:
                imaplib.IMAP4("127.0.0.1", port, timeout=2).logout()
                break
            except OSError:
                time.sleep(0.1)
        if server.poll() is None:
            break
    else:
        raise AssertionError("pymap did not start")
    yield port
    server.terminate()
    server.wait(timeout=10)


def imap(port: int) -> imaplib.IMAP4:
    connection = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    connection.login(USER, PASSWORD)
    connection.select("INBOX")
    return connection


def flags_of_inbox(port: int) -> dict[bytes, bytes]:
    """Message UID → its FLAGS item, for every message in INBOX."""
    connection = imap(port)
    try:
        _, data = connection.uid("FETCH", "1:*", "(FLAGS)")
        found = {}
        for item in data:
            text = item if isinstance(item, bytes) else item[0]
            uid = text.split(b"UID ")[1].split(b")")[0].split()[0]
            found[uid] = text.split(b"FLAGS (")[1].split(b")")[0]
        return found
    finally:
        connection.logout()


def test_a_reply_round_trip_through_an_imap_server_updates_the_lineup(
    demo_file, handed, imap_server, memory_keyring, capsys
):
    from confdesk.mail import secrets

    accepting, declining = waiting(demo_file, handed, 2)
    connection = imap(imap_server)
    before = flags_of_inbox(imap_server)
    unseen = sum(1 for flags in before.values() if b"\\Seen" not in flags)
    for invitation, answer in ((accepting, "ACCEPTED"), (declining, "DECLINED")):
        assert connection.append("INBOX", None, None, reply_message(invitation, answer))[0] == "OK"
    connection.logout()
    appended = set(flags_of_inbox(imap_server)) - set(before)
    memory_keyring.set_password(secrets.IMAP_SERVICE, f"{USER}@127.0.0.1", PASSWORD)

    command = ["replies", "--db", str(demo_file), "--imap", f"127.0.0.1:{imap_server}", "--user", USER]
    capsys.readouterr()
    assert main(command) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"total: {unseen + 2} messages: 1 confirmed, 1 declined, {unseen} skipped"
    assert statuses(demo_file, accepting)[0][0] == "confirmed"
    assert statuses(demo_file, declining)[0][0] == "declined"
    # Still there, flagged (pymap keeps no keywords: \Seen on the replies alone), not deleted.
    flags = flags_of_inbox(imap_server)
    assert set(flags) == set(before) | appended
    assert all(b"\\Seen" in flags[uid] for uid in appended)
    assert all(flags[uid] == before[uid] for uid in before)  # the other mail stays as it was
    assert not any(b"\\Deleted" in flag for flag in flags.values())

    after = [statuses(demo_file, i) for i in (accepting, declining)]
    assert main(command) == 0
    assert [statuses(demo_file, i) for i in (accepting, declining)] == after
    assert "confirmed" not in capsys.readouterr().out.splitlines()[-1]


def test_a_refused_imap_login_is_one_line_and_changes_nothing(demo_file, handed, imap_server, memory_keyring, capsys):
    from confdesk.mail import secrets

    (invitation,) = waiting(demo_file, handed, 1)
    connection = imap(imap_server)
    connection.append("INBOX", None, None, reply_message(invitation, "ACCEPTED"))
    connection.logout()
    memory_keyring.set_password(secrets.IMAP_SERVICE, f"{USER}@127.0.0.1", "wrong")
    capsys.readouterr()
    code = main(["replies", "--db", str(demo_file), "--imap", f"127.0.0.1:{imap_server}", "--user", USER])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith(f"confdesk: error: the IMAP server 127.0.0.1:{imap_server} refused the login for demouser")
    assert len(err.splitlines()) == 1
    assert statuses(demo_file, invitation)[0][0] == "invited"


def test_a_password_in_clear_text_to_another_machine_is_refused(demo_file, capsys):
    code = main(["replies", "--db", str(demo_file), "--imap", "mail.example.org", "--user", USER])
    assert code == 1
    assert "the password would cross the network unencrypted" in capsys.readouterr().err
