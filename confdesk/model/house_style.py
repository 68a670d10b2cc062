"""A conference's house style for its printed documents, per language: how English writes
dates, which Arabic month names its readers use, which digits Arabic documents print.

Kept in the conference's settings as ``{"house_style": {"en": {"dates": "un"}, "ar":
{"months": "levant", "digits": "arab"}}}``; a missing value takes the default."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: English: United Nations style ("Wednesday, 24 February 2021"; "Arabic, English and French")
#: or US ("Wednesday, February 24, 2021"; "Arabic, English, and French").
EN_DATES = ("un", "us")
#: Arabic month names: as Egypt and the Gulf write them (فبراير), the Levant and Iraq's
#: double names (شباط/فبراير), or Algeria and Tunisia's (فيفري).
AR_MONTHS = ("standard", "levant", "maghreb")
#: Digits of Arabic documents: Western (0-9) or Arabic-Indic (٠-٩).
AR_DIGITS = ("latn", "arab")

_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "dates"): EN_DATES,
    ("ar", "months"): AR_MONTHS,
    ("ar", "digits"): AR_DIGITS,
}


class HouseStyleError(ValueError):
    """A house style value that is not one of its choices; ``field`` names it
    (``house_style.ar.months``)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class HouseStyle:
    en_dates: str = "un"
    ar_months: str = "standard"
    ar_digits: str = "latn"

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None) -> HouseStyle:
        """The house style a conference's ``settings`` hold; :class:`HouseStyleError` names
        the first value that is not one of its choices."""
        section = (settings or {}).get("house_style") or {}
        if not isinstance(section, Mapping):
            raise HouseStyleError("house_style: expected an object per language", "house_style")
        values: dict[str, str] = {}
        for lang, entries in section.items():
            if not isinstance(entries, Mapping):
                raise HouseStyleError(f"house_style.{lang}: expected an object", f"house_style.{lang}")
            for key, value in entries.items():
                field = f"house_style.{lang}.{key}"
                choices = _CHOICES.get((str(lang), str(key)))
                if choices is None:
                    known = ", ".join(f"{lang}.{key}" for lang, key in _CHOICES)
                    raise HouseStyleError(f"{field}: not a house style setting (there are {known})", field)
                if value not in choices:
                    raise HouseStyleError(f"{field}: {value!r} is not one of {', '.join(choices)}", field)
                values[f"{lang}_{key}"] = value
        return cls(**values)

    def to_settings(self) -> dict[str, dict[str, str]]:
        """The non-default values, as ``settings["house_style"]`` holds them."""
        default = HouseStyle()
        section: dict[str, dict[str, str]] = {}
        for lang, key in _CHOICES:
            value = getattr(self, f"{lang}_{key}")
            if value != getattr(default, f"{lang}_{key}"):
                section.setdefault(lang, {})[key] = value
        return section
