"""Options and helpers the commands share."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from confdesk.errors import ConfDeskError
from confdesk.store import Store, open_store


class CommandError(ConfDeskError):
    """A command cannot do what was asked; the message says why."""


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
        raise CommandError(f"{args.db} holds no conference yet (create one with 'confdesk demo' or 'confdesk load')")
    return store, conference_id


@contextlib.contextmanager
def new_conference_store(location: str) -> Iterator[Store]:
    """A store for a conference about to be created: refuses one that already holds a
    conference, and removes a file it created if creating the conference fails."""
    is_file = "://" not in location
    path = Path(location)
    existed = is_file and path.exists()
    store = open_store(location, create=True)
    try:
        if store.conference_id() is not None:
            raise CommandError(f"{location} already holds a conference; choose a new file")
        yield store
    except BaseException:
        store.close()
        if is_file and not existed:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    else:
        store.close()
