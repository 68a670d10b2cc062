"""The undoable actions of the Problems screen: accept a problem with a note, reopen it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from confdesk.services import accept_problem, unaccept_problem
from ui.commands import execute
from ui.context import AppContext
from ui.problems.model import Row

#: How much of a problem's sentence names it in the undo history.
LABEL_LENGTH = 70


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"


def accept(context: AppContext, row: Row, note: str) -> None:
    label = QCoreApplication.translate("ProblemCommands", "Accept problem: %1").replace("%1", _short(row.text))
    execute(context, label, partial(accept_problem, conference_id=context.conference_id, key=row.key, note=note))


def reopen(context: AppContext, row: Row) -> None:
    label = QCoreApplication.translate("ProblemCommands", "Reopen problem: %1").replace("%1", _short(row.text))
    execute(context, label, partial(unaccept_problem, conference_id=context.conference_id, key=row.key))
