"""The import and export dialogs, driven through their real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from confdesk.model import Person
from confdesk.store import Store
from ui.context import AppContext
from ui.interchange.export_dialog import DataExportDialog
from ui.interchange.import_dialog import ImportDialog

ROWS = [
    ["Q1", "Q2", "Adresse", "Pays", "Table ronde 2"],
    ["Widad Karam", "Réseau Jeunesse", "widad.karam@example.org", "Liban", "oui"],
    ["Bassel Odeh", "", "not-an-address", "Jordanie", "non"],
    ["Widad Karam", "Réseau Jeunesse", "WIDAD.KARAM@example.org", "Liban", "oui"],
]


@pytest.fixture
def context(demo_store: Store, qtbot) -> AppContext:
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def form_csv(tmp_path: Path) -> Path:
    path = tmp_path / "form.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(ROWS)
    return path


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def _run(dialog: ImportDialog, qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.task is not None and not dialog.task.is_running() and dialog.report is not None, timeout=10_000
    )


def test_mapping_preview_dry_run_and_import(context: AppContext, form_csv: Path, qtbot, warnings) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.load_file(form_csv)
    assert dialog.mapping() == ["ignore", "ignore", "ignore", "country", "interest:roundtable:2"]
    assert dialog.mapping_table.item(1, 0).text() == "Widad Karam"
    dialog.set_target(0, "name")
    dialog.set_target(1, "organisation")
    dialog.set_target(2, "email")
    changes = []
    context.changed.connect(changes.append)

    _run(dialog, qtbot, dialog.dry_run_button)
    assert dialog.report.dry_run
    with context.store.reader() as db:
        assert db.scalar(select(Person).where(Person.email == "widad.karam@example.org")) is None

    dialog.report = None
    _run(dialog, qtbot, dialog.import_button)
    assert dialog.pages.currentIndex() == 1
    outcomes = [dialog.report_table.item(row, 1).text() for row in range(dialog.report_table.rowCount())]
    assert outcomes == ["imported", "rejected", "rejected"]
    assert dialog.report_table.item(2, 2).text() == "The same e-mail address is on row 2."
    assert changes and len(changes[-1].people) > 0
    with context.store.reader() as db:
        person = db.scalar(select(Person).where(Person.email == "widad.karam@example.org"))
        assert (person.country, person.organisation.en) == ("LB", "Réseau Jeunesse")
    assert not warnings


def test_an_import_is_one_undo_entry_and_earlier_entries_stay_safe(
    context: AppContext, form_csv: Path, qtbot, warnings
) -> None:
    from confdesk.services import PersonData
    from ui.people.commands import add_person

    earlier = add_person(context, PersonData("Earlier Person", "academia", email="earlier@example.org"))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.load_file(form_csv)
    for column, target in enumerate(("name", "organisation", "email")):
        dialog.set_target(column, target)
    _run(dialog, qtbot, dialog.import_button)
    stack = context.undo_stack
    assert stack.count() == 2
    assert stack.undoText() == f"Import registrations from {form_csv.name}"

    def emails() -> set[str]:
        with context.store.reader() as db:
            return set(db.scalars(select(Person.email)))

    stack.undo()
    assert "widad.karam@example.org" not in emails() and "earlier@example.org" in emails()
    stack.undo()  # the earlier "Add person" takes away only that person
    assert "earlier@example.org" not in emails()
    stack.redo()
    stack.redo()
    assert {"widad.karam@example.org", "earlier@example.org"} <= emails()
    with context.store.reader() as db:
        assert db.get(Person, earlier).email == "earlier@example.org"
    assert not warnings


def test_profile_saved_and_loaded_restores_the_mapping(
    context: AppContext, form_csv: Path, tmp_path: Path, qtbot, warnings
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load_file(form_csv)
    dialog.set_target(0, "name")
    dialog.set_target(2, "email")
    profile = tmp_path / "profile.json"
    dialog.save_profile(profile)
    assert json.loads(profile.read_text(encoding="utf-8"))["columns"]["Q1"] == "name"

    fresh = ImportDialog(context)
    qtbot.addWidget(fresh)
    assert fresh.apply_profile(profile)
    fresh.load_file(form_csv)
    assert fresh.mapping()[:3] == ["name", "ignore", "email"]


def test_report_is_saved_as_csv(
    context: AppContext, form_csv: Path, tmp_path: Path, qtbot, warnings, monkeypatch
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.load_file(form_csv)
    dialog.set_target(0, "name")
    dialog.set_target(2, "email")
    _run(dialog, qtbot, dialog.import_button)
    out = tmp_path / "report.csv"
    monkeypatch.setattr("ui.interchange.import_dialog.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.save_report_button, Qt.MouseButton.LeftButton)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "row,outcome,reason,email" and len(lines) == 4
    # The reasons read as the dialog words them.
    assert lines[3] == "4,rejected,The same e-mail address is on row 2.,widad.karam@example.org"


def test_unreadable_file_is_one_sentence_and_nothing_loaded(
    context: AppContext, tmp_path: Path, qtbot, warnings
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not dialog.load_file(empty)
    assert warnings == ["empty.csv is empty"]
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize(("what", "fmt"), [("people", "xlsx"), ("lineups", "csv"), ("frab", "json")])
def test_export_dialog_writes_the_chosen_list(
    context: AppContext, tmp_path: Path, qtbot, warnings, what: str, fmt: str
) -> None:
    dialog = DataExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData(what))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    out = tmp_path / f"out.{fmt}"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert out.exists() and dialog.written > 0
    if fmt == "xlsx":
        assert load_workbook(out).active.sheet_view.rightToLeft
    if fmt == "json":
        assert json.loads(out.read_text(encoding="utf-8"))["schedule"]["conference"]["days"]
    assert not warnings


def test_export_formats_follow_the_choice_of_list(context: AppContext, qtbot) -> None:
    dialog = DataExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("frab"))
    assert [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())] == ["xml", "json"]
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("registrations"))
    assert [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())] == ["xlsx", "csv"]
    assert dialog.path_edit.text().endswith("registrations.xlsx") and dialog.export_button.isEnabled()


def test_each_list_is_exported_to_documents_first_then_where_it_went_last(
    context: AppContext, tmp_path: Path, qtbot, warnings, isolated_folders: Path
) -> None:
    dialog = DataExportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text() == str(isolated_folders / "ConfDesk" / "people.xlsx")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.path_edit.text() == str(isolated_folders / "ConfDesk" / "people.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert (isolated_folders / "ConfDesk" / "people.csv").exists()

    elsewhere = tmp_path / "lineups-for-chairs"
    elsewhere.mkdir()
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("lineups"))
    dialog.path_edit.setText(str(elsewhere / "lineups.xlsx"))
    dialog.written = None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)

    again = DataExportDialog(context)
    qtbot.addWidget(again)
    assert Path(again.path_edit.text()).parent == isolated_folders / "ConfDesk"  # people: where they went
    again.what_combo.setCurrentIndex(again.what_combo.findData("lineups"))
    assert again.path_edit.text() == str(elsewhere / "lineups.xlsx")
