"""The import dialog's values step and its report, clicked through offscreen, in three languages."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from confdesk.model import Person
from confdesk.store import Store
from ui.context import AppContext
from ui.i18n import install_language
from ui.interchange.import_dialog import ImportDialog, Page

HEADERS = ["Name", "الاسم", "Email", "Stakeholder group", "Country", "Speaking roles", "Gender", "Registration date"]
ROWS = [
    ["Widad Karam", "وداد كرم", "widad@example.org", "Migrant or diaspora", "Liban", "Table ronde 2", "F", ""],
    ["Bassel Odeh", "باسل عودة", "bassel@example.org", "Civil society", "Jordan", "Roundtable 7", "?", "someday"],
    ["Hiba Nasser", "هبة ناصر", "hiba@example.org", "Migrant or diaspora", "Atlantis", "Rapporteur", "", ""],
    ["Nour Said", "نور سعيد", "nour.said@", "Youth", "Jordan", "", "", ""],
    ["Sami Darwish", "سامي درويش", "sami@example.org", "Youth", "Jordan", "Roundtable 7; Roundtable 7", "", ""],
    ["Sami Darwish", "سامي درويش", "SAMI@example.org", "Youth", "Jordan", "", "", ""],
    # A person of the demo conference: merged, the recorded group kept.
    ["Amina Haddad", "أمينة حداد", "amina.haddad@example.org", "Private sector", "Jordan", "Rapporteur", "", ""],
]


@pytest.fixture
def context(demo_store: Store, qtbot) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def form_csv(tmp_path: Path) -> Path:
    path = tmp_path / "form.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([HEADERS, *ROWS])
    return path


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_language(qapp, "en")


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _run(dialog: ImportDialog, qtbot, button) -> None:
    dialog.report = None
    _click(qtbot, button)
    qtbot.waitUntil(
        lambda: dialog.task is not None and not dialog.task.is_running() and dialog.report is not None, timeout=10_000
    )


def _line(dialog: ImportDialog, text: str) -> int:
    return next(n for n, proposal in enumerate(dialog.proposals) if proposal.text == text)


def test_name_columns_go_by_script_and_only_real_roundtables_are_offered(context, form_csv, qtbot) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.load_file(form_csv)
    assert dialog.mapping()[:2] == ["name", "name_ar"]
    combo = dialog._target_combo(0)
    offered = {combo.itemData(n) for n in range(combo.count())}
    assert {f"interest:roundtable:{n}" for n in (1, 2, 3, 4)} <= offered
    assert not {target for target in offered if target.startswith("interest:roundtable:") and target[-1] not in "1234"}


def test_an_unknown_group_is_proposed_confirmed_imported_and_kept_in_the_profile(
    context, form_csv, tmp_path, qtbot
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(form_csv)
    _click(qtbot, dialog.values_button)
    assert dialog.pages.currentIndex() == Page.VALUES
    line = _line(dialog, "Migrant or diaspora")
    grid = dialog.values_table
    assert grid.item(line, 0).text() == "Stakeholder group" and grid.item(line, 2).text() == "2"
    assert dialog.value_combo(line).currentText() == "Migrant or diaspora organisation"
    assert "Atlantis" in {proposal.text for proposal in dialog.proposals}
    assert not dialog.confirm_box(line).isChecked()
    dialog.grab().save(str(tmp_path / "values-en.png"))

    _click(qtbot, dialog.confirm_box(line))
    assert dialog.confirm_box(line).isChecked()
    assert dialog.confirmed_values() == {"group": {"Migrant or diaspora": "migrant_diaspora"}}
    _run(dialog, qtbot, dialog.import_button)
    with context.store.reader() as db:
        widad = db.scalar(select(Person).where(Person.email == "widad@example.org"))
        assert (widad.group, widad.name, widad.name_ar) == ("migrant_diaspora", "Widad Karam", "وداد كرم")

    profile = tmp_path / "profile.json"
    dialog.save_profile(profile)
    assert json.loads(profile.read_text(encoding="utf-8"))["values"]["group"] == {
        "Migrant or diaspora": "migrant_diaspora"
    }
    fresh = ImportDialog(context)
    qtbot.addWidget(fresh)
    assert fresh.apply_profile(profile) and fresh.load_file(form_csv)
    _click(qtbot, fresh.values_button)
    assert "Migrant or diaspora" not in {proposal.text for proposal in fresh.proposals}


def test_report_says_each_reason_once(context, form_csv, qtbot) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load_file(form_csv)
    _run(dialog, qtbot, dialog.dry_run_button)
    grid = dialog.report_table
    reasons = {int(grid.item(n, 0).text()): grid.item(n, 2).text() for n in range(grid.rowCount())}
    assert reasons[3].count("no roundtable 7") == 1
    assert reasons[4] == "The country “Atlantis” is not known."
    assert reasons[6].count("roundtable 7") == 1
    assert reasons[7] == "The same e-mail address is on row 6."
    assert "Kept the recorded Stakeholder group, “Member State” (the file says “Private sector”)." in reasons[8]
    for reason in reasons.values():
        sentences = [sentence for sentence in re.split(r"(?<=\.) ", reason) if sentence]
        assert len(sentences) == len(set(sentences)), reason


#: Words the English and French reasons share because both languages spell them so.
_SAME_IN_FRENCH = frozenset({"Rapporteur"})
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\S+@\S*")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_reasons_are_fully_translated(context, form_csv, qtbot, qapp, english_afterwards, tmp_path, lang) -> None:
    def reasons() -> list[str]:
        dialog = ImportDialog(context)
        qtbot.addWidget(dialog)
        dialog.load_file(form_csv)
        _run(dialog, qtbot, dialog.dry_run_button)
        return [dialog.report_table.item(n, 2).text() for n in range(dialog.report_table.rowCount())]

    english = reasons()
    install_language(qapp, lang)
    translated = reasons()
    assert len(translated) == len(english) and any(translated)
    for ours, theirs in zip(translated, english, strict=True):
        if theirs:
            assert ours != theirs
        # Outside the file's own quoted values no English word is left.
        words = set(re.findall(r"[A-Za-z]{3,}", _QUOTED.sub("", ours)))
        if lang == "ar":
            assert not words, ours
        else:
            english_words = set(re.findall(r"[A-Za-z]{3,}", _QUOTED.sub("", theirs)))
            assert not words & english_words - _SAME_IN_FRENCH, ours
    if lang == "ar":
        dialog = ImportDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.load_file(form_csv)
        _click(qtbot, dialog.values_button)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dialog.grab().save(str(tmp_path / "values-ar.png"))
