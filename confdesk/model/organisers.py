"""An organiser of the conference: its name in every language and, optionally, its logo, which
the documents print (the programme's cover, the letters' heading).

Stored in the conference's ``organisers`` JSON as the name's language keys, plus ``logo``:
``{"en": "League of Arab States", "logo": {"type": "image/png", "data": "<base64>"}}``."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from confdesk.model.text import LocalText

#: The image types a logo may be, as their media types.
LOGO_TYPES = ("image/png", "image/jpeg")


@dataclass(frozen=True, slots=True)
class Logo:
    media_type: str
    data: bytes

    def to_dict(self) -> dict[str, str]:
        return {"type": self.media_type, "data": base64.b64encode(self.data).decode("ascii")}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Logo:
        try:
            return cls(str(data["type"]), base64.b64decode(str(data["data"]), validate=True))
        except (KeyError, TypeError, binascii.Error) as error:
            raise ValueError(f"a logo needs a type and base64 data ({error})") from None


@dataclass(frozen=True, slots=True)
class Organiser:
    name: LocalText = LocalText()
    logo: Logo | None = None

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = self.name.to_dict()
        if self.logo is not None:
            record["logo"] = self.logo.to_dict()
        return record

    @classmethod
    def from_dict(cls, data: dict[str, Any] | LocalText | Organiser | None) -> Organiser:
        if isinstance(data, Organiser):
            return data
        if isinstance(data, LocalText):
            return cls(data)
        names = {key: value for key, value in (data or {}).items() if key != "logo"}
        logo = (data or {}).get("logo")
        return cls(LocalText.from_dict(names), Logo.from_dict(logo) if logo else None)
