"""Where exports go: a ConfDesk folder in the user's Documents the first time, then the folder
last used for that kind of export (QSettings ``exports/folder/<kind>``)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

#: The folder under Documents every export starts in.
APP_FOLDER = "ConfDesk"
_KEY = "exports/folder/"


def documents() -> Path:
    """The user's Documents folder (the home folder where the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_folder(kind: str) -> Path:
    """The folder an export of ``kind`` goes to before the user has chosen one."""
    root = documents() / APP_FOLDER
    return root / "Calendars" if kind == "calendars" else root


def folder_for(kind: str) -> Path:
    """The folder last used for ``kind`` while it still exists, else the default one."""
    # type=str makes QSettings return a str; its stub says object.
    stored = str(QSettings().value(_KEY + kind, "", type=str) or "")
    if stored and Path(stored).is_dir():
        return Path(stored)
    return default_folder(kind)


def remember(kind: str, folder: str | Path) -> None:
    QSettings().setValue(_KEY + kind, str(Path(folder)))


def ready(folder: Path) -> Path:
    """``folder``, made when it is the default one (a file dialog cannot open a missing folder);
    a folder that cannot be made is left for the dialog or the export to report."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder
