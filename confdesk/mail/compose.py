"""Invitation e-mails as standard MIME (Python's email package, SMTP policy).

Structure, the one Outlook, Gmail and Thunderbird all act on::

    multipart/alternative
      text/plain
      text/html
      text/calendar; method=REQUEST     (method=CANCEL when only cancellations remain)

wrapped in multipart/mixed with a ``text/calendar; method=CANCEL`` attachment when a person
both keeps some sessions and loses others: a calendar object carries one METHOD.

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

import html
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
from confdesk.exports import calendar_text
from confdesk.exports.calendar import Invite, PlannedEvent, one_line
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


def subject(invite: Invite) -> str:
    conference = invite.source.conference.title(invite.lang)
    return header_text(one_line(calendar_text.text(invite.lang, f"subject_{invite.kind}", conference=conference)))


def _event_block(planned: PlannedEvent) -> list[str]:
    description = str(planned.event.get("DESCRIPTION", ""))
    return [planned.summary, *[line for line in description.split("\n") if line]]


def _paragraphs(invite: Invite) -> tuple[list[str], list[list[str]], list[str], list[str]]:
    lang = invite.lang
    conference = invite.source.conference.title(lang)
    name = invite.person.display_name(lang)
    opening = [
        calendar_text.text(lang, "greeting", name=one_line(name)),
        calendar_text.text(lang, f"intro_{invite.kind}", conference=conference),
    ]
    events = [_event_block(planned) for planned in invite.requests]
    cancelled = [planned.summary for planned in invite.cancels]
    closing = [calendar_text.text(lang, "closing"), conference]
    if mailbox := invite.source.conference.contact_email:
        closing.append(calendar_text.text(lang, "contact", email=mailbox))
    return opening, events, cancelled, closing


def plain_text(invite: Invite) -> str:
    opening, events, cancelled, closing = _paragraphs(invite)
    blocks = ["\n\n".join(opening)]
    blocks += ["\n".join(block) for block in events]
    if cancelled and invite.requests:
        blocks.append(calendar_text.text(invite.lang, "cancelled_heading"))
    blocks += [f"- {summary}" for summary in cancelled]
    blocks.append("\n".join(closing))
    return "\n\n".join(blocks) + "\n"


def html_text(invite: Invite) -> str:
    opening, events, cancelled, closing = _paragraphs(invite)
    direction = "rtl" if invite.lang == "ar" else "ltr"
    out = [f'<!DOCTYPE html><html lang="{invite.lang}" dir="{direction}"><body>']
    out += [f"<p>{html.escape(paragraph)}</p>" for paragraph in opening]
    for block in events:
        title, *lines = block
        out.append(f"<h3>{html.escape(title)}</h3><p>")
        # Links, ids and passcodes read left to right inside Arabic text.
        out.append("<br>".join(f'<span dir="auto">{html.escape(line)}</span>' for line in lines))
        out.append("</p>")
    if cancelled:
        if invite.requests:
            out.append(f"<p>{html.escape(calendar_text.text(invite.lang, 'cancelled_heading'))}</p>")
        out.append("<ul>" + "".join(f"<li><s>{html.escape(s)}</s></li>" for s in cancelled) + "</ul>")
    out.append("<p>" + "<br>".join(html.escape(line) for line in closing) + "</p></body></html>")
    return "".join(out)


def compose_invite(invite: Invite, *, sent_at: datetime) -> OutgoingMessage:
    """The e-mail carrying ``invite`` to its person; the person must have an address.

    Raises :class:`AddressError` when the person's (or the conference's) address is not one
    a mail server can deliver to."""
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
    _set(message, "Subject", _words(subject(invite), "Subject"))
    _set(message, "From", _mailbox_header(conference.title(invite.lang), sender, "From"))
    _set(message, "To", _mailbox_header(person.display_name(invite.lang), recipient, "To"))
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = make_msgid(domain=sender.domain if sender is not None else "confdesk.invalid")
    message.set_content(plain_text(invite))
    message.add_alternative(html_text(invite), subtype="html")
    request, cancel = invite.request_calendar(), invite.cancel_calendar()
    main, extra = (request, cancel) if request is not None else (cancel, None)
    if main is not None:
        method = str(main["METHOD"])
        # base64, not 8bit: a server without 8BITMIME must still carry the calendar intact.
        message.add_alternative(
            main.to_ical().decode("utf-8"),
            subtype="calendar",
            params={"method": method},
            cte="base64",
        )
    if extra is not None:
        message.make_mixed()
        message.add_attachment(
            extra.to_ical().decode("utf-8"),
            subtype="calendar",
            params={"method": "CANCEL"},
            filename="cancel.ics",
            cte="base64",
        )
    # Last: set_content and make_mixed move every Content-* header down into the first part.
    if _LANGUAGE_TAG.fullmatch(invite.lang):
        message["Content-Language"] = invite.lang
    return message
