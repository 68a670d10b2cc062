"""Options and helpers the commands share."""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
from collections.abc import Iterator
from pathlib import Path

from confdesk.errors import ConfDeskError
from confdesk.redact import redact
from confdesk.store import FileBusy, Store, open_store
from confdesk.store.sqlite import left_by_a_dead_process, sync_file, sync_folder, wal_files
from confdesk.untrusted import escape_in_json, shown


class CommandError(ConfDeskError):
    """A command cannot do what was asked; the message says why."""


def printable(text: object) -> str:
    """``text`` (a name, a title, a server's reply) safe to print as one terminal line: line
    breaks become spaces, escape sequences and other control or bidi characters are written
    as escapes (``\\x1b``), so nothing in the data can move the cursor or recolour the screen."""
    return shown(text)


def printable_json(text: str) -> str:
    """JSON text from ``json.dumps(…, ensure_ascii=False)`` with what :func:`printable`
    escapes written as ``\\uXXXX``: the same JSON, safe on a terminal."""
    return escape_in_json(text)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="PATH",
        help="conference file (.confdesk) or SQLAlchemy URL such as postgresql://host/db",
    )


def open_existing(args: argparse.Namespace) -> tuple[Store, int]:
    """The store named by ``--db`` and its conference id."""
    store = open_store(args.db)
    conference_id = store.conference_id()
    if conference_id is None:
        store.close()
        raise CommandError(
            f"{redact(args.db)} holds no conference yet (create one with 'confdesk demo' or 'confdesk load')"
        )
    return store, conference_id


@contextlib.contextmanager
def new_conference_store(location: str) -> Iterator[Store]:
    """A store for a conference about to be created: refuses one that already holds a
    conference.

    A file is built under a temporary name beside it and renamed into place once the
    conference is complete and written: a command killed half-way leaves either no file or the
    file as it was (an empty one), never a file that will not open. A database URL is filled in
    one transaction instead."""
    if "://" in location:
        store = open_store(location, create=True)
        try:
            if store.conference_id() is not None:
                raise CommandError(f"{redact(location)} already holds a conference; choose a new file")
            yield store
        finally:
            store.close()
        return
    path = Path(location)
    if path.exists():
        existing = open_store(path, create=True, backup=False)
        try:
            if existing.conference_id() is not None:
                raise CommandError(f"{redact(location)} already holds a conference; choose a new file")
        finally:
            existing.close()
        if any(side.exists() for side in wal_files(path)):
            raise FileBusy(location)  # another program has it open
    _remove_stale_partials(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    _remove_beside(partial)
    try:
        store = open_store(partial, create=True, backup=False)
        store.location = location  # errors name the file asked for, not the temporary one
        try:
            yield store
        finally:
            store.close()  # the last connection writes the log into the file and removes it
        sync_file(partial)
        os.replace(partial, path)
        sync_folder(path.parent)
    except BaseException:
        _remove_beside(partial)
        raise


def _remove_beside(path: Path) -> None:
    for leftover in (path, *wal_files(path)):
        leftover.unlink(missing_ok=True)


def _remove_stale_partials(path: Path) -> None:
    """Files a killed command was building for ``path``: removed once that command is gone."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.partial"):
        pid = leftover.name[len(path.name) + 2 : -len(".partial")]
        if pid.isdigit() and left_by_a_dead_process(leftover, int(pid)):
            _remove_beside(leftover)
