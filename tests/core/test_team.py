"""Team mode: several desks on one conference, on a SQLite file and on a PostgreSQL server.

A desk is one open store. The colleague is a second desk, and where it matters a second real
process: its change must reach this desk's follower, be in the history under its author, and
refuse this desk's stale save of the same field while a stale save of another field merges.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk import services
from confdesk.demo import build_demo
from confdesk.model import Session
from confdesk.model.text import LocalText
from confdesk.services.errors import ConcurrentEdit
from confdesk.services.follow import Follower
from confdesk.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def conference(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a demo conference lives: a file, or a database on the test server."""
    if request.param == "sqlite":
        location = str(tmp_path / "team.confdesk")
    else:
        location = request.getfixturevalue("postgres_database")()
    store = open_store(location, create=True)
    with store.unit() as db:
        build_demo(db)
    store.close()
    yield location


@pytest.fixture
def desk(conference: str) -> Iterator[Callable[[str], Store]]:
    opened: list[Store] = []

    def open_desk(author: str) -> Store:
        store = open_store(conference, backup=False)
        store.author = author
        opened.append(store)
        return store

    yield open_desk
    for store in opened:
        store.close()


def first_session(store: Store) -> tuple[int, int]:
    with store.reader() as db:
        row = db.scalars(select(Session).order_by(Session.id)).first()
        assert row is not None
        return row.id, row.version


def colleague_edits(location: str, session_id: int, title: str) -> None:
    """Another process, another desk: changes the session's English title and commits."""
    program = textwrap.dedent(
        f"""
        from confdesk import services
        from confdesk.model.text import LocalText
        from confdesk.model import Session
        from confdesk.store import open_store
        store = open_store({location!r}, backup=False)
        store.author = "Colleague Desk"
        with store.unit() as db:
            title = db.get(Session, {session_id}).title
            services.update_session(db, {session_id}, title=LocalText(ar=title.ar, en={title!r}, fr=title.fr))
        store.close()
        """
    )
    subprocess.run([sys.executable, "-c", program], check=True, cwd=ROOT, timeout=120)


def wait_for(follower: Follower, seconds: float = 20.0) -> list[services.HistoryEntry]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        entries = follower.poll()
        if entries:
            return entries
        time.sleep(0.05)
    return []


def test_a_change_is_in_the_history_field_by_field(desk: Callable[[str], Store]) -> None:
    mine = desk("Rim Benali")
    session_id, version = first_session(mine)
    with mine.unit() as db:
        services.update_session(db, session_id, expected_version=version, join_url="https://meet.example.org/new")
    with mine.reader() as db:
        entries = services.history(db, session_id=session_id, limit=5)
    changed = {entry.field: entry for entry in entries if entry.action == "changed"}
    assert changed["join_url"].after == "https://meet.example.org/new"
    assert changed["join_url"].before != changed["join_url"].after
    assert changed["join_url"].author == "Rim Benali"
    assert changed["sequence"].after == changed["sequence"].before + 1  # the invitation changed


def test_another_process_s_change_is_followed_merged_and_refused(conference: str, desk: Callable[[str], Store]) -> None:
    mine = desk("Rim Benali")
    follower = Follower(mine)
    try:
        session_id, version = first_session(mine)
        colleague_edits(conference, session_id, "Retitled by a colleague")

        arrived = wait_for(follower)
        assert {(entry.entity, entry.entity_id, entry.field) for entry in arrived} >= {("session", session_id, "title")}
        assert {entry.author for entry in arrived} == {"Colleague Desk"}
        assert services.changes_of(arrived).sessions == {session_id}

        # My edit of another field, based on the version I read before theirs, merges…
        with mine.unit() as db:
            services.update_session(db, session_id, expected_version=version, passcode="4242")
        # …my own change is not news to me…
        assert follower.poll() == []
        # …and an edit of the field they changed is refused, naming them.
        with pytest.raises(ConcurrentEdit) as refused, mine.unit() as db:
            services.update_session(db, session_id, expected_version=version, title=LocalText(en="Mine"))
        assert refused.value.author == "Colleague Desk"
        assert refused.value.fields == ("title",)
        assert refused.value.at is not None
        with mine.reader() as db:
            row = db.get(Session, session_id)
            assert row is not None
            assert (row.title.en, row.passcode) == ("Retitled by a colleague", "4242")

        # Applied on top, mine wins.
        with mine.unit() as db:
            stale = services.on_top(
                lambda db: services.update_session(db, session_id, expected_version=version, title=LocalText(en="Mine"))
            )
            stale(db)
        with mine.reader() as db:
            row = db.get(Session, session_id)
            assert row is not None and row.title.en == "Mine"
            authors = [entry.author for entry in services.history(db, session_id=session_id) if entry.field == "title"]
        assert authors[:2] == ["Rim Benali", "Colleague Desk"]
    finally:
        follower.close()


