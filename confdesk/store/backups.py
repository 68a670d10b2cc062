"""Rotating backups of conference files: made when a file is opened, listed, restored.

Each conference file has a folder of its own under the backup root, named after the file and a
hash of its absolute path (two ``conference.confdesk`` files in different folders never share
one): ``<root>/<stem>-<hash>/2026-11-22T10-15-30.123456Z.confdesk``. The root is the user data
folder's ``backups`` (``platformdirs.user_data_dir("ConfDesk")``), or the folder named by the
``CONFDESK_BACKUP_DIR`` environment variable, or the ``root`` argument of every function.

A backup is written with SQLite's backup API from a read-only connection (a consistent copy,
even while another program writes), under a temporary name, synced and only then renamed into
place: a backup that is listed is complete. :func:`make` keeps the newest :data:`KEEP`; a
backup identical to the newest one is not made twice (opening a file ten times without a change
would otherwise push every older backup out). Only files that passed their checks are backed
up (:func:`confdesk.store.open_store` checks first), and :func:`restore` checks a backup before
it restores it, after backing up the current state.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from confdesk.store.errors import DiskFull, FileBusy, NotAConferenceFile, ReadOnlyFile, StoreError
from confdesk.store.sqlite import (
    BUSY_TIMEOUT,
    connect_read_only,
    existing_wal_files,
    left_by_a_dead_process,
    remove_new_wal_files,
    store_error,
    sync_file,
    sync_folder,
    wal_files,
)

#: The environment variable naming another folder for the backups (tests, a network drive).
ENV_FOLDER = "CONFDESK_BACKUP_DIR"
#: How many backups of each file are kept.
KEEP = 10
_SUFFIX = ".confdesk"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{6})Z(?:-(\d+))?\.confdesk$")
_STAMP = "%Y-%m-%dT%H-%M-%S.%f"
_PARTIAL = re.compile(r"^\..*\.(\d+)\.(?:partial|restoring)$")


@dataclass(frozen=True)
class Backup:
    path: Path
    #: When it was taken (UTC).
    taken_at: datetime
    #: Its size in bytes.
    size: int
    #: Two backups taken in the same microsecond: 0 for the first, 2, 3… for the next.
    sequence: int = 0


def backup_root() -> Path:
    """The folder that holds every file's backup folder."""
    configured = os.environ.get(ENV_FOLDER, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("ConfDesk", appauthor=False)) / "backups"


def folder_for(source: Path, root: Path | None = None) -> Path:
    """The folder holding the backups of the conference file ``source``."""
    absolute = Path(os.path.abspath(source)).resolve()
    digest = hashlib.sha256(str(absolute).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return (root if root is not None else backup_root()) / f"{absolute.stem}-{digest}"


def list_backups(source: Path, *, root: Path | None = None) -> list[Backup]:
    """The backups of ``source``, newest first (none when it has none yet)."""
    folder = folder_for(source, root)
    found = []
    with suppress(FileNotFoundError, NotADirectoryError):
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if not match or not entry.is_file():
                continue
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, taken, entry.stat().st_size, int(match.group(2) or 0)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.sequence), reverse=True)


def rotate(source: Path, *, root: Path | None = None, keep: int = KEEP, protect: Iterable[Path] = ()) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``source`` (never one in ``protect``);
    returns the paths removed."""
    kept = {Path(path).resolve() for path in protect}
    removed = []
    for backup in list_backups(source, root=root)[max(keep, 0) :]:
        if backup.path.resolve() in kept:
            continue
        with suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    """Backups a killed process was writing: never listed, removed once it is gone."""
    with suppress(OSError):
        for entry in folder.iterdir():
            match = _PARTIAL.match(entry.name)
            if match and left_by_a_dead_process(entry, int(match.group(1))):
                with suppress(OSError):
                    entry.unlink()


def _note_source(folder: Path, source: Path) -> None:
    """A line in the folder saying which file its backups are of, for people looking at it."""
    note = folder / "source.txt"
    if not note.exists():
        with suppress(OSError):
            note.write_text(f"{Path(os.path.abspath(source))}\n", encoding="utf-8", errors="surrogateescape")


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the database ``source`` into the new file ``target``, synced, in
    rollback-journal mode (a backup opened later leaves no ``-wal``/``-shm`` files)."""
    existed = existing_wal_files(source)
    try:
        reader = connect_read_only(source)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE").fetchall()
            finally:
                writer.close()
        finally:
            reader.close()
    finally:
        remove_new_wal_files(source, existed)
    sync_file(target)


