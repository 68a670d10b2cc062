"""Publishing never sends a password in clear text unless asked (--insecure), and a password
written in the --caldav URL is moved to the keyring and never echoed."""

from __future__ import annotations

import keyring
import pytest

from confdesk.caldav_publish import InsecureLogin, publish, target
from confdesk.cli import main
from tests.mail.conftest import MemoryKeyring
from tests.publish.test_publish_caldav import _start_radicale, events_in, free_port

SECRET = "S3cret-dav-pw"


@pytest.fixture
def radicale(tmp_path):
    """Radicale on 127.0.0.1 (no authentication of its own), as in test_publish_caldav."""
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


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def no_prompt(prompt: str = "") -> str:
    pytest.fail("asked for a password")


def test_basic_auth_over_http_is_refused_without_insecure(demo_file, radicale, monkeypatch, capsys):
    monkeypatch.setattr("getpass.getpass", no_prompt)
    url = f"{radicale}organiser/plain/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--user", "organiser"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: ") and err.count("\n") == 1
    assert "--insecure" in err and "https://" in err
    with pytest.raises(Exception):  # noqa: B017 (nothing was created: the collection is missing)
        events_in(url)


def test_insecure_allows_it(demo_file, radicale, monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "typed-password")
    url = f"{radicale}organiser/insecure/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--user", "organiser", "--insecure"]) == 0
    assert len(events_in(url)) == 16


def test_the_core_refuses_too(demo_store):
    with pytest.raises(InsecureLogin):
        publish(demo_store, demo_store.conference_id(), "http://dav.example.org/cal/", user="u", password="p")


def test_a_password_in_the_url_goes_to_the_keyring_and_is_never_echoed(
    demo_file, radicale, memory_keyring, monkeypatch, capsys
):
    monkeypatch.setattr("getpass.getpass", no_prompt)
    url = radicale.replace("http://", f"http://organiser:{SECRET}@") + "organiser/inurl/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url]) == 1  # http: refused
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "--insecure" in err
    assert memory_keyring.passwords == {}

    assert main(["publish", "--db", str(demo_file), "--caldav", url, "--insecure"]) == 0
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    assert out.startswith("16 events published to http://127.0.0.1:")
    host = "127.0.0.1"
    assert memory_keyring.passwords == {("confdesk-caldav", f"organiser@{host}"): SECRET}


def test_an_unreachable_https_server_echoes_no_password(demo_file, memory_keyring, capsys):
    url = f"https://organiser:{SECRET}@127.0.0.1:{free_port()}/cal/"
    assert main(["publish", "--db", str(demo_file), "--caldav", url]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("confdesk: error: ") and SECRET not in out + err
    assert memory_keyring.passwords == {}  # kept only once a server accepted it


def test_target_takes_the_credentials_out_of_the_url():
    found = target(f"https://organiser:{SECRET}@dav.example.org/cal/")
    assert (found.url, found.user, found.password) == ("https://dav.example.org/cal/", "organiser", SECRET)
    assert target("https://dav.example.org/cal/", user="u").password is None
    assert not target(f"https://u:{SECRET}@dav.example.org/").logs_in_in_clear
    assert target("http://dav.example.org/", user="u").logs_in_in_clear
    assert not target("http://dav.example.org/").logs_in_in_clear
