"""Window tests collect garbage as the application does: on the GUI thread only (ui/collector.py),
here after each test, never in a worker thread or inside a timer of a widget being freed. And a
window closing in one test never quits the application under the next."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def no_quit_when_the_last_window_closes(qapp):
    """A window test's last window closing while the application's loop runs (a test of main(),
    say) would post a Quit event; handled later, in a processEvents() of another test, it ends
    every event loop of that process at once (QCoreApplication::exit() outside exec()), and
    every wait for a worker thread after it times out."""
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if collecting:
        gc.enable()
