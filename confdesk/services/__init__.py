"""Every change a user makes, as Qt-free functions.

Each takes a database session first, validates its input (raising a typed error from
:mod:`confdesk.services.errors`), never commits, and returns an :class:`Outcome`: a value (new id,
previous values, snapshot for undo) and the :class:`Changes` it made. Run them inside
``with store.unit() as db:`` so each user action is one transaction.
"""

from confdesk.services.assignments import (
    change_status,
    create_assignment,
    create_assignments,
    delete_assignment,
    reorder_lineup,
    restore_assignment,
    revert_status,
    update_assignment,
)
from confdesk.services.changes import Changes, Outcome, touched
from confdesk.services.conference import (
    create_conference,
    create_part,
    delete_part,
    update_conference,
    update_part,
)
from confdesk.services.data import (
    AssignmentInput,
    RegistrationInput,
    StatusStep,
    ConferenceData,
    DeadlineData,
    InterestData,
    PartData,
    PersonData,
    SessionData,
)
from confdesk.services.deadlines import create_deadline, delete_deadline, update_deadline
from confdesk.services.errors import ServiceError
from confdesk.services.people import (
    create_people,
    create_person,
    delete_person,
    restore_person,
    update_person,
)
from confdesk.services.registrations import (
    add_interest,
    create_registration,
    create_registrations,
    delete_registration,
    remove_interest,
    restore_registration,
    update_registration_parts,
)
from confdesk.services.sessions import (
    create_session,
    delete_session,
    move_session,
    restore_session,
    update_session,
)

__all__ = [
    "AssignmentInput",
    "RegistrationInput",
    "StatusStep",
    "create_assignments",
    "create_registrations",
    "Changes",
    "ConferenceData",
    "DeadlineData",
    "InterestData",
    "Outcome",
    "PartData",
    "PersonData",
    "ServiceError",
    "SessionData",
    "add_interest",
    "change_status",
    "create_assignment",
    "create_conference",
    "create_deadline",
    "create_part",
    "create_people",
    "create_person",
    "create_registration",
    "create_session",
    "delete_assignment",
    "delete_deadline",
    "delete_part",
    "delete_person",
    "delete_registration",
    "delete_session",
    "move_session",
    "remove_interest",
    "reorder_lineup",
    "restore_assignment",
    "restore_person",
    "restore_registration",
    "restore_session",
    "revert_status",
    "touched",
    "update_assignment",
    "update_conference",
    "update_deadline",
    "update_part",
    "update_person",
    "update_registration_parts",
    "update_session",
]
