"""Fixtures shared by every test: conference files made in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Opening a file makes a backup; tests keep theirs out of the user data folder.
os.environ.setdefault("CONFDESK_BACKUP_DIR", tempfile.mkdtemp(prefix="confdesk-test-backups-"))

from confdesk.demo import build_demo
from confdesk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty conference file."""
    opened = open_store(tmp_path / "empty.confdesk", create=True)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """A conference file holding the demo conference."""
    opened = open_store(tmp_path / "demo.confdesk", create=True)
    with opened.unit() as db:
        build_demo(db)
    yield opened
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
