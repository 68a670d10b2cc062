"""The undoable actions on people, each one core action in one command."""

from __future__ import annotations

from dataclasses import fields
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from confdesk.services import PersonData, create_person, delete_person, update_person
from ui.commands import execute
from ui.context import AppContext


def add_person(context: AppContext, data: PersonData) -> int:
    label = QCoreApplication.translate("PeopleCommands", "Add person %1").replace("%1", data.name)
    outcome = execute(context, label, partial(create_person, conference_id=context.conference_id, data=data))
    return int(outcome.value)


def edit_person(context: AppContext, person_id: int, version: int, before: PersonData, after: PersonData) -> bool:
    """Save what differs between ``before`` and ``after``; False when nothing did."""
    changes: dict[str, Any] = {
        f.name: getattr(after, f.name) for f in fields(PersonData) if getattr(after, f.name) != getattr(before, f.name)
    }
    if not changes:
        return False
    action = partial(update_person, person_id=person_id, expected_version=version, **changes)
    execute(context, QCoreApplication.translate("PeopleCommands", "Edit person %1").replace("%1", after.name), action)
    return True


def remove_person(context: AppContext, person_id: int, name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("PeopleCommands", "Delete person %1").replace("%1", name),
        partial(delete_person, person_id=person_id),
    )
