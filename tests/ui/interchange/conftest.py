"""Export folders and settings of these tests stay in each test's own folder: nothing is
written to the real Documents or to the user's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Documents folder the export dialogs see (made on demand inside ``tmp_path``)."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    documents = tmp_path / "Documents"
    monkeypatch.setattr("ui.exports.folders.documents", lambda: documents)
    return documents
