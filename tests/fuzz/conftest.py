"""Fixtures of the property-based tests: one demo conference per test module, which every
example changes inside a unit of work that is rolled back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from confdesk.demo import build_demo
from confdesk.store import Store, open_store


def pytest_configure(config: pytest.Config) -> None:
    # Also registered in pyproject.toml; said here too so the folder runs on its own.
    config.addinivalue_line("markers", "fuzz: property-based tests with many hostile examples (hypothesis)")


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo conference, built once for the module: examples never commit to it."""
    opened = open_store(tmp_path_factory.mktemp("fuzz") / "demo.confdesk", create=True)
    with opened.unit() as db:
        build_demo(db)
    yield opened
    opened.close()
