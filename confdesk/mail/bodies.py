"""The words of invitation e-mails: a subject and a body, as plain text and as HTML.

A notice's body names its one session (role, times in the conference's zone and in the
person's, link, meeting id, passcode); a cancellation strikes the session out with the time it
had. A summary lists the person's sessions with their times where the person is. The wording
comes from :mod:`confdesk.exports.calendar_text`, in the person's language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from confdesk.exports import calendar_text
from confdesk.exports.calendar import CANCEL, Invite, PlannedEvent, one_line
from confdesk.exports.itip import Notice
from confdesk.untrusted import header_text


@dataclass(frozen=True)
class Block:
    """One session in a body: its title, the lines under it, struck out when cancelled."""

    title: str
    lines: tuple[str, ...]
    struck: bool = False


@dataclass(frozen=True)
class Body:
    lang: str
    opening: tuple[str, ...]
    blocks: tuple[Block, ...]
    closing: tuple[str, ...]


def _conference(invite: Invite) -> str:
    return invite.source.conference.title(invite.lang)


def notice_subject(notice: Notice) -> str:
    invite = notice.invite
    wording = calendar_text.text(
        invite.lang, f"subject_{notice.kind}", session=notice.event.summary, conference=_conference(invite)
    )
    return header_text(one_line(wording))


def summary_subject(invite: Invite) -> str:
    return header_text(one_line(calendar_text.text(invite.lang, "subject_summary", conference=_conference(invite))))


def _when(invite: Invite, planned: PlannedEvent) -> str:
    zone = invite.person.timezone or invite.source.conference.timezone
    return calendar_text.when(invite.lang, planned.starts_at, planned.ends_at, zone)


def _block(invite: Invite, planned: PlannedEvent) -> Block:
    if planned.method == CANCEL:
        return Block(planned.summary, (_when(invite, planned),), struck=True)
    description = str(planned.event.get("DESCRIPTION", ""))
    return Block(planned.summary, tuple(line for line in description.split("\n") if line))


def _body(invite: Invite, intro: str, blocks: list[Block]) -> Body:
    lang, conference = invite.lang, _conference(invite)
    opening = (
        calendar_text.gendered(lang, "greeting", invite.person.gender, name=one_line(invite.person.display_name(lang))),
        calendar_text.text(lang, intro, conference=conference),
    )
    closing = [calendar_text.text(lang, "closing"), conference]
    if mailbox := invite.source.conference.contact_email:
        closing.append(calendar_text.text(lang, "contact", email=mailbox))
    return Body(lang, opening, tuple(blocks), tuple(closing))


def notice_body(notice: Notice) -> Body:
    return _body(notice.invite, f"intro_{notice.kind}", [_block(notice.invite, notice.event)])


def summary_body(invite: Invite) -> Body:
    """The person's sessions as they stand (declined ones left out), no calendar part."""
    held = [planned for planned in invite.requests if planned.partstat != "DECLINED"]
    if not held:
        return _body(invite, "summary_none", [])
    lang, person = invite.lang, invite.person
    blocks = []
    for planned in held:
        roles = [r for r in invite.source.roles.get(person.id, ()) if r.session_id == planned.session_id]
        role_lines = [
            calendar_text.text(lang, "role", role=calendar_text.role_name(lang, r.role, person.gender)) for r in roles
        ]
        blocks.append(Block(planned.summary, (_when(invite, planned), *role_lines)))
    return _body(invite, "intro_summary", blocks)


def plain_text(body: Body) -> str:
    parts = ["\n\n".join(body.opening)]
    for block in body.blocks:
        title = f"- {block.title}" if block.struck else block.title
        parts.append("\n".join([title, *block.lines]))
    parts.append("\n".join(body.closing))
    return "\n\n".join(parts) + "\n"


def html_text(body: Body) -> str:
    direction = "rtl" if body.lang == "ar" else "ltr"
    out = [f'<!DOCTYPE html><html lang="{body.lang}" dir="{direction}"><body>']
    out += [f"<p>{html.escape(paragraph)}</p>" for paragraph in body.opening]
    for block in body.blocks:
        title = html.escape(block.title)
        out.append(f"<h3><s>{title}</s></h3><p>" if block.struck else f"<h3>{title}</h3><p>")
        # Links, ids and passcodes read left to right inside Arabic text.
        out.append("<br>".join(f'<span dir="auto">{html.escape(line)}</span>' for line in block.lines))
        out.append("</p>")
    out.append("<p>" + "<br>".join(html.escape(line) for line in body.closing) + "</p></body></html>")
    return "".join(out)
