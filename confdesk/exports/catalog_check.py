"""What a translator checks after editing a catalog of document wording.

Run ``python -m confdesk.exports.catalog_check`` (or ``… fr`` for one language): it prints one
line per problem, naming the file and entry, and exits non-zero when there is any. The tests
run the same checks.
"""

from __future__ import annotations

import re
import string
import sys
from importlib.resources.abc import Traversable

from babel.messages.catalog import Catalog, Message
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from confdesk.exports.wording import DOMAIN, LOCALE, SOURCE, languages, po_file

#: The start of the comment that shows a translator the English text of an entry.
ENGLISH = "English: "

Key = tuple[str | None, str]
_NAMED = re.compile(r"\{(\w+)\}")


def read(lang: str, locale: Traversable = LOCALE) -> Catalog:
    with po_file(lang, locale).open("rb") as po:
        return read_po(po, locale=lang, domain=DOMAIN)


def key_of(message: Message) -> Key:
    return message.context, message.id if isinstance(message.id, str) else message.id[0]


def forms(message: Message) -> tuple[str, ...]:
    text = message.string
    return (text,) if isinstance(text, str) else tuple(text or ())


def _flat(text: str) -> str:
    return " ".join(text.split())


def english_shown(message: Message) -> list[str]:
    """The English text an entry's "English:" comments show, one per form, in flat spacing
    (a .po editor may wrap comments; they come last among the entry's notes)."""
    shown: list[str] = []
    for comment in message.auto_comments:
        if comment.startswith(ENGLISH):
            shown.append(comment.removeprefix(ENGLISH))
        elif shown:
            shown[-1] += " " + comment
    return [_flat(text) for text in shown]


def placeholders(text: str) -> set[str]:
    """The ``str.format`` names in ``text``; raises ValueError when it cannot be formatted."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def entries(catalog: Catalog) -> dict[Key, Message]:
    return {key_of(message): message for message in catalog if message.id}


def _describe(key: Key) -> str:
    context, msgid = key
    return f"msgid {msgid!r}" + (f" (msgctxt {context!r})" if context else "")


def problems(lang: str, locale: Traversable = LOCALE) -> list[str]:
    """Everything wrong with one language's catalog, measured against the English one."""
    where = str(po_file(lang, locale))
    catalog = read(lang, locale)
    source = entries(read(SOURCE, locale))
    found: list[str] = []
    expected = get_plural(lang)
    if catalog.num_plurals != expected.num_plurals or catalog.plural_expr != expected.plural_expr:
        found.append(f"{where}: the Plural-Forms header should be {expected.plural_forms!r} (CLDR, from Babel)")
    translated = entries(catalog)
    for key in source.keys() - translated.keys():
        found.append(f"{where}: {_describe(key)} is missing")
    for key in translated.keys() - source.keys():
        found.append(f"{where}: {_describe(key)} is not in the English catalog (renamed or no longer used?)")
    for key, message in translated.items():
        if key not in source:
            continue
        found += [f"{where}: {_describe(key)}: {problem}" for problem in _entry_problems(lang, message, source[key])]
    return sorted(found)


def _entry_problems(lang: str, message: Message, english: Message) -> list[str]:
    found = []
    if message.fuzzy:
        found.append("is marked fuzzy: review it and remove the fuzzy flag")
    if message.pluralizable != english.pluralizable:
        found.append("should have plural forms" if english.pluralizable else "should have no plural forms")
        return found
    texts = forms(message)
    if message.pluralizable and len(texts) != get_plural(lang).num_plurals:
        found.append(f"has {len(texts)} plural forms, the language has {get_plural(lang).num_plurals}")
    if not all(texts):
        found.append("is not translated (an empty or missing msgstr)")
    # A translation may use the placeholders of the English text and those its notes name
    # ("{name} the name alone"): the code fills in all of them.
    allowed = set().union(*(placeholders(text) for text in forms(english)))
    allowed |= set(_NAMED.findall(" ".join(english.auto_comments)))
    for text in texts:
        try:
            unknown = placeholders(text) - allowed
        except ValueError as error:
            found.append(f"cannot be filled in ({error}); write a brace as {{{{ or }}}}")
            continue
        if unknown:
            found.append(f"uses {', '.join('{' + name + '}' for name in sorted(unknown))}, unknown to the English text")
    if lang != SOURCE and english_shown(message) != [_flat(text) for text in forms(english)]:
        found.append("its 'English:' comments no longer match the English text: review the translation")
    return found


def main(argv: list[str] | None = None) -> int:
    chosen = (argv if argv is not None else sys.argv[1:]) or list(languages())
    found = [problem for lang in chosen for problem in problems(lang)]
    for problem in found:
        print(problem)
    if not found:
        print(f"{', '.join(chosen)}: no problems.")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