def _free_name(folder: Path, taken: datetime) -> Path:
    stamp = taken.strftime(_STAMP)
    candidate = folder / f"{stamp}Z{_SUFFIX}"
    sequence = 1
    while candidate.exists():
        sequence += 1
        candidate = folder / f"{stamp}Z-{sequence}{_SUFFIX}"
    return candidate


def make(source: Path, *, root: Path | None = None, keep: int | None = KEEP) -> Backup:
    """Back up the conference file ``source`` now and keep the newest ``keep`` backups (all of
    them with None). The caller has checked ``source``. Returns the backup (the newest existing
    one when nothing changed since it was taken)."""
    source = Path(source)
    folder = folder_for(source, root)
    folder.mkdir(parents=True, exist_ok=True)
    _note_source(folder, source)
    _remove_stale_partials(folder)
    taken = datetime.now(UTC)
    partial = folder / f".{taken.strftime(_STAMP)}.{os.getpid()}.partial"
    try:
        _copy(source, partial)
        backups = list_backups(source, root=root)
        if backups and backups[0].size == partial.stat().st_size and filecmp.cmp(backups[0].path, partial, False):
            partial.unlink()
            return backups[0]
        final = _free_name(folder, taken)
        os.replace(partial, final)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
    sync_folder(folder)
    if keep is not None:
        rotate(source, root=root, keep=keep, protect=[final])
    made = list_backups(source, root=root)
    return next((backup for backup in made if backup.path == final), Backup(final, taken, final.stat().st_size))


def restore(backup: Path, target: Path, *, root: Path | None = None, keep: int = KEEP) -> Backup | None:
    """Put the content of ``backup`` into the conference file ``target``.

    ``backup`` is checked first (a damaged one raises and nothing changes). The current state of
    ``target`` is backed up before it is replaced (returned; None when there was no file, or
    none worth keeping). A ``target`` that fails its own checks is not backed up but kept beside
    the backups as ``….damaged``. The restore itself is one SQLite transaction (the backup API
    writing into the file): killed half-way, the file is as it was. ``target`` should not be
    open in this process; another program that has it open sees the restored content."""
    from confdesk.store import check_file

    backup, target = Path(backup), Path(target)
    if check_file(backup) is None:
        raise NotAConferenceFile(str(backup))
    before: Backup | None = None
    healthy = False
    if target.exists():
        try:
            healthy = check_file(target) is not None
        except (FileBusy, ReadOnlyFile, DiskFull):
            raise  # not damage: nothing to set aside, nothing changed
        except StoreError:
            folder = folder_for(target, root)
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, folder / f"{datetime.now(UTC).strftime(_STAMP)}Z.damaged")
        if healthy:
            before = make(target, root=root, keep=None)
    try:
        if healthy:
            _write_into(backup, target)
        else:
            _replace_with(backup, target)
    except (sqlite3.Error, OSError) as error:
        translated = store_error(error, str(target))
        if translated is None:
            raise
        raise translated from error
    rotate(target, root=root, keep=keep, protect=[backup, *([before.path] if before else [])])
    return before


def _write_into(backup: Path, target: Path) -> None:
    """Copy ``backup`` over the live database ``target`` in one write transaction, so other
    connections (and its ``-wal`` file) stay consistent."""
    existed = existing_wal_files(backup)
    try:
        reader = connect_read_only(backup)
        try:
            writer = sqlite3.connect(target, timeout=BUSY_TIMEOUT)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    finally:
        remove_new_wal_files(backup, existed)


def _replace_with(backup: Path, target: Path) -> None:
    """Make ``target`` anew from ``backup`` (there is no file, or a damaged one): a complete
    copy beside it, renamed over it."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.restoring")
    try:
        _copy(backup, temporary)
        for side in wal_files(target):
            side.unlink(missing_ok=True)  # they belong to the damaged file
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(target.parent)
