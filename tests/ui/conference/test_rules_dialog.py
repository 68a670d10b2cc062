"""File → Rules…: the roles each kind of session needs, balance thresholds and horizons,
changed through the real widgets; one undoable command, and the checks follow at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from confdesk.rules import check
from confdesk.rules.settings import RuleSettings
from confdesk.views.conference import conference_settings
from ui.conference import rules_dialog
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


def _rules(context) -> RuleSettings:
    with context.store.reader() as db:
        return RuleSettings.from_conference(conference_settings(db, context.conference_id)[0].settings)


def _codes(context) -> list[str]:
    with context.store.reader() as db:
        return [problem.code for problem in check(db, context.conference_id)]


def _open(qtbot, context):
    dialog = rules_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _select_all(qtbot, spin):
    spin.setFocus()
    spin.selectAll()


def test_the_dialog_shows_the_rules_in_force(qtbot, context):
    dialog = _open(qtbot, context)
    current = _rules(context)
    assert dialog.min_groups.value() == current.min_groups
    assert dialog.max_gender_share.value() == round(current.max_gender_share * 100)
    needs = dialog.required_roles()
    assert needs == {
        kind: ["|".join(sorted(roles)) for roles in requirements]
        for kind, requirements in current.required_roles.items()
    }


def test_a_change_is_one_undoable_command_and_the_checks_follow_at_once(qtbot, context):
    before_codes = _codes(context)
    assert "missing_role" in before_codes or "too_few_groups" in before_codes
    dialog = _open(qtbot, context)
    _select_all(qtbot, dialog.min_groups)
    qtbot.keyClicks(dialog.min_groups, "1")
    _select_all(qtbot, dialog.min_countries)
    qtbot.keyClicks(dialog.min_countries, "1")
    while dialog.needs.rowCount():  # no role is required any more
        dialog.needs.setCurrentCell(0, 0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    rules = _rules(context)
    assert rules.min_groups == rules.min_countries == 1 and rules.required_roles == {}
    after_codes = _codes(context)
    assert "too_few_groups" not in after_codes and "too_few_countries" not in after_codes
    assert "missing_role" not in after_codes
    assert context.undo_stack.count() == 1 and context.undo_stack.text(0) == "Rules"
    context.undo_stack.undo()
    assert _codes(context) == before_codes


def test_a_requirement_added_by_clicks_names_its_roles(qtbot, context):
    dialog = _open(qtbot, context)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.needs.rowCount() - 1
    kinds = dialog.needs.cellWidget(row, 0)
    kinds.setCurrentIndex(kinds.findData("closing"))
    boxes = {box.objectName(): box for box in dialog.needs.cellWidget(row, 1).findChildren(QCheckBox)}
    dialog.needs.scrollToBottom()
    qtbot.waitUntil(lambda: boxes["chair"].visibleRegion().boundingRect().height() > 0)
    # On the box's indicator: a check box wider than its text takes clicks on its text only.
    middle = boxes["chair"].height() // 2
    qtbot.mouseClick(boxes["chair"], Qt.MouseButton.LeftButton, pos=QPoint(middle, middle))
    _save(qtbot, dialog)
    assert _rules(context).required_roles["closing"] == (frozenset({"chair", "moderator"}),)
