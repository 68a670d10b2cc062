"""Hostile text in every text field of a session and of a person in its lineup, through the
services and then through every exporter: each output parses back, with the text in it, or the
service refused the input with a ValidationError naming the field.

The module shares one demo conference. Each example edits one session and one person inside a
``store.reader()`` session, which never commits, so the next example finds the demo as built.
"""

from __future__ import annotations

import csv
import email
import email.policy
import json
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hostile import FUZZ, SPECIALS, Tally, hostile_text, kept_text, short_text
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.exports import calendar
from confdesk.exports.calendar import one_line
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import Notice, notices
from confdesk.model import Assignment, LocalText, Person, Session, Status
from confdesk.services import update_person, update_session
from confdesk.services.errors import ValidationError
from confdesk.store import Store

pytestmark = pytest.mark.fuzz

LANGS = st.sampled_from(["ar", "en", "fr"])


@dataclass(frozen=True)
class Target:
    store: Store
    conference_id: int
    session_id: int
    person_id: int
    folder: Path


@pytest.fixture(scope="module")
def target(fuzz_store: Store) -> Iterator[Target]:
    """A public roundtable and a confirmed speaker of it who has an e-mail address."""
    with fuzz_store.reader() as db:
        assignment = db.scalars(
            select(Assignment)
            .join(Session)
            .join(Person)
            .where(Assignment.status == Status.CONFIRMED, Session.kind == "roundtable", Person.email.is_not(None))
            .order_by(Assignment.id)
        ).first()
        assert assignment is not None
        ids = (assignment.session_id, assignment.person_id)
    with tempfile.TemporaryDirectory() as folder:
        yield Target(fuzz_store, fuzz_store.conference_id(), *ids, Path(folder))


def _esc(text: str) -> str:
    """``text`` with every non-ASCII character escaped, character by character (so substrings
    stay substrings): a failing comparison then reports in ASCII, which the test runner's
    workers can send (a lone surrogate in a report would crash pytest-xdist)."""
    return text.encode("unicode_escape").decode("ascii")


def _rows(rows: list[list[Any]]) -> list[list[Any]]:
    return [[_esc(value) if isinstance(value, str) else value for value in row] for row in rows]


# --- what an example changes --------------------------------------------------------------------

#: Text as people type it: any letters, marks, digits, punctuation, symbols, spaces, and the
#: format characters of Arabic (never a control, surrogate or unassigned code point).
typed = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), max_size=40)
#: Text the services take, hostile to an exporter all the same (bidi controls, emoji, quotes,
#: formula and markup look-alikes, long runs).
clean = st.one_of(typed, kept_text, kept_text)
clean_lines = st.lists(st.one_of(clean, st.sampled_from(["\t", "\t\tindented", "\u2028", ""])), max_size=4).map(
    "\n".join
)
hostile_lines = st.lists(hostile_text, min_size=1, max_size=3).map("\n".join)


def _local(text: st.SearchStrategy[str]) -> st.SearchStrategy[LocalText]:
    maybe = st.one_of(st.just(""), text)
    return st.builds(LocalText, ar=maybe, en=maybe, fr=text)


def _address(value: str) -> str:
    return value[:40]


#: Each field: what a clean example draws, and what a hostile one puts in its place.
SESSION_FIELDS: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]] = {
    "title": (_local(clean), _local(hostile_text)),
    "description": (_local(clean_lines), _local(hostile_lines)),
    "join_url": (
        st.one_of(st.just("https://meet.example.org/j/812"), kept_text.map(lambda v: "https://x.example/" + v[:60])),
        hostile_text.map(lambda value: "https://x.example/" + value[:60]),
    ),
    "meeting_id": (st.one_of(st.just("812 3456 7890"), typed.map(_address)), short_text.map(_address)),
    "passcode": (st.one_of(st.just("4821"), typed.map(_address)), short_text.map(_address)),
}
PERSON_FIELDS: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]] = {
    "name": (clean.filter(str.strip), hostile_text),
    "name_ar": (clean, hostile_text),
    "honorific": (_local(clean), _local(hostile_text)),
    "job_title": (_local(clean), _local(hostile_text)),
    "organisation": (_local(clean), _local(hostile_text)),
    "notes": (clean_lines, hostile_lines),
    "email": (
        st.one_of(st.emails().map(lambda value: value[:200]), st.integers(0, 999).map("n{}@example.org".format)),
        short_text.map(lambda value: f"{value[:40]}@example.org"),
    ),
    "country": (st.sampled_from(["LB", "MA", "FR", ""]), short_text),
    "language": (st.sampled_from(["ar", "en", "fr", "ar-LB"]), short_text),
    "timezone": (st.sampled_from(["Asia/Beirut", "Europe/Paris", None]), short_text),
    "gender": (st.sampled_from(["female", "male", None]), st.sampled_from(SPECIALS)),
    "group": (st.sampled_from(["youth", "civil_society"]), st.sampled_from(SPECIALS)),
}


