"""The undoable actions on people, each one service in one command."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication

from confdesk.services import PersonData, create_person, delete_person, restore_person, update_person
from ui.commands import execute
from ui.context import AppContext
from ui.widgets.undo import FirstRun



def add_person(context: AppContext, data: PersonData) -> int:
    created: list[int] = []

    def do(db):
        # A redo recreates the person under the id the first run gave, so later commands
        # on the undo stack that name this id still find them.
        outcome = create_person(db, context.conference_id, data, person_id=created[0] if created else None)
        if not created:
            created.append(outcome.value)
        return outcome

    label = QCoreApplication.translate("PeopleCommands", "Add person %1").replace("%1", data.name)
    return execute(context, label, do, lambda db, outcome: delete_person(db, outcome.value)).value


def edit_person(context: AppContext, person_id: int, version: int, before: PersonData, after: PersonData) -> bool:
    """Save what differs between ``before`` and ``after``; False when nothing did."""
    changes = {f.name: getattr(after, f.name) for f in fields(PersonData) if getattr(after, f.name) != getattr(before, f.name)}
    if not changes:
        return False
    expected = FirstRun(version)

    def do(db):
        return update_person(db, person_id, expected_version=expected.take(), **changes)

    label = QCoreApplication.translate("PeopleCommands", "Edit person %1").replace("%1", after.name)
    execute(context, label, do, lambda db, outcome: update_person(db, person_id, **outcome.value))
    return True


def remove_person(context: AppContext, person_id: int, name: str) -> None:
    label = QCoreApplication.translate("PeopleCommands", "Delete person %1").replace("%1", name)
    execute(
        context,
        label,
        lambda db: delete_person(db, person_id),
        lambda db, outcome: restore_person(db, outcome.value),
    )
