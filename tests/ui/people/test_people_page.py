"""The people screen driven through its real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from confdesk.model import Person
from confdesk.views.people import person_rows
from ui.context import AppContext
from ui.people.model import Column, PeopleModel
from ui.people.page import PeoplePage


@pytest.fixture
def page(qtbot, demo_store):
    context = AppContext(demo_store, demo_store.conference_id())
    widget = PeoplePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def type_text(widget, text: str) -> None:
    """Type any script key by key (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def visible_names(page: PeoplePage) -> list[str]:
    return [
        page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()].name for r in range(page.proxy.rowCount())
    ]


def people_count(page: PeoplePage) -> int:
    with page.context.store.reader() as db:
        return db.scalar(select(func.count(Person.id)))


def test_people_model_passes_qtmodeltester(qtmodeltester, demo_store):
    model = PeopleModel()
    with demo_store.reader() as db:
        model.set_rows(person_rows(db, demo_store.conference_id()))
    qtmodeltester.check(model)


def test_typing_a_latin_name_filters_people_at_each_keystroke(qtbot, page):
    qtbot.keyClicks(page.filters.search, "karim")
    assert visible_names(page) == ["Karim Mansour", "Karim Saleh", "Karim Shami"]
    assert page.count.text() == "3 of 48 people"


def test_typing_arabic_ignores_hamza_forms_and_tashkeel(qtbot, page):
    # "أمينة" written with a bare alef and with tashkeel still finds the three Aminas.
    type_text(page.filters.search, "امِينة")
    assert visible_names(page) == ["Amina Bakri", "Amina Haddad", "Amina Tahiri"]


def test_search_matches_organisation_in_any_language(qtbot, page):
    qtbot.keyClicks(page.filters.search, "oim")  # the French name of IOM
    names = visible_names(page)
    assert names and all(
        page.model.row_by_id(row.id).organisation.en == "IOM" for row in page.model.rows if row.name in names
    )


def test_group_filter_keeps_only_that_group(page):
    combo = page.filters.group
    combo.setCurrentIndex(combo.findData("trade_union"))
    rows = [page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()] for r in range(page.proxy.rowCount())]
    assert rows and {row.group for row in rows} == {"trade_union"}


def test_arabic_names_are_laid_out_right_to_left_and_emails_left_to_right(page):
    row = page.model.position_of(page.model.rows[0].id)
    arabic = page.model.index(row, Column.NAME_AR)
    email = page.model.index(row, Column.EMAIL)
    assert page.model.data(arabic).startswith("\u2067")
    assert page.model.data(arabic, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.model.data(email).startswith("\u2066")


def fill_new_person(qtbot, dialog, name: str, email: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    type_text(dialog.name_ar, "ريم نادر")
    qtbot.keyClicks(dialog.organisation.edits["en"], "Coastal Youth Network")
    type_text(dialog.organisation.edits["ar"], "شبكة شباب الساحل")
    dialog.group.setCurrentIndex(dialog.group.findData("youth"))
    dialog.country.setCurrentIndex(dialog.country.findData("TN"))
    qtbot.keyClicks(dialog.email, email)


def test_create_a_person_through_the_dialog_and_undo(qtbot, page):
    dialog = page.person_dialog()
    fill_new_person(qtbot, dialog, "Rim Nader", "rim.nader@example.org")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert people_count(page) == 49
    created = page.selected()
    assert created is not None and created.name == "Rim Nader" and created.organisation.ar == "شبكة شباب الساحل"
    assert page.context.undo_stack.undoText() == "Add person Rim Nader"
    page.context.undo_stack.undo()
    assert people_count(page) == 48
    assert "Rim Nader" not in [row.name for row in page.model.rows]
    page.context.undo_stack.redo()
    assert "Rim Nader" in [row.name for row in page.model.rows]


def test_invalid_email_shows_one_sentence_and_adds_nobody(qtbot, page):
    dialog = page.person_dialog()
    dialog.show()
    fill_new_person(qtbot, dialog, "Rim Nader", "rim.nader-at-example.org")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "This is not a valid e-mail address."
    assert people_count(page) == 48
    assert page.context.undo_stack.count() == 0


def test_the_focus_lands_on_the_field_the_error_names(qtbot, page):
    dialog = page.person_dialog()
    dialog.show()
    fill_new_person(qtbot, dialog, "Rim Nader", "rim.nader@example.org")
    dialog.job_title.edits["fr"].setText("Chargée\x07 de mission")  # a control character
    dialog.name.setFocus()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.focusWidget() is dialog.job_title.edits["fr"]
    assert people_count(page) == 48


def test_duplicate_email_is_refused_in_the_dialog(qtbot, page):
    dialog = page.person_dialog()
    fill_new_person(qtbot, dialog, "Rim Nader", "KARIM.SHAMI@example.org")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Another person already has this e-mail address."
    assert people_count(page) == 48


def test_edit_changes_only_that_row_and_undo_restores_it(qtbot, page):
    page.show_person(page.model.rows[0].id)
    row = page.selected()
    dialog = page.person_dialog(row)
    dialog.job_title.edits["fr"].setText("Conseillère")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert page.model.row_by_id(row.id).job_title.fr == "Conseillère"
    page.context.undo_stack.undo()
    assert page.model.row_by_id(row.id).job_title == row.job_title


def test_show_person_clears_a_filter_that_hides_them(qtbot, page):
    qtbot.keyClicks(page.filters.search, "karim")
    target = next(row for row in page.model.rows if row.name == "Amina Haddad")
    page.show_person(target.id)
    assert page.filters.search.text() == ""
    assert page.selected() == target


def test_the_person_dialogs_fields_are_named_as_their_labels_read(qtbot):
    from ui.people.dialog import PersonDialog

    dialog = PersonDialog(lambda _data: None)
    qtbot.addWidget(dialog)
    named = [dialog.name, dialog.name_ar, dialog.email, dialog.gender, dialog.notes]
    assert all(field.accessibleName() for field in named)
    assert "&" not in "".join(field.accessibleName() for field in named)
    assert dialog.email.accessibleName() == "E-mail"
