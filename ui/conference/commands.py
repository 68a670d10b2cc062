"""The undoable edit of the conference's own fields: one command per save."""

from __future__ import annotations

from dataclasses import fields
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from confdesk.services import update_conference
from confdesk.services.data import ConferenceData
from ui.commands import execute
from ui.context import AppContext


def changed_fields(before: ConferenceData, after: ConferenceData) -> dict[str, Any]:
    return {
        f.name: getattr(after, f.name)
        for f in fields(ConferenceData)
        if getattr(after, f.name) != getattr(before, f.name)
    }


def edit_conference(
    context: AppContext,
    version: int,
    before: ConferenceData,
    after: ConferenceData,
    label: str = "",
    *,
    remove_from_sessions: bool = False,
) -> str:
    """Save what differs; returns what the status bar says ("" when nothing changed).

    A new time zone keeps every session at its moment; the timetable reads in the new zone
    (:meth:`AppContext.notify` follows it) and the returned sentence says so."""
    changes = changed_fields(before, after)
    if not changes:
        return ""
    action = partial(
        update_conference,
        conference_id=context.conference_id,
        expected_version=version,
        remove_from_sessions=remove_from_sessions,
        **changes,
    )
    execute(context, label or QCoreApplication.translate("ConferenceCommands", "Conference settings"), action)
    if "timezone" in changes:
        return QCoreApplication.translate(
            "ConferenceCommands", "Time zone is now %1: every session keeps its moment and is shown in %1."
        ).replace("%1", after.timezone)
    return QCoreApplication.translate("ConferenceCommands", "Conference settings saved.")
