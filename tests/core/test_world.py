"""Country and language names come from Babel in each language."""

from confdesk import world
from confdesk.model import LocalText


def test_country_names_in_three_languages():
    assert world.country_name("JO", "ar") == "الأردن"
    assert world.country_name("JO", "fr") == "Jordanie"
    assert world.country_name("JO", "en") == "Jordan"


def test_country_and_language_checks():
    assert world.is_country("LB") and not world.is_country("XX") and not world.is_country("lb")
    assert world.is_language("ar") and world.is_language("ar-LB") and not world.is_language("xx-")
    assert world.is_timezone("Africa/Casablanca") and not world.is_timezone("../etc/passwd")
    assert len(world.ARAB_STATES) == 22


def test_local_text_falls_back_in_order():
    text = LocalText(en="Opening", fr="Ouverture")
    assert text.get("ar") == "Opening"
    assert text.get("fr") == "Ouverture"
    assert text.get("ar", fallback=("fr", "en")) == "Ouverture"
    assert LocalText().get("en") == ""
