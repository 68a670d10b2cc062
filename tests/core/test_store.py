"""Opening conference files: good ones migrate, bad ones give one clear error and stay untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from confdesk.store import (
    HEAD_REVISION,
    CorruptFile,
    DiskFull,
    FileBusy,
    FileMissing,
    NewerSchema,
    NotAConferenceFile,
    ReadOnlyFile,
    open_store,
)


@pytest.fixture(autouse=True)
def backups_in_tmp(tmp_path, monkeypatch):
    """Opening a file backs it up: into the test's folder, not the user's."""
    monkeypatch.setenv("CONFDESK_BACKUP_DIR", str(tmp_path / "backups"))


def fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


@pytest.mark.sqlite_only
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


@pytest.mark.sqlite_only
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


# Nothing lost, nothing half-done --------------------------------------------------------------------


def wal_files(path: Path) -> list[Path]:
    return [side for side in (Path(f"{path}-wal"), Path(f"{path}-shm")) if side.exists()]


def make_0001_file(path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from confdesk.store import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conference (id, name, short_name, timezone, languages, organisers, contact_email,"
                " platform, platform_url, notes, settings, version) VALUES (1, '{\"en\": \"Old\"}', '{}',"
                " 'UTC', '[\"en\"]', '[]', '', '', '', '{}', '{}', 1)"
            )
        )
    engine.dispose()


def stored_revision_and_tables(path: Path) -> tuple[str, set[str]]:
    connection = sqlite3.connect(path)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return revision, tables


def test_a_migration_that_fails_half_way_leaves_the_old_revision(tmp_path):
    """The schema changes of a migration commit together or not at all (SQLite's DDL is
    transactional once the driver stops committing before each statement)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    path = tmp_path / "old.confdesk"
    make_0001_file(path)

    def fail_on_the_second_table(_connection, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("CREATE TABLE SENT_MESSAGE"):
            raise RuntimeError("the power went out")

    event.listen(Engine, "before_cursor_execute", fail_on_the_second_table)
    try:
        with pytest.raises(RuntimeError, match="power"):
            open_store(path)
    finally:
        event.remove(Engine, "before_cursor_execute", fail_on_the_second_table)
    revision, tables = stored_revision_and_tables(path)
    assert revision == "0001" and "delivered_event" not in tables  # not half of 0002
    store = open_store(path)  # and the next try completes it
    try:
        assert stored_revision_and_tables(path)[0] == HEAD_REVISION
        with store.engine.connect() as connection:  # the pooled connection has them back on
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_the_send_log_migration_failing_half_way_leaves_0002(tmp_path):
    """0004 adds columns and then copies the table to drop their defaults: a failure in the
    copy leaves the file at 0002 without any of the new columns."""
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import Engine

    from confdesk.store import alembic_config

    path = tmp_path / "sent.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()

    def fail_on_the_copy(_connection, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("CREATE TABLE _ALEMBIC_TMP_SENT_MESSAGE"):
            raise RuntimeError("the power went out")

    event.listen(Engine, "before_cursor_execute", fail_on_the_copy)
    try:
        with pytest.raises(RuntimeError, match="power"):
            open_store(path)
    finally:
        event.remove(Engine, "before_cursor_execute", fail_on_the_copy)
    connection = sqlite3.connect(path)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(sent_message)")}
    finally:
        connection.close()
    assert stored_revision_and_tables(path)[0] == "0002" and "channel" not in columns
    open_store(path).close()
    assert stored_revision_and_tables(path)[0] == HEAD_REVISION


def test_creating_a_file_is_one_transaction(tmp_path):
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    path = tmp_path / "new.confdesk"

    def fail_late(_connection, _cursor, statement, *_args):
        if "sent_message" in statement and statement.lstrip().upper().startswith("CREATE TABLE"):
            raise RuntimeError("killed")

    event.listen(Engine, "before_cursor_execute", fail_late)
    try:
        with pytest.raises(RuntimeError):
            open_store(path, create=True)
    finally:
        event.remove(Engine, "before_cursor_execute", fail_late)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    open_store(path, create=True).close()  # an empty file is made anew


def test_a_unit_of_work_holds_the_write_lock_from_its_start(demo_file):
    """Two writers never interleave: the second waits for the first (here: longer than its
    busy timeout, so it says the file is busy), while readers go on reading."""
    from confdesk.model import Person

    first, second = open_store(demo_file), open_store(demo_file, busy_timeout=0.2)
    try:
        with first.unit() as db:
            db.scalar(text("SELECT max(id) FROM person"))  # only read, yet the lock is held
            with pytest.raises(FileBusy, match="busy") as caught, second.unit() as other:
                other.get(Person, 1)
            with second.reader() as reading:
                assert reading.get(Person, 1) is not None
        assert "another program or window" in str(caught.value)
        with second.unit() as other:  # free again
            other.get(Person, 1).notes = "after"
    finally:
        first.close()
        second.close()


def test_a_waiting_writer_goes_ahead_when_the_first_commits(demo_file):
    from confdesk.model import Person

    first, second = open_store(demo_file), open_store(demo_file, busy_timeout=10)
    done: list[str] = []
    try:
        with first.unit() as db:
            db.get(Person, 1).notes = "first"

            def write() -> None:
                with second.unit() as other:
                    done.append(other.get(Person, 1).notes)
                    other.get(Person, 1).notes = "second"

            thread = threading.Thread(target=write)
            thread.start()
            thread.join(0.3)
            assert thread.is_alive() and not done  # waiting for the lock
        thread.join(10)
        assert done == ["first"]  # it read what the first wrote: nothing lost
    finally:
        first.close()
        second.close()


def test_stale_data_in_a_unit_of_work_is_a_concurrent_edit(demo_store):
    from confdesk.model import Person
    from confdesk.services.errors import ConcurrentEdit

    changed = "person with id 1 was changed by someone else"
    with pytest.raises(ConcurrentEdit, match=changed) as caught, demo_store.unit() as db:
        person = db.get(Person, 1)
        db.execute(text("UPDATE person SET version = version + 1 WHERE id = 1"))  # someone else
        person.notes = "mine"
    assert (caught.value.entity, caught.value.entity_id) == ("person", 1)
    with demo_store.reader() as db:
        assert db.get(Person, 1).notes != "mine"


@pytest.mark.sqlite_only
def test_a_full_disk_is_said_to_be_full_and_nothing_is_kept(demo_store):
    from confdesk.model import Person

    with pytest.raises(DiskFull, match="is full"), demo_store.unit() as db:
        pages = db.execute(text("PRAGMA page_count")).scalar()
        db.execute(text(f"PRAGMA max_page_count = {pages}"))  # the disk has room for nothing more
        db.get(Person, 1).notes = "x" * 200_000
        db.flush()
    with demo_store.reader() as db:
        assert db.get(Person, 1).notes != "x" * 200_000


def test_an_error_never_carries_the_values_of_a_statement(demo_store):
    from confdesk.model import Person

    with demo_store.reader() as db:
        taken = db.get(Person, 1).email
    with pytest.raises(IntegrityError) as caught, demo_store.unit() as db:
        db.execute(text("INSERT INTO person (id, conference_id, name, email) VALUES (1, 1, :name, :email)"),
                   {"name": "Amina Haddad", "email": taken})  # fmt: skip
    # PostgreSQL's DETAIL would repeat the row: "Failing row contains (1, 1, Amina Haddad, …)".
    assert "Amina" not in str(caught.value) and str(taken) not in str(caught.value)


def test_no_wal_files_are_left_beside_a_refused_file(demo_file):
    connection = sqlite3.connect(demo_file)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()  # the last connection takes its -wal and -shm files away
    assert not wal_files(demo_file)
    before = fingerprint(demo_file)
    with pytest.raises(NewerSchema):
        open_store(demo_file)
    assert not wal_files(demo_file)
    assert fingerprint(demo_file) == before


def test_opening_and_closing_leaves_no_wal_files(demo_file):
    open_store(demo_file).close()
    assert not wal_files(demo_file)


def test_a_read_only_file_opens_for_viewing_only(demo_file, monkeypatch):
    import confdesk.store
    from confdesk.model import Person

    monkeypatch.setattr(confdesk.store, "writable", lambda _path: False)
    before = fingerprint(demo_file)
    store = open_store(demo_file)
    try:
        assert store.read_only and store.path == demo_file
        assert store.conference_id() == 1
        with store.reader() as db:
            assert db.get(Person, 1) is not None
        with pytest.raises(ReadOnlyFile, match="read-only: it can be viewed and exported"), store.unit():
            pass
    finally:
        store.close()
    assert not wal_files(demo_file)
    assert fingerprint(demo_file) == before


def test_a_read_only_file_at_an_older_schema_is_read_through_an_updated_copy(tmp_path):
    path = tmp_path / "old.confdesk"
    make_0001_file(path)
    before = fingerprint(path)
    store = open_store(path, read_only=True)
    try:
        assert store.read_only and store.conference_id() == 1
        with store.reader() as db:
            assert db.execute(text("SELECT count(*) FROM sent_message")).scalar() == 0
    finally:
        store.close()
    assert fingerprint(path) == before and stored_revision_and_tables(path)[0] == "0001"


READ_ONLY_CHECK = """
import json, os, sys
from confdesk.store import ReadOnlyFile, open_store
store = open_store(sys.argv[1])
facts = {"read_only": store.read_only, "conference": store.conference_id()}
try:
    with store.unit():
        pass
except ReadOnlyFile as error:
    facts["refused"] = str(error)
store.close()
facts["beside"] = sorted(os.listdir(os.path.dirname(sys.argv[1])))
print(json.dumps(facts))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("folder_writable", [False, True], ids=["read-only folder", "read-only file"])
def test_a_file_on_a_read_only_medium_is_said_to_be_read_only(demo_file, folder_writable):
    """For real, as a user without the rights to write (root writes everywhere)."""
    import json

    folder = Path(tempfile.mkdtemp(prefix="confdesk-ro-"))
    try:
        path = folder / "conference.confdesk"
        shutil.copyfile(demo_file, path)
        path.chmod(0o444)
        folder.chmod(0o777 if folder_writable else 0o555)
        command = [sys.executable, "-c", READ_ONLY_CHECK, str(path)]
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("needs setpriv to run as an unprivileged user")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        env = {**os.environ, "CONFDESK_BACKUP_DIR": str(folder / "backups"), "HOME": str(folder)}
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder)
        assert result.returncode == 0, result.stderr
        facts = json.loads(result.stdout)
        assert facts["read_only"] and facts["conference"] == 1
        assert "is read-only" in facts["refused"]
        assert facts["beside"] == ["conference.confdesk"]  # no -wal, no -shm, no backups
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.sqlite_only
def test_save_copy_replaces_a_file_only_once_the_copy_is_complete(demo_store, tmp_path, monkeypatch):
    import errno

    import confdesk.store as store_module

    folder = tmp_path / "copies"
    folder.mkdir()
    destination = folder / "copy.confdesk"
    destination.write_bytes(b"last week's copy")

    def full_disk(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "sync_file", full_disk)
    with pytest.raises(OSError):
        demo_store.save_copy(destination)
    assert destination.read_bytes() == b"last week's copy"
    assert sorted(p.name for p in folder.iterdir()) == ["copy.confdesk"]  # no partial left
    monkeypatch.undo()
    demo_store.save_copy(destination)
    copy = open_store(destination)
    try:
        assert copy.conference_id() == demo_store.conference_id()
    finally:
        copy.close()
