"""Window tests collect garbage as the application does: on the GUI thread only (ui/collector.py),
here after each test, never in a worker thread or inside a timer of a widget being freed."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if collecting:
        gc.enable()


@pytest.fixture
def settled_loop(qapp):
    """For tests that wait for worker threads: run the application's loop once first, so a quit
    an earlier test left queued (one that ran main() in this process) is spent here, not in
    this test's wait."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
