"""Fixtures of the import tests: sample files written into each test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from registration_samples import INDICO_HEADERS, messy_rows, write_csv


@pytest.fixture
def fixtures_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    return folder


@pytest.fixture
def messy_csv(fixtures_dir: Path) -> Path:
    return write_csv(fixtures_dir / "indico-export.csv", INDICO_HEADERS, messy_rows(), delimiter=";")
