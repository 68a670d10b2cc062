"""The export dialog previews the real PDF inside the window and saves it; the logistics texts
editor saves through one undoable command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from confdesk.model import Conference
from ui.context import AppContext
from ui.documents.dialog import DocumentExportDialog
from ui.documents.notes import NotesEditor


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_preview_shows_the_pdf_and_save_writes_it(qtbot, context, tmp_path):
    dialog = DocumentExportDialog(context)
    qtbot.addWidget(dialog)
    _choose(dialog.document, "agenda")
    _choose(dialog.language, "ar")
    _choose(dialog.paper, "letter")
    assert not dialog.save_button.isEnabled()
    dialog.preview_button.click()
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert dialog.pdf_document.pageCount() == 2  # one page per part
    assert round(dialog.pdf_document.pagePointSize(0).width()) == 612  # US Letter
    assert dialog.save_button.isEnabled()
    target = tmp_path / "agenda-ar.pdf"
    dialog.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    # Changing an option invalidates the preview until it is built again.
    _choose(dialog.language, "en")
    assert not dialog.save_button.isEnabled()


def test_save_starts_in_documents_and_then_in_the_folder_last_used(
    qtbot, context, tmp_path, isolated_folders, monkeypatch
):
    dialog = DocumentExportDialog(context)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    chosen = tmp_path / "print" / "programme-en.pdf"
    chosen.parent.mkdir()

    def ask(parent, title, suggested, filters):
        asked.append(suggested)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.pdf = b"%PDF-1.7 test"
    dialog.save_button.setEnabled(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [str(isolated_folders / "ConfDesk" / "programme-en.pdf")]
    assert chosen.read_bytes().startswith(b"%PDF")
    again = DocumentExportDialog(context)
    qtbot.addWidget(again)
    again.pdf = b"%PDF-1.7 test"
    again.save_button.setEnabled(True)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert asked[1] == str(chosen.parent / "programme-en.pdf")


def test_a_bad_zone_is_reported_without_building(qtbot, context):
    dialog = DocumentExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.zones.setText("Africa/Casablanca, Mars/Base")
    dialog.preview_button.click()
    assert dialog.task is None
    assert "Mars/Base" in dialog.status.text()


def test_logistics_texts_are_saved_undoably(qtbot, context):
    editor = NotesEditor(context)
    qtbot.addWidget(editor)
    before = editor.editors[("joining", "fr")].toPlainText()
    assert before.startswith("Rejoignez")
    editor.editors[("joining", "fr")].setPlainText("Connectez-vous 10 minutes avant <b>&</b>.")
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    def joining_fr() -> str:
        with context.store.reader() as db:
            return db.get(Conference, context.conference_id).notes["joining"]["fr"]

    assert joining_fr() == "Connectez-vous 10 minutes avant <b>&</b>."
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert joining_fr() == before
    context.undo_stack.redo()
    assert joining_fr().startswith("Connectez-vous")


def test_letters_offer_each_persons_language_first_and_other_documents_do_not(qtbot, context):
    from confdesk.exports.documents import EACH_PERSON

    dialog = DocumentExportDialog(context)
    qtbot.addWidget(dialog)
    _choose(dialog.document, "programme")
    assert dialog.language.findData(EACH_PERSON) < 0
    _choose(dialog.document, "letters")
    assert dialog.language.currentData() == EACH_PERSON and dialog.language.itemData(0) == EACH_PERSON
    assert dialog.options().lang == EACH_PERSON
    _choose(dialog.document, "agenda")
    assert dialog.language.findData(EACH_PERSON) < 0 and dialog.language.currentData() in ("ar", "en", "fr")
