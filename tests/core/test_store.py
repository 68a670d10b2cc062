"""Opening conference files: good ones migrate, bad ones give one clear error and stay untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from confdesk.store import (
    CorruptFile,
    FileMissing,
    NewerSchema,
    NotAConferenceFile,
    open_store,
)


def fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


def test_sqlite_file_has_foreign_keys_and_wal(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(FileMissing):
        open_store(tmp_path / "nowhere.confdesk")
    assert not (tmp_path / "nowhere.confdesk").exists()


def test_text_file_is_not_a_conference_file_and_stays_untouched(tmp_path):
    path = tmp_path / "notes.confdesk"
    path.write_text("Agenda ideas\n", encoding="utf-8")
    before = fingerprint(path)
    with pytest.raises(NotAConferenceFile, match="not a ConfDesk conference file"):
        open_store(path)
    assert fingerprint(path) == before


def test_other_sqlite_database_is_not_a_conference_file(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = fingerprint(path)
    with pytest.raises(NotAConferenceFile):
        open_store(path)
    assert fingerprint(path) == before
    assert not Path(f"{path}-wal").exists()


def test_damaged_file_is_reported_and_stays_untouched(demo_file):
    data = bytearray(demo_file.read_bytes())
    # Keep the header so it still looks like SQLite, scribble over the pages behind it.
    for offset in range(4096, min(len(data), 40960), 7):
        data[offset] = 0xA5
    demo_file.write_bytes(bytes(data))
    before = fingerprint(demo_file)
    with pytest.raises((CorruptFile, NotAConferenceFile)):
        open_store(demo_file)
    assert fingerprint(demo_file) == before


def test_file_from_a_newer_schema_is_refused_and_stays_untouched(demo_file):
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = fingerprint(demo_file)
    with pytest.raises(NewerSchema, match="newer version of ConfDesk"):
        open_store(demo_file)
    assert fingerprint(demo_file) == before


def test_reopening_a_file_keeps_its_data_at_the_newest_schema(demo_file):
    from alembic.script import ScriptDirectory

    from confdesk.store import alembic_config

    store = open_store(demo_file)
    try:
        assert store.conference_id() == 1
        with store.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()
    finally:
        store.close()


def test_save_copy_writes_a_file_that_opens(demo_store, tmp_path):
    copy = tmp_path / "copy.confdesk"
    demo_store.save_copy(copy)
    reopened = open_store(copy)
    try:
        assert reopened.conference_id() == demo_store.conference_id()
    finally:
        reopened.close()


def test_sqlite_url_is_accepted(tmp_path):
    path = tmp_path / "by-url.confdesk"
    store = open_store(f"sqlite:///{path}", create=True)
    store.close()
    assert path.exists()


def test_bad_url_gives_a_clear_error():
    from confdesk.store import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable):
        open_store("nosuchdriver://user@127.0.0.1/db")


@pytest.mark.parametrize("block", ["reader", "unit"])
def test_relationships_refuse_lazy_loads_after_the_block(demo_store, block):
    """Rows read in a block keep their columns, but a relationship not loaded inside it raises
    once the block has ended instead of silently running a query."""
    from sqlalchemy import event, select
    from sqlalchemy.orm.exc import DetachedInstanceError

    from confdesk.model import Part, Session

    with getattr(demo_store, block)() as db:
        session = db.scalars(select(Session).order_by(Session.id).limit(1)).one()
        part = db.scalars(select(Part).order_by(Part.id).limit(1)).one()
    assert session.title.en and part.name.en  # columns stay readable (expire_on_commit=False)
    statements: list[str] = []
    event.listen(demo_store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    for touch in (lambda: session.assignments, lambda: session.part, lambda: part.sessions):
        with pytest.raises(DetachedInstanceError):
            touch()
    assert statements == []
