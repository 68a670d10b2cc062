"""The core's typed errors worded in the interface language, one sentence each.

The core raises errors with a ``code`` (services) or a class (the store) and an English message
for the command line; the window shows :func:`describe`'s sentence instead, so an Arabic or French
user never reads the English wording or a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from confdesk.errors import ConfDeskError
from confdesk.services.errors import ServiceError
from confdesk.store.errors import (
    CorruptFile,
    DatabaseUnavailable,
    DiskFull,
    FileBusy,
    FileMissing,
    NewerSchema,
    NotAConferenceFile,
    ReadOnlyFile,
    StoreError,
)

log = logging.getLogger(__name__)


def field_label(field: str | None) -> str:
    """The name of a form field as the user sees it (empty when the field is unknown)."""
    labels = {
        "title": QCoreApplication.translate("errors", "Title"),
        "name": QCoreApplication.translate("errors", "Name"),
        "name_ar": QCoreApplication.translate("errors", "Name in Arabic"),
        "kind": QCoreApplication.translate("errors", "Kind"),
        "number": QCoreApplication.translate("errors", "Number"),
        "starts_at": QCoreApplication.translate("errors", "Start"),
        "ends_at": QCoreApplication.translate("errors", "End"),
        "due_at": QCoreApplication.translate("errors", "Due date"),
        "join_url": QCoreApplication.translate("errors", "Join link"),
        "meeting_id": QCoreApplication.translate("errors", "Meeting ID"),
        "passcode": QCoreApplication.translate("errors", "Passcode"),
        "interpretation": QCoreApplication.translate("errors", "Interpretation"),
        "themes": QCoreApplication.translate("errors", "Themes"),
        "email": QCoreApplication.translate("errors", "E-mail"),
        "contact_email": QCoreApplication.translate("errors", "Contact e-mail"),
        "group": QCoreApplication.translate("errors", "Stakeholder group"),
        "gender": QCoreApplication.translate("errors", "Gender"),
        "languages": QCoreApplication.translate("errors", "Languages"),
        "role": QCoreApplication.translate("errors", "Role"),
        "status": QCoreApplication.translate("errors", "Status"),
        "speaking_minutes": QCoreApplication.translate("errors", "Speaking minutes"),
        "person_id": QCoreApplication.translate("errors", "Person"),
        "parts": QCoreApplication.translate("errors", "Parts"),
        "interests": QCoreApplication.translate("errors", "Interests"),
        "registered_at": QCoreApplication.translate("errors", "Registration date"),
        "end_date": QCoreApplication.translate("errors", "End date"),
        "source": QCoreApplication.translate("errors", "Source"),
    }
    return labels.get(field or "", "")


def _service_sentence(error: ServiceError) -> str:
    label = field_label(error.field)
    by_code = {
        "required": QCoreApplication.translate("errors", "“%1” is required.")
        if label
        else QCoreApplication.translate("errors", "A required value is missing."),
        "end_before_start": QCoreApplication.translate("errors", "The end must come after the start."),
        "outside_part": QCoreApplication.translate("errors", "The session must fall within the dates of its part."),
        "unknown_timezone": QCoreApplication.translate(
            "errors", "This time zone is not known; pick one from the list."
        ),
        "invalid_email": QCoreApplication.translate("errors", "This e-mail address is not valid."),
        "duplicate_email": QCoreApplication.translate("errors", "Another person already has this e-mail address."),
        "unknown_country": QCoreApplication.translate("errors", "This country is not known; pick one from the list."),
        "unknown_language": QCoreApplication.translate("errors", "This language is not known; pick one from the list."),
        "illegal_transition": QCoreApplication.translate("errors", "The status cannot change this way."),
        "duplicate_assignment": QCoreApplication.translate(
            "errors", "This person already has this role in this session."
        ),
        "unknown_id": QCoreApplication.translate("errors", "This item no longer exists; it may have been deleted."),
        "concurrent_edit": QCoreApplication.translate(
            "errors", "Someone else changed this item meanwhile; it was reloaded, try again."
        ),
    }
    sentence = by_code.get(error.code)
    author = getattr(error, "author", "")
    if error.code == "concurrent_edit" and author:
        sentence = QCoreApplication.translate(
            "errors", "%2 changed this item meanwhile; it was reloaded, try again."
        ).replace("%2", author)
    if sentence is None:
        sentence = (
            QCoreApplication.translate("errors", "The value of “%1” is not accepted.")
            if label
            else QCoreApplication.translate("errors", "A value is not accepted.")
        )
    return sentence.replace("%1", label)


def _store_sentence(error: StoreError) -> str:
    name = Path(error.location).name if "://" not in error.location else error.location
    if isinstance(error, FileMissing):
        sentence = QCoreApplication.translate("errors", "The file “%1” does not exist.")
    elif isinstance(error, NotAConferenceFile):
        sentence = QCoreApplication.translate("errors", "“%1” is not a ConfDesk conference file.")
    elif isinstance(error, CorruptFile):
        sentence = QCoreApplication.translate("errors", "“%1” is damaged and cannot be read.")
    elif isinstance(error, NewerSchema):
        sentence = QCoreApplication.translate(
            "errors", "“%1” was saved by a newer ConfDesk; update ConfDesk to open it."
        )
    elif isinstance(error, DatabaseUnavailable):
        sentence = QCoreApplication.translate("errors", "Cannot connect to the database “%1”.")
    elif isinstance(error, FileBusy):
        sentence = QCoreApplication.translate(
            "errors",
            "“%1” is busy: another program or window is writing to it. Nothing was changed; try again in a moment.",
        )
    elif isinstance(error, ReadOnlyFile):
        sentence = QCoreApplication.translate(
            "errors", "“%1” is read-only: it can be viewed and exported, but not changed."
        )
    elif isinstance(error, DiskFull):
        sentence = QCoreApplication.translate(
            "errors", "The disk holding “%1” is full. Nothing was changed; free some space and try again."
        )
    else:
        sentence = QCoreApplication.translate("errors", "“%1” cannot be opened.")
    return sentence.replace("%1", name)


def describe(error: BaseException) -> str:
    """One sentence for the user, in the interface language."""
    if isinstance(error, ServiceError):
        return _service_sentence(error)
    if isinstance(error, StoreError):
        return _store_sentence(error)
    if isinstance(error, ConfDeskError):
        # Other core errors (importers, exporters) carry a precise message naming the file,
        # row or field; it is more useful than a vaguer translated sentence.
        return str(error)
    if isinstance(error, OSError):
        where = Path(error.filename).name if error.filename else ""
        if where:
            return QCoreApplication.translate("errors", "The file “%1” cannot be read or written.").replace("%1", where)
        return QCoreApplication.translate("errors", "A file cannot be read or written.")
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("errors", "Something went wrong; the details were written to the log file.")


def show_error(parent, title: str, error: BaseException) -> None:
    """A message box with :func:`describe`'s sentence; the one way the window reports errors."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, describe(error))
