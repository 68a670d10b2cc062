"""Names of the domain's codes (session kinds, roles, statuses) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from confdesk.model import Role, SessionKind, Status


def kind_name(kind: str) -> str:
    names: dict[str, str] = {
        SessionKind.OPENING: QCoreApplication.translate("words", "Opening"),
        SessionKind.PLENARY: QCoreApplication.translate("words", "Plenary"),
        SessionKind.ROUNDTABLE: QCoreApplication.translate("words", "Roundtable"),
        SessionKind.OPEN_DISCUSSION: QCoreApplication.translate("words", "Open discussion"),
        SessionKind.BREAK: QCoreApplication.translate("words", "Break"),
        SessionKind.CLOSING: QCoreApplication.translate("words", "Closing"),
        SessionKind.SIDE_EVENT: QCoreApplication.translate("words", "Side event"),
    }
    return names.get(kind, kind)


def role_name(role: str) -> str:
    names: dict[str, str] = {
        Role.CHAIR: QCoreApplication.translate("words", "Chair"),
        Role.MODERATOR: QCoreApplication.translate("words", "Moderator"),
        Role.SPEAKER: QCoreApplication.translate("words", "Speaker"),
        Role.PANELLIST: QCoreApplication.translate("words", "Panellist"),
        Role.KEYNOTE: QCoreApplication.translate("words", "Keynote"),
        Role.RAPPORTEUR: QCoreApplication.translate("words", "Rapporteur"),
        Role.DISCUSSANT: QCoreApplication.translate("words", "Discussant"),
        Role.FLOOR_INTERVENTION: QCoreApplication.translate("words", "Floor intervention"),
    }
    return names.get(role, role)


def status_name(status: str) -> str:
    names: dict[str, str] = {
        Status.PROPOSED: QCoreApplication.translate("words", "Proposed"),
        Status.INVITED: QCoreApplication.translate("words", "Invited"),
        Status.CONFIRMED: QCoreApplication.translate("words", "Confirmed"),
        Status.DECLINED: QCoreApplication.translate("words", "Declined"),
        Status.WITHDRAWN: QCoreApplication.translate("words", "Withdrawn"),
    }
    return names.get(status, status)


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
