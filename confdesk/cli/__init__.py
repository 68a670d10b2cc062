"""The ``confdesk`` command line.

Each command lives in its own module of this package with a ``register(subparsers)`` function;
``export`` and ``import`` kinds live in ``exports/`` and ``imports/`` the same way. Errors are
one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from confdesk import __version__
from confdesk.errors import ConfDeskError

EXIT_ERROR = 1


def discover(package: ModuleType) -> list[ModuleType]:
    """The modules of ``package`` that register commands, in name order."""
    modules = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="confdesk",
        description="Organise a multilingual, multi-stakeholder virtual conference.",
    )
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in discover(sys.modules[__name__]):
        module.register(commands)
    return parser


def crash_log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ConfDesk", appauthor=False)) / "confdesk-crash.log"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfDeskError as error:
        print(f"confdesk: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("confdesk: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(
            f"confdesk: error: {error.strerror or error}" + (f": {error.filename}" if error.filename else ""),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as error:  # a bug: keep the details for us, one sentence for the user
        from confdesk.store.crash_log import scrubbed_traceback

        path = crash_log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The frames and exception types, never the values (names, addresses) in messages.
            path.write_text(scrubbed_traceback(error), encoding="utf-8")
            where = f"; details in {path}"
        except OSError:
            where = ""
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"confdesk: unexpected error{where}", file=sys.stderr)
        return EXIT_ERROR
