"""confdesk import KIND ...: every kind comes from a module in confdesk/cli/imports/."""

from __future__ import annotations

import argparse

from confdesk.cli import discover, imports


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    modules = discover(imports)
    if not modules:
        return
    parser = commands.add_parser("import", help="bring registrations and schedules in from files")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for module in modules:
        module.register(kinds)
