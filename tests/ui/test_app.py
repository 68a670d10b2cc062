"""Start-up from the command line: the screenshot option renders the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage

from ui.app import main
from ui.i18n import install_language


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield
    install_language(qapp, "en")
    QCoreApplication.setOrganizationName("ConfDeskTests")


def test_screenshot_renders_the_main_window_in_french(demo_file, tmp_path):
    out = tmp_path / "main-fr.png"
    assert main(["--db", str(demo_file), "--lang", "fr", "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert QSettings().value("files/last", "", type=str) == str(demo_file)


def test_a_file_that_is_not_a_conference_is_refused(tmp_path, capsys):
    bogus = tmp_path / "notes.confdesk"
    bogus.write_text("plain text")
    assert main(["--db", str(bogus), "--screenshot", str(tmp_path / "x.png")]) == 1
    assert "is not a ConfDesk conference file" in capsys.readouterr().err
