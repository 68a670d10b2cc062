"""frab schedule export: valid XML and JSON in every language, ASCII slugs for Arabic-only
titles, stable GUIDs, and a round trip into a new conference."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from lxml import etree
from sqlalchemy import select

from confdesk.cli import main
from confdesk.exports.frab import export_frab
from confdesk.imports.frab import import_schedule, read_schedule
from confdesk.model import LocalText, Part, Session
from confdesk.services import ConferenceData, PartData, SessionData, create_conference, create_part, create_session
from confdesk.store import Store, open_store

# Vendored from voc/schedule (EUPL-1.2); see schemas/README.md for the commits.
SCHEMAS = Path(__file__).resolve().parent / "schemas"
SLUG = re.compile(r"^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$")
ZONE = ZoneInfo("Asia/Beirut")


@pytest.fixture(scope="module")
def xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "schedule.xml.xsd")))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads((SCHEMAS / "schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)


def _add_arabic_only_session(store: Store) -> None:
    with store.unit() as db:
        part = db.scalars(select(Part).order_by(Part.position)).first()
        create_session(
            db,
            part.id,
            SessionData(
                kind="side_event",
                title=LocalText(ar="فعالية جانبية حول الشباب"),
                starts_at=datetime(2021, 2, 23, 16, 0, tzinfo=ZONE),
                ends_at=datetime(2021, 2, 23, 17, 0, tzinfo=ZONE),
            ),
        )


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_xml_and_json_exports_validate_against_the_schemas(
    demo_store: Store, tmp_path: Path, lang: str, xml_schema, json_validator
) -> None:
    _add_arabic_only_session(demo_store)
    with demo_store.reader() as db:
        export_frab(db, demo_store.conference_id(), tmp_path / "s.xml", "xml", lang)
        export_frab(db, demo_store.conference_id(), tmp_path / "s.json", "json", lang)
    document = etree.parse(str(tmp_path / "s.xml"))
    xml_schema.assertValid(document)
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    errors = [error.message for error in json_validator.iter_errors(data)]
    assert errors == []
    slugs = document.xpath("//event/slug/text()")
    assert slugs and all(SLUG.match(slug) and slug.isascii() for slug in slugs)
    ids = [int(value) for value in document.xpath("//event/@id")]
    assert len(set(ids)) == len(ids) and min(ids) > 0
    assert all(re.search(r"[+-]\d{2}:\d{2}$", value) for value in document.xpath("//event/date/text()"))
    assert all(re.fullmatch(r"\d{1,2}:\d{2}", value) for value in document.xpath("//event/duration/text()"))


def test_internal_and_cancelled_sessions_stay_out(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as db:
        export_frab(db, demo_store.conference_id(), tmp_path / "s.xml")
        internal = {s.id for s in db.scalars(select(Session).where(Session.internal.is_(True)))}
    ids = {int(value) for value in etree.parse(str(tmp_path / "s.xml")).xpath("//event/@id")}
    assert internal and not ids & internal


def test_guids_are_stable_across_exports_and_languages(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as db:
        export_frab(db, demo_store.conference_id(), tmp_path / "a.xml", "xml", "en")
        export_frab(db, demo_store.conference_id(), tmp_path / "b.xml", "xml", "ar")
    guids = [etree.parse(str(tmp_path / name)).xpath("//event/@guid") for name in ("a.xml", "b.xml")]
    assert guids[0] == guids[1] and len(set(guids[0])) == len(guids[0])


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_round_trip_into_a_new_conference(demo_store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"schedule.{fmt}"
    with demo_store.reader() as db:
        count = export_frab(db, demo_store.conference_id(), out, fmt)
        originals = {
            (s.starts_at, s.ends_at, s.title.en, s.kind, s.join_url)
            for s in db.scalars(select(Session).where(Session.internal.is_(False), Session.cancelled.is_(False)))
        }
    target = open_store(tmp_path / "new.confdesk", create=True)
    try:
        with target.unit() as db:
            conference_id = create_conference(
                db, ConferenceData(name=LocalText(en="Copy"), timezone="Asia/Beirut")
            ).value
            create_part(db, conference_id, PartData(LocalText(en="Days"), date(2021, 2, 23), date(2021, 2, 25)))
        events = read_schedule(out, ZONE)
        with target.unit() as db:
            report = import_schedule(db, conference_id, events)
        assert len(report.created) == count and not report.skipped
        with target.reader() as db:
            copies = {(s.starts_at, s.ends_at, s.title.en, s.kind, s.join_url) for s in db.scalars(select(Session))}
        assert copies == originals
        with target.unit() as db:
            again = import_schedule(db, conference_id, events)
        assert not again.created and len(again.skipped) == count
    finally:
        target.close()


def test_cli_export_and_import_frab(demo_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "schedule.json"
    assert main(["export", "frab", "--db", str(demo_file), "--out", str(out), "--format", "json", "--lang", "fr"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schedule"]["conference"]["days"]
    assert main(["import", "frab", str(out), "--db", str(demo_file)]) == 0
    assert "0 sessions imported" in capsys.readouterr().out
    bad = tmp_path / "bad.xml"
    bad.write_text("<html/>", encoding="utf-8")
    assert main(["import", "frab", str(bad), "--db", str(demo_file)]) == 1
    assert "not a frab schedule" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_a_full_disk_leaves_the_previous_schedule_intact(demo_store: Store, tmp_path: Path, monkeypatch, fmt) -> None:
    import errno
    import os
    import stat

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / f"schedule.{fmt}"
    out.write_bytes(b"yesterday's schedule")
    real_write = os.write
    written = [0]

    def write(fd: int, data) -> int:  # 1000 bytes fit in files, then the disk is full
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return real_write(fd, data)
        if written[0] >= 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        data = memoryview(data)[: 1000 - written[0]]
        written[0] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with demo_store.reader() as db, pytest.raises(OSError, match="No space left on device"):
        export_frab(db, demo_store.conference_id(), out, fmt)
    monkeypatch.undo()
    assert written[0] == 1000
    assert out.read_bytes() == b"yesterday's schedule"
    assert os.listdir(out.parent) == [out.name]
