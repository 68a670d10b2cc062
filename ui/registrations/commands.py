"""The undoable actions on registrations, each one core action in one command."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from confdesk.services import (
    InterestData,
    add_interest,
    create_registration,
    delete_registration,
    remove_interest,
    update_registration_parts,
)
from ui.commands import execute
from ui.context import AppContext


def register(context: AppContext, person_id: int, part_ids: list[int], name: str) -> int:
    action = partial(create_registration, person_id=person_id, part_ids=part_ids)
    return int(
        execute(
            context, QCoreApplication.translate("RegistrationCommands", "Register %1").replace("%1", name), action
        ).value
    )


def set_parts(context: AppContext, registration_id: int, part_ids: list[int], name: str) -> None:
    action = partial(update_registration_parts, registration_id=registration_id, part_ids=part_ids)
    execute(
        context,
        QCoreApplication.translate("RegistrationCommands", "Change the parts of %1").replace("%1", name),
        action,
    )


def add_interest_of(context: AppContext, registration_id: int, data: InterestData, name: str) -> None:
    action = partial(add_interest, registration_id=registration_id, data=data)
    execute(
        context, QCoreApplication.translate("RegistrationCommands", "Add an interest of %1").replace("%1", name), action
    )


def remove_interest_of(context: AppContext, interest_id: int, name: str) -> None:
    action = partial(remove_interest, interest_id=interest_id)
    execute(
        context,
        QCoreApplication.translate("RegistrationCommands", "Remove an interest of %1").replace("%1", name),
        action,
    )


def unregister(context: AppContext, registration_id: int, name: str) -> None:
    action = partial(delete_registration, registration_id=registration_id)
    execute(
        context,
        QCoreApplication.translate("RegistrationCommands", "Delete the registration of %1").replace("%1", name),
        action,
    )
