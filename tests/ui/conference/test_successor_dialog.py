"""File → New from an Earlier Conference…: the demo moved to a new first day, through the
real dialog; bad choices say what is wrong and write nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.interchange.dump import dump
from confdesk.interchange.successor import first_day
from confdesk.store import open_store
from ui.conference.successor import SuccessorDialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _open(qtbot, **kwargs):
    dialog = SuccessorDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_writes_next_years_conference(qtbot, demo_file, tmp_path):
    dialog = _open(qtbot, source=str(demo_file))
    target = tmp_path / "next.confdesk"
    qtbot.keyClicks(dialog.target_edit, str(target))
    dialog.start.setDate(QDate(2027, 3, 1))
    qtbot.mouseClick(dialog.with_people, Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.target == str(target) and dialog.made is not None
    store = open_store(target)
    try:
        with store.reader() as db:
            data = dump(db, store.conference_id())
    finally:
        store.close()
    assert first_day(data) == date(2027, 3, 1)
    assert len(data["people"]) == dialog.made.people > 0 and data["assignments"] == []


def test_bad_choices_are_named_and_write_nothing(qtbot, demo_file, tmp_path):
    dialog = _open(qtbot)
    target = tmp_path / "next.confdesk"
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.source and dialog.message.text()
    dialog.source.setText(str(demo_file))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.target_edit
    dialog.target_edit.setText(str(demo_file))
    _ok(qtbot, dialog)
    assert "must not be the earlier one" in dialog.message.text()
    not_a_conference = tmp_path / "notes.confdesk"
    not_a_conference.write_text("minutes of the meeting")
    dialog.source.setText(str(not_a_conference))
    dialog.target_edit.setText(str(target))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "not a ConfDesk conference file" in dialog.message.text()
    assert not target.exists()
    assert not_a_conference.read_text() == "minutes of the meeting"