@st.composite
def changes(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """(session changes, person changes): some fields with clean text, and in two examples
    out of three one or two fields given hostile text instead."""
    session = {name: draw(good) for name, (good, _bad) in SESSION_FIELDS.items() if draw(st.booleans())}
    person = {name: draw(good) for name, (good, _bad) in PERSON_FIELDS.items() if draw(st.booleans())}
    for _ in range(draw(st.sampled_from([0, 1, 1, 2]))):
        name = draw(st.sampled_from([*SESSION_FIELDS, *PERSON_FIELDS]))
        if name in SESSION_FIELDS:
            session[name] = draw(SESSION_FIELDS[name][1])
        else:
            person[name] = draw(PERSON_FIELDS[name][1])
    return session, person


def _apply(db: DbSession, target: Target, session: dict[str, Any], person: dict[str, Any], tally: Tally) -> bool:
    """Make the changes through the services: True if taken, False if refused (naming a field
    the example changed: the message starts with it, and ``field`` is one of them)."""
    tally.add("tried")
    try:
        update_session(db, target.session_id, **session)
        update_person(db, target.person_id, **person)
    except ValidationError as error:
        changed = set(session) | set(person)
        assert error.field in changed, _esc(f"{error.field} not in {changed}: {error}")
        assert str(error).startswith(error.field), _esc(str(error))
        str(error).encode("utf-8")  # the message itself is printable
        tally.add("refused")
        return False
    db.flush()
    return True


def _report(tally: Tally, examples: int = FUZZ.max_examples) -> None:
    tally.report(
        refused="refused by the services (ValidationError naming the field)", exported="exported and parsed back"
    )
    assert tally["tried"] >= examples
    assert tally["refused"] > 0 and tally["exported"] > 0


# --- calendars and e-mail ------------------------------------------------------------------------


def _vevents(data: bytes) -> dict[str, Any]:
    parsed = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


def _target_notice(invite: calendar.Invite, session_id: int) -> Notice:
    """The notice of the target session: its own calendar object (one UID)."""
    (notice,) = [n for n in notices(invite, everyone=True) if n.event.session_id == session_id]
    return notice


def _check_summary(event: Any, expected: str) -> None:
    assert _esc(str(event.get("SUMMARY", ""))) == _esc(expected)


def test_calendars_parse_back_with_the_text_in_them(target: Target) -> None:
    tally = Tally("ICS calendars (public and personal)")

    @FUZZ
    @given(edit=changes(), lang=LANGS)
    def run(edit: tuple[dict[str, Any], dict[str, Any]], lang: str) -> None:
        session, person = edit
        with target.store.reader() as db:
            if not _apply(db, target, session, person, tally):
                return
            source = load_source(db, target.conference_id, person_ids={target.person_id})
        facts = source.sessions[target.session_id]
        summary = one_line(facts.title.get(lang))
        uid = source.uid(target.session_id)
        public = calendar.public_calendar(source, lang, [facts], name=source.conference.title(lang), uid_seed="fuzz")
        event = _vevents(public.to_ical())[uid]
        _check_summary(event, summary)
        description = str(event.get("DESCRIPTION", ""))
        assert _esc(facts.description.get(lang)) in _esc(description)
        if facts.join_url:
            assert _esc(str(event["URL"])) == _esc(facts.join_url)
        invite = calendar.plan_invite(source, target.person_id, lang=lang)
        request = _target_notice(invite, target.session_id).calendar()
        event = _vevents(request.to_ical())[uid]
        _check_summary(event, summary)
        person_info = source.people[target.person_id]
        if person_info.email:
            attendee = event["ATTENDEE"]
            assert _esc(str(attendee).lower()) == _esc(f"mailto:{person_info.email}".lower())
            cn = one_line(person_info.display_name(lang))
            # icalendar's parser (7.3) reads a backslash in a parameter value as an escape,
            # which RFC 5545 parameters do not have: ``CN=a\;CUTYPE=…`` (what ConfDesk writes,
            # correctly) comes back as one CN "a;CUTYPE=…". Compare such names on the line.
            if "\\" in cn:
                written = cn.replace("^", "^^").replace('"', "^'")  # RFC 6868
                line = request.to_ical().decode("utf-8").replace("\r\n ", "")
                assert _esc(f";CN={written};") in _esc(line) or _esc(f';CN="{written}";') in _esc(line)
            else:
                assert _esc(attendee.params["CN"]) == _esc(cn)
        personal = str(event.get("DESCRIPTION", ""))
        for value in (facts.description.get(lang), facts.meeting_id, facts.passcode):
            assert _esc(value) in _esc(personal)
        tally.add("exported")

    run()
    _report(tally)


def _visible(text: str) -> str:
    """``text`` without format characters and spaces. The composer may drop bidi controls from
    a header (they would reorder the address), and CPython's address parser keeps the space at
    the fold between two encoded words of a long name, which RFC 2047 (6.2) says to drop."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf" and not char.isspace())


def test_invitation_emails_parse_back_with_the_text_in_them(target: Target) -> None:
    from confdesk.mail import compose
    from confdesk.mail.bodies import notice_subject

    tally = Tally("invitation e-mails")

    @FUZZ
    @given(edit=changes(), lang=LANGS)
    def run(edit: tuple[dict[str, Any], dict[str, Any]], lang: str) -> None:
        session, person = edit
        with target.store.reader() as db:
            if not _apply(db, target, session, person, tally):
                return
            source = load_source(db, target.conference_id, person_ids={target.person_id})
        invite = calendar.plan_invite(source, target.person_id, lang=lang)
        if not invite.person.email:
            tally.add("no address")
            return
        notice = _target_notice(invite, target.session_id)
        try:
            message = compose.compose_notice(notice, sent_at=datetime.now(UTC))
        except compose.AddressError:
            # The mail layer's own typed refusal: an address no mail server could deliver to.
            tally.add("undeliverable")
            return
        raw = message.as_bytes()
        # UTF-8 text: a message to an address with a non-ASCII local part carries its headers
        # in UTF-8 (RFC 6532), which BytesParser would read as surrogate escapes.
        parsed = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
        assert not parsed.defects, parsed.defects
        # Nothing injected: no header of the file's making, each of ours once.
        assert not {"bcc", "cc", "reply-to"} & {key.lower() for key in parsed}, parsed.keys()
        assert len(parsed.get_all("To")) == len(parsed.get_all("Subject")) == 1
        [recipient] = parsed["To"].addresses
        assert _esc(recipient.addr_spec.lower()) == _esc(invite.person.email.lower())
        assert _esc(_visible(recipient.display_name)) == _esc(_visible(one_line(invite.person.display_name(lang))))
        assert _esc(str(parsed["Subject"])) == _esc(notice_subject(notice))
        summary = one_line(source.sessions[target.session_id].title.get(lang))
        plain = parsed.get_body(("plain",))
        assert plain is not None and _esc(summary) in _esc(plain.get_content())
        calendars = [part for part in parsed.walk() if part.get_content_type() == "text/calendar"]
        assert calendars
        event = _vevents(calendars[0].get_payload(decode=True))[source.uid(target.session_id)]
        _check_summary(event, summary)
        tally.add("exported")

    run()
    tally.report(
        refused="refused by the services (ValidationError naming the field)",
        undeliverable="refused by the composer (AddressError)",
        exported="composed and parsed back",
    )
    assert tally["tried"] >= 1_000 and tally["refused"] > 0 and tally["exported"] > 0


# --- lists, frab --------------------------------------------------------------------------------


def _cell(value: object) -> object:
    return None if value == "" else value


def test_spreadsheet_lists_read_back_cell_for_cell(target: Target) -> None:
    from openpyxl import load_workbook

    from confdesk.exports.spreadsheet import build_sheet, neutralise, write_csv, write_xlsx

    tally = Tally("XLSX and CSV lists")
    #: The demo's lists as built, by (list, language): every example is rolled back, so the
    #: rows an example changed are those these lack.
    before: dict[tuple[str, str], set[tuple[Any, ...]]] = {}

    @FUZZ
    @given(edit=changes(), lang=LANGS, what=st.sampled_from(["people", "lineups"]))
    def run(edit: tuple[dict[str, Any], dict[str, Any]], lang: str, what: str) -> None:
        session, person = edit
        if (what, lang) not in before:
            with target.store.reader() as db:
                before[(what, lang)] = set(build_sheet(db, target.conference_id, what, lang).rows)
        with target.store.reader() as db:
            if not _apply(db, target, session, person, tally):
                return
            sheet = build_sheet(db, target.conference_id, what, lang)
        # The rows the example changed (the whole list takes four times longer to write and
        # read, and says nothing more about the hostile text), or the first one.
        changed = [row for row in sheet.rows if row not in before[(what, lang)]] or sheet.rows[:1]
        sheet = replace(sheet, rows=changed)
        expected = [[neutralise(value) for value in row] for row in [sheet.headers, *sheet.rows]]
        xlsx, text = target.folder / "list.xlsx", target.folder / "list.csv"
        write_xlsx(sheet, xlsx)
        book = load_workbook(xlsx, read_only=True)
        try:
            got = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
        assert _rows(got) == _rows([[_cell(value) for value in row] for row in expected])
        write_csv(sheet, text)
        with text.open(encoding="utf-8-sig", newline="") as stream:
            got_text = list(csv.reader(stream))
        assert _rows(got_text) == _rows([["" if value is None else str(value) for value in row] for row in expected])
        tally.add("exported")

    run()
    _report(tally)


def test_frab_schedules_parse_back_with_the_text_in_them(target: Target) -> None:
    from lxml import etree

    from confdesk.exports.frab import build_schedule, to_json, to_xml

    tally = Tally("frab schedules (XML and JSON)")

    @FUZZ
    @given(edit=changes(), lang=LANGS)
    def run(edit: tuple[dict[str, Any], dict[str, Any]], lang: str) -> None:
        session, person = edit
        with target.store.reader() as db:
            if not _apply(db, target, session, person, tally):
                return
            schedule = build_schedule(db, target.conference_id, lang)
            row = db.get(Session, target.session_id)
            assert row is not None
            title, abstract, join_url = row.title.get(lang), row.description.get(lang), row.join_url
            who = db.get(Person, target.person_id)
            assert who is not None
            name = who.name_ar if lang == "ar" and who.name_ar else who.name
        root = etree.fromstring(to_xml(schedule), etree.XMLParser(resolve_entities=False))
        [event] = root.findall(f".//event[@id='{target.session_id}']")
        assert _esc(event.findtext("title") or "") == _esc(title)
        assert _esc(event.findtext("abstract") or "") == _esc(abstract)
        assert _esc(name) in [_esc(person.text or "") for person in event.iter("person")]
        if join_url:
            assert [_esc(link.get("href") or "") for link in event.iter("link")] == [_esc(join_url)]
        data = json.loads(to_json(schedule))
        events = [
            item
            for day in data["schedule"]["conference"]["days"]
            for items in day["rooms"].values()
            for item in items
            if item["id"] == target.session_id
        ]
        [item] = events
        assert (_esc(item["title"]), _esc(item["abstract"])) == (_esc(title), _esc(abstract))
        assert _esc(name) in [_esc(person["name"]) for person in item["persons"]]
        tally.add("exported")

    run()
    _report(tally)


# --- PDF ----------------------------------------------------------------------------------------


def test_programme_and_participant_list_pdfs_open(target: Target) -> None:
    import pypdfium2

    from confdesk.exports.documents import DocumentOptions, build_document, load

    tally = Tally("PDF programme and participant list")

    @FUZZ
    @given(edit=changes(), lang=LANGS)
    def run(edit: tuple[dict[str, Any], dict[str, Any]], lang: str) -> None:
        session, person = edit
        with target.store.reader() as db:
            if not _apply(db, target, session, {**person, "listed": True}, tally):
                return
            view = load(db, target.conference_id)
        # A small programme: the part of the session, with only that session and its lineup.
        [part] = [part for part in view.parts if any(s.id == target.session_id for s in part.sessions)]
        [session_view] = [s for s in part.sessions if s.id == target.session_id]
        lineup = {entry.person.id for entry in session_view.lineup}
        small = replace(
            view,
            parts=(replace(part, sessions=(session_view,)),),
            people=tuple(person for person in view.people if person.id in lineup),
        )
        for kind in ("programme", "participants"):
            pdf = build_document(kind, small, DocumentOptions(lang=lang, draft=True))
            document = pypdfium2.PdfDocument(pdf)
            try:
                assert len(document) >= 1
                document[0].get_textpage().get_text_range()
            finally:
                document.close()
        tally.add("exported")

    run()
    _report(tally)
