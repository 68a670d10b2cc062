"""The session dialog: the Arabic, English and French texts side by side, times in the display
zone, and the practical details (link, meeting id, interpretation, themes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import LocalText, SessionKind
from confdesk.model.themes import ThemeFramework
from confdesk.services import HistoryEntry, SessionData
from confdesk.services.errors import ServiceError, ValidationError
from confdesk.views.rows import PartRow, SessionRow
from ui.agenda.themes import ThemeChecklist
from ui.agenda.words import kind_name
from ui.errors import describe
from ui.i18n import NATIVE_NAMES, language_name, pin_clock
from ui.team.history import with_history

LANGS = ("ar", "en", "fr")
Submit = Callable[[int, SessionData], None]
#: Width of each title field, in average characters: the demo's longest title has 94.
TITLE_CHARACTERS = 96
#: Background of the field an error names, until the next attempt to save.
ERROR_TINT = QColor("#fde2e1")


def _pin_left_to_right(edit: QLineEdit) -> QLineEdit:
    """Links, ids and codes read left to right even in an Arabic window."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return edit


class SessionDialog(QDialog):
    """Create or edit a session. ``submit(part_id, data)`` runs the command; if it raises a
    service error the dialog stays open, shows one sentence and nothing has changed."""

    def __init__(
        self,
        parts: tuple[PartRow, ...],
        zone: ZoneInfo,
        submit: Submit,
        *,
        row: SessionRow | None = None,
        part_id: int | None = None,
        starts_at: datetime | None = None,
        lang: str = "en",
        themes: ThemeFramework = ThemeFramework(),
        interpretation: tuple[str, ...] = (),
        history: Sequence[HistoryEntry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._themes_framework = themes
        offered = interpretation or LANGS
        extra = tuple(code for code in (row.interpretation if row else ()) if code not in offered)
        self._channels = (*offered, *extra)
        self._parts = parts
        self._zone = zone
        self._submit = submit
        self.setWindowTitle(self.tr("Edit session") if row else self.tr("New session"))
        self.setMinimumWidth(860)
        layout = QVBoxLayout(self)
        details = QWidget(self)
        inner = QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self._texts_box())
        inner.addWidget(self._details_box())
        layout.addWidget(with_history(details, history, zone, self))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if row is not None:
            self._fill(row)
        else:
            self._fill_new(part_id, starts_at)
        self._shown_part = self.part_combo.currentIndex()
        self.part_combo.currentIndexChanged.connect(self._part_changed)
        self._marked: tuple[QWidget, QPalette] | None = None

    # Building ---------------------------------------------------------------------------------
    def _texts_box(self) -> QGroupBox:
        """The three titles one under the other, each the dialog's width (a real title runs to
        90 characters), and the three descriptions side by side under them."""
        box = QGroupBox(self.tr("Title and description"), self)
        grid = QGridLayout(box)
        self.title_edits: dict[str, QLineEdit] = {}
        self.description_edits: dict[str, QPlainTextEdit] = {}
        title_label = QLabel(self.tr("&Title"), box)
        grid.addWidget(title_label, 0, 0)
        descriptions = QGridLayout()
        start_edge = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )
        for position, lang in enumerate(LANGS):
            direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            title = QLineEdit(box)
            title.setLayoutDirection(direction)
            title.setMinimumWidth(title.fontMetrics().averageCharWidth() * TITLE_CHARACTERS)
            title.setAccessibleName(self.tr("Title in %1").replace("%1", NATIVE_NAMES[lang]))
            name = QLabel(NATIVE_NAMES[lang], box)
            # At the interface's start edge whatever script the name is in, so the three line up.
            name.setAlignment(start_edge | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, position, 1)
            grid.addWidget(title, position, 2)
            self.title_edits[lang] = title
            description = QPlainTextEdit(box)
            description.setLayoutDirection(direction)
            description.setTabChangesFocus(True)
            description.setFixedHeight(84)
            description.setAccessibleName(self.tr("Description in %1").replace("%1", NATIVE_NAMES[lang]))
            descriptions.addWidget(
                QLabel(f"<b>{NATIVE_NAMES[lang]}</b>", box), 0, position, Qt.AlignmentFlag.AlignHCenter
            )
            descriptions.addWidget(description, 1, position)
            descriptions.setColumnStretch(position, 1)
            self.description_edits[lang] = description
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.tr("Description"), box), len(LANGS), 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(descriptions, len(LANGS), 1, 1, 2)
        title_label.setBuddy(self.title_edits[self._lang if self._lang in LANGS else "en"])
        return box

    def _details_box(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        when = QGroupBox(self.tr("When"), box)
        form = QFormLayout(when)
        self.part_combo = QComboBox(when)
        for part in self._parts:
            self.part_combo.addItem(part.name.get(self._lang), part.id)
        self.part_combo.setAccessibleName(self.tr("Part"))
        form.addRow(self.tr("&Part"), self.part_combo)
        self.kind_combo = QComboBox(when)
        for kind in SessionKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        form.addRow(self.tr("&Kind"), self.kind_combo)
        self.number_spin = QSpinBox(when)
        self.number_spin.setRange(0, 99)
        self.number_spin.setSpecialValueText("—")
        pin_clock(self.number_spin)
        self.number_spin.setAccessibleName(self.tr("Number"))
        form.addRow(self.tr("N&umber"), self.number_spin)
        self.date_edit = QDateEdit(when)
        self.date_edit.setCalendarPopup(True)
        pin_clock(self.date_edit, "yyyy-MM-dd")
        # The pop-up calendar still names the months in the interface language.
        self.date_edit.calendarWidget().setLocale(QLocale())
        self.date_edit.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("&Date"), self.date_edit)
        times = QWidget(when)
        # Start, dash, end and zone read left to right, as the agenda writes a time range.
        times.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        times_row = QHBoxLayout(times)
        times_row.setContentsMargins(0, 0, 0, 0)
        self.start_edit = QTimeEdit(times)
        self.end_edit = QTimeEdit(times)
        for edit, name in ((self.start_edit, self.tr("Start")), (self.end_edit, self.tr("End"))):
            pin_clock(edit, "HH:mm")
            edit.setAccessibleName(name)
        times_row.addWidget(self.start_edit)
        times_row.addWidget(QLabel("–", times))
        times_row.addWidget(self.end_edit)
        times_row.addWidget(QLabel(self._zone.key, times))
        times_row.addStretch(1)
        form.addRow(self.tr("&Time"), times)
        row.addWidget(when, 1)

        joining = QGroupBox(self.tr("Joining"), box)
        form = QFormLayout(joining)
        self.link_edit = _pin_left_to_right(QLineEdit(joining))
        self.link_edit.setPlaceholderText("https://")
        self.link_edit.setAccessibleName(self.tr("Join link"))
        form.addRow(self.tr("&Link"), self.link_edit)
        self.meeting_edit = _pin_left_to_right(QLineEdit(joining))
        self.meeting_edit.setAccessibleName(self.tr("Meeting ID"))
        form.addRow(self.tr("&Meeting ID"), self.meeting_edit)
        self.passcode_edit = _pin_left_to_right(QLineEdit(joining))
        self.passcode_edit.setAccessibleName(self.tr("Passcode"))
        form.addRow(self.tr("Pass&code"), self.passcode_edit)
        languages = QWidget(joining)
        languages_row = QHBoxLayout(languages)
        languages_row.setContentsMargins(0, 0, 0, 0)
        self.interpretation_checks: dict[str, QCheckBox] = {}
        for code in self._channels:
            name = language_name(code)
            check = QCheckBox(name, languages)
            check.setAccessibleName(self.tr("Interpretation into %1").replace("%1", name))
            languages_row.addWidget(check)
            self.interpretation_checks[code] = check
        languages_row.addStretch(1)
        form.addRow(self.tr("Interpretation"), languages)
        self.themes_list = ThemeChecklist(self._themes_framework, self._lang, joining)
        label = self._themes_framework.name.get(self._lang) or self.tr("Themes")
        self.themes_list.setAccessibleName(label)
        themes_label = QLabel(self.tr("T&hemes"), joining)
        themes_label.setBuddy(self.themes_list)
        themes_label.setToolTip(label)
        form.addRow(themes_label, self.themes_list)
        flags = QWidget(joining)
        flags_row = QHBoxLayout(flags)
        flags_row.setContentsMargins(0, 0, 0, 0)
        self.internal_check = QCheckBox(self.tr("&Internal (not in public documents)"), flags)
        self.cancelled_check = QCheckBox(self.tr("Ca&ncelled"), flags)
        flags_row.addWidget(self.internal_check)
        flags_row.addWidget(self.cancelled_check)
        flags_row.addStretch(1)
        form.addRow("", flags)
        row.addWidget(joining, 1)
        return box

    def _set_times(self, starts_at: datetime, ends_at: datetime) -> None:
        start = starts_at.astimezone(self._zone)
        end = ends_at.astimezone(self._zone)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))

    def _fill(self, row: SessionRow) -> None:
        self.part_combo.setCurrentIndex(max(self.part_combo.findData(row.part_id), 0))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(row.kind), 0))
        self.number_spin.setValue(row.number or 0)
        for lang in LANGS:
            self.title_edits[lang].setText(getattr(row.title, lang))
            self.description_edits[lang].setPlainText(getattr(row.description, lang))
        self._set_times(row.starts_at, row.ends_at)
        self.link_edit.setText(row.join_url)
        self.meeting_edit.setText(row.meeting_id)
        self.passcode_edit.setText(row.passcode)
        for code, check in self.interpretation_checks.items():
            check.setChecked(code in row.interpretation)
        self.themes_list.set_chosen(row.themes)
        for edit in (*self.title_edits.values(), self.link_edit, self.meeting_edit, self.passcode_edit):
            # setText leaves the cursor at the end, which scrolls a long title to its last words.
            edit.setCursorPosition(0)
        self.internal_check.setChecked(row.internal)
        self.cancelled_check.setChecked(row.cancelled)

    def _fill_new(self, part_id: int | None, starts_at: datetime | None) -> None:
        if part_id is not None:
            self.part_combo.setCurrentIndex(max(self.part_combo.findData(part_id), 0))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(SessionKind.PLENARY.value), 0))
        if starts_at is None and self._parts:
            part = self._parts[max(self.part_combo.currentIndex(), 0)]
            starts_at = datetime(part.start_date.year, part.start_date.month, part.start_date.day, 9, tzinfo=self._zone)
        if starts_at is not None:
            self._set_times(starts_at, starts_at + timedelta(hours=1))
        for check in self.interpretation_checks.values():
            check.setChecked(True)

    def _part_changed(self, index: int) -> None:
        """Another part: a date outside it moves into it, to the same day of the part (its last
        day if it is shorter); the time of day stays. A date already in the part stays."""
        previous = self._parts[self._shown_part] if 0 <= self._shown_part < len(self._parts) else None
        self._shown_part = index
        if not 0 <= index < len(self._parts):
            return
        part = self._parts[index]
        shown = self.date_edit.date()
        day = date(shown.year(), shown.month(), shown.day())
        if part.start_date <= day <= part.end_date:
            return
        offset = (day - previous.start_date).days if previous is not None else 0
        length = (part.end_date - part.start_date).days
        moved = part.start_date + timedelta(days=min(max(offset, 0), length))
        self.date_edit.setDate(QDate(moved.year, moved.month, moved.day))

    # Reading ----------------------------------------------------------------------------------
    def part_id(self) -> int:
        return int(self.part_combo.currentData())

    def _moment(self, clock: QTime) -> datetime:
        day = self.date_edit.date()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._zone)

    def _join_url(self) -> str:
        # The core stores any clean text; a link a participant cannot click is caught here.
        text = self.link_edit.text().strip()
        if text:
            url = QUrl(text, QUrl.ParsingMode.StrictMode)
            if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
                raise ValidationError("join_url: not a web address", field="join_url")
        return text

    def data(self) -> SessionData:
        """The session as the form describes it; raises a service error for a malformed field."""
        texts = {lang: self.title_edits[lang].text().strip() for lang in LANGS}
        descriptions = {lang: self.description_edits[lang].toPlainText().strip() for lang in LANGS}
        return SessionData(
            kind=str(self.kind_combo.currentData()),
            title=LocalText(**texts),
            starts_at=self._moment(self.start_edit.time()),
            ends_at=self._moment(self.end_edit.time()),
            number=self.number_spin.value() or None,
            description=LocalText(**descriptions),
            join_url=self._join_url(),
            meeting_id=self.meeting_edit.text().strip(),
            passcode=self.passcode_edit.text().strip(),
            interpretation=tuple(code for code, check in self.interpretation_checks.items() if check.isChecked()),
            themes=self.themes_list.chosen(),
            internal=self.internal_check.isChecked(),
            cancelled=self.cancelled_check.isChecked(),
        )

    def field_widget(self, error: ServiceError) -> QWidget | None:
        """The widget of the field ``error`` names: ``title.ar`` is the Arabic title, plain
        ``title`` the title in the interface language."""
        path = getattr(error, "path", None) or error.field or ""
        name, _, rest = path.partition(".")
        lang = rest[:2] if rest[:2] in LANGS else (self._lang if self._lang in LANGS else "en")
        if name == "title":
            return self.title_edits[lang]
        if name == "description":
            return self.description_edits[lang]
        if name == "starts_at" and error.code == "outside_part":
            return self.date_edit
        if name == "interpretation":
            return self.interpretation_checks.get(lang) or next(iter(self.interpretation_checks.values()), None)
        widgets: dict[str, QWidget] = {
            "starts_at": self.start_edit,
            "ends_at": self.end_edit,
            "number": self.number_spin,
            "join_url": self.link_edit,
            "meeting_id": self.meeting_edit,
            "passcode": self.passcode_edit,
            "themes": self.themes_list,
            "kind": self.kind_combo,
            "part": self.part_combo,
        }
        return widgets.get(name)

    def show_error(self, error: ServiceError) -> None:
        """The sentence under the form, and the field it is about focused and tinted."""
        self._unmark()
        if error.field == "join_url" and error.code == "invalid_value":
            message = self.tr("The join link must be a web address starting with https://.")
        else:
            message = describe(error)
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widget(error)
        if widget is None:
            return
        self._marked = (widget, widget.palette())
        palette = widget.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, ERROR_TINT)
        widget.setPalette(palette)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unmark(self) -> None:
        if self._marked is not None:
            widget, palette = self._marked
            widget.setPalette(palette)
            self._marked = None

    def accept(self) -> None:
        self._unmark()
        try:
            self._submit(self.part_id(), self.data())
        except ServiceError as error:
            self.show_error(error)
            return
        super().accept()
