"""confdesk export KIND ...: every kind comes from a module in confdesk/cli/exports/."""

from __future__ import annotations

import argparse

from confdesk.cli import discover, exports


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    modules = discover(exports)
    if not modules:
        return
    parser = commands.add_parser("export", help="write calendars, documents and data files")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for module in modules:
        module.register(kinds)
