"""A conference's framework of themes: what its sessions deal with, each theme a code and a
label in every language (the 23 objectives of a migration compact, the 17 development goals, or
a list the team makes). Sessions refer to themes by code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confdesk.model.text import LocalText


@dataclass(frozen=True, slots=True)
class Theme:
    code: str
    label: LocalText = LocalText()

    def caption(self, lang: str) -> str:
        """ "5. Enhance availability…": the code, then the label where there is one."""
        label = self.label.get(lang)
        return f"{self.code}. {label}" if label else self.code


@dataclass(frozen=True, slots=True)
class ThemeFramework:
    """The list a conference's themes come from, under a name ("GCM objectives")."""

    name: LocalText = LocalText()
    themes: tuple[Theme, ...] = ()

    def find(self, code: str) -> Theme | None:
        return next((theme for theme in self.themes if theme.code == code), None)

    def codes(self) -> tuple[str, ...]:
        return tuple(theme.code for theme in self.themes)

    def chosen(self, codes: tuple[str, ...] | list[str]) -> tuple[Theme, ...]:
        """The themes with these codes, in the framework's order; an unknown code stands as a
        theme with no label (a file edited by hand still shows what it holds)."""
        wanted = set(codes)
        known = tuple(theme for theme in self.themes if theme.code in wanted)
        unknown = tuple(Theme(code) for code in codes if self.find(code) is None)
        return known + unknown

    def is_empty(self) -> bool:
        return not self.themes and self.name.is_empty()

    def to_dict(self) -> dict[str, Any]:
        if self.is_empty():
            return {}
        return {
            "name": self.name.to_dict(),
            "themes": [{"code": theme.code, "label": theme.label.to_dict()} for theme in self.themes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ThemeFramework:
        if not data:
            return cls()
        themes = tuple(
            Theme(str(item["code"]), LocalText.from_dict(item.get("label"))) for item in data.get("themes", ())
        )
        return cls(LocalText.from_dict(data.get("name")), themes)
