"""The undoable actions on registrations, each one service in one command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.services import (
    InterestData,
    add_interest,
    create_registration,
    delete_registration,
    remove_interest,
    restore_registration,
    update_registration_parts,
)
from ui.commands import execute
from ui.context import AppContext



def register(context: AppContext, person_id: int, part_ids: list[int], name: str) -> int:
    created: list[int] = []

    def do(db):
        outcome = create_registration(db, person_id, part_ids, registration_id=created[0] if created else None)
        created[:] = [outcome.value]
        return outcome

    return execute(context, QCoreApplication.translate("RegistrationCommands", "Register %1").replace("%1", name), do, lambda db, outcome: delete_registration(db, outcome.value)).value


def set_parts(context: AppContext, registration_id: int, part_ids: list[int], name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("RegistrationCommands", "Change the parts of %1").replace("%1", name),
        lambda db: update_registration_parts(db, registration_id, part_ids),
        lambda db, outcome: update_registration_parts(db, registration_id, outcome.value),
    )


def add_interest_of(context: AppContext, registration_id: int, data: InterestData, name: str) -> None:
    created: list[int] = []

    def do(db):
        outcome = add_interest(db, registration_id, data, interest_id=created[0] if created else None)
        created[:] = [outcome.value]
        return outcome

    execute(context, QCoreApplication.translate("RegistrationCommands", "Add an interest of %1").replace("%1", name), do, lambda db, outcome: remove_interest(db, outcome.value))


def remove_interest_of(context: AppContext, interest_id: int, name: str) -> None:
    def undo(db, outcome):
        registration_id, data = outcome.value
        return add_interest(db, registration_id, data, interest_id=interest_id)

    execute(context, QCoreApplication.translate("RegistrationCommands", "Remove an interest of %1").replace("%1", name), lambda db: remove_interest(db, interest_id), undo)


def unregister(context: AppContext, registration_id: int, name: str) -> None:
    execute(
        context,
        QCoreApplication.translate("RegistrationCommands", "Delete the registration of %1").replace("%1", name),
        lambda db: delete_registration(db, registration_id),
        lambda db, outcome: restore_registration(db, outcome.value),
    )
