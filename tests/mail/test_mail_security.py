"""Nothing injected, nobody lost: hostile names and titles cannot add a header, addresses are
checked against what SMTP can deliver (SMTPUTF8, IDNA), one refused recipient does not stop a
batch, and names reach the terminal without escape sequences or line breaks.

The hostile values are written straight into the rows, past the services' checks, as a file
from an older version or another tool could hold them.
"""

from __future__ import annotations

import base64
import email
import re
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest
from sqlalchemy import func, select

from confdesk.cli import main
from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import notices
from confdesk.mail.compose import AddressError, compose_notice, mailbox
from confdesk.mail.outbox import BatchStopped, outbox, send_invites
from confdesk.mail.smtp import InsecureLogin, MailError, SmtpSettings, SmtpTransport
from confdesk.model import Conference, LocalText, Person
from confdesk.model.delivery import SentMessage
from confdesk.untrusted import header_text
from tests.mail.conftest import Mailbox, _start, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def _b64_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


#: Display names an import or an old file could hold. Each one must leave exactly the headers
#: ConfDesk writes, one recipient, and the name as literal text (controls dropped).
HOSTILE_NAMES = [
    "=?utf-8?q?Rana=0D=0AReply-To:_attacker@evil.example?=",
    "=?utf-8?q?Rana=0D=0ABcc:_victim@evil.example?=",
    "=?UTF-8?Q?Rana=0ACc:_victim@evil.example?=",
    _b64_word("Rana\r\nBcc: victim@evil.example"),
    "=?iso-8859-1?q?R=E4na=0D=0AReply-To:_a@evil.example?=",
    "Rana =?utf-8?q?=0D=0ABcc:_victim@evil.example?= Haddad",
    "رنا =?utf-8?q?=0D=0AReply-To:_attacker@evil.example?= حداد",
    "Rana\r\nBcc: victim@evil.example",
    "Rana\nReply-To: attacker@evil.example",
    "Rana\rBcc: victim@evil.example",
    "Rana\tBcc: victim@evil.example",
    "Rana\u2028Reply-To: attacker@evil.example",
    "Rana\x85Bcc: victim@evil.example",
    "Rana\r\n\r\n<html>body injected</html>",
    '"Rana" <attacker@evil.example>, victim@evil.example',
    "Rana <attacker@evil.example>",
    'Ra"na\\" <attacker@evil.example>',
    "Rana\x00\x1b[31mRed\x7f\x9b2J",
    "\u202eanaR\u202c Haddad",
    "Rana\u2066\u2067\u2068\u2069\u200e\u200f\u061c Haddad",
    "Rana " + "=?utf-8?q?long?= " * 12 + "Haddad",
    "الدكتورة رنا عبد الرحمن الحداد =?utf-8?b?DQpCY2M6IHhAZXZpbC5leGFtcGxl?= الخطيب",
]
#: Conference titles (they make the Subject and the From name).
HOSTILE_TITLES = [
    "GCM =?utf-8?q?2026=0D=0ABcc:_victim@evil.example?=",
    "GCM =?utf-8?b?MjAyNg0KQmNjOiB2aWN0aW1AZXZpbC5leGFtcGxl?=",
    "\u202eMCG\u202c 2026 \x1b]0;owned\x07",
    "مشاورة =?utf-8?q?=0D=0AReply-To:_a@evil.example?=",
]
#: Titles with raw line breaks: the calendar part refuses them (icalendar), so they are
#: checked on the headers alone.
HOSTILE_TITLES_WITH_BREAKS = [
    "GCM 2026\r\nBcc: victim@evil.example",
    "GCM 2026\nReply-To: attacker@evil.example",
    "GCM 2026\r\n\r\nbody",
]
#: Addresses no mail server can deliver to: set aside with a reason, the batch goes on.
UNDELIVERABLE = [
    "rana@example.org\r\nBcc: victim@evil.example",
    "rana@example.org, victim@evil.example",
    "Rana <rana@example.org>",
    "ra na@example.org",
    "no-at-sign.example.org",
    "rana@victim@evil.example",
    "\u202erana@example.org",
    "rana@exa\u200bmple.org",
    "rana..haddad@example.org",
    "rana@-example.org",
    "rana@example..org",
    '"rana haddad"@example.org',
]
HEADERS = ["Subject", "From", "To", "Date", "Message-ID", "Content-Type", "MIME-Version", "Content-Language"]


