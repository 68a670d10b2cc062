"""The session dialog: title fields that show whole real titles from their beginning, a part
change that moves the date into the part, and errors that land on the field they name."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox

from confdesk.model import LocalText
from confdesk.services import validate
from confdesk.services.errors import ValidationError
from confdesk.views.agenda import read_agenda
from confdesk.views.rows import PartRow
from ui.agenda.dialog import ERROR_TINT, SessionDialog
from ui.context import AppContext
from ui.i18n import install_language


@pytest.fixture
def context(demo_store) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def agenda(context):
    with context.store.reader() as db:
        return read_agenda(db, context.conference_id)


@pytest.fixture
def longest(agenda):
    return max(agenda.sessions, key=lambda s: max(len(s.title.ar), len(s.title.en), len(s.title.fr)))


class Recorder:
    def __init__(self, error: Exception | None = None) -> None:
        self.calls: list[tuple[int, object]] = []
        self.error = error

    def __call__(self, part_id, data) -> None:
        if self.error is not None:
            raise self.error
        self.calls.append((part_id, data))


def opened(qtbot, dialog: SessionDialog) -> SessionDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: SessionDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_date(dialog: SessionDialog) -> date:
    day = dialog.date_edit.date()
    return date(day.year(), day.month(), day.day())


def test_title_fields_show_the_longest_real_titles_whole_from_their_beginning(qtbot, context, agenda, longest):
    assert max(len(longest.title.fr), len(longest.title.en), len(longest.title.ar)) > 85
    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, Recorder(), row=longest))
    for lang in ("ar", "en", "fr"):
        edit = dialog.title_edits[lang]
        text = getattr(longest.title, lang)
        assert edit.text() == text
        assert edit.cursorPosition() == 0
        metrics = edit.fontMetrics()
        assert edit.width() >= 60 * metrics.averageCharWidth()
        # The whole title fits inside the frame and its margins.
        assert metrics.horizontalAdvance(text) <= edit.width() - 12, lang
    assert dialog.title_edits["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.title_edits["en"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.title_edits["fr"].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_typing_a_title_from_home_keeps_its_beginning_in_view(qtbot, context, agenda, longest):
    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, Recorder(), row=longest))
    edit = dialog.title_edits["en"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "Updated: ")
    assert edit.text().startswith("Updated: Roundtable")
    # The start of the text is at the left of the field, not scrolled out of it.
    assert edit.cursorRect().left() < edit.width() / 3


def test_times_and_dates_read_in_order_in_the_arabic_interface(qtbot, qapp, context, agenda, longest):
    install_language(qapp, "ar")
    try:
        dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, Recorder(), row=longest))
        assert dialog.isRightToLeft()
        start = longest.starts_at.astimezone(context.conference_zone)
        assert dialog.start_edit.text() == f"{start:%H:%M}"
        assert dialog.date_edit.text() == start.date().isoformat()
    finally:
        install_language(qapp, "en")


def overlapping_parts() -> tuple[PartRow, ...]:
    return (
        PartRow(1, LocalText(en="Consultation"), date(2021, 3, 1), date(2021, 3, 3)),
        PartRow(2, LocalText(en="Conference"), date(2021, 3, 3), date(2021, 3, 6)),
        PartRow(3, LocalText(en="Follow-up"), date(2021, 4, 10), date(2021, 4, 10)),
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2021, 3, 3), date(2021, 3, 3)),  # already in the new part: kept
        (date(2021, 3, 1), date(2021, 3, 3)),  # first day of the old part: first day of the new
        (date(2021, 3, 2), date(2021, 3, 4)),  # second day: second day
    ],
)
def test_choosing_another_part_moves_the_date_into_it_keeping_the_time(qtbot, context, day, expected):
    zone = context.conference_zone
    starts = datetime(day.year, day.month, day.day, 14, 15, tzinfo=zone)
    dialog = opened(qtbot, SessionDialog(overlapping_parts(), zone, Recorder(), part_id=1, starts_at=starts))
    assert shown_date(dialog) == day
    dialog.part_combo.setFocus()
    qtbot.keyClick(dialog.part_combo, Qt.Key.Key_Down)
    assert dialog.part_id() == 2
    assert shown_date(dialog) == expected
    assert dialog.start_edit.time().toString("HH:mm") == "14:15"
    assert dialog.end_edit.time().toString("HH:mm") == "15:15"
    qtbot.keyClick(dialog.part_combo, Qt.Key.Key_Down)
    assert shown_date(dialog) == date(2021, 4, 10)  # a one-day part: its day


def test_the_new_part_date_is_what_is_saved(qtbot, context, agenda, longest):
    other = next(part for part in agenda.parts if part.id != longest.part_id)
    recorder = Recorder()
    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, recorder, row=longest))
    dialog.part_combo.setFocus()
    key = Qt.Key.Key_Down if dialog.part_combo.findData(other.id) > dialog.part_combo.currentIndex() else Qt.Key.Key_Up
    qtbot.keyClick(dialog.part_combo, key)
    save(qtbot, dialog)
    part_id, data = recorder.calls[0]
    assert part_id == other.id
    local = data.starts_at.astimezone(context.conference_zone)
    assert other.start_date <= local.date() <= other.end_date
    before = longest.starts_at.astimezone(context.conference_zone)
    assert (local.hour, local.minute) == (before.hour, before.minute)


def assert_marked(dialog: SessionDialog, widget) -> None:
    assert dialog.focusWidget() is widget
    assert widget.palette().color(QPalette.ColorRole.Base) == ERROR_TINT
    assert dialog.error_label.isVisible() and dialog.error_label.text()


def test_an_invalid_join_link_is_refused_with_the_link_field_focused(qtbot, context, agenda, longest):
    recorder = Recorder()
    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, recorder, row=longest))
    link = dialog.link_edit
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    link.selectAll()
    qtbot.keyClicks(link, "zoom.example.org/j/81")
    qtbot.mouseClick(dialog.title_edits["fr"], Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert recorder.calls == []
    assert_marked(dialog, link)
    assert dialog.error_label.text() == "The join link must be a web address starting with https://."
    # Fixed, it saves; the tint is gone.
    link.selectAll()
    qtbot.keyClicks(link, "https://zoom.example.org/j/81")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert recorder.calls[0][1].join_url == "https://zoom.example.org/j/81"
    assert link.palette().color(QPalette.ColorRole.Base) != ERROR_TINT


def invalid_french_title() -> Exception:
    try:
        validate.local_text(LocalText(fr="Table ronde\x07"), field="title")
    except ValidationError as error:
        return error
    raise AssertionError("expected a refusal")


@pytest.mark.parametrize(
    ("error", "widget"),
    [
        (invalid_french_title(), lambda d: d.title_edits["fr"]),  # path "title.fr"
        (ValidationError("title.ar: too long", field="title.ar"), lambda d: d.title_edits["ar"]),
        (ValidationError("title: a session needs a title", field="title"), lambda d: d.title_edits["en"]),
        (ValidationError("ends_at: the end must come after the start", field="ends_at"), lambda d: d.end_edit),
        (ValidationError("passcode: refused", field="passcode"), lambda d: d.passcode_edit),
    ],
)
def test_the_focus_lands_on_the_field_the_error_names(qtbot, context, agenda, longest, error, widget):
    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, Recorder(error), row=longest))
    qtbot.mouseClick(dialog.link_edit, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert_marked(dialog, widget(dialog))


def test_an_end_before_the_start_focuses_the_end_time(qtbot, context, agenda, longest):
    def submit(_part_id, data) -> None:
        validate.period(data.starts_at, data.ends_at)

    dialog = opened(qtbot, SessionDialog(agenda.parts, context.conference_zone, submit, row=longest))
    end = dialog.end_edit
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    end.setSelectedSection(end.Section.HourSection)
    qtbot.keyClicks(end, "08")
    save(qtbot, dialog)
    assert dialog.error_label.text() == "The end must come after the start."
    assert_marked(dialog, end)
