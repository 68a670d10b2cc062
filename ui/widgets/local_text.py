"""Three line edits for one text in Arabic, English and French, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from confdesk.model import LocalText


class LocalTextEdit(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        placeholders = {"ar": self.tr("Arabic"), "en": self.tr("English"), "fr": self.tr("French")}
        for lang in ("ar", "en", "fr"):
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholders[lang])
            edit.setAccessibleName(f"{name} ({placeholders[lang]})")
            if lang == "ar":
                # Typed Arabic reads right to left whatever the interface language is.
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.edits[lang] = edit
            layout.addWidget(edit)

    def value(self) -> LocalText:
        return LocalText(**{lang: edit.text().strip() for lang, edit in self.edits.items()})

    def set_value(self, text: LocalText) -> None:
        for lang, edit in self.edits.items():
            edit.setText(getattr(text, lang))
