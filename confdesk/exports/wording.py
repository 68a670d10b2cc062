"""The wording of every document the conference sends, from gettext catalogs.

Printed documents (programme, agenda, logistics note, participant list, letters), calendar
events and invitation e-mails are written for participants in the document's language, whatever
language the application runs in, so their words live in one gettext catalog per language,
``confdesk/exports/locale/<lang>/LC_MESSAGES/documents.po``, and not in Qt's translation files.
A translator corrects the wording there without touching code (docs/translating.md).

Message ids are keys (``"letter_invited"``, ``"moderator"``); the English catalog holds the
source text. Message contexts carry the grammar:

- ``role|female``, ``role|male``, ``role|neutral``: a role as a label ("Modératrice");
- ``as role|…``: a role inside a sentence ("en qualité d'oratrice principale");
- ``female``, ``male``, ``neutral``: a phrase that agrees with its person (the salutation);
- ``kind``, ``group``: session kinds and stakeholder groups;
- ``invitation`` (and ``invitation|female`` …): calendar events and invitation e-mails.

Plural entries carry every form of the language's CLDR plural rule (the Plural-Forms header is
Babel's). Placeholders use ``str.format`` names.

The ``.po`` files are compiled in memory when first used (Babel reads them, the standard
:mod:`gettext` looks words up), so there is no ``.mo`` file to keep in step with them.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from confdesk.model import Gender

DOMAIN = "documents"
#: The language the keys are worded in first; a translation that lacks an entry falls back to it.
SOURCE = "en"
LOCALE: Traversable = resources.files("confdesk.exports") / "locale"


class MissingWording(LookupError):
    """The code asks for a phrase that the source catalog does not hold (a programming error:
    every key the code uses has an English entry)."""


def po_file(lang: str, locale: Traversable = LOCALE) -> Traversable:
    return locale / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def languages() -> tuple[str, ...]:
    """The languages documents are written in: one per catalog shipped."""
    return tuple(sorted(entry.name for entry in LOCALE.iterdir() if po_file(entry.name).is_file()))


def grammatical_gender(gender: str | None) -> str:
    """The form a phrase takes for a person: female or male when they said so, neutral when
    their gender is unknown or another one."""
    return gender if gender in (Gender.FEMALE, Gender.MALE) else "neutral"


@dataclass(frozen=True)
class _Catalog:
    translations: gettext.GNUTranslations
    #: (context, key) of every entry translated and not fuzzy.
    keys: frozenset[tuple[str | None, str]]


@cache
def _catalog(lang: str) -> _Catalog:
    with po_file(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    mo = io.BytesIO()
    write_mo(mo, catalog)  # leaves out fuzzy and untranslated entries
    mo.seek(0)
    translations = gettext.GNUTranslations(mo)
    if lang != SOURCE:
        translations.add_fallback(_catalog(SOURCE).translations)
    keys = frozenset(
        (message.context, message.id if isinstance(message.id, str) else message.id[0])
        for message in catalog
        if message.id and message.string and not message.fuzzy
    )
    return _Catalog(translations, keys)


class Wording:
    """The phrases of one language, filled in with ``str.format`` values.

    ``context`` names the family of the plain phrases (``"invitation"`` for calendar events and
    e-mails; none for printed documents); roles, kinds and groups are shared by all.
    """

    def __init__(self, lang: str, context: str | None = None) -> None:
        self.lang, self.context = lang, context
        self._catalog = _catalog(lang)
        self._source = _catalog(SOURCE)

    def __call__(self, key: str, **values: object) -> str:
        return self._phrase(self.context, key).format(**values)

    def gendered(self, key: str, gender: str | None, **values: object) -> str:
        """A phrase that agrees with the person it speaks to or of (``gender`` as stored)."""
        context = "|".join(part for part in (self.context, grammatical_gender(gender)) if part)
        return self._phrase(context, key).format(**values)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The form of the phrase for ``count`` by the language's plural rule; ``values`` hold
        the number as printed (digits chosen by the document)."""
        self._require(self.context, key)
        if self.context is None:
            phrase = self._catalog.translations.ngettext(key, key, count)
        else:
            phrase = self._catalog.translations.npgettext(self.context, key, key, count)
        return phrase.format(**values)

    def role(self, code: str, gender: str | None = None) -> str:
        """A role as a label: at the start of a line or in a table cell."""
        return self._word(f"role|{grammatical_gender(gender)}", code)

    def as_role(self, code: str, gender: str | None = None) -> str:
        """A role inside a sentence, with its preposition: "as rapporteur"."""
        return self._word(f"as role|{grammatical_gender(gender)}", code)

    def kind(self, code: str) -> str:
        return self._word("kind", code)

    def group(self, code: str) -> str:
        return self._word("group", code)

    def _require(self, context: str | None, key: str) -> None:
        if (context, key) not in self._source.keys:
            where = f" in context {context!r}" if context else ""
            raise MissingWording(f"No wording {key!r}{where} in {po_file(SOURCE)}")

    def _phrase(self, context: str | None, key: str) -> str:
        self._require(context, key)
        translations = self._catalog.translations
        return translations.gettext(key) if context is None else translations.pgettext(context, key)

    def _word(self, context: str, code: str) -> str:
        """A code's word; a code no catalog knows (data from a newer version, say) prints as is."""
        if (context, code) not in self._source.keys:
            return code
        return self._catalog.translations.pgettext(context, code)
