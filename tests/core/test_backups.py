"""Rotating backups: made when a file is opened (once it passed its checks), kept ten deep,
listed newest first, checked before they are restored, and the state they replace backed up."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from confdesk.model import Person
from confdesk.store import CorruptFile, DiskFull, NewerSchema, NotAConferenceFile, open_store
from confdesk.store import backups as backups_module
from confdesk.store.backups import (
    ENV_FOLDER,
    KEEP,
    backup_root,
    folder_for,
    list_backups,
    make,
    restore,
    rotate,
)


@pytest.fixture(autouse=True)
def root(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(ENV_FOLDER, str(folder))
    return folder


def note(path: Path, text_: str) -> None:
    """Change the file: person 1's notes."""
    store = open_store(path, backup=False)
    try:
        with store.unit() as db:
            db.get(Person, 1).notes = text_
    finally:
        store.close()


def notes_in(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT notes FROM person WHERE id = 1").fetchone()[0]
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_a_file_backs_it_up_where_the_environment_says(demo_file, root):
    assert list_backups(demo_file) == []
    open_store(demo_file).close()
    (backup,) = list_backups(demo_file)
    assert backup.path.parent == folder_for(demo_file) and backup.path.parent.parent == root
    assert backup.path.parent.name.startswith("demo-file-")
    assert backup.size == backup.path.stat().st_size > 0
    assert (backup.path.parent / "source.txt").read_text(encoding="utf-8").strip() == str(demo_file)
    copy = open_store(backup.path, backup=False)  # a backup is a conference file that opens
    try:
        assert copy.conference_id() == 1
    finally:
        copy.close()


def test_the_default_folder_is_in_the_user_data_folder(monkeypatch):
    monkeypatch.delenv(ENV_FOLDER)
    assert backup_root().parts[-2:] == ("ConfDesk", "backups")


def test_creating_a_new_file_makes_no_backup(tmp_path):
    open_store(tmp_path / "new.confdesk", create=True).close()
    assert list_backups(tmp_path / "new.confdesk") == []


def test_files_of_the_same_name_in_two_folders_keep_their_backups_apart(demo_file, tmp_path):
    other = tmp_path / "elsewhere" / demo_file.name
    other.parent.mkdir()
    shutil.copyfile(demo_file, other)
    assert folder_for(demo_file) != folder_for(other)
    open_store(demo_file).close()
    open_store(other).close()
    assert len(list_backups(demo_file)) == len(list_backups(other)) == 1


def test_an_unchanged_file_is_not_backed_up_twice(demo_file):
    for _ in range(3):
        open_store(demo_file).close()
    assert len(list_backups(demo_file)) == 1


def test_the_newest_ten_are_kept_newest_first(demo_file):
    for n in range(KEEP + 3):
        note(demo_file, f"version {n}")
        open_store(demo_file).close()
    found = list_backups(demo_file)
    assert len(found) == KEEP
    assert [notes_in(backup.path) for backup in found] == [f"version {n}" for n in range(KEEP + 2, 2, -1)]
    assert found == sorted(found, key=lambda backup: backup.taken_at, reverse=True)
    assert rotate(demo_file, keep=3) == [backup.path for backup in found[3:]]
    assert list_backups(demo_file) == found[:3]


@pytest.mark.parametrize("damage", ["scribbled", "newer", "not ours"])
def test_a_file_that_fails_its_checks_is_never_backed_up(demo_file, damage):
    if damage == "scribbled":
        data = bytearray(demo_file.read_bytes())
        for offset in range(4096, min(len(data), 40960), 7):
            data[offset] = 0xA5
        demo_file.write_bytes(bytes(data))
    else:
        connection = sqlite3.connect(demo_file)
        with connection:
            if damage == "newer":
                connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
            else:
                connection.execute("DROP TABLE alembic_version")
        connection.close()
    with pytest.raises((CorruptFile, NewerSchema, NotAConferenceFile)):
        open_store(demo_file)
    assert list_backups(demo_file) == []


def test_a_read_only_file_is_not_backed_up(demo_file):
    open_store(demo_file, read_only=True).close()
    assert list_backups(demo_file) == []


def test_a_half_written_backup_is_never_listed_and_goes_once_its_writer_is_gone(demo_file):
    folder = folder_for(demo_file)
    folder.mkdir(parents=True)
    dead = folder / ".2026-01-01T00-00-00.000000.999999999.partial"
    dead.write_bytes(b"SQLite format 3\x00half")
    assert list_backups(demo_file) == []
    make(demo_file)
    assert not dead.exists() and len(list_backups(demo_file)) == 1


def test_restoring_puts_the_backup_back_after_backing_up_the_current_state(demo_file):
    note(demo_file, "before")
    open_store(demo_file).close()  # backup of "before"
    (old,) = list_backups(demo_file)
    note(demo_file, "after")
    before = restore(old.path, demo_file)
    assert notes_in(demo_file) == "before"
    assert before is not None and notes_in(before.path) == "after"  # nothing lost: it can come back
    assert [backup.path for backup in list_backups(demo_file)] == [before.path, old.path]
    store = open_store(demo_file)
    try:
        with store.reader() as db:
            assert db.get(Person, 1).notes == "before"
    finally:
        store.close()
    assert not Path(f"{demo_file}-wal").exists()


def test_restoring_while_another_connection_has_the_file_open(demo_file):
    open_store(demo_file).close()
    (old,) = list_backups(demo_file)
    store = open_store(demo_file, backup=False)
    try:
        with store.unit() as db:
            db.get(Person, 1).notes = "live"
        restore(old.path, demo_file)
        with store.reader() as db:
            assert db.scalar(select(Person.notes).where(Person.id == 1)) != "live"
    finally:
        store.close()


def test_a_damaged_backup_is_refused_and_the_file_stays_as_it_was(demo_file):
    open_store(demo_file).close()
    (backup,) = list_backups(demo_file)
    data = bytearray(backup.path.read_bytes())
    for offset in range(4096, min(len(data), 40960), 7):
        data[offset] = 0xA5
    backup.path.write_bytes(bytes(data))
    before = digest(demo_file)
    with pytest.raises((CorruptFile, NotAConferenceFile)):
        restore(backup.path, demo_file)
    assert digest(demo_file) == before
    assert len(list_backups(demo_file)) == 1


def test_a_file_that_is_not_a_conference_is_no_backup(demo_file, tmp_path):
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(NotAConferenceFile):
        restore(other, demo_file)


def test_a_deleted_file_comes_back_from_its_backup(demo_file):
    open_store(demo_file).close()
    (backup,) = list_backups(demo_file)
    demo_file.unlink()
    assert restore(backup.path, demo_file) is None
    store = open_store(demo_file)
    try:
        assert store.conference_id() == 1
    finally:
        store.close()


def test_a_damaged_file_is_kept_aside_not_backed_up_and_replaced(demo_file):
    open_store(demo_file).close()
    (backup,) = list_backups(demo_file)
    demo_file.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    assert restore(backup.path, demo_file) is None
    assert len(list_backups(demo_file)) == 1
    (aside,) = folder_for(demo_file).glob("*.damaged")
    assert aside.read_bytes().startswith(b"SQLite format 3\x00\xa5")
    store = open_store(demo_file)
    try:
        assert store.conference_id() == 1
    finally:
        store.close()


def test_an_old_file_is_not_migrated_without_a_backup(tmp_path, monkeypatch):
    from alembic import command
    from sqlalchemy import create_engine

    from confdesk.store import alembic_config

    path = tmp_path / "old.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO conference (id, name, short_name, timezone, languages, organisers, contact_email,"
                " platform, platform_url, notes, settings, version) VALUES (1, '{}', '{}', 'UTC', '[]', '[]',"
                " '', '', '', '{}', '{}', 1)"
            )
        )
    engine.dispose()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups_module, "make", full)
    with pytest.raises(DiskFull, match="is full"):
        open_store(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    connection.close()


def test_a_file_at_the_newest_schema_opens_even_if_no_backup_can_be_made(demo_file, monkeypatch, caplog):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups_module, "make", full)
    store = open_store(demo_file)
    try:
        assert store.conference_id() == 1
    finally:
        store.close()
    assert "no backup could be made" in caplog.text and demo_file.name not in caplog.text
