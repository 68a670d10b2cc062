"""Invitation e-mails as standard MIME (Python's email package, SMTP policy).

Structure, the one Outlook, Gmail and Thunderbird all act on::

    multipart/alternative
      text/plain
      text/html
      text/calendar; method=REQUEST     (method=CANCEL when only cancellations remain)

wrapped in multipart/mixed with a ``text/calendar; method=CANCEL`` attachment when a person
both keeps some sessions and loses others: a calendar object carries one METHOD.

Names and subjects go through :mod:`email.headerregistry`, which encodes Arabic and French
as RFC 2047 words; line breaks in names or titles are folded to spaces first, so no value can
start a header of its own.
"""

from __future__ import annotations

import html
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from confdesk.exports import calendar_text
from confdesk.exports.calendar import Invite, PlannedEvent, one_line


def _domain(mailbox: str) -> str:
    return mailbox.rpartition("@")[2] or "confdesk.invalid"


def _address(name: str, mailbox: str) -> Address:
    local, _, domain = mailbox.partition("@")
    return Address(display_name=one_line(name), username=local, domain=domain)


def subject(invite: Invite) -> str:
    conference = invite.source.conference.title(invite.lang)
    return one_line(calendar_text.text(invite.lang, f"subject_{invite.kind}", conference=conference))


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


def compose_invite(invite: Invite, *, sent_at: datetime) -> EmailMessage:
    """The e-mail carrying ``invite`` to its person; the person must have an address."""
    person = invite.person
    if not person.email:
        raise ValueError(f"person {person.id} has no e-mail address")
    conference = invite.source.conference
    sender = conference.contact_email
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = subject(invite)
    message["From"] = _address(conference.title(invite.lang), sender)
    message["To"] = _address(person.display_name(invite.lang), person.email)
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = make_msgid(domain=_domain(sender))
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
    message["Content-Language"] = invite.lang
    return message
