"""A window that shows what a conference file holds."""

from __future__ import annotations

from babel.dates import format_date
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from confdesk.queries import summary
from confdesk.store import Store


class SummaryWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        lang = QLocale().name().split("_")[0]
        conference_id = store.conference_id()
        with store.reader() as db:
            facts = summary(db, conference_id) if conference_id is not None else None
        self.setWindowTitle(self.tr("ConfDesk"))
        body = QWidget(self)
        form = QFormLayout(body)
        if facts is None:
            form.addRow(QLabel(self.tr("This file holds no conference yet.")))
        else:
            title = QLabel(facts.name.get(lang))
            title.setWordWrap(True)
            title.setStyleSheet("font-size: 16pt; font-weight: 600;")
            form.addRow(title)
            form.addRow(self.tr("Time zone"), QLabel(facts.timezone))
            for part in facts.parts:
                days = ", ".join(format_date(day, "full", locale=lang) for day in part.days)
                form.addRow(part.name.get(lang), QLabel(days))
            form.addRow(self.tr("Sessions"), QLabel(str(facts.sessions)))
            form.addRow(self.tr("People"), QLabel(str(facts.people)))
            form.addRow(self.tr("Assignments"), QLabel(str(facts.assignments)))
        self.setCentralWidget(body)
