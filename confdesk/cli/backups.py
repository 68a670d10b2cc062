"""confdesk backups / restore: the backups ConfDesk makes each time a conference file is opened."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from confdesk.cli.common import CommandError
from confdesk.store.backups import ENV_FOLDER, KEEP, Backup, folder_for, list_backups, restore


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "backups",
        help="list the backups of a conference file",
        description=f"List the backups of a conference file, newest first: number, time, size and path. "
        f"ConfDesk backs a file up each time it opens it and keeps the newest {KEEP}, in the user data "
        f"folder (or the folder named by the {ENV_FOLDER} environment variable).",
    )
    _add_file_option(listing)
    listing.set_defaults(func=run_backups)

    restoring = commands.add_parser(
        "restore",
        help="put a backup back into a conference file",
        description="Replace the content of a conference file by a backup: its number in the list of "
        "'confdesk backups' (1 is the newest) or its path. The backup is checked first, and the file's "
        "current state is backed up before it is replaced.",
    )
    restoring.add_argument("backup", metavar="BACKUP", help="number from 'confdesk backups', or a backup's path")
    _add_file_option(restoring)
    restoring.set_defaults(func=run_restore)


def _add_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="FILE", help="the conference file (.confdesk)")


def conference_file(location: str) -> Path:
    """The file ``--db`` names; backups are kept for SQLite files only."""
    if "://" not in location:
        return Path(location)
    try:
        url = make_url(location)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise CommandError("backups are kept for conference files (.confdesk), not for database servers")
    return Path(url.database)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _time(backup: Backup) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def run_backups(args: argparse.Namespace) -> int:
    path = conference_file(args.db)
    found = list_backups(path)
    if not found:
        print(f"no backups of {path} yet (they go to {folder_for(path)})")
        return 0
    print(f"backups of {path}, newest first:")
    for number, backup in enumerate(found, start=1):
        print(f"{number:>3}  {_time(backup)}  {_size(backup.size):>9}  {backup.path}")
    return 0


def _chosen(which: str, path: Path) -> Path:
    candidate = Path(which)
    if which.isdigit() and not candidate.exists():
        found = list_backups(path)
        number = int(which)
        if not 1 <= number <= len(found):
            raise CommandError(f"{path} has no backup number {number} (see 'confdesk backups --db {path}')")
        return found[number - 1].path
    if not candidate.is_file():
        raise CommandError(f"{which} is neither a backup number nor a backup file")
    return candidate


def run_restore(args: argparse.Namespace) -> int:
    path = conference_file(args.db)
    backup = _chosen(args.backup, path)
    before = restore(backup, path)
    print(f"{path} restored from {backup}")
    if before is not None:
        print(f"its state before was backed up as {before.path}")
    return 0
