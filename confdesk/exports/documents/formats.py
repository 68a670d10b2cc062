"""Dates, times, numbers and names in a document's language, all formatted by Babel.

Arabic documents choose their digits: Western (``latn``, what Babel's ``ar`` locale writes) or
Arabic-Indic (``arab``). Babel formats dates with the locale's own digits only, so the chosen
digits are applied to Babel's output; user text (links, meeting ids) keeps its digits.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, get_timezone_location
from babel.lists import format_list
from babel.numbers import format_decimal

from confdesk.model.house_style import HouseStyle
from confdesk.world import country_name, language_name

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGITS = ("latn", "arab")


#: Arabic month names by house style (:data:`confdesk.model.house_style.AR_MONTHS`); the
#: standard names are Babel's own.
AR_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "levant": (
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
        "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
        "كانون الأول/ديسمبر",
    ),
    "maghreb": (
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
}  # fmt: skip


def left_to_right(text: str) -> str:
    """``text`` isolated left to right (LRI … PDI): a link, a meeting ID or a passcode reads the
    same in an Arabic line ("801 2021 011" is not turned into "011 2021 801"), while the line
    around it keeps the document's direction and alignment. Empty stays empty."""
    return f"\u2066{text}\u2069" if text else ""


class Formats:
    def __init__(self, lang: str, digits: str = "latn", style: HouseStyle = HouseStyle()) -> None:
        if digits not in DIGITS:
            raise ValueError(f"digits must be one of {', '.join(DIGITS)}")
        self.lang = lang
        self.locale = Locale.parse(lang)
        self.digits = digits
        self.style = style

    def _digits(self, text: str) -> str:
        return text.translate(_ARABIC_INDIC) if self.digits == "arab" else text

    def day(self, value: date) -> str:
        """The full date in the house style: "Wednesday, 24 February 2021" (UN English),
        "mercredi 24 février 2021", "الأربعاء، 24 شباط/فبراير 2021" (Levant)."""
        return self._digits(format_date(value, self._pattern(value, full=True), locale=self.locale))

    def long_date(self, value: date) -> str:
        """ "24 February 2021", "24 février 2021", "24 شباط/فبراير 2021"."""
        return self._digits(format_date(value, self._pattern(value, full=False), locale=self.locale))

    def _pattern(self, value: date, *, full: bool) -> str:
        """A Babel date pattern (or format name) for the language and house style."""
        if self.locale.language == "en" and self.style.en_dates == "un":
            return "EEEE, d MMMM y" if full else "d MMMM y"
        months = AR_MONTH_NAMES.get(self.style.ar_months) if self.locale.language == "ar" else None
        if months is None:
            return "full" if full else "long"
        month = months[value.month - 1].replace("'", "''")
        return f"EEEE، d '{month}' y" if full else f"d '{month}' y"

    def time(self, moment: datetime, zone: ZoneInfo) -> str:
        return self._digits(format_skeleton("Hm", moment.astimezone(zone), locale=self.locale))

    def times(self, start: datetime, end: datetime, zone: ZoneInfo, day: date | None = None) -> str:
        """A time range in the short style everywhere, "10:00–11:30". A time on another day
        than ``day`` (the day the reader is looking at; the start's own day by default) says
        by how many days: "23:15–00:45 (+1)" crosses midnight, "00:15–01:45 (+1)" falls after
        it in a zone ahead of the conference, "23:00 (−1)–00:30" starts the evening before."""
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
        reference = day or local_start.date()
        before, after = (local_start.date() - reference).days, (local_end.date() - reference).days
        if before == after == 0:
            return self._digits(format_interval(local_start, local_end, "Hm", tzinfo=zone, locale=self.locale))
        first = self._mark(self.time(start, zone), 0 if before == after else before)
        last = self._mark(self.time(end, zone), after)
        return f"{first}{self._range_separator()}{last}"

    def _range_separator(self) -> str:
        """What the locale puts between two times of a range ("–", with thin spaces in English
        and French), taken from Babel's own range so both styles match."""
        one, two = datetime(2000, 1, 1, 9), datetime(2000, 1, 1, 10)
        shown = format_interval(one, two, "Hm", locale=self.locale)
        return shown[
            len(format_skeleton("Hm", one, locale=self.locale)) : -len(format_skeleton("Hm", two, locale=self.locale))
        ]

    def _mark(self, clock: str, days: int) -> str:
        if not days:
            return clock
        sign = "+" if days > 0 else "\u2212"
        return f"{clock} ({sign}{self.number(abs(days))})"

    def number(self, value: int) -> str:
        return self._digits(format_decimal(value, locale=self.locale))

    def code(self, text: str) -> str:
        """A code typed by the team ("5", "2.1") in the document's digits."""
        return self._digits(text)

    def numbers(self, values: list[int] | tuple[int, ...]) -> str:
        return self.join([self.number(value) for value in values])

    def join(self, items: list[str]) -> str:
        """ "Arabic, English and French": UN English has no serial comma (US style keeps it)."""
        if self.locale.language == "en" and self.style.en_dates == "un" and len(items) > 2:
            return f"{', '.join(items[:-1])} and {items[-1]}"
        return format_list(items, locale=self.locale) if items else ""

    def zone(self, zone: ZoneInfo) -> str:
        """The place that names a zone: "Beirut", "بيروت"."""
        return get_timezone_location(zone, locale=self.locale, return_city=True)

    def offset(self, zone: ZoneInfo, moment: datetime) -> str:
        delta = moment.astimezone(zone).utcoffset()
        minutes = int(delta.total_seconds() // 60) if delta else 0
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        # Isolated left to right, or the bidi algorithm would print "UTC+٢" as "٢+UTC".
        offset = self._digits(f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else ""))
        return f"\u2066{offset}\u2069"

    def language(self, code: str) -> str:
        return language_name(code, self.lang)

    def country(self, code: str) -> str:
        return country_name(code, self.lang) if code else ""
