"""Arabic and French without seams (issue 14, item 3): counts through Qt's numerus translations
in all three languages, Qt's own buttons and file dialog translated, editors with the agenda's
digits and its 24-hour clock."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QSpinBox, QTimeEdit

from confdesk.model import LocalText
from confdesk.rules import Problem
from confdesk.services import DeadlineData
from ui.agenda.timetable import clock
from ui.counts import Counts
from ui.deadlines.dialog import DeadlineDialog
from ui.i18n import (
    ARABIC_INDIC,
    DIGITS_KEY,
    TRANSLATIONS,
    WESTERN,
    choose_digits,
    date_and_clock,
    digits,
    install_language,
    pin_clock,
)
from ui.problems.words import Names, ProblemWords

BEIRUT = ZoneInfo("Asia/Beirut")


@pytest.fixture(autouse=True)
def english_afterwards(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ConfDeskTests")
    yield
    QSettings().remove(DIGITS_KEY)
    install_language(qapp, "en")


def days_left(n: int) -> str:
    return QCoreApplication.translate("DeadlinesModel", "%n days left", "", n)


def test_arabic_counts_take_the_six_forms_in_the_order_qt_counts_them(qapp):
    install_language(qapp, "ar")
    assert [days_left(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "لم يتبقَّ أي يوم",
        "متبقٍ يوم واحد",
        "متبقٍ يومان",
        "متبقٍ 3 أيام",
        "متبقٍ 11 يومًا",
        "متبقٍ 100 يوم",
    ]
    # 10 is still "few", 99 still "many", 102 "other" as 100.
    assert days_left(10) == "متبقٍ 10 أيام"
    assert days_left(99) == "متبقٍ 99 يومًا"
    assert days_left(102) == "متبقٍ 102 يوم"


def test_french_counts_zero_and_one_in_the_singular(qapp):
    install_language(qapp, "fr")
    assert [days_left(n) for n in (0, 1, 2)] == ["0 jour restant", "1 jour restant", "2 jours restants"]


def test_english_counts_agree_with_their_number(qapp):
    install_language(qapp, "en")
    assert [days_left(n) for n in (1, 2)] == ["1 day left", "2 days left"]
    words = ProblemWords()
    problem = Problem("too_few_groups", "warning", "", session_ids=(1,), facts={"groups": 1, "needed": 3})
    names = Names(sessions={})
    assert words.describe(problem, names) == "“#1”: speakers from only 1 stakeholder group, at least 3 expected."


def test_problem_counts_read_in_arabic_without_a_bare_number_before_a_singular(qapp):
    install_language(qapp, "ar")
    words = ProblemWords()
    text = words.describe(
        Problem("same_organisation", "warning", "", session_ids=(1,), facts={"count": 2, "organisation": "IOM"}),
        Names(sessions={}),
        "ar",
    )
    assert text == "«#1»: متحدثان من الجهة نفسها (IOM)."


def test_every_plural_message_has_its_forms_in_every_language():
    plural_sources = set()
    for lang, forms in (("ar", 6), ("en", 2), ("fr", 2)):
        root = ET.parse(TRANSLATIONS / f"confdesk_{lang}.ts").getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source")
                assert "(s)" not in source and "(ies)" not in source, (lang, source)
                if message.get("numerus") == "yes":
                    plural_sources.add(source)
                    found = [form.text for form in message.iter("numerusform")]
                    assert len(found) == forms and all(found), (lang, source, found)
    assert len(plural_sources) >= 20


def test_no_four_argument_translate_that_lupdate_would_lose():
    """pyside6-lupdate makes ``translate(ctx, text, "", n)`` a plain message or drops it; plural
    texts go through ``self.tr`` (see ui/counts.py)."""
    found = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_translate = isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate"
            if is_translate and (len(node.args) >= 4 or any(keyword.arg == "n" for keyword in node.keywords)):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_counts_outside_a_qobject_are_plural_too(qapp):
    install_language(qapp, "ar")
    assert [Counts().in_lineup(n) for n in (1, 2, 3, 11)] == ["مشارك واحد", "مشاركان", "3 مشاركين", "11 مشاركًا"]
    install_language(qapp, "en")
    assert Counts().parts_added(1) == "1 part added."


@pytest.mark.parametrize(
    ("lang", "cancel", "open_"),
    [("ar", "إلغاء", "فتح"), ("fr", "Annuler", "Ouvrir"), ("en", "Cancel", "Open")],
)
def test_qt_standard_buttons_speak_the_interface_language_with_confdesks_words(qapp, qtbot, lang, cancel, open_):
    """Qt's buttons say what ConfDesk's own say: Arabic "إلغاء", not qtbase's "ألغِ"."""
    install_language(qapp, lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Open)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert box.button(QDialogButtonBox.StandardButton.Open).text() == open_


