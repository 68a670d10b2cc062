"""Every change a user makes, as Qt-free functions.

Each takes a database session first, validates its input (raising a typed error from
:mod:`confdesk.services.errors`), never commits, and returns an :class:`Outcome`: a value (a new
id), the :class:`Changes` it made, and its ``undo`` (an :data:`Action` that takes the change
back and whose own outcome's ``undo`` is the redo). Run them inside ``with store.unit() as db:``
so each user action is one transaction.
"""

from confdesk.services.assignments import (
    change_status,
    create_assignment,
    create_assignments,
    delete_assignment,
    delete_assignments,
    note_status,
    reorder_lineup,
    update_assignment,
)
from confdesk.services.base import on_top
from confdesk.services.changes import Action, Changes, Outcome, combined, in_order, touched
from confdesk.services.conference import (
    conference_data,
    create_conference,
    create_part,
    delete_part,
    restore_part,
    update_conference,
    update_part,
)
from confdesk.services.data import (
    AssignmentChanges,
    AssignmentInput,
    ConferenceChanges,
    ConferenceData,
    DeadlineChanges,
    DeadlineData,
    InterestData,
    PartChanges,
    PartData,
    PersonChanges,
    PersonData,
    RegistrationInput,
    SessionChanges,
    SessionData,
    StatusStep,
)
from confdesk.services.deadlines import create_deadline, delete_deadline, update_deadline
from confdesk.services.errors import ServiceError
from confdesk.services.history import HistoryEntry, changes_of, history
from confdesk.services.people import (
    create_people,
    create_person,
    delete_people,
    delete_person,
    restore_people,
    update_person,
)
from confdesk.services.problems import accept_problem, unaccept_problem
from confdesk.services.registrations import (
    add_interest,
    create_registration,
    create_registrations,
    delete_registration,
    delete_registrations,
    remove_interest,
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
    "Action",
    "AssignmentChanges",
    "AssignmentInput",
    "Changes",
    "ConferenceChanges",
    "ConferenceData",
    "DeadlineChanges",
    "DeadlineData",
    "HistoryEntry",
    "InterestData",
    "Outcome",
    "PartChanges",
    "PartData",
    "PersonChanges",
    "PersonData",
    "RegistrationInput",
    "ServiceError",
    "SessionChanges",
    "SessionData",
    "StatusStep",
    "accept_problem",
    "add_interest",
    "change_status",
    "changes_of",
    "combined",
    "conference_data",
    "create_assignment",
    "create_assignments",
    "create_conference",
    "create_deadline",
    "create_part",
    "create_people",
    "create_person",
    "create_registration",
    "create_registrations",
    "create_session",
    "delete_assignment",
    "delete_assignments",
    "delete_deadline",
    "delete_part",
    "delete_people",
    "delete_person",
    "delete_registration",
    "delete_registrations",
    "delete_session",
    "history",
    "in_order",
    "move_session",
    "note_status",
    "on_top",
    "remove_interest",
    "reorder_lineup",
    "restore_part",
    "restore_people",
    "restore_session",
    "touched",
    "unaccept_problem",
    "update_assignment",
    "update_conference",
    "update_deadline",
    "update_part",
    "update_person",
    "update_registration_parts",
    "update_session",
]
