"""Names of the domain's codes (session kinds, roles, statuses) in the interface language."""

from __future__ import annotations

from PySide6.QtGui import QColor

from confdesk.model import SessionKind
from ui.widgets.vocabulary import Vocabulary


# One word per code across the interface: the agenda asks the same Vocabulary as the tables,
# lineups and dialogs, so "Moderator" is not "مدير الجلسة" here and "مدير الحوار" there.
def kind_name(kind: str) -> str:
    return Vocabulary().session_kind(kind)


def role_name(role: str) -> str:
    return Vocabulary().role(role)


def status_name(status: str) -> str:
    return Vocabulary().status(status)


#: One calm colour per kind, so the shape of a day reads at a glance.
KIND_COLOURS: dict[str, QColor] = {
    SessionKind.OPENING: QColor("#3f51b5"),
    SessionKind.PLENARY: QColor("#1e88e5"),
    SessionKind.ROUNDTABLE: QColor("#00897b"),
    SessionKind.OPEN_DISCUSSION: QColor("#f9a825"),
    SessionKind.BREAK: QColor("#9e9e9e"),
    SessionKind.CLOSING: QColor("#5e35b1"),
    SessionKind.SIDE_EVENT: QColor("#8e24aa"),
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, QColor("#607d8b")))