def source_of(store):
    with store.reader() as db:
        return load_source(db, store.conference_id())


def people_with_invites(store, count: int) -> list[int]:
    box = outbox(store, store.conference_id())
    return [invite.person.id for invite in box.invites[:count]]


def set_rows(store, person_id: int, **values) -> None:
    """Write straight into a person's row, past the services' checks."""
    with store.unit() as db:
        row = db.get(Person, person_id)
        for name, value in values.items():
            setattr(row, name, value)


def set_title(store, title: str) -> None:
    with store.unit() as db:
        conference = db.get(Conference, store.conference_id())
        conference.name = LocalText(ar=title, en=title, fr=title)
        conference.short_name = LocalText(ar=title, en=title, fr=title)


def head_of(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


def raw_header(raw: bytes, name: str) -> str:
    """The unfolded value of the one top-level header ``name`` in ``raw``."""
    found = re.findall(rb"^" + name.encode() + rb": ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", head_of(raw), re.MULTILINE)
    assert len(found) == 1, (name, found)
    return re.sub(r"\r\n[ \t]", " ", found[0].decode("utf-8"))


def literal_phrase(value: str) -> str:
    """A display name or subject read as RFC 2047 says (whitespace between encoded words
    dropped), which Python's address parser does not do."""
    return str(make_header(decode_header(value)))


def assert_only_our_headers(raw: bytes, *, name: str, address: str) -> None:
    head = head_of(raw)
    # Every line starts a header of ours or continues the one before.
    for line in head.split(b"\r\n"):
        assert line[:1] in (b" ", b"\t") or line.split(b":", 1)[0].decode() in HEADERS, line
    assert b"\r" not in head.replace(b"\r\n", b"") and b"\n" not in head.replace(b"\r\n", b"")
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert sorted(parsed.keys()) == sorted(HEADERS)
    for injected in ("Reply-To", "Bcc", "Cc"):
        assert parsed[injected] is None
    (to,) = parsed["To"].addresses
    assert to.addr_spec == address
    realname, spec = parseaddr(raw_header(raw, "To"))
    assert spec == address
    assert literal_phrase(realname) == header_text(name)


# --- headers --------------------------------------------------------------------------------


# SQLite only: some of these names are rows no PostgreSQL column can hold (a NUL, more than
# 200 characters), written past the services' checks as another program could write a file.
@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_display_name_adds_no_header_and_reads_as_literal_text(demo_store, name):
    (person_id,) = people_with_invites(demo_store, 1)
    set_rows(demo_store, person_id, name=name, name_ar="", language="en")
    source = source_of(demo_store)
    raw = compose_notice(notices(plan_invite(source, person_id))[0], sent_at=datetime.now(UTC)).as_bytes()
    assert head_of(raw).isascii()
    assert_only_our_headers(raw, name=name, address=source.people[person_id].email)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_hostile_conference_title_adds_no_header(demo_store, title):
    set_title(demo_store, title)
    (person_id,) = people_with_invites(demo_store, 1)
    source = source_of(demo_store)
    invite = plan_invite(source, person_id)
    raw = compose_notice(notices(invite)[0], sent_at=datetime.now(UTC)).as_bytes()
    person = source.people[person_id]
    assert_only_our_headers(raw, name=person.display_name(invite.lang), address=person.email)
    subject = literal_phrase(raw_header(raw, "Subject"))
    assert header_text(title) in subject and "\n" not in subject and "\x1b" not in subject
    realname, _ = parseaddr(raw_header(raw, "From"))
    assert literal_phrase(realname) == header_text(title)


@pytest.mark.parametrize("title", HOSTILE_TITLES_WITH_BREAKS)
def test_a_title_with_line_breaks_stays_one_subject_and_one_from(title):
    from confdesk.mail.compose import SMTP_POLICY, OutgoingMessage, _mailbox_header, _set, _words

    message = OutgoingMessage(policy=SMTP_POLICY)
    _set(message, "Subject", _words(f"Invitation: {title}", "Subject"))
    _set(message, "From", _mailbox_header(title, mailbox("team@example.org"), "From"))
    message.set_content("x")
    raw = message.as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert sorted(parsed.keys()) == ["Content-Transfer-Encoding", "Content-Type", "From", "MIME-Version", "Subject"]
    assert literal_phrase(raw_header(raw, "Subject")) == f"Invitation: {header_text(title)}"
    assert parsed["From"].addresses[0].display_name == header_text(title)


# SQLite only: some of these names are rows no PostgreSQL column can hold (a NUL, more than
# 200 characters), written past the services' checks as another program could write a file.
@pytest.mark.sqlite_only
def test_hostile_names_through_a_real_server_reach_only_their_own_mailbox(demo_store, smtp_server):
    people = people_with_invites(demo_store, len(HOSTILE_NAMES))
    for person_id, name in zip(people, HOSTILE_NAMES, strict=True):
        set_rows(demo_store, person_id, name=name, name_ar="", language="en")
    box = outbox(demo_store, demo_store.conference_id())
    with SmtpTransport(SmtpSettings("127.0.0.1", smtp_server.port)) as transport:
        result = send_invites(demo_store, box, transport)
    assert result.refused == () and len(result.sent) == len(box.messages)
    # One envelope recipient per message, the person's own; nobody at evil.example.
    assert all(len(recipients) == 1 for recipients in smtp_server.recipients)
    assert not [r for recipients in smtp_server.recipients for r in recipients if "evil" in r]
    emails = {invite.person.id: invite.person.email for invite in box.invites}
    for person_id, name in zip(people, HOSTILE_NAMES, strict=True):
        received = smtp_server.to(emails[person_id])
        assert len(received) == sum(1 for m in box.messages if m.invite.person.id == person_id)
        for message in received:
            assert sorted(message.keys()) == sorted(HEADERS)
            assert message["Reply-To"] is None and message["Bcc"] is None and message["Cc"] is None
            # Python's parser puts a space between encoded words of a display name; RFC 2047 does not.
            (to,) = message["To"].addresses
            assert "".join(to.display_name.split()) == "".join(header_text(name).split())


# --- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_an_address_smtp_cannot_deliver_is_refused_with_a_reason(address):
    with pytest.raises(AddressError) as raised:
        mailbox(address)
    assert "\r" not in str(raised.value) and "\n" not in str(raised.value)


def test_an_internationalised_domain_is_idna_encoded():
    assert mailbox("rana@exämple.org").addr_spec == "rana@xn--exmple-cua.org"
    assert mailbox("rana@straße.de").addr_spec == "rana@xn--strae-oqa.de"  # IDNA 2008, not "strasse"
    assert not mailbox("rana@exämple.org").needs_smtputf8
    assert mailbox("رنا@example.org").needs_smtputf8


def test_undeliverable_addresses_are_set_aside_and_the_batch_goes_on(demo_store, smtp_server):
    people = people_with_invites(demo_store, len(UNDELIVERABLE) + 1)
    for person_id, address in zip(people, UNDELIVERABLE, strict=False):
        set_rows(demo_store, person_id, email=address)
    idn = people[-1]
    set_rows(demo_store, idn, email="rana@exämple.org")
    box = outbox(demo_store, demo_store.conference_id())
    assert sorted(r.email for r in box.undeliverable) == sorted(UNDELIVERABLE)
    with SmtpTransport(SmtpSettings("127.0.0.1", smtp_server.port)) as transport:
        result = send_invites(demo_store, box, transport)
    assert {r.person_id for r in result.refused} == set(people[:-1])
    assert len(result.sent) == len(box.messages) == len(smtp_server.messages)
    received = smtp_server.to("rana@xn--exmple-cua.org")
    assert received and all(m["To"].addresses[0].addr_spec == "rana@xn--exmple-cua.org" for m in received)


class Recording(Mailbox):
    """Also keeps each message's MAIL FROM options (SMTPUTF8, BODY=8BITMIME)."""

    def __init__(self, port: int) -> None:
        super().__init__(port)
        self.options: list[list[str]] = []
        self.raw: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.options.append(list(envelope.mail_options))
        self.raw.append(envelope.original_content)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def utf8_server():
    mailbox = Recording(free_port())
    controller = _start(mailbox, enable_SMTPUTF8=True)
    yield mailbox
    controller.stop()


@pytest.fixture
def ascii_server():
    mailbox = Recording(free_port())
    controller = _start(mailbox, enable_SMTPUTF8=False)  # aiosmtpd's Controller offers it by default
    yield mailbox
    controller.stop()


ARABIC_ADDRESS = "رنا.حداد@example.org"


def test_a_non_ascii_local_part_goes_with_smtputf8_when_the_server_offers_it(demo_store, utf8_server):
    people = people_with_invites(demo_store, 3)
    set_rows(demo_store, people[1], email=ARABIC_ADDRESS)
    box = outbox(demo_store, demo_store.conference_id())
    with SmtpTransport(SmtpSettings("127.0.0.1", utf8_server.port)) as transport:
        result = send_invites(demo_store, box, transport)
    assert result.refused == ()
    indexes = [i for i, r in enumerate(utf8_server.recipients) if r == [ARABIC_ADDRESS]]
    assert indexes and all("SMTPUTF8" in utf8_server.options[i] for i in indexes)
    for index in indexes:
        # Headers in UTF-8 (RFC 6532), which the email package reads from text, not bytes.
        message = email.message_from_string(utf8_server.raw[index].decode("utf-8"), policy=policy.default)
        assert message["To"].addresses[0].addr_spec == ARABIC_ADDRESS
    # The others went as plain ASCII mail.
    assert sum("SMTPUTF8" in options for options in utf8_server.options) == len(indexes)


def test_a_non_ascii_local_part_is_refused_for_that_recipient_without_smtputf8(demo_store, ascii_server):
    people = people_with_invites(demo_store, 3)
    set_rows(demo_store, people[1], email=ARABIC_ADDRESS)
    box = outbox(demo_store, demo_store.conference_id())
    with SmtpTransport(SmtpSettings("127.0.0.1", ascii_server.port)) as transport:
        result = send_invites(demo_store, box, transport)
    (refusal,) = result.refused  # once for the person, however many messages they had
    assert refusal.person_id == people[1] and "SMTPUTF8" in refusal.reason and ARABIC_ADDRESS in refusal.reason
    theirs = sum(1 for m in box.messages if m.invite.person.id == people[1])
    assert len(result.sent) == len(box.messages) - theirs == len(ascii_server.messages)
    assert [ARABIC_ADDRESS] not in ascii_server.recipients


def test_invites_command_writes_a_utf8_address_and_sets_aside_a_bad_one(demo_file, demo_store, tmp_path, capsys):
    from confdesk.store import open_store

    store = open_store(demo_file)
    try:
        people = people_with_invites(store, 2)
        set_rows(store, people[0], email=ARABIC_ADDRESS)
        set_rows(store, people[1], email="rana@example.org\r\nBcc: victim@evil.example")
    finally:
        store.close()
    out = tmp_path / "eml"
    assert main(["invites", "--db", str(demo_file), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    (line,) = [line for line in err.splitlines() if "no message for" in line]
    assert f"(person {people[1]})" in line and "\r" not in line
    # UTF-8 headers (RFC 6532): the email package reads them from text, not bytes.
    messages = [email.message_from_string(p.read_text("utf-8"), policy=policy.default) for p in out.glob("*.eml")]
    assert [m for m in messages if m["To"].addresses[0].addr_spec == ARABIC_ADDRESS]
    assert not [m for m in messages if "evil" in str(m["To"])]


# --- one bad recipient ----------------------------------------------------------------------


class Refusing(Recording):
    """Answers RCPT for ``refused`` with a code (550 by default, hostile reply text) and
    DATA for ``refused_data`` with 554."""

    def __init__(self, port: int) -> None:
        super().__init__(port)
        self.refused: set[str] = set()
        self.refused_data: set[str] = set()
        self.code = "550"
        self.attempts: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.attempts.append(address)
        if address in self.refused:
            return f"{self.code} 5.1.1 <{address}>: no such user \x1b[2J"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if set(envelope.rcpt_tos) & self.refused_data:
            return "554 5.7.1 message refused"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def refusing_server():
    mailbox = Refusing(free_port())
    controller = _start(mailbox)
    yield mailbox
    controller.stop()


def test_one_recipient_refused_with_550_the_rest_are_delivered_and_a_rerun_sends_only_to_them(
    demo_file, refusing_server, capsys
):
    from confdesk.store import open_store

    store = open_store(demo_file)
    try:
        box = outbox(store, store.conference_id())
        bad = box.invites[3].person
        data_refused = box.invites[8].person
    finally:
        store.close()
    refusing_server.refused = {bad.email}
    refusing_server.refused_data = {data_refused.email}
    server = f"127.0.0.1:{refusing_server.port}"

    assert main(["send", "--db", str(demo_file), "--smtp", server]) == 1
    out, err = capsys.readouterr()
    theirs = sum(1 for m in box.messages if m.invite.person.id in (bad.id, data_refused.id))
    assert out.startswith(f"{len(box.messages) - theirs} messages sent")
    lines = [line for line in err.splitlines() if line.startswith("confdesk: not sent to ")]
    assert len(lines) == 2
    (line,) = [line for line in lines if bad.email in line]
    assert "550" in line and "no such user" in line and "\x1b" not in line
    assert any(data_refused.email in line and "554" in line for line in lines)
    served = {r for recipients in refusing_server.recipients for r in recipients}
    assert served == {invite.person.email for invite in box.invites} - {bad.email, data_refused.email}

    # Again, with the same server: only the two not yet served are tried, nobody twice.
    refusing_server.attempts.clear()
    assert main(["send", "--db", str(demo_file), "--smtp", server]) == 1
    assert sorted(refusing_server.attempts) == sorted([bad.email, data_refused.email])
    assert "0 messages sent" in capsys.readouterr().out

    # Once the server takes them, a re-run serves exactly them.
    refusing_server.refused, refusing_server.refused_data = set(), set()
    before = len(refusing_server.messages)
    assert main(["send", "--db", str(demo_file), "--smtp", server]) == 0
    new = refusing_server.recipients[before:]
    assert {r for recipients in new for r in recipients} == {bad.email, data_refused.email}
    assert len(new) == theirs
    store = open_store(demo_file)
    try:
        with store.reader() as db:
            assert db.scalar(select(func.count(SentMessage.id))) == len(box.messages)
    finally:
        store.close()


def test_a_server_closing_the_connection_stops_the_batch_saying_what_was_sent(demo_file, refusing_server, capsys):
    from confdesk.store import open_store

    store = open_store(demo_file)
    try:
        box = outbox(store, store.conference_id())
    finally:
        store.close()
    refusing_server.refused = {box.invites[5].person.email}
    refusing_server.code = "421"
    before = next(i for i, m in enumerate(box.messages) if m.invite.person.id == box.invites[5].person.id)
    assert main(["send", "--db", str(demo_file), "--smtp", f"127.0.0.1:{refusing_server.port}"]) == 1
    err = capsys.readouterr().err
    (error,) = [line for line in err.splitlines() if line.startswith("confdesk: error: ")]
    assert f"{before} of {len(box.messages)} messages were sent and recorded" in error
    assert len(refusing_server.messages) == before


def test_batch_stopped_carries_what_was_sent(demo_store, refusing_server):
    box = outbox(demo_store, demo_store.conference_id())
    refusing_server.refused = {box.invites[2].person.email}
    refusing_server.code = "421"
    before = next(i for i, m in enumerate(box.messages) if m.invite.person.id == box.invites[2].person.id)
    with (
        SmtpTransport(SmtpSettings("127.0.0.1", refusing_server.port)) as transport,
        pytest.raises(BatchStopped) as raised,
    ):
        send_invites(demo_store, box, transport)
    assert isinstance(raised.value, MailError)
    assert len(raised.value.result.sent) == before and raised.value.result.stopped


# --- secrets --------------------------------------------------------------------------------


def test_login_without_encryption_is_refused_unless_insecure(demo_file, smtp_server_with_login, monkeypatch, capsys):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("asked for a password"))
    server = f"127.0.0.1:{smtp_server_with_login.port}"
    assert main(["send", "--db", str(demo_file), "--smtp", server, "--user", "organiser"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: ") and err.count("\n") == 1
    assert "--insecure" in err and "--starttls" in err
    assert smtp_server_with_login.messages == []
    with pytest.raises(InsecureLogin):
        SmtpTransport(SmtpSettings("127.0.0.1", smtp_server_with_login.port, user="organiser"), "pw").__enter__()


def test_encrypted_settings_do_not_count_as_clear_text():
    assert SmtpSettings.parse("mail.example.org", ssl=True, user="u").port == 465
    assert not SmtpSettings.parse("mail.example.org", starttls=True, user="u").sends_password_in_clear
    assert not SmtpSettings.parse("mail.example.org", ssl=True, user="u").sends_password_in_clear
    assert SmtpSettings.parse("mail.example.org:25", user="u").sends_password_in_clear
    assert not SmtpSettings.parse("mail.example.org:25").sends_password_in_clear


# --- the terminal ---------------------------------------------------------------------------

TERMINAL_HOSTILE = [
    "Rana\x1b[2J\x1b[H Haddad",
    "Rana\r\nconfdesk: error: fake line",
    "\u202eanaR\u202c",
    "Rana\x9b31m\x07\x08\x7f",
    "Rana\u2028Haddad\u2029",
    "Rana\x1b]0;owned\x07",
]
_TERMINAL_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_names_printed_by_the_commands_hold_no_escape_sequence_or_line_break(demo_file, smtp_server, capsys):
    from confdesk.store import open_store

    store = open_store(demo_file)
    try:
        with store.reader() as db:
            every = db.scalars(select(Person.id).order_by(Person.id)).all()
        for index, person_id in enumerate(every):
            hostile = TERMINAL_HOSTILE[index % len(TERMINAL_HOSTILE)]
            set_rows(store, person_id, name=f"{hostile} {index}", name_ar=f"{hostile} {index}")
        set_title(store, TERMINAL_HOSTILE[0])
    finally:
        store.close()
    outputs = {}
    for command in (
        ["info"],
        ["check"],
        ["check", "--json"],
        ["propose", "--time-limit", "1"],
        ["propose", "--json", "--time-limit", "1"],
        ["send", "--smtp", f"127.0.0.1:{smtp_server.port}"],
    ):
        main([command[0], "--db", str(demo_file), *command[1:]])
        out, err = capsys.readouterr()
        outputs[" ".join(command)] = out + err
    for command, text in outputs.items():
        assert not _TERMINAL_UNSAFE.search(text), (command, _TERMINAL_UNSAFE.search(text))
        assert "\nconfdesk: error: fake line" not in text, command
    # The names are there, escaped: "\x1b" written as text.
    assert "Rana\\x1b[2J" in outputs["info"]
    assert "Rana\\x1b[2J" in outputs["propose --time-limit 1"]
    assert "\\x1b" in outputs[f"send --smtp 127.0.0.1:{smtp_server.port}"]
    import json

    json.loads(outputs["check --json"])
    json.loads(outputs["propose --json --time-limit 1"])
