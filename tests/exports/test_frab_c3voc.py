"""frab for the C3VOC's tools: ConfDesk's schedule JSON, loaded by the C3VOC's own schedule library
(PyPI ``c3voc-schedule-tools``, module ``voc``) and exported back as XML, is valid against the
schedule XSD, and says what ConfDesk's own XML says; on the demo and on a conference of long,
hostile Arabic and French text, in zones with odd offsets and names.

The library pins lxml < 5, icalendar < 6 and pytz < 2023, which ConfDesk's own requirements
exclude, so it is no test extra. It runs beside them (checked with lxml 6.1, icalendar 7.3):
``pip install --no-deps c3voc-schedule-tools && pip install GitPython gql aiohttp ics`` (its
import also wants requests, python-dateutil, pytz and beautifulsoup4, which the test extras
bring). Without it those tests skip; the check that every JSON event key is one the XSD knows,
which is what the library relies on, runs anyway.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from lxml import etree
from rfc3986_validator import validate_rfc3986

from confdesk.exports.frab import as_uri, export_frab
from confdesk.imports.frab import read_schedule
from confdesk.model import LocalText, Role, Status
from confdesk.queries import conference_zone
from confdesk.services import (
    ConferenceData,
    PartData,
    PersonData,
    SessionData,
    create_assignment,
    create_conference,
    create_part,
    create_person,
    create_session,
)
from confdesk.services.validate import TITLE_LENGTH
from confdesk.store import Store, open_store

# Vendored from voc/schedule (EUPL-1.2); see schemas/README.md for the commits.
SCHEMAS = Path(__file__).resolve().parent / "schemas"
XS = "{http://www.w3.org/2001/XMLSchema}"
LANGS = ["en", "fr", "ar"]


@pytest.fixture(scope="module")
def xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "schedule.xml.xsd")))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads((SCHEMAS / "schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def voc() -> ModuleType:
    module = pytest.importorskip("voc.schedule", reason="c3voc-schedule-tools is not installed")
    if not hasattr(module, "Schedule"):
        pytest.skip("a module 'voc' that is not the C3VOC's schedule library")
    return module


def _through_c3voc(voc: ModuleType, json_path: Path, tmp_path: Path) -> etree._ElementTree:
    """What the C3VOC's tools make of the file: ``Schedule.from_file`` then ``export`` to XML
    (the XSD check ``export`` runs itself, with xmllint on a file its wheel lacks, is ignored)."""
    schedule = voc.Schedule.from_file(str(json_path))
    target = tmp_path / f"{json_path.stem}.c3voc.xml"
    schedule.export(str(target))
    return etree.parse(str(target), etree.XMLParser(resolve_entities=False, no_network=True))


def _assert_valid(schema: etree.XMLSchema, document: etree._ElementTree) -> None:
    ok = schema.validate(document)
    assert ok, [f"line {error.line}: {error.message}" for error in schema.error_log]


def _events(document: etree._ElementTree) -> dict[str, dict[str, object]]:
    """Each event by guid: what an app shows of it."""
    return {
        event.get("guid"): {
            "id": event.get("id"),
            "room": event.getparent().get("name"),
            **{tag: event.findtext(tag) or "" for tag in ("title", "date", "start", "duration", "abstract", "slug")},
            "url": event.findtext("url"),
            "persons": [(person.text, person.get("guid")) for person in event.iter("person")],
        }
        for event in document.iter("event")
    }


# --- the conference of hostile text ---------------------------------------------------------

LONG_ARABIC = ("المائدة المستديرة حول «حقوق المهاجرين» \u200f(GCM)\u200f والعمل اللائق؛ " * 20)[:TITLE_LENGTH].strip()
FRENCH = 'Séance « plénière » : l’œuvre <b>&amp;</b> ]]> "citée" — 2ᵉ partie 👩\u200d👩\u200d👧 🇱🇧'
MARKUP = "<script>alert(1)</script> & ]]> =SUM(A1)"
LINES = "Ligne 1 : « é »\n\tRetrait ; \u2028 et ﷽ لا ـــ\n" + "بِسْمِ اللَّهِ " * 300


def _build_hostile(store: Store, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    with store.unit() as db:
        conference_id = create_conference(
            db,
            ConferenceData(
                name=LocalText(ar="الاستعراض الإقليمي — " + LONG_ARABIC[:200], fr=FRENCH),
                short_name=LocalText(ar="الاستعراض"),  # no Latin letters for an acronym
                timezone=zone_name,
            ),
        ).value
        part_id = create_part(
            db,
            conference_id,
            PartData(LocalText(ar="الجزء الأول « ١ »", fr="Partie « 1 » <&>"), date(2026, 3, 1), date(2026, 3, 3)),
        ).value

        def session(kind: str, start: tuple[int, int, int], end: tuple[int, int, int], **values: object) -> int:
            return create_session(
                db,
                part_id,
                SessionData(
                    kind=kind,
                    starts_at=datetime(2026, 3, *start, tzinfo=zone),
                    ends_at=datetime(2026, 3, *end, tzinfo=zone),
                    **values,  # type: ignore[arg-type]
                ),
            ).value

        roundtable = session(
            "roundtable",
            (1, 9, 0),
            (1, 10, 45),
            number=2,
            title=LocalText(ar=LONG_ARABIC),
            description=LocalText(fr=LINES, ar=LINES),
            join_url="https://مثال.السعودية/غرفة الاجتماع 2?كلمة=سر &x=%zz#a#b",
        )
        side = session(
            "side_event",
            (1, 9, 30),
            (1, 11, 0),
            title=LocalText(en=MARKUP, fr=FRENCH),
            join_url="zoommtg://zoom.us/join?confno=812 3456",
        )
        session("side_event", (1, 10, 0), (1, 10, 30), title=LocalText(fr="Atelier parallèle « B »"))
        overnight = session(
            "plenary", (2, 20, 0), (3, 23, 59), number=1, title=LocalText(en=FRENCH, ar="جلسة عامة طويلة")
        )
        people = [
            create_person(db, conference_id, data).value
            for data in (
                PersonData(name="Zoë « O’Brien » <&>", name_ar="زوي أوبراين", group="youth", email=None),
                PersonData(name="محمد عبد الله", group="civil_society", email="m.abdallah@example.org"),
                PersonData(name="Declined Person", group="academia", email="d@example.org"),
            )
        ]
        for session_id in (roundtable, side, overnight):
            create_assignment(db, session_id, people[0], Role.SPEAKER, status=Status.CONFIRMED)
            create_assignment(db, session_id, people[1], Role.MODERATOR, status=Status.CONFIRMED)
            create_assignment(db, session_id, people[2], Role.SPEAKER, status=Status.DECLINED)


@pytest.fixture(params=["Asia/Kathmandu", "Etc/UTC", "America/Argentina/Buenos_Aires", "Etc/GMT-3"])
def hostile_store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    opened = open_store(tmp_path / "hostile.confdesk", create=True)
    _build_hostile(opened, request.param)
    yield opened
    opened.close()


# --- tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_c3voc_tools_turn_the_demo_json_into_xml_the_schema_accepts(
    demo_store: Store, tmp_path: Path, lang: str, voc: ModuleType, xml_schema: etree.XMLSchema
) -> None:
    with demo_store.reader() as db:
        count = export_frab(db, demo_store.conference_id(), tmp_path / "schedule.json", "json", lang)
        export_frab(db, demo_store.conference_id(), tmp_path / "schedule.xml", "xml", lang)
    converted = _through_c3voc(voc, tmp_path / "schedule.json", tmp_path)
    _assert_valid(xml_schema, converted)
    own = etree.parse(str(tmp_path / "schedule.xml"))
    _assert_valid(xml_schema, own)
    assert len(_events(converted)) == count > 0
    assert _events(converted) == _events(own)
    assert converted.findtext("version") == own.findtext("version")


@pytest.mark.parametrize("lang", LANGS)
def test_a_conference_of_long_hostile_trilingual_text_passes_every_schema_and_the_c3voc_tools(
    hostile_store: Store,
    tmp_path: Path,
    lang: str,
    voc: ModuleType,
    xml_schema: etree.XMLSchema,
    json_validator: jsonschema.Draft6Validator,
) -> None:
    with hostile_store.reader() as db:
        count = export_frab(db, hostile_store.conference_id(), tmp_path / "schedule.json", "json", lang)
        export_frab(db, hostile_store.conference_id(), tmp_path / "schedule.xml", "xml", lang)
    own = etree.parse(str(tmp_path / "schedule.xml"))
    _assert_valid(xml_schema, own)
    data = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    # The one thing the JSON schema would have otherwise: a url ("format": "uri", which draft-06
    # leaves optional) for an event ConfDesk knows no web address for. Anything but "" breaks
    # the C3VOC's tools: they drop an empty url and put any other into an <url> the XSD checks.
    errors = [(list(error.absolute_path)[-1], error.message) for error in json_validator.iter_errors(data)]
    assert errors == [("url", "'' is not a 'uri'")] * 3
    converted = _through_c3voc(voc, tmp_path / "schedule.json", tmp_path)
    _assert_valid(xml_schema, converted)

    events = _events(converted)
    assert events == _events(own) and len(events) == count == 4
    titles = {str(event["title"]) for event in events.values()}
    assert LONG_ARABIC in titles  # an Arabic-only title shows in every language
    assert {str(event["duration"]) for event in events.values()} == {"01:45", "01:30", "00:30", "27:59"}
    # A room per side event that overlaps another, one for the roundtable.
    assert len({event["room"] for event in events.values()}) == 4
    # Only web addresses are urls; the zoommtg: link stays a link. No urn: ever reaches <url>.
    assert [event["url"] for event in events.values() if event["url"]] == [
        "https://xn--mgbh0fb.xn--mgberp4a5d4ar/%D8%BA%D8%B1%D9%81%D8%A9%20%D8%A7%D9%84%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9%202"
        "?%D9%83%D9%84%D9%85%D8%A9=%D8%B3%D8%B1%20&x=%25zz#a%23b"
    ]
    hrefs = sorted(link.get("href") for link in converted.iter("link"))
    assert hrefs[1] == "zoommtg://zoom.us/join?confno=812%203456"
    names = {name for event in events.values() for name, _guid in event["persons"]}  # type: ignore[attr-defined]
    assert len(names) == 2 and "Declined Person" not in names


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_the_hostile_schedule_reads_back_into_the_same_sessions(hostile_store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"schedule.{fmt}"
    with hostile_store.reader() as db:
        export_frab(db, hostile_store.conference_id(), out, fmt, "ar")
        zone = conference_zone(db, hostile_store.conference_id())
    events = read_schedule(out, zone)
    assert {event.title for event in events} == {LONG_ARABIC, "جلسة عامة طويلة", MARKUP, "Atelier parallèle « B »"}
    [roundtable] = [event for event in events if event.title == LONG_ARABIC]
    assert roundtable.abstract == LINES.strip()
    assert roundtable.persons == ("زوي أوبراين", "محمد عبد الله")
    assert (roundtable.ends_at - roundtable.starts_at).total_seconds() == 105 * 60


def _xsd_event_names(schema: etree._ElementTree) -> set[str]:
    [event] = schema.findall(f"{XS}complexType[@name='event']")
    return {node.get("name") for node in event.iter(f"{XS}element", f"{XS}attribute")}


def test_every_json_event_key_is_an_element_or_attribute_the_xsd_event_has(demo_store: Store, tmp_path: Path) -> None:
    """The C3VOC's library turns each key of an event into the element (or, for id and guid, the
    attribute) of the same name, so a key the XSD lacks (``end``) makes its XML invalid."""
    known = _xsd_event_names(etree.parse(str(SCHEMAS / "schedule.xml.xsd")))
    assert {"guid", "id", "duration", "persons", "links"} <= known and "end" not in known
    with demo_store.reader() as db:
        export_frab(db, demo_store.conference_id(), tmp_path / "s.json", "json")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    keys = {
        key
        for day in data["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
        for key in event
    }
    assert keys and keys <= known, keys - known
    assert list(data["schedule"]) == ["version", "conference"]  # the XSD's order, which the library keeps


@pytest.mark.parametrize(
    ("address", "uri"),
    [
        ("https://meet.example.org/j/812", "https://meet.example.org/j/812"),
        ("https://x.example/a b", "https://x.example/a%20b"),
        ("https://x.example/%zz?q=%41", "https://x.example/%25zz?q=%41"),
        ("https://x.example/p#one#two", "https://x.example/p#one%23two"),
        ("https://مثال.example/غرفة", "https://xn--mgbh0fb.example/%D8%BA%D8%B1%D9%81%D8%A9"),
        ("https://x.example/\u202eab\u200f", "https://x.example/%E2%80%AEab%E2%80%8F"),
        ("https://[2001:db8::1]:8443/a[b]", "https://[2001:db8::1]:8443/a%5Bb%5D"),
        ("https://u:p w@x.example:99/", "https://u:p%20w@x.example:99/"),
        ("zoommtg://zoom.us/join?confno=1", "zoommtg://zoom.us/join?confno=1"),
        ("meet.example.org/j/1", ""),
        ("", ""),
    ],
)
def test_addresses_become_uris_the_json_schema_and_the_xsd_accept(address: str, uri: str) -> None:
    assert as_uri(address) == uri
    if uri:
        assert validate_rfc3986(uri, rule="URI")
        assert re.fullmatch(r"[\x21-\x7e]+", uri)


def test_a_conference_with_no_parts_yet_still_writes_a_schedule_the_schemas_accept(
    store: Store, tmp_path: Path, voc: ModuleType, xml_schema: etree.XMLSchema
) -> None:
    with store.unit() as db:
        conference_id = create_conference(db, ConferenceData(name=LocalText(fr="Vide"), timezone="Europe/Paris")).value
    with store.reader() as db:
        assert export_frab(db, conference_id, tmp_path / "empty.json", "json") == 0
        export_frab(db, conference_id, tmp_path / "empty.xml", "xml")
    own = etree.parse(str(tmp_path / "empty.xml"))
    _assert_valid(xml_schema, own)
    _assert_valid(xml_schema, _through_c3voc(voc, tmp_path / "empty.json", tmp_path))
    assert len(own.findall("day")) == 1 and not list(own.iter("event"))