@pytest.mark.parametrize(("lang", "look_in"), [("ar", "ا&بحث في:"), ("fr", "&Chercher dans\u00a0:")])
def test_qt_file_dialog_has_no_english_label_left(qapp, qtbot, lang, look_in):
    install_language(qapp, lang)
    dialog = QFileDialog(None, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert look_in in labels
    assert ("&فتح" if lang == "ar" else "&Ouvrir") in [button.text() for button in dialog.findChildren(QPushButton)]
    english = {"&Look in:", "File &name:", "Files of &type:", "&Open", "Cancel"}
    buttons = [button.text() for button in dialog.findChildren(QPushButton)]
    assert not english & set(labels + buttons), labels + buttons


def _editors(qtbot) -> tuple[QSpinBox, QTimeEdit]:
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setValue(12)
    time_edit = QTimeEdit()
    pin_clock(time_edit)
    time_edit.setTime(QTime(13, 5))
    for widget in (spin, time_edit):
        qtbot.addWidget(widget)
    return spin, time_edit


def test_arabic_editors_show_the_agendas_western_digits_and_24_hour_clock(qapp, qtbot):
    install_language(qapp, "ar")
    assert digits() == WESTERN
    spin, time_edit = _editors(qtbot)
    assert spin.text() == "12"
    assert time_edit.text() == "13:05" == clock(13 * 60 + 5)
    assert time_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_arabic_indic_setting_changes_editors_and_agenda_alike(qapp, qtbot):
    install_language(qapp, "ar")
    choose_digits(qapp, ARABIC_INDIC)
    assert QSettings().value(DIGITS_KEY) == ARABIC_INDIC
    assert digits() == ARABIC_INDIC
    spin, time_edit = _editors(qtbot)
    assert spin.text() == "١٢"
    assert time_edit.text() == "١٣:٠٥" == clock(13 * 60 + 5)
    assert days_left(3) == "متبقٍ ٣ أيام"
    # French has no Arabic-Indic digits, whatever the setting.
    install_language(qapp, "fr")
    assert digits() == WESTERN
    assert _editors(qtbot)[1].text() == "13:05"


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_the_deadline_editor_uses_the_24_hour_clock_left_to_right(qapp, qtbot, lang):
    install_language(qapp, lang)
    due = datetime(2021, 2, 10, 17, 30, tzinfo=BEIRUT)
    dialog = DeadlineDialog(lambda _data: None, BEIRUT, DeadlineData("survey", LocalText(en="Survey"), due))
    qtbot.addWidget(dialog)
    assert dialog.due.text() == "2021-02-10 17:30"
    assert dialog.due.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dates_in_tables_use_the_24_hour_clock_in_every_language(qapp):
    moment = datetime(2021, 2, 19, 23, 59, tzinfo=BEIRUT)
    assert date_and_clock(moment, "en") == "Feb 19, 2021, 23:59"
    assert date_and_clock(moment, "fr") == "19 févr. 2021, 23:59"
    arabic = date_and_clock(moment, "ar")
    assert arabic.endswith("، 23:59") and "م" not in arabic
    choose_digits(qapp, ARABIC_INDIC)
    install_language(qapp, "ar")
    assert date_and_clock(moment, "ar").endswith("، ٢٣:٥٩")
