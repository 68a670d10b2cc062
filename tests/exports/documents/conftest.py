"""A demo conference read once for every document test (building it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.demo import build_demo
from confdesk.exports.documents import ConferenceView, load
from confdesk.store import open_store


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("documents") / "demo.confdesk"
    store = open_store(path, create=True)
    with store.unit() as db:
        build_demo(db)
    store.close()
    return path


@pytest.fixture(scope="session")
def conference(demo_path: Path) -> ConferenceView:
    store = open_store(demo_path)
    try:
        with store.reader() as db:
            return load(db, store.conference_id())
    finally:
        store.close()
