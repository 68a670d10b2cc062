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
from ui.commands import execute
from ui.context import AppContext


def add_to_lineup(context: AppContext, session_id: int, person_id: int, role: str, name: str) -> int:
    action = partial(create_assignment, session_id=session_id, person_id=person_id, role=role)
    return int(
        execute(
            context, QCoreApplication.translate("LineupCommands", "Add %1 to the lineup").replace("%1", name), action
        ).value
    )


def set_role(context: AppContext, assignment_id: int, role: str, name: str) -> None:
    action = partial(update_assignment, assignment_id=assignment_id, role=role)
    execute(context, QCoreApplication.translate("LineupCommands", "Change the role of %1").replace("%1", name), action)


def set_minutes(context: AppContext, assignment_id: int, minutes: int, name: str) -> None:
    action = partial(update_assignment, assignment_id=assignment_id, speaking_minutes=minutes)
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Change the speaking time of %1").replace("%1", name),
        action,
    )


def set_status(context: AppContext, assignment_id: int, status: str, name: str) -> None:
    """Move along the workflow; undo takes the step out of the history again."""
    action = partial(change_status, assignment_id=assignment_id, status=status)
    execute(
        context, QCoreApplication.translate("LineupCommands", "Change the status of %1").replace("%1", name), action
    )


def reorder(context: AppContext, session_id: int, assignment_ids: list[int], versions: dict[int, int]) -> None:
    """Reorder, refusing if a colleague changed the lineup since ``versions`` were read."""
    action = partial(reorder_lineup, session_id=session_id, assignment_ids=assignment_ids, expected_versions=versions)
    execute(context, QCoreApplication.translate("LineupCommands", "Reorder the lineup"), action)


def remove_from_lineup(context: AppContext, assignment_id: int, name: str) -> None:
    action = partial(delete_assignment, assignment_id=assignment_id)
    execute(
        context, QCoreApplication.translate("LineupCommands", "Remove %1 from the lineup").replace("%1", name), action
    )
