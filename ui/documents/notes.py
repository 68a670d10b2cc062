"""Edit the text blocks of the logistics note and letters (``Conference.notes``) in Arabic,
English and French; saving is one undoable command."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConfDeskError
from confdesk.exports.documents.logistics import BLOCKS
from confdesk.model import LocalText
from confdesk.services import update_conference
from confdesk.views.conference import conference_notes
from ui.commands import execute
from ui.context import AppContext
from ui.errors import show_error

LANGS = ("ar", "en", "fr")


class NotesEditor(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Logistics texts"))
        self.resize(720, 520)
        with context.store.reader() as db:
            self._before = conference_notes(db, context.conference_id)
        titles = {
            "joining": self.tr("How to join"),
            "interpretation": self.tr("Interpretation"),
            "speaking_rules": self.tr("Speaking rules"),
            "rehearsal": self.tr("Rehearsal"),
            "data_protection": self.tr("Data protection"),
        }
        languages = {"ar": self.tr("Arabic"), "en": self.tr("English"), "fr": self.tr("French")}
        self.tabs = QTabWidget()
        #: (block, language) -> its editor
        self.editors: dict[tuple[str, str], QPlainTextEdit] = {}
        for block in BLOCKS:
            page = QWidget()
            form = QFormLayout(page)
            text = self._before.get(block, LocalText())
            for lang in LANGS:
                editor = QPlainTextEdit(getattr(text, lang))
                # Arabic is typed and read right to left whatever the interface language.
                editor.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
                )
                form.addRow(languages[lang], editor)
                self.editors[(block, lang)] = editor
            self.tabs.addTab(page, titles[block])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def notes(self) -> dict[str, LocalText]:
        """The blocks as edited; blocks this editor does not show are kept as they were."""
        notes = dict(self._before)
        for block in BLOCKS:
            text = LocalText(**{lang: self.editors[(block, lang)].toPlainText().strip() for lang in LANGS})
            if text.is_empty():
                notes.pop(block, None)
            else:
                notes[block] = text
        return notes

    def save(self) -> None:
        notes = self.notes()
        if notes == self._before:
            self.accept()
            return
        conference_id = self.context.conference_id
        try:
            execute(
                self.context,
                self.tr("Edit logistics texts"),
                partial(update_conference, conference_id=conference_id, notes=notes),
            )
        except ConfDeskError as error:
            show_error(self, self.tr("Logistics texts"), error)
            return
        self.accept()
