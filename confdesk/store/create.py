"""A new conference's store, built so that a killed process leaves no file that will not open."""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterator
from pathlib import Path

from confdesk.store import FileBusy, Store, open_store
from confdesk.store.errors import HoldsConference
from confdesk.store.sqlite import left_by_a_dead_process, sync_file, sync_folder, wal_files


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
                raise HoldsConference(location)
            yield store
        finally:
            store.close()
        return
    path = Path(location)
    if path.exists():
        existing = open_store(path, create=True, backup=False)
        try:
            if existing.conference_id() is not None:
                raise HoldsConference(location)
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
