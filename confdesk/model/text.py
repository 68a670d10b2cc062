"""Text that a user reads, held in every conference language."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

#: The languages ConfDesk writes documents in, in the default fallback order.
LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")


@dataclass(frozen=True, slots=True)
class LocalText:
    """One piece of user-visible text in Arabic, English and French.

    ``get`` falls back through the other languages so a title typed only in English still
    shows in an Arabic programme rather than leaving a hole.
    """

    ar: str = ""
    en: str = ""
    fr: str = ""

    def get(self, lang: str, fallback: tuple[str, ...] = LANGUAGES) -> str:
        base = lang.split("-")[0].split("_")[0]
        for code in (base, *fallback):
            value = getattr(self, code, "") if code in ("ar", "en", "fr") else ""
            if value:
                return value
        return ""

    def has(self, lang: str) -> bool:
        return bool(getattr(self, lang, ""))

    def with_(self, lang: str, value: str) -> LocalText:
        return replace(self, **{lang: value})

    def is_empty(self) -> bool:
        return not (self.ar or self.en or self.fr)

    def to_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    @classmethod
    def from_dict(cls, data: dict[str, str] | None) -> LocalText:
        if not data:
            return cls()
        unknown = set(data) - {"ar", "en", "fr"}
        if unknown:
            raise ValueError(f"unknown language(s) {', '.join(sorted(unknown))}")
        return cls(**{k: str(v) for k, v in data.items()})

    def __str__(self) -> str:
        return self.get("en")
