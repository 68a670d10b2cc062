"""A password inside a --db or --caldav URL is used, kept in the keyring, and never echoed:
not in errors, not on stdout or stderr, not in the log, not in Store.location, not in the
window's recent-files list."""

from __future__ import annotations

import logging
import socket

import keyring
import pytest

from confdesk.cli import main
from confdesk.credentials import DATABASE_SERVICE, database_credentials
from confdesk.redact import redact, redact_text, split_password
from confdesk.store import DatabaseUnavailable, NotAConferenceFile, StoreError, open_store
from tests.mail.conftest import MemoryKeyring

SECRET = "S3cret-Kh4lil-pw"


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("url", "clean", "password"),
    [
        ("postgresql://organiser:S3cret@db.example.org/gcm", "postgresql://organiser@db.example.org/gcm", "S3cret"),
        (
            "postgresql+psycopg://u:p%40ss%2Fw@h:5432/d?sslmode=require",
            "postgresql+psycopg://u@h:5432/d?sslmode=require",
            "p@ss/w",
        ),
        ("postgresql://u:se@cret@h/d", "postgresql://u@h/d", "se@cret"),  # an unencoded @ in the password
        ("postgresql://u:a/b@h/d", "postgresql://u@h/d", "a/b"),
        ("postgresql://u@h/d", "postgresql://u@h/d", None),
        ("https://organiser:S3cret@dav.example.org/cal/a@b/", "https://organiser@dav.example.org/cal/a@b/", "S3cret"),
        (
            "http://dav.example.org:5232/organiser@example.org/gcm/",
            "http://dav.example.org:5232/organiser@example.org/gcm/",
            None,
        ),
        ("/home/rana/gcm.confdesk", "/home/rana/gcm.confdesk", None),
    ],
)
def test_split_password(url, clean, password):
    assert split_password(url) == (clean, password)
    if password:
        assert password not in redact(url) and "***" in redact(url)


def test_redact_text_masks_every_url_in_a_sentence():
    text = f"cannot connect to postgresql://u:{SECRET}@h/d: refused (see https://x:{SECRET}@dav/)"
    assert SECRET not in redact_text(text)
    assert "postgresql://u:***@h/d" in redact_text(text)


def test_store_errors_never_word_the_password():
    url = f"postgresql://organiser:{SECRET}@db.example.org/gcm"
    for error in (
        DatabaseUnavailable(url, f"server said something about {url}"),
        NotAConferenceFile(url),
        StoreError(url),
    ):
        assert SECRET not in str(error) and SECRET not in error.location and SECRET not in error.detail


def test_a_connection_error_echoes_no_password(memory_keyring, capsys, caplog, monkeypatch, tmp_path):
    crash_log = tmp_path / "crash.log"
    monkeypatch.setattr("confdesk.cli.crash_log_path", lambda: crash_log)
    caplog.set_level(logging.DEBUG)
    url = f"postgresql://organiser:{SECRET}@127.0.0.1:{closed_port()}/gcm"
    for command in (["info"], ["check"], ["send", "--smtp", "127.0.0.1:1"], ["dump"]):
        assert main([*command, "--db", url]) == 1
        out, err = capsys.readouterr()
        assert err.startswith("confdesk: error: cannot connect to postgresql://organiser@127.0.0.1:"), err
        assert SECRET not in out and SECRET not in err
    assert SECRET not in caplog.text
    assert not crash_log.exists() or SECRET not in crash_log.read_text(encoding="utf-8")
    # Kept where it belongs: the keyring, under the URL without it.
    clean = split_password(url)[0]
    assert memory_keyring.passwords == {(DATABASE_SERVICE, clean): SECRET}


def test_without_a_keyring_the_password_is_used_and_not_kept(no_keyring_backend):
    url = f"postgresql://organiser:{SECRET}@127.0.0.1:1/gcm"
    assert database_credentials(url) == ("postgresql://organiser@127.0.0.1:1/gcm", SECRET)
    assert database_credentials("postgresql://organiser@127.0.0.1:1/gcm") == (
        "postgresql://organiser@127.0.0.1:1/gcm",
        None,
    )


@pytest.fixture
def no_keyring_backend():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_store_location_has_no_password_and_the_keyring_opens_it_again(postgres_database, memory_keyring):
    from sqlalchemy.engine import make_url

    given = make_url(postgres_database())  # postgresql://postgres:@/NAME?host=FOLDER, trust auth
    with_secret = given.set(password=SECRET).render_as_string(hide_password=False)
    store = open_store(with_secret, create=True)
    try:
        assert SECRET not in store.location and SECRET not in repr(store.engine)
        assert store.engine.url.password == SECRET  # connected with it
        location = store.location
    finally:
        store.close()
    assert memory_keyring.passwords == {(DATABASE_SERVICE, location): SECRET}
    again = open_store(location)  # the recent-files list holds this
    try:
        assert again.engine.url.password == SECRET and again.location == location
    finally:
        again.close()


def test_the_recent_files_list_never_holds_a_password(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import remember_recent

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # One written by an older version, password and all.
    settings.setValue("files/recent", [f"postgresql://old:{SECRET}@h/d", "/home/rana/gcm.confdesk"])
    recent = remember_recent(settings, f"postgresql://organiser:{SECRET}@db.example.org/gcm")
    settings.sync()
    assert recent == ["postgresql://organiser@db.example.org/gcm", "postgresql://old@h/d", "/home/rana/gcm.confdesk"]
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert settings.value("files/last") == "postgresql://organiser@db.example.org/gcm"
