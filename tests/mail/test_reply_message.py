"""Reading a message as a calendar reply: hostile and broken messages are an
:class:`UnreadableReply` with a code, never another exception."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confdesk.mail.reply_message import Unreadable, UnreadableReply, parse_message, read_reply
from tests.mail.replies_kit import Invitation, reply_message

INVITATION = Invitation("amina@example.org", "uid-7@confdesk", 2, "contact@conference.example", None)  # type: ignore[arg-type]


def read(raw: bytes):
    return read_reply(parse_message(raw))


@pytest.mark.parametrize("style", ["thunderbird", "outlook"])
def test_a_reply_says_who_answered_what_to_which_event(style):
    reply = read(reply_message(INVITATION, "ACCEPTED", style=style))
    assert (reply.uid, reply.sequence, reply.organizer) == ("uid-7@confdesk", 2, "contact@conference.example")
    assert [(a.address, a.partstat) for a in reply.attendees] == [("amina@example.org", "ACCEPTED")]
    assert reply.replied_at is not None and reply.replied_at.tzinfo is not None
    assert reply.message_id.endswith("@example.org>")


def test_addresses_are_compared_without_case():
    raw = reply_message(INVITATION, "DECLINED").replace(b"mailto:amina@example.org", b"MAILTO:Amina@Example.ORG")
    assert read(raw).attendees[0].address == "amina@example.org"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", Unreadable.NOT_MAIL),
        (b"just some notes\n", Unreadable.NOT_MAIL),
        (b"From: a@b.example\nSubject: hi\n\nhello\n", Unreadable.NO_CALENDAR),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"METHOD:REPLY", b"METHOD:REQUEST"), Unreadable.NOT_REPLY),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"ATTENDEE;PARTSTAT=ACCEPTED:mailto:", b"X-A:"), Unreadable.NO_ATTENDEE),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"ORGANIZER:", b"X-O:"), Unreadable.NO_ORGANIZER),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"UID:uid-7@confdesk\n", b""), Unreadable.NO_EVENT),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"BEGIN:VEVENT", b"BEGIN:VTODO").replace(b"END:VEVENT", b"END:VTODO"), Unreadable.NO_EVENT),
        (reply_message(INVITATION, "ACCEPTED", style="outlook").replace(b"END:VEVENT\n", b""), Unreadable.BAD_CALENDAR),
    ],
)  # fmt: skip
def test_what_is_not_a_readable_reply_says_why(raw, code):
    with pytest.raises(UnreadableReply) as caught:
        read(raw)
    assert caught.value.code == code


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=2000))
def test_garbage_anywhere_in_a_reply_is_a_reply_or_unreadable_never_a_crash(noise, where):
    raw = reply_message(INVITATION, "TENTATIVE", style="outlook")
    where = min(where, len(raw))
    with contextlib.suppress(UnreadableReply):
        read(raw[:where] + noise + raw[where:])