def test_a_stale_lineup_order_is_refused_but_a_role_change_merges(desk: Callable[[str], Store]) -> None:
    mine, theirs = desk("Mine"), desk("Theirs")
    with mine.reader() as db:
        session = next(row for row in db.scalars(select(Session).order_by(Session.id)) if len(row.assignments) >= 2)
        read = {a.id: a.version for a in session.assignments}
        order = [a.id for a in session.assignments]
        first = session.assignments[0]
        session_id, minutes = session.id, first.speaking_minutes
    with theirs.unit() as db:
        services.update_assignment(db, order[0], speaking_minutes=(minutes or 5) + 1)
    with mine.unit() as db:  # they changed minutes only: my new order goes through
        services.reorder_lineup(db, session_id, list(reversed(order)), expected_versions=read)
    with theirs.unit() as db:
        services.reorder_lineup(db, session_id, order)
    with pytest.raises(ConcurrentEdit) as refused, mine.unit() as db:
        services.reorder_lineup(db, session_id, list(reversed(order)), expected_versions=read)
    assert refused.value.author == "Theirs"


def test_history_from_the_command_line(conference: str, desk: Callable[[str], Store]) -> None:
    mine = desk("Rim Benali")
    session_id, version = first_session(mine)
    with mine.unit() as db:
        services.update_session(db, session_id, expected_version=version, meeting_id="123 456 789")
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "history", "--db", conference, "--session", str(session_id), "--limit", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert any("Rim Benali" in line and "meeting_id:" in line and "→ 123 456 789" in line for line in lines)
    assert all(line.count("\t") == 3 for line in lines)


def test_share_copies_a_file_with_its_history_and_the_roles_hold(
    demo_file: Path, postgres_database: Callable[[], str]
) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from confdesk.interchange import dump as conference_json
    from confdesk.model import ChangeLogEntry

    url = postgres_database()
    result = subprocess.run(
        [sys.executable, "-m", "confdesk", "share", "--db", str(demo_file), "--to", url, "--create-roles"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "confdesk_editor" in result.stdout

    source, copy = open_store(demo_file, backup=False), open_store(url)
    try:
        with source.reader() as db:
            conference_id = source.conference_id()
            assert conference_id is not None
            expected = conference_json.dumps(conference_json.dump(db, conference_id))
            logged = db.query(ChangeLogEntry).count()
        with copy.reader() as db:
            assert conference_json.dumps(conference_json.dump(db, conference_id)) == expected
            assert db.query(ChangeLogEntry).count() == logged > 0
        with copy.unit() as db:  # the server hands out fresh ids after the copied ones
            services.create_person(db, conference_id, services.PersonData(name="New Colleague", group="youth"))
    finally:
        source.close()
        copy.close()

    again = subprocess.run(
        [sys.executable, "-m", "confdesk", "share", "--db", str(demo_file), "--to", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode != 0 and "it already holds a conference" in again.stderr

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE ROLE desk_viewer LOGIN IN ROLE confdesk_viewer")
        admin.execute("CREATE ROLE desk_editor LOGIN IN ROLE confdesk_editor")
    viewer = open_store(make_url(url).set(username="desk_viewer").render_as_string(hide_password=False))
    editor = open_store(make_url(url).set(username="desk_editor").render_as_string(hide_password=False))
    try:
        assert viewer.read_only and not editor.read_only
        with editor.unit() as db:
            services.create_person(db, conference_id, services.PersonData(name="Editor Made", group="youth"))
        with viewer.reader() as db:
            assert services.history(db, limit=1)[0].author == editor.author
    finally:
        viewer.close()
        editor.close()


def test_a_team_database_saves_a_copy_as_a_conference_file(
    postgres_database: Callable[[], str], tmp_path: Path
) -> None:
    from confdesk.interchange import dump as conference_json

    url = postgres_database()
    server = open_store(url, create=True)
    with server.unit() as db:
        conference_id = build_demo(db)
    copy_path = tmp_path / "taken home.confdesk"
    try:
        server.save_copy(copy_path)
        with server.reader() as db:
            expected = conference_json.dumps(conference_json.dump(db, conference_id))
    finally:
        server.close()
    copy = open_store(copy_path)
    try:
        with copy.reader() as db:
            assert conference_json.dumps(conference_json.dump(db, conference_id)) == expected
            assert services.history(db, limit=1)
    finally:
        copy.close()
    assert [path.name for path in tmp_path.iterdir() if "partial" in path.name] == []
