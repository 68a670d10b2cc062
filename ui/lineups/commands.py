"""The undoable actions on a lineup, each one service in one command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.services import (
    change_status,
    create_assignment,
    delete_assignment,
    reorder_lineup,
    restore_assignment,
    revert_status,
    update_assignment,
)
from ui.commands import execute
from ui.context import AppContext



def add_to_lineup(context: AppContext, session_id: int, person_id: int, role: str, name: str) -> int:
    created: list[int] = []

    def do(db):
        # A redo puts the assignment back under its first id, so later commands still find it.
        outcome = create_assignment(db, session_id, person_id, role, assignment_id=created[0] if created else None)
        if not created:
            created.append(outcome.value)
        return outcome

    return execute(context, QCoreApplication.translate("LineupCommands", "Add %1 to the lineup").replace("%1", name), do, lambda db, outcome: delete_assignment(db, outcome.value)).value


def set_role(context: AppContext, assignment_id: int, role: str, name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Change the role of %1").replace("%1", name),
        lambda db: update_assignment(db, assignment_id, role=role),
        lambda db, outcome: update_assignment(db, assignment_id, **outcome.value),
    )


def set_minutes(context: AppContext, assignment_id: int, minutes: int, name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Change the speaking time of %1").replace("%1", name),
        lambda db: update_assignment(db, assignment_id, speaking_minutes=minutes),
        lambda db, outcome: update_assignment(db, assignment_id, **outcome.value),
    )


def set_status(context: AppContext, assignment_id: int, status: str, name: str) -> None:
    """Move along the workflow; undo drops the step from the history (revert_status)."""
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Change the status of %1").replace("%1", name),
        lambda db: change_status(db, assignment_id, status),
        lambda db, _outcome: revert_status(db, assignment_id),
    )


def reorder(context: AppContext, session_id: int, assignment_ids: list[int]) -> None:
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Reorder the lineup"),
        lambda db: reorder_lineup(db, session_id, assignment_ids),
        lambda db, outcome: reorder_lineup(db, session_id, outcome.value),
    )


def remove_from_lineup(context: AppContext, assignment_id: int, name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("LineupCommands", "Remove %1 from the lineup").replace("%1", name),
        lambda db: delete_assignment(db, assignment_id),
        lambda db, outcome: restore_assignment(db, outcome.value),
    )
