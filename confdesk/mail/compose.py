"""Invitation e-mails as standard MIME (Python's email package, SMTP policy).

One message per iTIP object (:class:`~confdesk.exports.itip.Notice`: one person, one UID), in
the structure Outlook, Gmail and Thunderbird all act on::

    multipart/mixed
      multipart/alternative
        text/plain
        text/html
        text/calendar; method=REQUEST     (method=CANCEL for a lost or cancelled session)
      application/ics; invite.ics       (the same calendar, for clients that show attachments)

A client applies only the calendar that is the message's own alternative body, so a
cancellation is a message of its own too. A person's summary (:func:`compose_summary`) is
``multipart/alternative`` of text and HTML alone: no calendar part, nothing to apply.

No name or title can add a header. Whatever reaches a header (names, subjects) loses its line
breaks, control characters, DEL and bidi controls first (:func:`confdesk.untrusted.header_text`).
Then it is written plain when it is ASCII (through :class:`email.headerregistry.Address` for a
mailbox), and as RFC 2047 encoded words of its UTF-8 otherwise, or when it holds ``=?``: text
that looks like an encoded word is the literal text it is, and a reader shows it as such. The
email package never re-parses these values (it would decode ``=?…?=`` inside them and write
what it decoded, line breaks included, straight into the message): they are stored as made and
checked to be folded lines of one header.

Addresses are checked against what SMTP can deliver (:func:`mailbox`): one dot-atom local part
(non-ASCII only with SMTPUTF8, see :attr:`OutgoingMessage.smtputf8`) and a domain that is
IDNA-encoded. The envelope travels with the message (:class:`OutgoingMessage`), so the
transport never reads recipients back from the headers.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email import errors as email_errors
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import idna

from confdesk.errors import ConfDeskError
from confdesk.exports.calendar import CANCEL, Invite
from confdesk.exports.itip import Notice
from confdesk.mail.bodies import (
    Body,
    html_text,
    notice_body,
    notice_subject,
    plain_text,
    summary_body,
    summary_subject,
)
from confdesk.untrusted import header_text, shown

#: policy.SMTP, but a header value stored as made is never re-parsed and refolded.
SMTP_POLICY = policy.SMTP.clone(refold_source="none")
#: The same for a message with a non-ASCII address: headers in UTF-8 (RFC 6532).
SMTPUTF8_POLICY = SMTP_POLICY.clone(utf8=True)

_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_LINE = 78


class AddressError(ConfDeskError):
    """An e-mail address no mail server could deliver to; the message says why."""


@dataclass(frozen=True)
class Mailbox:
    """An address as SMTP carries it: the local part as given, the domain IDNA-encoded."""

    local: str
    domain: str

    @property
    def addr_spec(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def needs_smtputf8(self) -> bool:
        """Whether only a server offering SMTPUTF8 can take it (non-ASCII before the @)."""
        return not self.local.isascii()


def _local_ok(local: str) -> bool:
    if not local or len(local.encode("utf-8")) > 64:
        return False
    for atom in local.split("."):
        if not atom:
            return False
        for character in atom:
            if character in _ATEXT:
                continue
            # RFC 6531: any non-ASCII letter, mark, number, symbol or punctuation.
            if character.isascii() or unicodedata.category(character)[0] in "CZ":
                return False
    return True


def _to_ascii(name: str) -> str:
    """IDNA 2008 with the UTS 46 mapping, what mail and browsers use (``straße.de`` stays
    itself, where the standard library's IDNA 2003 codec would make it ``strasse.de``)."""
    if name.isascii():
        return name
    return idna.encode(name, uts46=True, transitional=False).decode("ascii")


def _ascii_domain(domain: str) -> str | None:
    """The domain as the DNS has it (IDNA), or None when it cannot be one."""
    if domain.startswith("[") and domain.endswith("]"):
        try:
            ipaddress.ip_address(domain[1:-1].removeprefix("IPv6:"))
        except ValueError:
            return None
        return domain
    name = domain[:-1] if domain.endswith(".") else domain
    if not name or any(unicodedata.category(c)[0] in "CZ" for c in name):
        return None
    try:
        encoded = _to_ascii(name)
    except UnicodeError:
        return None
    labels = encoded.split(".")
    if len(encoded) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    return encoded


def mailbox(address: str) -> Mailbox:
    """``address`` as SMTP can carry it, or :class:`AddressError` saying why it cannot."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        raise AddressError(f"'{shown(address)}' is not an e-mail address (it has no @)")
    if not _local_ok(local):
        raise AddressError(
            f"'{shown(address)}' is not an address a mail server can deliver to: "
            "the part before the @ holds a character or a form SMTP cannot carry"
        )
    ascii_domain = _ascii_domain(domain)
    if ascii_domain is None:
        raise AddressError(
            f"'{shown(address)}' is not an address a mail server can deliver to: "
            "the part after the @ is not a domain name"
        )
    found = Mailbox(local, ascii_domain)
    if not found.needs_smtputf8:
        try:  # the email package's own reading must agree
            checked = Address(addr_spec=found.addr_spec)
        except (ValueError, IndexError, email_errors.HeaderParseError):
            checked = None
        if checked is None or checked.addr_spec != found.addr_spec:
            raise AddressError(f"'{shown(address)}' is not an address a mail server can deliver to")
    return found


class OutgoingMessage(EmailMessage):
    """An e-mail with its SMTP envelope, taken from the data and never from its headers."""

    sender: str = ""
    recipients: tuple[str, ...] = ()
    #: Whether an address in it has a non-ASCII local part (the server must offer SMTPUTF8).
    smtputf8: bool = False


def _plain(text: str) -> bool:
    """Whether ``text`` may stand in a header as it is: ASCII that cannot be read as an
    encoded word."""
    return text.isascii() and "=?" not in text


def _words(text: str, header: str) -> str:
    """``text`` for a header's value: folded plain ASCII, else RFC 2047 encoded UTF-8."""
    text = header_text(text)
    charset = "us-ascii" if _plain(text) else "utf-8"
    return Header(text, charset, maxlinelen=_LINE, header_name=header).encode(linesep="\r\n")


def _mailbox_header(name: str, box: Mailbox | None, header: str) -> str:
    name = header_text(name)
    spec = box.addr_spec if box is not None else ""
    if _plain(name):
        if box is None:
            return f"{_words(name, header)} <>" if name else "<>"
        if box.needs_smtputf8:  # no addr_spec parse for a UTF-8 local part
            return str(Address(display_name=name, username=box.local, domain=box.domain))
        return str(Address(display_name=name, addr_spec=spec))
    words = _words(name, header)
    last = words.rpartition("\r\n")[2]
    space = "\r\n " if len(header) + len(last) + len(spec) + 5 > _LINE else " "
    return f"{words}{space}<{spec}>"


def _set(message: EmailMessage, name: str, value: str) -> None:
    """Store a header value as made, after checking it is one header: folded lines only."""
    lines = value.split("\r\n")
    if any("\r" in line or "\n" in line or header_text(line) != line.strip() for line in lines) or any(
        not line.startswith(" ") for line in lines[1:]
    ):
        raise ValueError(f"{name}: the value would not stay one header")
    message.set_raw(name, value)


def _message(invite: Invite, subject: str, sent_at: datetime) -> OutgoingMessage:
    """A message to ``invite``'s person with its envelope and headers, and no body yet."""
    person = invite.person
    if not person.email:
        raise ValueError(f"person {person.id} has no e-mail address")
    conference = invite.source.conference
    recipient = mailbox(person.email)
    sender = mailbox(conference.contact_email) if conference.contact_email else None
    smtputf8 = recipient.needs_smtputf8 or (sender is not None and sender.needs_smtputf8)
    message = OutgoingMessage(policy=SMTPUTF8_POLICY if smtputf8 else SMTP_POLICY)
    message.sender = sender.addr_spec if sender is not None else ""
    message.recipients = (recipient.addr_spec,)
    message.smtputf8 = smtputf8
    _set(message, "Subject", _words(subject, "Subject"))
    _set(message, "From", _mailbox_header(conference.title(invite.lang), sender, "From"))
    _set(message, "To", _mailbox_header(person.display_name(invite.lang), recipient, "To"))
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = make_msgid(domain=sender.domain if sender is not None else "confdesk.invalid")
    return message


def _with_text(message: OutgoingMessage, body: Body) -> None:
    message.set_content(plain_text(body))
    message.add_alternative(html_text(body), subtype="html")


def _language(message: OutgoingMessage, lang: str) -> None:
    # Last: set_content and make_mixed move every Content-* header down into the first part.
    if _LANGUAGE_TAG.fullmatch(lang):
        message["Content-Language"] = lang


def compose_notice(notice: Notice, *, sent_at: datetime) -> OutgoingMessage:
    """The e-mail carrying ``notice`` to its person; the person must have an address.

    Raises :class:`AddressError` when the person's (or the conference's) address is not one
    a mail server can deliver to."""
    invite = notice.invite
    message = _message(invite, notice_subject(notice), sent_at)
    _with_text(message, notice_body(notice))
    calendar = notice.calendar().to_ical()
    # base64, not 8bit: a server without 8BITMIME must still carry the calendar intact.
    message.add_alternative(
        calendar.decode("utf-8"), subtype="calendar", params={"method": notice.method}, cte="base64"
    )
    message.make_mixed()
    # As application/ics (Gmail's way): a client acts on the alternative body, never twice.
    name = "cancel.ics" if notice.event.method == CANCEL else "invite.ics"
    message.add_attachment(calendar, maintype="application", subtype="ics", filename=name)
    _language(message, invite.lang)
    return message


def compose_summary(invite: Invite, *, sent_at: datetime) -> OutgoingMessage:
    """The e-mail listing the person's sessions, with no calendar part (no iTIP object)."""
    message = _message(invite, summary_subject(invite), sent_at)
    _with_text(message, summary_body(invite))
    _language(message, invite.lang)
    return message
