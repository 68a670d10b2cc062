"""--db takes any SQLAlchemy URL: a real PostgreSQL server, started by the test on 127.0.0.1."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from confdesk import services
from confdesk.demo import build_demo
from confdesk.interchange import dump as conference_json
from confdesk.store import open_store


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on loopback; yields a URL prefix without database name."""
    binaries = _postgres_bin()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian package postgresql)")
    # Not under pytest's tmp folder: that is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="confdesk-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    subprocess.run(
        [*as_user, binaries / "initdb", "-D", data, "-U", "confdesk", "--auth=trust", "-E", "UTF8"],
        check=True, capture_output=True,
    )
    port = _free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*as_user, binaries / "pg_ctl", "-D", data, "-o", options, "-l", folder / "log", "-w", "start"],
        check=True, capture_output=True,
    )
    try:
        yield f"postgresql://confdesk@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, binaries / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _create_database(base: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def test_demo_dump_load_round_trip_on_postgresql(postgres):
    source = open_store(_create_database(postgres, "demo"), create=True)
    with source.unit() as db:
        conference_id = build_demo(db)
    with source.reader() as db:
        first = conference_json.dumps(conference_json.dump(db, conference_id))
    source.close()

    copy = open_store(_create_database(postgres, "copy"), create=True)
    with copy.unit() as db:
        conference_json.load(db, conference_json.parse(first))
    with copy.reader() as db:
        assert conference_json.dumps(conference_json.dump(db, conference_id)) == first
    # Ids loaded from the dump must not collide with the next one the database hands out.
    with copy.unit() as db:
        new = services.create_person(
            db, conference_id, services.PersonData(name="New Person", group="youth", email="new@example.org")
        ).value
    assert new > 48
    copy.close()


def test_opening_a_postgresql_database_that_is_not_ours_is_refused(postgres):
    import psycopg

    from confdesk.store import NotAConferenceFile

    url = _create_database(postgres, "other")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE recipes (name text)")
    with pytest.raises(NotAConferenceFile):
        open_store(url)
