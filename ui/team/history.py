"""The History tab of a session or a person: every change, newest first, who and when."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from confdesk.services import HistoryEntry
from confdesk.services.history import value_text
from ui.errors import field_label
from ui.team.conflict import entity_name

#: The newest changes a History tab shows.
HISTORY_LIMIT = 500
#: Fields the log keeps for the record that are bookkeeping to a reader (an invitation's
#: SEQUENCE moves with every change of time or link, which the tab shows already).
HIDDEN_FIELDS = frozenset({"sequence"})


def what_text(entry: HistoryEntry) -> str:
    """“Title”, “session created”, “role in a lineup deleted”."""
    if entry.field is not None:
        label = field_label(entry.field) or entry.field
        if entry.entity in ("session", "person"):
            return label
        return f"{entity_name(entry.entity)} · {label}"
    if entry.action == "created":
        sentence = QCoreApplication.translate("History", "%1 created")
    else:
        sentence = QCoreApplication.translate("History", "%1 deleted")
    return sentence.replace("%1", entity_name(entry.entity))


def shown_values(entry: HistoryEntry) -> tuple[str, str]:
    """The values before and after, as the tab shows them: of a text in three languages, only
    the languages that changed."""
    if entry.field is None:
        return "", ""
    before, after = entry.before, entry.after
    if isinstance(before, dict) and isinstance(after, dict):
        changed = [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
        if len(changed) == 1:  # one language: its words alone
            return value_text(before.get(changed[0])), value_text(after.get(changed[0]))
        before = {key: before.get(key) for key in changed}
        after = {key: after.get(key) for key in changed}
    return value_text(before), value_text(after)


class HistoryTable(QTreeWidget):
    """When, who, what, from, to; one row per change."""

    def __init__(self, entries: Sequence[HistoryEntry], zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("History", "When"),
                QCoreApplication.translate("History", "Who"),
                QCoreApplication.translate("History", "What"),
                QCoreApplication.translate("History", "From"),
                QCoreApplication.translate("History", "To"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("History", "History"))
        entries = [entry for entry in entries if entry.field not in HIDDEN_FIELDS]
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                    entry.author,
                    what_text(entry),
                    *shown_values(entry),
                ]
            )
            for column in (3, 4):
                item.setToolTip(column, item.text(column))
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.addTopLevelItem(item)
        header = self.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if not entries:
            empty = QTreeWidgetItem([QCoreApplication.translate("History", "No change recorded yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)


def with_history(details: QWidget, entries: Sequence[HistoryEntry] | None, zone: ZoneInfo, parent: QWidget) -> QWidget:
    """``details`` as it is, or with ``entries`` given, in a Details tab beside a History tab."""
    if entries is None:
        return details
    tabs = QTabWidget(parent)
    tabs.setObjectName("history_tabs")
    tabs.addTab(details, QCoreApplication.translate("History", "&Details"))
    table = HistoryTable(entries, zone, tabs)
    table.setObjectName("history_table")
    tabs.addTab(table, QCoreApplication.translate("History", "&History"))
    return tabs
