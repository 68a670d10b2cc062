"""Forms whose fields a screen reader names as their labels read."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def name_fields_after_labels(form: QFormLayout, fields: Iterable[QWidget]) -> None:
    """Each field's accessible name is its label's text, without the mnemonic ("&Server" is
    read "Server"); a field without a label keeps its own."""
    for field in fields:
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            field.setAccessibleName(label.text().replace("&", ""))
