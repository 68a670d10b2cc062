"""The first view (start-up's read of the agenda without SQLAlchemy) gives what the ORM views
give, or nothing when it cannot be sure to."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from confdesk.model import LocalText, Session
from confdesk.services import SessionData, create_session
from confdesk.store import HEAD_REVISION, open_store
from confdesk.views.agenda import read_agenda
from confdesk.views.conference import conference_title
from confdesk.views.first_view import newest_revision, read_first_view
from confdesk.views.lineups import lineup_rows

ROOT = Path(__file__).resolve().parents[2]


def _side_files(path: Path) -> list[Path]:
    return [side for side in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if side.exists()]


def test_the_newest_migration_is_the_store_head():
    assert newest_revision() == HEAD_REVISION


def test_the_first_view_of_the_demo_is_what_the_orm_reads(demo_file):
    view = read_first_view(str(demo_file))
    assert view is not None
    store = open_store(demo_file, backup=False)
    try:
        assert view.conference_id == store.conference_id()
        with store.reader() as db:
            assert view.agenda == read_agenda(db, view.conference_id)
            assert view.agenda.sessions and view.agenda.themes.themes
            for lang in ("ar", "en", "fr"):
                assert view.title(lang) == conference_title(db, view.conference_id, lang)
            for row in view.agenda.sessions:
                assert view.lineups.get(row.id, ()) == tuple(lineup_rows(db, row.id))
            assert any(view.lineups.values())
    finally:
        store.close()
    assert view.timezone == "Asia/Beirut"


def test_odd_values_read_as_the_orm_reads_them(demo_file):
    """A session with no number, texts in one language, whole seconds and a missing
    description, flags set."""
    store = open_store(demo_file, backup=False)
    try:
        with store.unit() as db:
            part_id = read_agenda(db, store.conference_id() or 0).parts[0].id
            data = SessionData(
                kind="side_event",
                title=LocalText(en="Side"),
                starts_at=datetime(2021, 2, 23, 6, 0, 7, tzinfo=UTC),
                ends_at=datetime(2021, 2, 23, 7, 0, tzinfo=UTC),
                internal=True,
            )
            create_session(db, part_id=part_id, data=data)
        with store.unit() as db:
            db.get(Session, 1).cancelled = True  # type: ignore[union-attr]
        with store.reader() as db:
            expected = read_agenda(db, store.conference_id() or 0)
    finally:
        store.close()
    view = read_first_view(str(demo_file))
    assert view is not None
    assert view.agenda == expected
    assert any(row.internal for row in view.agenda.sessions)
    assert any(row.cancelled for row in view.agenda.sessions)


def test_reading_leaves_the_file_as_it_was(demo_file):
    before = demo_file.read_bytes()
    assert _side_files(demo_file) == []
    assert read_first_view(str(demo_file)) is not None
    assert _side_files(demo_file) == []
    assert demo_file.read_bytes() == before


def test_what_the_store_must_look_at_first_has_no_first_view(demo_file, tmp_path):
    assert read_first_view(f"sqlite:///{demo_file}") is None
    assert read_first_view(str(tmp_path / "missing.confdesk")) is None
    text = tmp_path / "notes.confdesk"
    text.write_text("plain text")
    assert read_first_view(str(text)) is None
    assert read_first_view(str(tmp_path)) is None
    other = tmp_path / "other.confdesk"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert read_first_view(str(other)) is None

    older = tmp_path / "older.confdesk"
    older.write_bytes(demo_file.read_bytes())
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    assert read_first_view(str(older)) is None

    crashed = tmp_path / "crashed.confdesk"
    crashed.write_bytes(demo_file.read_bytes())
    Path(f"{crashed}-journal").write_bytes(b"")
    assert read_first_view(str(crashed)) is None


def test_a_damaged_row_gives_no_first_view(demo_file):
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE session SET title = ? WHERE id = 1", (json.dumps({"xx": "?"}),))
    connection.close()
    assert read_first_view(str(demo_file)) is None


def test_reading_the_first_view_loads_no_sqlalchemy(demo_file):
    probe = (
        "import json, sys\n"
        "from confdesk.views.first_view import read_first_view\n"
        "view = read_first_view(sys.argv[1])\n"
        "print(json.dumps([len(view.agenda.sessions), 'sqlalchemy' in sys.modules, 'confdesk.services' in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(demo_file)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    sessions, sqlalchemy, services = json.loads(done.stdout)
    assert sessions > 0
    assert not sqlalchemy and not services
