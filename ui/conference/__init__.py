"""File → Conference Settings…: the conference's own fields, edited as one undoable command."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from confdesk.services.data import ConferenceData
from confdesk.views.conference import conference_settings
from ui.conference.commands import edit_conference
from ui.conference.dialog import ConferenceDialog
from ui.context import AppContext


def conference_dialog(context: AppContext, parent: QWidget | None = None) -> ConferenceDialog:
    """The dialog on the conference as it is now; saving runs one command. ``dialog.outcome``
    is the sentence for the status bar once it has saved."""
    with context.store.reader() as db:
        before, version = conference_settings(db, context.conference_id)

    def save(after: ConferenceData) -> None:
        dialog.outcome = edit_conference(context, version, before, after)

    dialog = ConferenceDialog(before, save, parent)
    return dialog


__all__ = ["ConferenceDialog", "conference_dialog"]
