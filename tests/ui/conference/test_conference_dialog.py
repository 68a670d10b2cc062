"""File → Conference Settings…: typed into, saved as one undoable command, refused values
named with the focus on their field, and a new time zone followed by the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.views.conference import conference_settings
from ui.conference import conference_dialog
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


def _settings(context):
    with context.store.reader() as db:
        return conference_settings(db, context.conference_id)[0]


def _open(qtbot, context):
    dialog = conference_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_conference_and_saves_one_undoable_edit(qtbot, context):
    before = _settings(context)
    dialog = _open(qtbot, context)
    assert dialog.name.edits["ar"].text() == before.name.ar and dialog.name.edits["ar"].cursorPosition() == 0
    assert dialog.timezone.currentText() == before.timezone
    assert dialog.organisers.table.rowCount() == len(before.organisers)
    dialog.short_name.edits["en"].clear()
    qtbot.keyClicks(dialog.short_name.edits["en"], "GCM Review 2027")
    qtbot.mouseClick(dialog.organisers.add, Qt.MouseButton.LeftButton)
    row = dialog.organisers.table.rowCount() - 1
    dialog.organisers.table.item(row, 1).setText("Migration Network")
    dialog.organisers.table.item(row, 0).setText("شبكة الهجرة")
    qtbot.mouseClick(dialog.languages["fr"], Qt.MouseButton.LeftButton)  # French off
    _save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.outcome
    after = _settings(context)
    assert after.short_name.en == "GCM Review 2027" and after.short_name.ar == before.short_name.ar
    assert after.organisers[-1].name.en == "Migration Network" and after.organisers[-1].name.ar == "شبكة الهجرة"
    assert "fr" not in after.languages and after.languages[0] == before.languages[0]
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _settings(context) == before
    context.undo_stack.redo()
    assert _settings(context) == after


def test_a_refused_value_keeps_the_dialog_open_and_focuses_its_field(qtbot, context):
    before = _settings(context)
    dialog = _open(qtbot, context)
    dialog.contact_email.setText("not an address")
    dialog.platform_url.setFocus()
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.isVisible() and "contact_email" in dialog.message.text()
    assert dialog.focusWidget() is dialog.contact_email
    dialog.contact_email.setText(before.contact_email)
    dialog.name.edits["en"].setText("Bad\x00name")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name.edits["en"]
    assert "name.en" in dialog.message.text()
    assert _settings(context) == before and context.undo_stack.count() == 0


def test_a_new_time_zone_keeps_the_moments_and_the_window_follows_it(qtbot, context):
    zones = []
    context.display_zone_changed.connect(zones.append)
    dialog = _open(qtbot, context)
    dialog.timezone.setCurrentText("")
    qtbot.keyClicks(dialog.timezone, "Asia/Amman")
    _save(qtbot, dialog)
    assert "Asia/Amman" in dialog.outcome and "keeps its moment" in dialog.outcome
    assert context.conference_zone.key == context.display_zone.key == "Asia/Amman" and zones == ["Asia/Amman"]
    context.undo_stack.undo()
    assert context.display_zone.key == "Asia/Beirut" and zones == ["Asia/Amman", "Asia/Beirut"]


def test_a_time_zone_that_would_move_sessions_out_of_their_days_is_refused(qtbot, context):
    dialog = _open(qtbot, context)
    dialog.timezone.setCurrentText("Pacific/Kiritimati")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "would fall on a day outside its part" in dialog.message.text()
    assert dialog.focusWidget() is dialog.timezone
    assert _settings(context).timezone == "Asia/Beirut"


def test_a_logo_is_chosen_for_an_organiser_and_a_bad_file_is_refused(qtbot, context, tmp_path, monkeypatch):
    import io

    from PIL import Image
    from PySide6.QtWidgets import QFileDialog

    good, bad = tmp_path / "league.png", tmp_path / "league.gif"
    Image.new("RGB", (90, 30), "#00695c").save(good, "PNG")
    Image.new("RGB", (90, 30), "#00695c").save(bad, "GIF")
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (next(chosen), ""))
    before = _settings(context)
    dialog = _open(qtbot, context)
    table = dialog.organisers.table
    table.setCurrentCell(2, 1)
    qtbot.mouseClick(dialog.organisers.choose_logo, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "league.gif: a GIF image" in dialog.message.text()
    qtbot.mouseClick(dialog.organisers.choose_logo, Qt.MouseButton.LeftButton)
    assert not table.item(2, 3).icon().isNull()
    _save(qtbot, dialog)
    after = _settings(context)
    assert after.organisers[2].logo is not None and after.organisers[2].logo.data == good.read_bytes()
    assert after.organisers[2].name == before.organisers[2].name and after.organisers[0].logo is None
    with Image.open(io.BytesIO(after.organisers[2].logo.data)) as stored:
        assert stored.size == (90, 30)
    context.undo_stack.undo()
    assert _settings(context) == before
