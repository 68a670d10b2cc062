"""The throwaway PostgreSQL server of the core tests, for the window's team tests."""

from tests.core.conftest import postgres_database, postgres_server  # noqa: F401
