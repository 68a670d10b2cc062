"""The choices a person makes when exporting a document, checked once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.pagesizes import A4, LETTER

from confdesk.errors import ConfDeskError
from confdesk.exports.documents.formats import DIGITS
from confdesk.exports.wording import languages
from confdesk.world import is_timezone

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
LANGUAGES = languages()
#: The ``lang`` of letters written each in its person's own language.
EACH_PERSON = "person"


class DocumentError(ConfDeskError):
    """A document cannot be built with the options given; the message says why."""


@dataclass(frozen=True)
class DocumentOptions:
    lang: str = "en"
    paper: str = "a4"
    #: Extra IANA zones: the programme adds a time column for each.
    zones: tuple[str, ...] = ()
    #: "latn" (0-9) or "arab" (Arabic-Indic digits), for dates, times and page numbers; ""
    #: follows the conference's house style (Arabic documents) or writes 0-9.
    digits: str = ""
    #: A draft programme also lists proposed speakers and says "Draft" on every page.
    draft: bool = False
    #: The date printed on letters; today when not given.
    letter_date: date | None = None
    #: The date invited speakers are asked to confirm by; a week before their part starts
    #: when not given.
    confirm_by: date | None = None

    def checked(self) -> DocumentOptions:
        if self.lang not in LANGUAGES and self.lang != EACH_PERSON:
            raise DocumentError(
                f"Documents are written in {', '.join(LANGUAGES)} (letters also in '{EACH_PERSON}', "
                f"each person's own), not '{self.lang}'."
            )
        if self.paper not in PAPERS:
            raise DocumentError(f"Paper must be one of {', '.join(PAPERS)}, not '{self.paper}'.")
        if self.digits and self.digits not in DIGITS:
            raise DocumentError(f"Digits must be one of {', '.join(DIGITS)}, not '{self.digits}'.")
        for zone in self.zones:
            if not is_timezone(zone):
                raise DocumentError(f"'{zone}' is not a time zone name such as Africa/Casablanca.")
        return self

    def for_person(self, language: str, fallback: tuple[str, ...]) -> DocumentOptions:
        """These options for one person's letter: in their language when documents are written
        in it, else in the first of ``fallback`` (the conference's languages) that is."""
        if self.lang != EACH_PERSON:
            return self
        base = language.split("-")[0].split("_")[0].lower()
        chosen = next((code for code in (base, *fallback, "en") if code in LANGUAGES), "en")
        return replace(self, lang=chosen)

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    @property
    def pagesize(self) -> tuple[float, float]:
        return PAPERS[self.paper]
