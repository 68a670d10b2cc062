"""Reading answers: yes/no in three languages and ticks, interests, countries, groups, dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from confdesk.imports import answers
from confdesk.imports.countries import country_code
from confdesk.imports.mapping import recognise
from confdesk.imports.text import normalise
from confdesk.imports.vocabulary import interest_of


@pytest.mark.parametrize("text", ["yes", "Oui", "نعم", "x", "X", "✓", "✔", "TRUE", "1", "vrai"])
def test_yes_in_every_form(text: str) -> None:
    assert answers.truth(text) is True


@pytest.mark.parametrize("text", ["no", "NON", "لا", "", "FALSE", "0"])
def test_no_in_every_form(text: str) -> None:
    assert answers.truth(text) is False


def test_an_answer_that_is_neither_is_unknown() -> None:
    assert answers.truth("maybe") is None


@pytest.mark.parametrize(
    ("text", "interest"),
    [
        ("Roundtable 1", ("roundtable_speaker", 1)),
        ("Table ronde 3", ("roundtable_speaker", 3)),
        ("المائدة المستديرة الثانية", ("roundtable_speaker", 2)),
        ("Speaker at the second roundtable", ("roundtable_speaker", 2)),
        ("Rapporteur", ("rapporteur", None)),
        ("مقرر", ("rapporteur", None)),
        ("Orateur en plénière", ("plenary_speaker", None)),
        ("Discussion ouverte", ("open_discussion", None)),
        ("Lunch", None),
    ],
)
def test_interests_named_in_three_languages(text: str, interest) -> None:
    assert interest_of(text) == interest


def test_list_of_choices_in_one_cell() -> None:
    assert [interest_of(choice) for choice in answers.choices("Roundtable 1; Rapporteur")] == [
        ("roundtable_speaker", 1),
        ("rapporteur", None),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lebanon", "LB"),
        ("Liban", "LB"),
        ("لبنان", "LB"),
        ("lb", "LB"),
        ("LBN", "LB"),
        ("Algérie", "DZ"),
        ("algerie", "DZ"),
        ("الجزائر", "DZ"),
        ("Palestine", "PS"),
        ("الإمارات العربية المتحدة", "AE"),
        ("Maroc", "MA"),
        ("Atlantis", None),
    ],
)
def test_countries_from_names_and_codes(text: str, code: str | None) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("First Name", "first_name"),
        ("prénom", "first_name"),
        ("الاسم الأول", "first_name"),
        ("Email Address", "email"),
        ("E-mail", "email"),
        ("البريد الالكتروني", "email"),
        ("Affiliation", "organisation"),
        ("الجهة", "organisation"),
        ("Position", "job_title"),
        ("Registration date", "registered_at"),
        ("Table ronde 4", "interest:roundtable:4"),
        ("Favourite colour", None),
    ],
)
def test_headers_recognised(header: str, target: str | None) -> None:
    assert recognise(header) == target


def test_normalise_folds_tashkeel_hamza_and_accents() -> None:
    assert normalise("البَرِيدُ الإلِكْتروني") == normalise("البريد الالكتروني")
    assert normalise("  Prénom ") == "prenom"


def test_groups_genders_and_dates() -> None:
    zone = ZoneInfo("Asia/Beirut")
    assert answers.group("Société civile") == "civil_society"
    assert answers.group("الشباب") == "youth"
    assert answers.gender("أنثى") == "female" and answers.gender("Homme") == "male"
    assert answers.language("arabe") == "ar" and answers.language("Français") == "fr"
    assert answers.when("20/01/2021 10:00", zone) == datetime(2021, 1, 20, 10, 0, tzinfo=zone)
    assert answers.when("not a date", zone) is None
