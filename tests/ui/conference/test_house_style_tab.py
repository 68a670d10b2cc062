"""Conference Settings → House style: each choice shown with the date it prints, saved into the
conference's settings as one undoable command beside the rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.model.house_style import HouseStyle
from confdesk.views.conference import conference_settings
from ui.conference import conference_dialog
from ui.context import AppContext


def _settings(context):
    with context.store.reader() as db:
        return conference_settings(db, context.conference_id)[0]


def test_choices_show_their_dates_and_are_saved_undoably(qtbot, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    before = _settings(context)
    dialog = conference_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.house_style)
    tab = dialog.house_style
    assert tab.value() == HouseStyle()
    texts = [tab.ar_months.itemText(i) for i in range(tab.ar_months.count())]
    assert any("شباط/فبراير" in text for text in texts) and any("فيفري" in text for text in texts)
    assert "Wednesday, 24 February 2021" in tab.en_dates.itemText(0)
    tab.ar_months.setCurrentIndex(tab.ar_months.findData("levant"))
    tab.ar_digits.setCurrentIndex(tab.ar_digits.findData("arab"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = _settings(context)
    assert after.settings["house_style"] == {"ar": {"months": "levant", "digits": "arab"}}
    assert after.settings.get("rules") == before.settings.get("rules")  # the rules stay as they were
    context.undo_stack.undo()
    assert _settings(context) == before
