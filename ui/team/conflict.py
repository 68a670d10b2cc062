"""A save refused because a colleague changed the same field: say who and when, and let the user
apply theirs on top or reload to see the colleague's first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    # The window sets its asker up while its agenda shows a file's first view, before the
    # services (and SQLAlchemy) have loaded: they are imported once a clash is to be told.
    from confdesk.services.errors import ConcurrentEdit

#: The answer: True applies the user's change on top of the colleague's, False reloads.
Resolver = Callable[["ConcurrentEdit"], bool]


def entity_name(entity: str) -> str:
    names = {
        "session": QCoreApplication.translate("Conflict", "session"),
        "person": QCoreApplication.translate("Conflict", "person"),
        "assignment": QCoreApplication.translate("Conflict", "role in a lineup"),
        "part": QCoreApplication.translate("Conflict", "part"),
        "conference": QCoreApplication.translate("Conflict", "conference"),
        "deadline": QCoreApplication.translate("Conflict", "deadline"),
        "registration": QCoreApplication.translate("Conflict", "registration"),
    }
    return names.get(entity, entity)


def conflict_text(error: ConcurrentEdit, zone: ZoneInfo) -> str:
    """“Rim Benali changed this session at 10:42, after you opened it: Title.”"""
    who = error.author or QCoreApplication.translate("Conflict", "Someone else")
    if error.at is not None:
        sentence = QCoreApplication.translate("Conflict", "%1 changed this %2 at %3, after you opened it.")
        sentence = sentence.replace("%3", error.at.astimezone(zone).strftime("%H:%M"))
    else:
        sentence = QCoreApplication.translate("Conflict", "%1 changed this %2 after you opened it.")
    sentence = sentence.replace("%1", who).replace("%2", entity_name(error.entity))
    from ui.errors import field_label

    fields = [field_label(name) or name for name in error.fields]
    if fields:
        sentence += " " + QCoreApplication.translate("Conflict", "Changed by both: %1.").replace(
            "%1", ", ".join(fields)
        )
    return sentence


def conflict_box(parent: QWidget | None, error: ConcurrentEdit, zone: ZoneInfo) -> tuple[QMessageBox, QPushButton]:
    """The question put to the user, and its "apply mine on top" button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by a Colleague"))
    box.setText(conflict_text(error, zone))
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflict", "Apply your change on top of theirs, or reload to see theirs first? Nothing is lost either way."
        )
    )
    on_top = box.addButton(
        QCoreApplication.translate("Conflict", "&Apply Mine on Top"), QMessageBox.ButtonRole.AcceptRole
    )
    reload = box.addButton(QCoreApplication.translate("Conflict", "&Reload"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.setEscapeButton(reload)
    return box, on_top


def asker(window: Callable[[], QWidget | None], zone: Callable[[QWidget], ZoneInfo]) -> Resolver:
    """A resolver asking the user in a message box over ``window()`` (a weak reference: the
    context that keeps the resolver must not keep its window alive, nor the other way round),
    times shown in ``zone(window)``."""

    def ask(error: ConcurrentEdit) -> bool:
        parent = window()
        if parent is None:  # the window is gone: nothing to ask, nothing applied
            return False
        box, on_top = conflict_box(parent, error, zone(parent))
        box.exec()
        return box.clickedButton() is on_top

    return ask
