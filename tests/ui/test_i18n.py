"""Interface languages: switching at run time mirrors the window and translates the menus; the
translations of the shell are complete; the content language is separate."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from ui.context import AppContext
from ui.i18n import TRANSLATIONS, current_language, install_language
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    yield
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    made = MainWindow(AppContext(demo_store, demo_store.conference_id()))
    qtbot.addWidget(made)
    made.show()
    return made


def test_switching_to_arabic_mirrors_the_window_and_translates_the_menus(window, qapp):
    assert window.menus["file"].title() == "&File"
    window.language_actions["ar"].trigger()
    assert current_language() == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.screens["agenda"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menus["file"].title() == "&ملف"
    assert window.menus["edit"].title() == "&تحرير"
    window.language_actions["fr"].trigger()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menus["file"].title() == "&Fichier"


def test_the_undo_history_survives_a_language_switch(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    agenda = window.screens["agenda"]
    session_id = next(iter(agenda.timetable.blocks))
    agenda.delete_session(session_id)
    window.set_interface_language("ar")
    assert window.context.undo_stack.count() == 1
    assert session_id not in window.screens["agenda"].timetable.blocks
    window.undo_action.trigger()
    assert session_id in window.screens["agenda"].timetable.blocks


def test_the_content_language_changes_titles_but_not_the_interface(window):
    agenda = window.screens["agenda"]
    session_id = next(iter(agenda.timetable.blocks))
    window.content_actions["ar"].trigger()
    block = agenda.timetable.blocks[session_id]
    assert block.lang == "ar"
    assert block.toolTip().startswith(block.row.title.ar)
    assert window.menus["file"].title() == "&File"


def test_the_shell_phrases_are_all_finished_and_compiled():
    book = json.loads((TRANSLATIONS / "phrases" / "shell.json").read_text(encoding="utf-8"))
    for lang in ("ar", "fr"):
        assert (TRANSLATIONS / f"confdesk_{lang}.qm").stat().st_size > 0
        root = ET.parse(TRANSLATIONS / f"confdesk_{lang}.ts").getroot()
        seen = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            if name not in book:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation.get("type") is None, (lang, name, message.findtext("source"))
                assert translation.text
                seen += 1
        assert seen >= sum(len(texts) for texts in book.values()) - 5
