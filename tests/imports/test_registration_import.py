"""Importing registrations into the demo conference: every row accounted for, merges that
report instead of overwrite, all or nothing, and a second import that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from registration_samples import FORMULA_NAME, INDICO_HEADERS, messy_rows, write_csv
from sqlalchemy import func, select

from confdesk.imports import ImportFileError, Profile, RowOutcome, import_file, read_table
from confdesk.interchange.dump import dump
from confdesk.model import Interest, Person, Registration
from confdesk.store import Store


def _people(store: Store) -> dict[str, Person]:
    with store.reader() as db:
        people = db.scalars(select(Person))
        return {person.email: person for person in people if person.email}


def _interests(store: Store, email: str) -> set[tuple[str, int | None]]:
    with store.reader() as db:
        rows = db.execute(
            select(Interest.kind, Interest.roundtable).join(Registration).join(Person).where(Person.email == email)
        )
        return set(rows)


def _snapshot(store: Store) -> dict:
    with store.reader() as db:
        return dump(db, store.conference_id())


def test_every_row_ends_imported_merged_or_rejected_with_its_reason(demo_store: Store, messy_csv: Path) -> None:
    report = import_file(demo_store, demo_store.conference_id(), messy_csv)
    by_row = {result.row: result for result in report.results}
    assert sorted(by_row) == list(range(2, 2 + len(messy_rows())))
    assert by_row[2].outcome == RowOutcome.IMPORTED
    assert by_row[3].outcome == RowOutcome.SKIPPED
    assert by_row[4].outcome == RowOutcome.IMPORTED and by_row[4].email == "tarek.benali@example.org"
    assert (by_row[5].outcome, by_row[5].code, by_row[5].reason) == (
        RowOutcome.REJECTED,
        "duplicate_in_file",
        "same e-mail as row 4",
    )
    assert (by_row[6].outcome, by_row[6].code) == (RowOutcome.REJECTED, "bad_email")
    assert (by_row[7].outcome, by_row[7].code) == (RowOutcome.REJECTED, "missing_name")
    assert (by_row[8].outcome, by_row[8].code) == (RowOutcome.REJECTED, "unknown_country")
    assert "Atlantis" in by_row[8].reason
    assert by_row[9].outcome == RowOutcome.IMPORTED
    assert (by_row[10].outcome, by_row[10].code) == (RowOutcome.REJECTED, "too_long")
    assert by_row[11].outcome == RowOutcome.IMPORTED
    counts = report.counts()
    assert (counts[RowOutcome.IMPORTED], counts[RowOutcome.REJECTED], counts[RowOutcome.SKIPPED]) == (4, 5, 1)

    people = _people(demo_store)
    assert people["rania.khalil@example.org"].country == "LB"
    assert people["rania.khalil@example.org"].organisation.en == "Forum for Migrants"
    assert people["tarek.benali@example.org"].country == "DZ"
    assert people["sami.darwish@example.org"].country == "JO"
    assert people[FORMULA_NAME and "formula@example.org"].name == FORMULA_NAME
    assert "nour.said@" not in people and "hala.maher@example.org" not in people
    assert _interests(demo_store, "rania.khalil@example.org") == {("roundtable_speaker", 2), ("rapporteur", None)}
    assert _interests(demo_store, "sami.darwish@example.org") == {("roundtable_speaker", 1), ("rapporteur", None)}


def test_new_registrations_cover_every_part_and_keep_the_form_date(demo_store: Store, messy_csv: Path) -> None:
    import_file(demo_store, demo_store.conference_id(), messy_csv)
    with demo_store.reader() as db:
        registration = db.scalar(select(Registration).join(Person).where(Person.email == "rania.khalil@example.org"))
        assert len(registration.parts) == 2
        assert registration.registered_at.isoformat().startswith("2021-01-20T08:00")  # 10:00 in Beirut
        assert registration.source == "indico-export.csv"


def test_importing_the_same_file_twice_changes_nothing_the_second_time(demo_store: Store, messy_csv: Path) -> None:
    conference_id = demo_store.conference_id()
    import_file(demo_store, conference_id, messy_csv)
    before = _snapshot(demo_store)
    second = import_file(demo_store, conference_id, messy_csv)
    assert _snapshot(demo_store) == before
    counts = second.counts()
    assert counts[RowOutcome.IMPORTED] == counts[RowOutcome.MERGED] == 0
    assert counts[RowOutcome.UNCHANGED] == 4
    assert not second.changes


def test_known_person_gains_an_interest_and_differences_are_reported_not_written(
    demo_store: Store, fixtures_dir: Path
) -> None:
    known = next(person for person in _people(demo_store).values() if person.organisation.en)
    had = _interests(demo_store, known.email)
    path = write_csv(
        fixtures_dir / "again.csv",
        INDICO_HEADERS,
        [
            [known.name, "", known.email.upper() + "  ", "A Different Organisation", "", "", "", "Roundtable 4"],
        ],
    )
    report = import_file(demo_store, demo_store.conference_id(), path)
    (result,) = report.results
    assert result.outcome == RowOutcome.MERGED
    assert result.code == "changed_fields"
    assert "A Different Organisation" in result.reason and known.organisation.en in result.reason
    after = _people(demo_store)[known.email]
    assert after.organisation.en == known.organisation.en
    assert _interests(demo_store, known.email) == had | {("roundtable_speaker", 4)}


def test_the_import_is_all_or_nothing(demo_store: Store, messy_csv: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from confdesk.imports import registrations

    before = _snapshot(demo_store)

    def failing(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(registrations, "create_registrations", failing)
    with pytest.raises(RuntimeError):
        import_file(demo_store, demo_store.conference_id(), messy_csv)
    assert _snapshot(demo_store) == before


def test_dry_run_reports_without_saving(demo_store: Store, messy_csv: Path) -> None:
    before = _snapshot(demo_store)
    report = import_file(demo_store, demo_store.conference_id(), messy_csv, dry_run=True)
    assert report.dry_run and report.counts()[RowOutcome.IMPORTED] == 4
    assert _snapshot(demo_store) == before


def test_a_bad_file_changes_nothing(demo_store: Store, fixtures_dir: Path) -> None:
    before = _snapshot(demo_store)
    path = fixtures_dir / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError):
        import_file(demo_store, demo_store.conference_id(), path)
    assert _snapshot(demo_store) == before


def test_profile_maps_unknown_headers_and_group_spellings(demo_store: Store, fixtures_dir: Path) -> None:
    path = write_csv(
        fixtures_dir / "forms.csv",
        ["Q1", "Q2", "Q3", "Q4", "Q5"],
        [
            ["Ines Haddad", "ines.haddad@example.org", "ONG locale", "Tunisie", "Oui"],
            ["Rami Aziz", "rami.aziz@example.org", "Gouv.", "Maroc", "non"],
        ],
    )
    profile = Profile(
        columns={"Q1": "name", "Q2": "email", "Q3": "group", "Q4": "country", "Q5": "interest:rapporteur"},
        values={"group": {"ONG locale": "civil_society", "Gouv.": "member_state"}},
    )
    report = import_file(demo_store, demo_store.conference_id(), path, profile=profile)
    assert report.counts()[RowOutcome.IMPORTED] == 2
    people = _people(demo_store)
    assert (people["ines.haddad@example.org"].group, people["ines.haddad@example.org"].country) == (
        "civil_society",
        "TN",
    )
    assert people["rami.aziz@example.org"].group == "member_state"
    assert _interests(demo_store, "ines.haddad@example.org") == {("rapporteur", None)}
    assert _interests(demo_store, "rami.aziz@example.org") == set()


def test_parts_column_registers_for_the_named_parts_only(demo_store: Store, fixtures_dir: Path) -> None:
    path = write_csv(
        fixtures_dir / "parts.csv",
        ["Name", "Email", "Parts"],
        [
            ["Part One", "part.one@example.org", "Consultation"],
            ["Part Two", "part.two@example.org", "Atlantis Summit"],
        ],
    )
    report = import_file(demo_store, demo_store.conference_id(), path)
    assert [result.outcome for result in report.results] == [RowOutcome.IMPORTED, RowOutcome.REJECTED]
    assert report.results[1].code == "unknown_part"
    with demo_store.reader() as db:
        registration = db.scalar(select(Registration).join(Person).where(Person.email == "part.one@example.org"))
        assert [part.name.en for part in registration.parts] == ["Multi-Stakeholder Consultation"]


def test_report_csv_lists_row_outcome_reason_and_email(demo_store: Store, messy_csv: Path, tmp_path: Path) -> None:
    report = import_file(demo_store, demo_store.conference_id(), messy_csv)
    out = tmp_path / "report.csv"
    report.write_csv(out)
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "row,outcome,reason,email"
    assert len(text) == 1 + len(messy_rows())
    assert "5,rejected,same e-mail as row 4,tarek.benali@example.org" in text


def test_arabic_form_with_yes_no_answers(demo_store: Store, fixtures_dir: Path) -> None:
    headers = [
        "الاسم الكامل",
        "البريد الإلكتروني",
        "الجهة",
        "البلد",
        "فئة أصحاب المصلحة",
        "الجنس",
        "مقرر",
        "المائدة المستديرة الثانية",
    ]
    path = write_csv(
        fixtures_dir / "ar.csv",
        headers,
        [
            [
                "سلمى الخطيب",
                "salma.khatib@example.org",
                "جمعية المهاجرين",
                "مصر",
                "المجتمع المدني",
                "أنثى",
                "نعم",
                "لا",
            ],
        ],
        encoding="cp1256",
    )
    table = read_table(path)
    assert table.encoding == "cp1256"
    report = import_file(demo_store, demo_store.conference_id(), path)
    assert report.counts()[RowOutcome.IMPORTED] == 1
    person = _people(demo_store)["salma.khatib@example.org"]
    assert (person.name_ar, person.country, person.gender, person.organisation.ar) == (
        "سلمى الخطيب",
        "EG",
        "female",
        "جمعية المهاجرين",
    )
    assert _interests(demo_store, "salma.khatib@example.org") == {("rapporteur", None)}


def test_people_count_grows_only_by_imported_rows(demo_store: Store, messy_csv: Path) -> None:
    with demo_store.reader() as db:
        before = db.scalar(select(func.count(Person.id)))
    report = import_file(demo_store, demo_store.conference_id(), messy_csv)
    with demo_store.reader() as db:
        assert db.scalar(select(func.count(Person.id))) == before + report.counts()[RowOutcome.IMPORTED]


def test_xlsx_with_arabic_merged_headers_imports_ticks_and_dates(demo_store: Store, fixtures_dir: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["الاسم", None, "البريد الإلكتروني", "أرغب في", None, "تاريخ التسجيل"])
    sheet.append(["الاسم الأول", "اسم العائلة", None, "مقرر", "المائدة المستديرة الرابعة", None])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("D1:E1")
    sheet.append(["هبة", "النجار", "heba.najjar@example.org", "✓", None, datetime(2021, 2, 1, 12, 0)])
    sheet.append(["هبة", "النجار", "heba.najjar@example.org", "✓", None, datetime(2021, 2, 1, 12, 0)])
    path = fixtures_dir / "arabic.xlsx"
    book.save(path)
    report = import_file(demo_store, demo_store.conference_id(), path)
    assert [(r.row, r.outcome) for r in report.results] == [(3, RowOutcome.IMPORTED), (4, RowOutcome.REJECTED)]
    person = _people(demo_store)["heba.najjar@example.org"]
    assert person.name == person.name_ar == "هبة النجار"
    assert _interests(demo_store, "heba.najjar@example.org") == {("rapporteur", None)}
    with demo_store.reader() as db:
        registration = db.scalar(select(Registration).join(Person).where(Person.email == "heba.najjar@example.org"))
        assert registration.registered_at.isoformat().startswith("2021-02-01T10:00")
