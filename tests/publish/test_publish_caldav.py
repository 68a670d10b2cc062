"""Publishing to a real Radicale server on 127.0.0.1: twice, in place, without duplicates."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import caldav
import pytest
from sqlalchemy import select

from confdesk.caldav_publish import publish
from confdesk.cli import main
from confdesk.model import Session
from confdesk.services import update_session
from tests.calendar_checks import parsed_calendar


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_radicale(folder) -> tuple[subprocess.Popen, int] | None:
    """Radicale on a free port, or None when it could not bind it. Success is read from its
    own log, not from an HTTP answer, which could come from another worker's server."""
    port = free_port()
    log = folder / f"radicale-{port}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "radicale", f"--storage-filesystem-folder={folder / 'dav'}",
             f"--server-hosts=127.0.0.1:{port}", "--auth-type=none", "--logging-level=info",
             "--config"],  # no --config paths: read no /etc/radicale or ~/.config file
            stdout=subprocess.DEVNULL, stderr=output,
        )  # fmt: skip
    for _ in range(400):  # 20 s: a busy machine with every core running tests is slow
        if "Radicale server ready" in log.read_text(encoding="utf-8", errors="replace"):
            return process, port
        if process.poll() is not None:  # the port was taken meanwhile
            return None
        time.sleep(0.05)
    process.kill()
    process.wait(timeout=10)
    pytest.fail(f"Radicale did not start:\n{log.read_text(encoding='utf-8', errors='replace')}")


@pytest.fixture
def radicale(tmp_path):
    for _ in range(5):
        started = _start_radicale(tmp_path)
        if started:
            break
    else:
        pytest.fail("Radicale found no free port")
    process, port = started
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)


def events_in(url: str) -> list:
    return caldav.DAVClient(url=url).calendar(url=url).events()


def test_publishing_twice_updates_in_place_without_duplicates(demo_store, radicale):
    url = f"{radicale}organiser/gcm/"
    first = publish(demo_store, demo_store.conference_id(), url)
    assert first.stored == 16
    objects = events_in(url)
    assert len(objects) == 16
    with demo_store.reader() as db:
        plenary = db.scalars(select(Session).where(Session.kind == "plenary", Session.number == 3)).one()
        rehearsal = db.scalars(select(Session).where(Session.internal.is_(True))).one()
        closing = db.scalars(select(Session).where(Session.kind == "closing")).all()[-1]
    with demo_store.unit() as db:
        update_session(db, plenary.id, join_url="https://zoom.example.org/j/999")
        update_session(db, closing.id, internal=True)
    second = publish(demo_store, demo_store.conference_id(), url)
    assert second.removed == 1
    components = [o.icalendar_component for o in events_in(url)]
    uids = [str(c["UID"]) for c in components]
    assert len(uids) == len(set(uids)) == 15
    changed = next(c for c in components if str(c["SUMMARY"]) == plenary.title.en)
    assert str(changed["URL"]) == "https://zoom.example.org/j/999"
    assert int(changed["SEQUENCE"]) == plenary.sequence + 1
    assert rehearsal.title.en not in {str(c["SUMMARY"]) for c in components}
    assert all("GCM0" not in o.data for o in events_in(url))
    # Each stored object, read back by both parsers: one event, the conference as ORGANIZER.
    for stored in events_in(url):
        (event,) = parsed_calendar(stored.data).events
        assert str(event["ORGANIZER"]) == "mailto:gcm-review@example.org"


def test_publish_command_in_arabic(demo_file, radicale):
    url = f"{radicale}organiser/ar/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--lang", "ar"]) == 0
    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--lang", "ar"]) == 0
    summaries = [str(o.icalendar_component["SUMMARY"]) for o in events_in(url)]
    assert len(summaries) == 16 and "الجلسة الختامية" in summaries


def test_unreachable_server_is_one_sentence(demo_file, capsys):
    url = f"http://127.0.0.1:{free_port()}/nobody/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: ") and err.count("\n") == 1


def test_publish_version_puts_back_exactly_what_that_version_held(demo_file, radicale, capsys):
    from confdesk.store import open_store

    store = open_store(demo_file)
    try:
        with store.unit() as db:
            closing = db.scalars(select(Session).where(Session.kind == "closing")).all()[-1]
            update_session(db, closing.id, internal=True)
    finally:
        store.close()
    url = f"{radicale}organiser/versions/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url]) == 0  # draft, the default
    assert len(events_in(url)) == 15
    capsys.readouterr()
    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--version", "1"]) == 0
    assert capsys.readouterr().out.startswith("16 events published to ")
    summaries = [str(o.icalendar_component["SUMMARY"]) for o in events_in(url)]
    assert len(summaries) == 16 and closing.title.en in summaries
