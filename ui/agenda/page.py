"""The Agenda page: day tabs grouped by part, the timetable, the display time zone, and the
selected session's details and lineup."""

from __future__ import annotations

import html
from dataclasses import fields
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.views.rows import Agenda, LineupRow, SessionRow
from ui.agenda.days import DaySelector
from ui.agenda.overview import AllDaysPanel
from ui.agenda.timetable import Timetable, minute_of_day, span_text
from ui.agenda.words import kind_name, role_name, status_name
from ui.agenda.zones import ZoneCombo
from ui.i18n import shown_digits
from ui.widgets.filter_bar import fill_choices, filter_combo

# The page is built before the store has opened, from the file's first view (ui/context.py):
# what reads the store or changes the conference (the ORM views, the services, the commands and
# their dialog) is imported where it is used, once SQLAlchemy has loaded.
if TYPE_CHECKING:
    from confdesk.services import Changes, SessionData
    from ui.context import AppContext


class AgendaPage(QWidget):
    """Plans the agenda. Every change is one undoable command through :func:`ui.commands.execute`."""

    open_lineup_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Agenda"))
        self.agenda = Agenda((), ())
        self.days: list[date] = []
        self._build()
        self._make_actions()
        context.changed.connect(self._on_changed)
        context.display_zone_changed.connect(self._on_display_changed)
        context.content_language_changed.connect(self._on_display_changed)
        # What changed between the first view and the store's own reading (another program's
        # edit) shows once the store is open.
        context.store_opened.connect(self.reload)
        self.reload()

    # Building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.day_selector = DaySelector(self)
        self.day_selector.day_chosen.connect(lambda _day: self._show_current_day())
        bar.addWidget(self.day_selector, 1)
        self.views = QStackedWidget(self)
        self.all_days = AllDaysPanel(self.views)
        self.overview = self.all_days.overview
        self.overview.session_selected.connect(self.show_session)
        self.overview.edit_requested.connect(self.edit_session)
        self.overview.zoom_changed.connect(lambda zoom: QSettings().setValue("agenda/overview_zoom", zoom))
        bar.addWidget(self._view_switch())
        self.theme_combo = filter_combo(self, self.tr("Theme"), self._theme_chosen, minimum_length=8)
        self.theme_combo.setObjectName("theme_filter")
        bar.addWidget(self.theme_combo)
        zone_label = QLabel(self.tr("&Time zone:"), self)
        self.zone_combo = ZoneCombo(self.context.conference_zone.key, self)
        zone_label.setBuddy(self.zone_combo)
        self.zone_combo.set_zone(self.context.display_zone.key)
        self.zone_combo.zone_chosen.connect(self.context.set_display_zone)
        bar.addWidget(zone_label)
        bar.addWidget(self.zone_combo)
        self.new_button = QToolButton(self)
        # Icon only: the main toolbar names the same action in words, and the bar needs the room
        # for the theme filter in every language (its tooltip and accessible name say it).
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.timetable = Timetable(self.views)
        self.timetable.session_selected.connect(self._show_selected)
        self.timetable.edit_requested.connect(self.edit_session)
        self.timetable.move_requested.connect(self.move_session)
        self.timetable.nudge_requested.connect(self.nudge_session)
        self.views.addWidget(self.timetable)
        self.views.addWidget(self.all_days)
        splitter.addWidget(self.views)
        splitter.addWidget(self._side_panel(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        layout.addWidget(splitter, 1)
        settings = QSettings()
        # type= makes QSettings return that type; its stub says object.
        self.overview.set_zoom(cast(float, settings.value("agenda/overview_zoom", 1.0, type=float)) or 1.0)
        self._show_view(cast(str, settings.value("agenda/view", "day", type=str)) == "all")

    def _view_switch(self) -> QWidget:
        """Two buttons, Day and All days, and a shortcut that goes from one to the other."""
        switch = QWidget(self)
        row = QHBoxLayout(switch)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        group = QActionGroup(self)
        group.setExclusive(True)
        keys = QKeySequence("Ctrl+Shift+A")
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        self.day_view_action = QAction(self.tr("Day"), self, checkable=True)
        self.day_view_action.setToolTip(self.tr("One day as a timetable (%1 switches)").replace("%1", native))
        self.all_days_action = QAction(self.tr("All Days"), self, checkable=True)
        self.all_days_action.setToolTip(self.tr("Every day side by side (%1 switches)").replace("%1", native))
        self.switch_view_action = QAction(self.tr("Switch between Day and All Days"), self)
        self.switch_view_action.setShortcut(keys)
        self.switch_view_action.triggered.connect(lambda: self.show_all_days(not self.all_days_shown()))
        self.addAction(self.switch_view_action)
        for action, shown in ((self.day_view_action, False), (self.all_days_action, True)):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, shown=shown: self.show_all_days(shown))
            button = QToolButton(switch)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setStyleSheet(
                "QToolButton { padding: 4px 10px; border: 1px solid palette(mid); }"
                "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
            )
            row.addWidget(button)
        for action in (self.overview.zoom_in_action, self.overview.zoom_out_action, self.overview.zoom_reset_action):
            self.addAction(action)  # Ctrl++ and company also work from the zoom slider and the bar
        switch.setAccessibleName(self.tr("View"))
        return switch

    def all_days_shown(self) -> bool:
        return self.views.currentWidget() is self.all_days

    def show_all_days(self, shown: bool) -> None:
        """Show every day side by side, or the current day's timetable; remembered."""
        self._show_view(shown)
        QSettings().setValue("agenda/view", "all" if shown else "day")
        self._current_view().setFocus()

    def _current_view(self) -> QWidget:
        return self.overview if self.all_days_shown() else self.timetable

    def _show_view(self, shown: bool) -> None:
        self.views.setCurrentWidget(self.all_days if shown else self.timetable)
        (self.all_days_action if shown else self.day_view_action).setChecked(True)
        for action in (self.overview.zoom_in_action, self.overview.zoom_out_action, self.overview.zoom_reset_action):
            action.setEnabled(shown)
        if shown:
            self.overview.select_session(self.timetable.selected_session())

    def _side_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        panel.setMinimumWidth(300)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title_label = QLabel(panel)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(panel)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label.setOpenExternalLinks(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        lineup_header = QLabel(self.tr("<b>Lineup</b>"), panel)
        layout.addWidget(lineup_header)
        self.lineup = QTreeWidget(panel)
        self.lineup.setRootIsDecorated(False)
        self.lineup.setAlternatingRowColors(True)
        self.lineup.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Min.")])
        # The columns fit the panel's width: names take what the others leave and are elided,
        # so the lineup reads without a horizontal scroll bar.
        header = self.lineup.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lineup.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lineup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lineup.setAccessibleName(self.tr("Lineup of the selected session"))
        lineup_header.setBuddy(self.lineup)
        self.lineup.itemActivated.connect(lambda *_: self._open_lineup())
        layout.addWidget(self.lineup, 1)
        self.minutes_label = QLabel(panel)
        layout.addWidget(self.minutes_label)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"), panel)
        self.edit_button.clicked.connect(lambda: self.edit_session(self.timetable.selected_session()))
        self.lineup_button = QPushButton(self.tr("Open in &Lineups"), panel)
        self.lineup_button.clicked.connect(self._open_lineup)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.lineup_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return panel

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New Session…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_session)
        self.edit_action = QAction(self.tr("&Edit Session…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(lambda: self.edit_session(self.timetable.selected_session()))
        self.delete_action = QAction(self.tr("&Delete Session"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_session(self.timetable.selected_session()))
        self.addAction(self.delete_action)
        self.new_button.setDefaultAction(self.new_action)
        self.actions_for_menu = [self.new_action, self.edit_action, self.delete_action]

    # Reading ----------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.context.content_language

    def _on_changed(self, changes: Changes) -> None:
        if changes.conference or changes.sessions or changes.parts or changes.assignments or changes.people:
            self.reload()

    def _on_display_changed(self, _value: str) -> None:
        self.reload()

    def reload(self) -> None:
        first_view = self.context.first_view
        if first_view is not None and not self.context.is_open:
            self.agenda = first_view.agenda
        else:
            from confdesk.views.agenda import read_agenda

            with self.context.store.reader() as db:
                self.agenda = read_agenda(db, self.context.conference_id)
        zone = self.context.display_zone
        days = {day for part in self.agenda.parts for day in _dates(part.start_date, part.end_date)}
        days |= {row.starts_at.astimezone(zone).date() for row in self.agenda.sessions}
        current = self.current_day()
        self.days = sorted(days)
        groups: list[tuple[str, list[date]]] = []
        for day in self.days:
            part = self._part_of(day)
            if groups and groups[-1][0] == part:
                groups[-1][1].append(day)
            else:
                groups.append((part, [day]))
        self.day_selector.set_days(groups, current)
        framework = self.agenda.themes
        fill_choices(
            self.theme_combo,
            self.tr("All themes"),
            [(theme.code, theme.caption(self.lang)) for theme in framework.themes],
        )
        self.theme_combo.setVisible(bool(framework.themes))
        self.overview.set_agenda(groups, self.shown_sessions(), zone, self.lang)
        self._show_current_day()

    def _theme_chosen(self, *_: object) -> None:
        """Another theme in the filter: the timetable and all days show only its sessions."""
        self.overview.set_agenda(self.overview.groups, self.shown_sessions(), self.context.display_zone, self.lang)
        self._show_current_day()

    def shown_sessions(self, day: date | None = None) -> list[SessionRow]:
        """The sessions the filter lets through (all of them when no theme is chosen), of
        ``day`` when one is given."""
        theme = self.theme_combo.currentData() or ""
        rows = self.sessions_of(day) if day is not None else list(self.agenda.sessions)
        return [row for row in rows if not theme or theme in row.themes]

    def _part_of(self, day: date) -> str:
        for part in self.agenda.parts:
            if part.start_date <= day <= part.end_date:
                return part.name.get(self.lang)
        return ""

    def current_day(self) -> date | None:
        return self.day_selector.current_day()

    def sessions_of(self, day: date) -> list[SessionRow]:
        zone = self.context.display_zone
        return [row for row in self.agenda.sessions if row.starts_at.astimezone(zone).date() == day]

    def _show_current_day(self) -> None:
        day = self.current_day()
        if day is None:
            return
        keep = self.timetable.selected_session()
        self.overview.set_current_day(day)
        self.timetable.show_day(day, self.shown_sessions(day), self.context.display_zone, self.lang)
        if keep and keep in self.timetable.blocks:
            self.timetable.select_session(keep)
        elif self.timetable.blocks:
            self.timetable.select_session(
                min(self.timetable.blocks, key=lambda sid: self.timetable.blocks[sid].start_minute)
            )
        self._show_selected(self.timetable.selected_session())

    def show_session(self, session_id: int) -> None:
        """Bring a session into view and select it (from the Problems screen, for example)."""
        row = self.agenda.session(session_id)
        if row is None:
            return
        day = row.starts_at.astimezone(self.context.display_zone).date()
        if day != self.current_day():
            self.day_selector.set_current(day)
            self._show_current_day()
        self.timetable.select_session(session_id)
        self._current_view().setFocus()  # the timetable, or all days when they are shown

    def show_sessions(self, session_ids: tuple[int, ...]) -> None:
        """Show the day of the first session with every one of them on that day selected:
        a clash in time (a double booking) from the Problems screen, in the day's timetable
        where the clash shows (not remembered as the user's choice of view). The side panel
        shows one of them; clicking another shows that one."""
        if not session_ids:
            return
        if self.all_days_shown():
            self._show_view(False)
        self.show_session(session_ids[0])
        first = self.timetable.blocks.get(session_ids[0])
        for session_id in session_ids[1:]:
            block = self.timetable.blocks.get(session_id)
            if block is not None:
                block.setSelected(True)
                self.timetable.ensureVisible(block, 20, 40)
        if first is not None:
            self.timetable.ensureVisible(first, 20, 40)
        self._show_selected(self.timetable.selected_session())

    def _show_selected(self, session_id: int) -> None:
        self.overview.select_session(session_id)
        row = self.agenda.session(session_id) if session_id else None
        # A read-only file keeps its edits off whatever is selected (the core refuses them too).
        editable = row is not None and not self.context.read_only
        for widget in (self.edit_button, self.edit_action, self.delete_action):
            widget.setEnabled(editable)
        self.lineup_button.setEnabled(row is not None)
        self.lineup.clear()
        if row is None and not self.agenda.sessions:
            # An empty conference: say what to do first instead of what to click on.
            self.title_label.setText(self.tr("No sessions yet"))
            self.facts_label.setText(
                self.tr(
                    "First step: add the first session with New Session (Ctrl+Shift+N). "
                    "File > Conference Settings, Parts and Rules set the conference up."
                )
            )
            self.minutes_label.clear()
            return
        if row is None:
            self.title_label.setText(self.tr("No session selected"))
            self.facts_label.setText(
                self.tr(
                    "Click a session to see its lineup; double-click to edit it. Drag a session to move it, or its bottom edge to change its length."
                )
            )
            self.minutes_label.clear()
            return
        self.title_label.setText(row.title.get(self.lang))
        zone = self.context.display_zone
        day = row.starts_at.astimezone(zone).date()
        span = span_text(minute_of_day(row.starts_at, day, zone), minute_of_day(row.ends_at, day, zone))
        facts = [
            f"{kind_name(row.kind)}{f' {row.number}' if row.number else ''} · <span dir='ltr'>{span} ({zone.key})</span>"
        ]
        if row.themes:
            framework = self.agenda.themes
            named = html.escape(framework.name.get(self.lang) or self.tr("Themes"))
            captions = "".join(f"<br>{html.escape(theme.caption(self.lang))}" for theme in framework.chosen(row.themes))
            facts.append(self.tr("%1:").replace("%1", named) + captions)
        if row.join_url:
            facts.append(f"<a href='{row.join_url}' dir='ltr'>{row.join_url}</a>")
        if row.internal:
            facts.append(self.tr("Internal: not shown in public documents"))
        if row.cancelled:
            facts.append(self.tr("Cancelled"))
        self.facts_label.setText("<br>".join(facts))
        lineup = self._lineup(row.id)
        for entry in lineup:
            name = entry.name_ar if self.lang == "ar" and entry.name_ar else entry.name
            item = QTreeWidgetItem(
                [name, role_name(entry.role), status_name(entry.status), str(entry.speaking_minutes)]
            )
            item.setToolTip(0, entry.organisation.get(self.lang))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lineup.addTopLevelItem(item)
        speaking = sum(entry.speaking_minutes for entry in lineup)
        text = self.tr("Speaking time: %1 of %n minutes", "", row.minutes).replace("%1", shown_digits(str(speaking)))
        if speaking > row.minutes:
            text = f"<span style='color:#c62828'>{text}</span>"
        self.minutes_label.setText(text)

    def _lineup(self, session_id: int) -> list[LineupRow]:
        first_view = self.context.first_view
        if first_view is not None and not self.context.is_open:
            return list(first_view.lineups.get(session_id, ()))
        from confdesk.views.lineups import lineup_rows

        with self.context.store.reader() as db:
            return lineup_rows(db, session_id)

    def _open_lineup(self) -> None:
        session_id = self.timetable.selected_session()
        if session_id:
            self.open_lineup_requested.emit(session_id)

    # Commands ---------------------------------------------------------------------------------
    def _title(self, session_id: int) -> str:
        row = self.agenda.session(session_id)
        return row.title.get(self.lang) if row else ""

    def nudge_session(self, session_id: int, starts_at: datetime, ends_at: datetime) -> None:
        """A move from the keyboard: one undo entry however many nudges in a row."""
        self.move_session(session_id, starts_at, ends_at, merge_key=("nudge", session_id))

    def move_session(
        self, session_id: int, starts_at: datetime, ends_at: datetime, *, merge_key: tuple[str, int] | None = None
    ) -> None:
        from confdesk.services import move_session
        from confdesk.services.errors import ServiceError
        from ui.commands import execute
        from ui.errors import show_error

        label = self.tr("Move “%1”").replace("%1", self._title(session_id))
        row = self.agenda.session(session_id)
        action = partial(
            move_session,
            session_id=session_id,
            starts_at=starts_at,
            ends_at=ends_at,
            expected_version=row.version if row else None,
        )
        try:
            execute(self.context, label, action, merge_key=merge_key)
        except ServiceError as error:
            self._show_current_day()  # the block goes back where the data says it is
            show_error(self, self.tr("Move session"), error)

    def edit_session(self, session_id: int) -> None:
        row = self.agenda.session(session_id) if session_id else None
        if row is None:
            return
        from confdesk.services import SessionData, update_session
        from ui.agenda.dialog import SessionDialog
        from ui.commands import execute

        before = row.data()

        def submit(part_id: int, data: SessionData) -> None:
            changes: dict[str, Any] = {
                f.name: getattr(data, f.name)
                for f in fields(SessionData)
                if getattr(data, f.name) != getattr(before, f.name)
            }
            if not changes and part_id == row.part_id:
                return
            action = partial(
                update_session, session_id=session_id, part_id=part_id, expected_version=row.version, **changes
            )
            execute(self.context, self.tr("Edit “%1”").replace("%1", row.title.get(self.lang)), action)

        from confdesk.services import history
        from ui.team.history import HISTORY_LIMIT  # it imports the services

        with self.context.store.reader() as db:
            entries = history(db, session_id=session_id, limit=HISTORY_LIMIT)
        dialog = SessionDialog(
            self.agenda.parts,
            self.context.display_zone,
            submit,
            row=row,
            lang=self.lang,
            themes=self.agenda.themes,
            interpretation=self.agenda.interpretation,
            history=entries,
            parent=self,
        )
        dialog.setObjectName("session_dialog")
        dialog.open()
        self.dialog = dialog

    def new_session(self) -> None:
        day = self.current_day()
        if not self.agenda.parts:
            return
        zone = self.context.display_zone
        part_id = next(
            (part.id for part in self.agenda.parts if day and part.start_date <= day <= part.end_date),
            self.agenda.parts[0].id,
        )
        starts_at = None
        if day is not None:
            latest = max((row.ends_at for row in self.sessions_of(day)), default=None)
            starts_at = latest.astimezone(zone) if latest else datetime(day.year, day.month, day.day, 9, tzinfo=zone)
        from confdesk.services import create_session
        from ui.agenda.dialog import SessionDialog
        from ui.commands import execute

        created: dict[str, int] = {}

        def submit(chosen_part: int, data: SessionData) -> None:
            label = self.tr("New session “%1”").replace("%1", data.title.get(self.lang))
            created["id"] = execute(self.context, label, partial(create_session, part_id=chosen_part, data=data)).value

        dialog = SessionDialog(
            self.agenda.parts,
            zone,
            submit,
            part_id=part_id,
            starts_at=starts_at,
            lang=self.lang,
            themes=self.agenda.themes,
            interpretation=self.agenda.interpretation,
            parent=self,
        )
        dialog.setObjectName("session_dialog")

        def show_created() -> None:
            if created.get("id"):
                self.show_session(created["id"])

        dialog.accepted.connect(show_created)
        dialog.open()
        self.dialog = dialog

    def delete_session(self, session_id: int) -> None:
        """Delete the session with its lineup, once the user has said yes (undoable)."""
        row = self.agenda.session(session_id) if session_id else None
        if row is None:
            return
        from confdesk.services import delete_session
        from confdesk.services.errors import ServiceError
        from ui.commands import execute
        from ui.errors import show_error

        title = self._title(session_id)
        question = (
            self.tr("Delete “%1” and its lineup? People in it: %n.", "", row.speakers)
            if row.speakers
            else self.tr("Delete “%1”?")
        ).replace("%1", title)
        answer = QMessageBox.question(self, self.tr("Delete session"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            label = self.tr("Delete “%1”").replace("%1", title)
            execute(self.context, label, partial(delete_session, session_id=session_id))
        except ServiceError as error:
            show_error(self, self.tr("Delete session"), error)


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
