"""File → Conference Settings…: the conference's own fields, edited as one undoable command."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from confdesk.services.data import ConferenceData
from confdesk.views.conference import conference_settings
from ui.conference.commands import edit_conference
from ui.conference.dialog import ConferenceDialog
from ui.conference.rules import RulesDialog
from ui.context import AppContext


def conference_dialog(context: AppContext, parent: QWidget | None = None) -> ConferenceDialog:
    """The dialog on the conference as it is now; saving runs one command. ``dialog.outcome``
    is the sentence for the status bar once it has saved."""
    with context.store.reader() as db:
        before, version = conference_settings(db, context.conference_id)

    def save(after: ConferenceData, remove_from_sessions: bool) -> None:
        dialog.outcome = edit_conference(context, version, before, after, remove_from_sessions=remove_from_sessions)

    dialog = ConferenceDialog(before, save, parent)
    return dialog


def rules_dialog(context: AppContext, parent: QWidget | None = None) -> RulesDialog:
    """The rules of the conference; saving them is one command, and every view that checks
    (the Problems screen) re-runs at once on the change."""
    with context.store.reader() as db:
        before, version = conference_settings(db, context.conference_id)
    rules = before.settings.get("rules", {})

    def save(new_rules: dict[str, Any]) -> None:
        after = replace(before, settings={**before.settings, "rules": new_rules})
        edit_conference(context, version, before, after, QCoreApplication.translate("ConferenceCommands", "Rules"))

    return RulesDialog(dict(rules) if isinstance(rules, dict) else {}, save, parent)


__all__ = ["ConferenceDialog", "RulesDialog", "conference_dialog", "rules_dialog"]
