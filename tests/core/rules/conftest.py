"""The ``build`` fixture: an empty in-memory conference for one rule test."""

from __future__ import annotations

import pytest
from rule_world import Build


@pytest.fixture
def build() -> Build:
    return Build()
