"""Invitation e-mails: MIME structure, encoded headers, real SMTP round trips, restarts."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import notices
from confdesk.mail import secrets
from confdesk.mail.compose import compose_notice, compose_summary
from confdesk.mail.outbox import outbox, send_invites, send_log
from confdesk.mail.smtp import MailError, SmtpSettings, SmtpTransport
from confdesk.model import Assignment, Person, Session
from confdesk.model.delivery import SentMessage
from confdesk.services import delete_assignment, move_session, update_person
from confdesk.services.validate import InvalidText
from tests.calendar_checks import calendar_parts, itip_calendar
from tests.mail.conftest import SMTP_PASSWORD, SMTP_USER

# The login tests' server takes AUTH without TLS: acceptable on loopback only, as here (hence
# --insecure, without which ConfDesk refuses to send a password unencrypted).
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def send_all(store, port: int):
    box = outbox(store, store.conference_id())
    with SmtpTransport(SmtpSettings("127.0.0.1", port)) as transport:
        return box, send_invites(store, box, transport)


def arabic_speaker(store) -> Person:
    with store.reader() as db:
        return db.scalars(
            select(Person)
            .join(Assignment)
            .where(
                Person.language == "ar",
                Person.email.is_not(None),
                Assignment.status.in_(["invited", "confirmed"]),
            )
            .order_by(Person.id)
        ).first()


def test_message_has_text_html_and_a_request_with_encoded_arabic_subject(demo_store):
    person = arabic_speaker(demo_store)
    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    notice = notices(plan_invite(source, person.id))[0]
    message = compose_notice(notice, sent_at=datetime.now(UTC))
    raw = message.as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii(), "headers must be RFC 2047 encoded"
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == f"دعوة: {notice.event.summary} – {source.conference.title('ar')}"
    assert parsed["Content-Language"] == "ar"
    assert parsed["To"].addresses[0].display_name == person.name_ar
    types = [part.get_content_type() for part in parsed.walk()]
    assert types == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar", "application/ics",
    ]  # fmt: skip
    calendar = itip_calendar(parsed)  # the alternative body, the same as the attached invite.ics
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.events
    assert event.uid == notice.event.uid
    (attachment,) = parsed.iter_attachments()
    assert attachment.get_filename() == "invite.ics"
    html = parsed.get_body(("html",)).get_content()
    assert 'dir="rtl"' in html and notice.event.summary in html


def test_summary_lists_the_sessions_in_the_persons_zone_and_carries_no_calendar(demo_store):
    from confdesk.services import update_person

    person = arabic_speaker(demo_store)
    with demo_store.unit() as db:
        update_person(db, person.id, timezone="Africa/Casablanca")
    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    invite = plan_invite(source, person.id)
    parsed = email.message_from_bytes(
        compose_summary(invite, sent_at=datetime.now(UTC)).as_bytes(), policy=policy.default
    )
    assert [part.get_content_type() for part in parsed.walk()] == ["multipart/alternative", "text/plain", "text/html"]
    assert calendar_parts(parsed) == []
    assert parsed["Subject"] == f"جلساتكم في {source.conference.title('ar')}"
    text = parsed.get_body(("plain",)).get_content()
    for planned in invite.requests:
        assert planned.summary in text
        local = planned.starts_at.astimezone(ZoneInfo("Africa/Casablanca"))
        assert f"{local:%H:%M}" in text


def test_names_with_line_breaks_cannot_inject_headers(demo_store):
    person = arabic_speaker(demo_store)
    evil = "Evil\r\nBcc: victim@example.org"
    with demo_store.unit() as db, pytest.raises(InvalidText, match=r"^name: contains a line break"):
        update_person(db, person.id, name=evil)
    # A file written before names were checked may still hold one: the composer folds it.
    with demo_store.unit() as db:
        row = db.get(Person, person.id)
        row.name, row.name_ar, row.language = evil, "", "en"
    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    raw = compose_notice(notices(plan_invite(source, person.id))[0], sent_at=datetime.now(UTC)).as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert b"\r\nBcc:" not in raw
    assert parsed["To"].addresses[0].display_name == "Evil Bcc: victim@example.org"


def test_invites_command_writes_one_eml_per_person_and_session_that_parses(demo_file, tmp_path):
    out = tmp_path / "eml"
    assert main(["invites", "--db", str(demo_file), "--out", str(out)]) == 0
    files = sorted(out.glob("*.eml"))
    assert len(files) > 20
    handed = []
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        calendar = itip_calendar(message)  # one UID, in icalendar and in the strict parser
        (event,) = calendar.events
        handed.append((message["To"].addresses[0].addr_spec, event.uid))
        assert path.stem.endswith(f"-request-{event.sequence}")
    assert len(handed) == len(set(handed))  # nobody gets one session twice
    assert len({to for to, _ in handed}) < len(handed)  # and people with several sessions get several


def test_send_delivers_one_calendar_per_message_and_logs_each_message(demo_store, smtp_server):
    box, result = send_all(demo_store, smtp_server.port)
    assert len(smtp_server.messages) == len(box.messages) == len(result.sent) > len(box.invites) > 20
    person = arabic_speaker(demo_store)
    received = smtp_server.to(person.email)
    with demo_store.reader() as db:
        sessions = {a.session_id for a in db.get(Person, person.id).assignments if a.status != "declined"}
    assert len(received) == len(sessions)
    uids = set()
    for message in received:
        assert message["Subject"].startswith("دعوة")
        calendar = itip_calendar(message)
        assert calendar["METHOD"] == "REQUEST"
        (event,) = calendar.events
        assert str(event.attendees[0]) == f"mailto:{person.email}"
        uids.add(event.uid)
    assert len(uids) == len(received)
    log = send_log(demo_store, demo_store.conference_id())
    assert {entry.message_id for entry in log} == {m["Message-ID"] for m in smtp_server.messages}
    assert {(entry.channel, entry.method) for entry in log} == {("smtp", "REQUEST")}
    # Sending again finds nothing new: nobody gets the same invite twice.
    box_again, again = send_all(demo_store, smtp_server.port)
    assert box_again.messages == () and again.sent == ()


def test_update_and_cancel_round_trip_through_smtp(demo_store, smtp_server):
    send_all(demo_store, smtp_server.port)
    with demo_store.reader() as db:
        session = db.scalars(select(Session).where(Session.kind == "roundtable", Session.number == 4)).one()
        holders = db.scalars(
            select(Assignment).where(
                Assignment.session_id == session.id, Assignment.status.in_(["invited", "confirmed"])
            )
        ).all()
        leaving, staying = holders[0], holders[1]
        leaving_email, staying_email = leaving.person.email, staying.person.email
        first_sequence = session.sequence
        uid = load_source(db, demo_store.conference_id()).uid(session.id)
    smtp_server.messages.clear()
    smtp_server.recipients.clear()

    with demo_store.unit() as db:
        move_session(db, session.id, session.starts_at + timedelta(hours=1), session.ends_at + timedelta(hours=1))
        delete_assignment(db, leaving.id)
    send_all(demo_store, smtp_server.port)

    (update,) = smtp_server.to(staying_email)  # the moved session alone, not their others
    assert update["Subject"].startswith(("Updated invitation: ", "Invitation mise à jour : ", "تحديث الدعوة: "))
    (event,) = itip_calendar(update).events
    assert event.uid == uid
    assert (event.start.day, event.start.hour) == (25, 11)
    assert event.sequence > first_sequence
    (cancel_message,) = smtp_server.to(leaving_email)
    calendar = itip_calendar(cancel_message)  # the CANCEL is the message's own alternative body
    assert calendar["METHOD"] == "CANCEL"
    (cancelled,) = calendar.events
    assert cancelled.uid == event.uid and cancelled["STATUS"] == "CANCELLED"
    assert cancelled.sequence > first_sequence


class DropsAfter:
    """A transport whose connection breaks after ``count`` messages."""

    def __init__(self, inner, count: int) -> None:
        self.inner, self.count = inner, count

    def send(self, message) -> None:
        if self.count == 0:
            raise MailError("the connection to the mail server broke")
        self.count -= 1
        self.inner.send(message)


def test_interrupted_batch_restarted_sends_nobody_twice(demo_store, smtp_server):
    box = outbox(demo_store, demo_store.conference_id())
    with SmtpTransport(SmtpSettings("127.0.0.1", smtp_server.port)) as transport, pytest.raises(MailError):
        send_invites(demo_store, box, DropsAfter(transport, 7))
    assert len(smtp_server.messages) == 7
    send_all(demo_store, smtp_server.port)
    handed = [(m["To"].addresses[0].addr_spec, itip_calendar(m).events[0].uid) for m in smtp_server.messages]
    assert len(handed) == len(set(handed)) == len(box.messages)
    with demo_store.reader() as db:
        assert db.scalar(select(func.count(SentMessage.id))) == len(box.messages)


def test_send_command_takes_the_password_from_the_keyring(
    demo_file, smtp_server_with_login, memory_keyring, monkeypatch
):
    secrets.store_password(SMTP_USER, "127.0.0.1", SMTP_PASSWORD)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("asked for a password"))
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    assert main(["send", "--db", str(demo_file), "--smtp", server, "--user", SMTP_USER, "--insecure"]) == 0
    assert len(smtp_server_with_login.messages) > 20


def test_send_command_without_keyring_says_so_and_prompts(
    demo_file, smtp_server_with_login, no_keyring, monkeypatch, capsys
):
    prompts = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or SMTP_PASSWORD)
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    assert main(["send", "--db", str(demo_file), "--smtp", server, "--user", SMTP_USER, "--insecure"]) == 0
    assert "no keyring backend is available" in capsys.readouterr().err
    assert len(prompts) == 1 and len(smtp_server_with_login.messages) > 20


def test_wrong_password_is_one_sentence(demo_file, smtp_server_with_login, memory_keyring, capsys):
    secrets.store_password(SMTP_USER, "127.0.0.1", "wrong")
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    assert main(["send", "--db", str(demo_file), "--smtp", server, "--user", SMTP_USER, "--insecure"]) == 1
    assert "refused the user name or password" in capsys.readouterr().err
    assert smtp_server_with_login.messages == []


def test_remembered_password_goes_to_the_keyring_once_the_server_accepts_it(
    demo_file, smtp_server_with_login, memory_keyring, monkeypatch
):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": SMTP_PASSWORD)
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    command = ["send", "--db", str(demo_file), "--smtp", server, "--user", SMTP_USER]
    command += ["--insecure", "--remember-password"]
    assert main(command) == 0
    assert memory_keyring.passwords == {("confdesk-smtp", f"{SMTP_USER}@127.0.0.1"): SMTP_PASSWORD}


def test_a_refused_password_is_not_remembered(demo_file, smtp_server_with_login, memory_keyring, monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "wrong")
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    command = ["send", "--db", str(demo_file), "--smtp", server, "--user", SMTP_USER]
    command += ["--insecure", "--remember-password"]
    assert main(command) == 1
    assert memory_keyring.passwords == {}


def test_invites_stopped_by_a_full_disk_say_how_many_were_written(demo_store, tmp_path, monkeypatch):
    import errno
    import os
    import stat

    from confdesk.files import BatchError
    from confdesk.mail.outbox import write_messages

    box = outbox(demo_store, demo_store.conference_id())
    real_fsync, files = os.fsync, [0]

    def fsync(fd: int) -> None:  # the 3rd message does not fit
        if stat.S_ISREG(os.fstat(fd).st_mode):
            files[0] += 1
            if files[0] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(BatchError) as raised:
        write_messages(demo_store, box, tmp_path / "eml")
    assert (raised.value.written, raised.value.total) == (2, len(box.messages))
    assert str(raised.value).startswith(f"wrote 2 of {len(box.messages)} messages; stopped at ")
    assert str(raised.value).endswith(": No space left on device")
    written = sorted((tmp_path / "eml").iterdir())
    assert len(written) == 2
    for path in written:
        assert itip_calendar(email.message_from_bytes(path.read_bytes(), policy=policy.default)).events
    # The two written count as handed over; the rest are still to come.
    assert len(outbox(demo_store, demo_store.conference_id()).messages) == len(box.messages) - 2
