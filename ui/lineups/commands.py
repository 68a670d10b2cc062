"""The undoable actions on a lineup, each one core action in one command."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from confdesk.services import (
    change_status,
    create_assignment,
    delete_assignment,
    reorder_lineup,
    update_assignment,
)
from ui.agenda.words import role_name, status_name
from ui.commands import execute
from ui.context import AppContext


def add_to_lineup(context: AppContext, session_id: int, person_id: int, role: str, name: str) -> int:
    action = partial(create_assignment, session_id=session_id, person_id=person_id, role=role)
    return int(
        execute(
            context, QCoreApplication.translate("LineupCommands", "Add %1 to the lineup").replace("%1", name), action
        ).value
    )


def _change(name: str, before: str, after: str) -> str:
    """An undo entry that says what it did: "Rim Benali: invited → confirmed"."""
    return (
        QCoreApplication.translate("LineupCommands", "%1: %2 → %3")
        .replace("%1", name)
        .replace("%2", before)
        .replace("%3", after)
    )


def set_role(context: AppContext, assignment_id: int, before: str, role: str, name: str) -> None:
    action = partial(update_assignment, assignment_id=assignment_id, role=role)
    execute(context, _change(name, role_name(before), role_name(role)), action)


def set_minutes(context: AppContext, assignment_id: int, before: int, minutes: int, name: str) -> None:
    action = partial(update_assignment, assignment_id=assignment_id, speaking_minutes=minutes)
    minute = QCoreApplication.translate("LineupCommands", "%1 min")
    execute(context, _change(name, minute.replace("%1", str(before)), minute.replace("%1", str(minutes))), action)


def set_status(context: AppContext, assignment_id: int, before: str, status: str, name: str) -> None:
    """Move along the workflow; undo takes the step out of the history again."""
    action = partial(change_status, assignment_id=assignment_id, status=status)
    execute(context, _change(name, status_name(before), status_name(status)), action)


def reorder(context: AppContext, session_id: int, assignment_ids: list[int], versions: dict[int, int]) -> None:
    """Reorder, refusing if a colleague changed the lineup since ``versions`` were read."""
    action = partial(reorder_lineup, session_id=session_id, assignment_ids=assignment_ids, expected_versions=versions)
    execute(context, QCoreApplication.translate("LineupCommands", "Reorder the lineup"), action)


def remove_from_lineup(context: AppContext, assignment_id: int, name: str) -> None:
    action = partial(delete_assignment, assignment_id=assignment_id)
    execute(
        context, QCoreApplication.translate("LineupCommands", "Remove %1 from the lineup").replace("%1", name), action
    )
