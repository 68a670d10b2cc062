"""File → New Conference: asks for the languages and the parts, writes the file whole, and an
empty conference opens on the Agenda with its first step spelled out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.store import open_store
from confdesk.views.conference import conference_settings, part_settings
from ui.agenda.page import AgendaPage
from ui.context import AppContext
from ui.new_conference import NewConferenceDialog, create_conference_file


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _open(qtbot):
    dialog = NewConferenceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_languages_and_parts_make_the_new_file(qtbot, tmp_path):
    dialog = _open(qtbot)
    qtbot.keyClicks(dialog.name_edit, "SDG Forum 2027")
    qtbot.mouseClick(dialog.languages["fr"], Qt.MouseButton.LeftButton)  # Arabic and English only
    dialog.parts.item(0, 0).setText("Consultation")
    dialog.parts.cellWidget(0, 1).setDate(QDate(2027, 3, 1))
    dialog.parts.cellWidget(0, 2).setDate(QDate(2027, 3, 1))
    qtbot.mouseClick(dialog.add_part_button, Qt.MouseButton.LeftButton)
    assert dialog.parts.cellWidget(1, 1).date() == QDate(2027, 3, 2)  # the day after
    dialog.parts.item(1, 0).setText("Forum")
    dialog.parts.cellWidget(1, 2).setDate(QDate(2027, 3, 3))
    assert dialog.themes_combo.currentData() == ""  # no list unless one is chosen
    dialog.themes_combo.setCurrentIndex(dialog.themes_combo.findData("sdg"))
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    facts = dialog.facts()
    assert facts.languages == ("ar", "en") and facts.themes == "sdg"
    path = tmp_path / "forum.confdesk"
    path.write_bytes(b"an older file the user chose to replace")
    create_conference_file(path, facts, "en")
    store = open_store(path)
    try:
        with store.reader() as db:
            data, _version = conference_settings(db, store.conference_id())
            parts = part_settings(db, store.conference_id())
    finally:
        store.close()
    assert data.name.en == "SDG Forum 2027" and data.languages == ("ar", "en")
    assert data.themes.name.en == "Sustainable Development Goals" and len(data.themes.themes) == 17
    assert [(p.data.name.en, p.data.start_date, p.data.end_date) for p in parts] == [
        ("Consultation", date(2027, 3, 1), date(2027, 3, 1)),
        ("Forum", date(2027, 3, 2), date(2027, 3, 3)),
    ]
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it


def test_what_is_missing_is_said_and_focused(qtbot):
    dialog = _open(qtbot)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name_edit and dialog.message.text()
    qtbot.keyClicks(dialog.name_edit, "Forum")
    for box in dialog.languages.values():
        box.setChecked(False)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "language" in dialog.message.text()
    dialog.languages["en"].setChecked(True)
    dialog.parts.cellWidget(0, 2).setDate(dialog.parts.cellWidget(0, 1).date().addDays(-1))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "comes before its first" in dialog.message.text()


def test_an_empty_conference_opens_on_its_first_step(qtbot, tmp_path):
    dialog = _open(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Forum")
    _ok(qtbot, dialog)
    path = tmp_path / "empty.confdesk"
    create_conference_file(path, dialog.facts(), "en")
    store = open_store(path)
    context = AppContext(store, store.conference_id())
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.title_label.text() == "No sessions yet"
    assert "New Session (Ctrl+Shift+N)" in page.facts_label.text()
    store.close()
