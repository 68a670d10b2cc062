"""Mapping values as well as columns: unknown answers get the closest known value proposed, the
confirmed ones are kept in the profile and applied on the next import; name columns go by
script; only the conference's real roundtables are taken."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from registration_samples import write_csv
from sqlalchemy import select

from confdesk.imports import Profile, RowOutcome, guess_mapping, import_file, load_profile, read_table
from confdesk.imports.mapping import profile_from_mapping
from confdesk.imports.values import (
    ConferenceChoices,
    closeness,
    conference_choices,
    propose,
    unknown_values,
    with_values,
)
from confdesk.model import Interest, Person, Registration
from confdesk.store import Store

HEADERS = ["Name", "الاسم", "Email", "Stakeholder group", "Language", "Country", "Speaking roles"]
ROWS = [
    ["Widad Karam", "وداد كرم", "widad@example.org", "Migrant or diaspora", "Arabe", "Liban", "Table ronde 2"],
    ["Bassel Odeh", "باسل عودة", "bassel@example.org", "Civil society", "anglais", "Jordanie ", "Roundtable 7"],
    ["Hiba Nasser", "هبة ناصر", "hiba@example.org", "Migrant or diaspora", "Arabic", "Lebanonn", "Rapporteur"],
]


def _csv(folder: Path) -> Path:
    return write_csv(folder / "form.csv", HEADERS, ROWS)


def _xlsx(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    path = folder / "form.xlsx"
    book.save(path)
    return path


def test_closeness_folds_case_accents_and_arabic_spelling() -> None:
    assert closeness("SOCIÉTÉ CIVILE", "Société civile") == 1.0
    assert closeness("المجتمع المدنى", "المجتمع المدني") == 1.0
    assert closeness("Migrant or diaspora", "Migrant or diaspora organisation") >= 0.85
    assert closeness("Migrant or diaspora", "Private sector") < 0.5
    assert closeness("Atlantis", "Albania") < 0.75


def test_unknown_group_is_proposed_the_closest_known_one(demo_store: Store, fixtures_dir: Path) -> None:
    table = read_table(_csv(fixtures_dir))
    mapping = guess_mapping(table.headers, rows=[row.cells for row in table.rows])
    with demo_store.reader() as db:
        choices = conference_choices(db, demo_store.conference_id())
    proposals = {(p.field, p.text): p for p in unknown_values(table, mapping, Profile(), choices)}
    group = proposals["group", "Migrant or diaspora"]
    assert (group.value, group.count) == ("migrant_diaspora", 2) and group.score >= 0.85
    assert proposals["country", "Lebanonn"].value == "LB"
    assert proposals["interests", "Roundtable 7"].value == ""  # the demo has roundtables 1 to 4 only
    # Recognised answers are not asked about.
    assert ("group", "Civil society") not in proposals and ("country", "Jordanie") not in proposals
    assert ("language", "Arabe") not in proposals and ("interests", "Table ronde 2") not in proposals


def test_arabic_and_latin_name_columns_map_to_the_two_name_fields(fixtures_dir: Path) -> None:
    for path in (_csv(fixtures_dir), _xlsx(fixtures_dir)):
        table = read_table(path)
        mapping = guess_mapping(table.headers, rows=[row.cells for row in table.rows])
        assert mapping[:2] == ["name", "name_ar"], path.name
    swapped = read_table(write_csv(fixtures_dir / "swapped.csv", ["Name", "Name "], [["وداد كرم", "Widad Karam"]]))
    assert guess_mapping(swapped.headers, rows=[row.cells for row in swapped.rows])[:2] == ["name_ar", "name"]


def test_confirmed_values_are_kept_in_the_profile_and_applied_next_time(demo_store: Store, fixtures_dir: Path) -> None:
    path = _xlsx(fixtures_dir)
    first = import_file(demo_store, demo_store.conference_id(), path, dry_run=True)
    rejected = {result.row: result for result in first.results if result.outcome == RowOutcome.REJECTED}
    assert rejected[2].code == "unknown_group" and rejected[2].values == ("Migrant or diaspora",)
    assert rejected[4].code == "unknown_country"  # "Lebanonn": checked before the group

    table = read_table(path)
    mapping = guess_mapping(table.headers, rows=[row.cells for row in table.rows])
    confirmed = with_values(
        Profile(), {"group": {"Migrant or diaspora": "migrant_diaspora"}, "country": {"Lebanonn": "LB"}}
    )
    saved = fixtures_dir / "profile.json"
    profile_from_mapping(table.headers, mapping, confirmed).save(saved)
    profile = load_profile(saved)
    assert profile.values["group"] == {"Migrant or diaspora": "migrant_diaspora"}

    report = import_file(demo_store, demo_store.conference_id(), path, profile=profile)
    assert [result.outcome for result in report.results] == [RowOutcome.IMPORTED] * 3
    with demo_store.reader() as db:
        people = {p.email: p for p in db.scalars(select(Person).where(Person.email.like("%@example.org")))}
        interests = set(
            db.execute(
                select(Person.email, Interest.kind, Interest.roundtable)
                .select_from(Interest)
                .join(Registration, Interest.registration_id == Registration.id)
                .join(Person, Registration.person_id == Person.id)
            ).all()
        )
    assert people["widad@example.org"].group == "migrant_diaspora"
    assert (people["widad@example.org"].name, people["widad@example.org"].name_ar) == ("Widad Karam", "وداد كرم")
    assert (people["hiba@example.org"].country, people["bassel@example.org"].language) == ("LB", "en")
    assert ("widad@example.org", "roundtable_speaker", 2) in interests
    # Roundtable 7 is not a session of this conference: not taken, and said once.
    assert not {row for row in interests if row[0] == "bassel@example.org"}
    bassel = next(result for result in report.results if result.email == "bassel@example.org")
    assert [detail.code for detail in bassel.details] == ["unknown_roundtable"]


def test_no_proposal_is_made_for_a_value_like_no_known_one() -> None:
    value, score = propose("country", "Atlantis", ConferenceChoices((), ()))
    assert value == "" and 0 < score < 0.75
