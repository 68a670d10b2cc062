"""House style per language: English dates in UN or US style, Arabic month names as the
conference's readers write them, Arabic digits; set in the conference, printed by every
document, refused with the setting named when a value is not one of its choices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from documents_pdf import pages_text

from confdesk.exports.documents import DocumentOptions, build_document
from confdesk.exports.documents.formats import Formats
from confdesk.model.house_style import HouseStyle, HouseStyleError
from confdesk.services import errors, update_conference
from confdesk.services.conference import conference_data

DAY = date(2021, 2, 24)


@pytest.mark.parametrize(
    ("lang", "style", "full", "long"),
    [
        ("en", HouseStyle(), "Wednesday, 24 February 2021", "24 February 2021"),
        ("en", HouseStyle(en_dates="us"), "Wednesday, February 24, 2021", "February 24, 2021"),
        ("ar", HouseStyle(), "الأربعاء، 24 فبراير 2021", "24 فبراير 2021"),
        ("ar", HouseStyle(ar_months="levant"), "الأربعاء، 24 شباط/فبراير 2021", "24 شباط/فبراير 2021"),
        ("ar", HouseStyle(ar_months="maghreb"), "الأربعاء، 24 فيفري 2021", "24 فيفري 2021"),
        ("fr", HouseStyle(en_dates="us", ar_months="levant"), "mercredi 24 février 2021", "24 février 2021"),
    ],
)
def test_dates_follow_the_house_style_of_their_language(lang, style, full, long):
    formats = Formats(lang, "latn", style)
    assert formats.day(DAY) == full and formats.long_date(DAY) == long


def test_every_levant_month_has_its_two_names():
    formats = Formats("ar", "arab", HouseStyle(ar_months="levant"))
    months = [formats.long_date(date(2021, month, 1)).split(" ", 1)[1].rsplit(" ", 1)[0] for month in range(1, 13)]
    assert months[0] == "كانون الثاني/يناير" and months[11] == "كانون الأول/ديسمبر"
    assert all("/" in month for month in months)
    assert formats.long_date(DAY).startswith("٢٤ ")


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"house_style": {"en": {"dates": "uk"}}}, "house_style.en.dates"),
        ({"house_style": {"ar": {"months": "iraq"}}}, "house_style.ar.months"),
        ({"house_style": {"ar": {"font": "naskh"}}}, "house_style.ar.font"),
        ({"house_style": {"fr": "yes"}}, "house_style.fr"),
        ({"house_style": ["un"]}, "house_style"),
    ],
)
def test_a_value_not_among_the_choices_is_refused_naming_it(settings, field):
    with pytest.raises(HouseStyleError) as refused:
        HouseStyle.from_settings(settings)
    assert refused.value.field == field and str(refused.value).startswith(field)


def test_the_conference_refuses_a_bad_house_style_and_keeps_its_own(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        from confdesk.model import Conference

        before = conference_data(db.get(Conference, conference_id))
    bad = {**before.settings, "house_style": {"ar": {"digits": "roman"}}}
    with pytest.raises(errors.ValidationError, match=r"house_style\.ar\.digits") as refused, demo_store.unit() as db:
        update_conference(db, conference_id, settings=bad)
    assert refused.value.field == "house_style.ar.digits"
    with demo_store.reader() as db:
        assert conference_data(db.get(Conference, conference_id)) == before


def test_the_printed_programme_follows_the_conference_house_style(conference):
    us = replace(conference, house_style=HouseStyle(en_dates="us"))
    assert "Wednesday, February 24, 2021" in pages_text(build_document("programme", us, DocumentOptions(lang="en")))
    assert "Wednesday, 24 February 2021" in pages_text(build_document("programme", conference, DocumentOptions()))


def test_arabic_documents_take_the_house_digits_unless_the_export_chooses(conference):
    indic = replace(conference, house_style=HouseStyle(ar_digits="arab"))
    from confdesk.exports.documents.page import Writer

    assert Writer(indic, DocumentOptions(lang="ar")).formats.digits == "arab"
    assert Writer(indic, DocumentOptions(lang="ar", digits="latn")).formats.digits == "latn"
    assert Writer(indic, DocumentOptions(lang="en")).formats.digits == "latn"
    assert Writer(conference, DocumentOptions(lang="ar")).formats.digits == "latn"


def test_un_english_lists_have_no_serial_comma_and_us_english_keeps_it():
    items = ["Arabic", "English", "French"]
    assert Formats("en", "latn", HouseStyle()).join(items) == "Arabic, English and French"
    assert Formats("en", "latn", HouseStyle(en_dates="us")).join(items) == "Arabic, English, and French"
    assert Formats("en").join(["Arabic", "English"]) == "Arabic and English"
    assert Formats("fr").join(items) == "Arabic, English et French"
