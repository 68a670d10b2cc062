"""Importing the core after the window is on screen, as fast as it imports without Qt.

PySide6 puts a hook in ``builtins.__import__`` that reads the whole source of every module
imported after PySide6, to see whether it names PySide6 (PYSIDE-2029: that decides which
modules its ``__feature__`` switches, ``snake_case`` and ``true_property``, apply to). The core
is a few hundred modules that never name PySide6, SQLAlchemy's most of them, and the scan makes
importing them a tenth to a third slower (measured here). While :func:`import_core` runs, that
hook is stepped over: the import beneath it (``builtins.__orig_import__``, PySide6's own lazy
loading of its Qt modules) does the work. A module the scan did not see is, for PySide6, like
one it ignores (it sees the features last selected), and no ConfDesk module selects any: none
imports ``__feature__``.
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Iterator
from contextlib import contextmanager

#: What opening a conference file and showing its agenda imports: SQLAlchemy, the models, the
#: store and the services. Imported by the GUI thread at start-up, before any task runs.
CORE = (
    "confdesk.store",
    "confdesk.services",
    "confdesk.queries",
    "confdesk.views.agenda",
    "confdesk.views.lineups",
    "confdesk.views.conference",
)


@contextmanager
def without_source_scan() -> Iterator[None]:
    """Imports made inside skip PySide6's scan of their source (see the module's docstring).

    Only for the GUI thread while no other thread imports: the hook is process-wide."""
    hooked = builtins.__import__
    beneath = getattr(builtins, "__orig_import__", None)
    if beneath is None or beneath is hooked:
        yield  # PySide6 is not loaded, or has no such hook in this version
        return
    builtins.__import__ = beneath
    try:
        yield
    finally:
        builtins.__import__ = hooked


def import_core() -> None:
    """Import :data:`CORE` (a no-op once it is imported)."""
    with without_source_scan():
        for name in CORE:
            importlib.import_module(name)
