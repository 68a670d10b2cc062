"""Refresh the Qt Linguist translations from the code and the phrase books, then compile them.

    python translations/refresh.py               # new and unfinished messages from the books
    python translations/refresh.py --from-books  # the books win over the .ts (bulk edits)

The ``.ts`` files are the source a translator edits in Qt Linguist; the phrase books are how the
team adds many phrases at once. A refresh never undoes a translator's work:

1. ``pyside6-lupdate`` scans every ``.py`` file under ``ui/`` into ``translations/confdesk_ar.ts``
   and ``confdesk_fr.ts``, and the plural messages (``%n``) into ``confdesk_en.ts`` for their
   English forms. New source texts come in unfinished; translations already in the
   ``.ts`` stay (a text the code turned into a plural comes in again, unfinished); messages no
   longer in the code are dropped.
2. A message that is already translated and finished in the ``.ts`` keeps its translation.
   Only new or unfinished messages are filled from the JSON phrase books
   ``translations/phrases/*.json`` and marked finished. With ``--from-books`` a phrase in a book
   replaces the ``.ts`` translation too; without it, a finished translation that differs from its
   book is kept and reported as ``kept<TAB>lang<TAB>context<TAB>text`` on standard error (edit the
   book or pass ``--from-books`` if the book is right).

   A phrase book maps a translation context (the class name for ``self.tr``, or the first
   argument of ``QCoreApplication.translate``) to source texts and their translations::

       {
         "MainWindow": {
           "&File": {"ar": "&ملف", "fr": "&Fichier"},
           "Opened %1": {"ar": "فُتح %1", "fr": "%1 ouvert"},
           "%n sessions": {"ar": ["لا جلسات", "جلسة واحدة", "جلستان", "%n جلسات", "%n جلسة", "%n جلسة"],
                           "fr": ["%n session", "%n sessions"]}
         },
         "*": {
           "Cancel": {"ar": "إلغاء", "fr": "Annuler"}
         }
       }

   The context ``"*"`` holds texts that read the same in every context; a text under its own
   context wins over ``"*"``. Books are read in name order; a later book wins on a clash of the
   same text in the same language (so one book may add English plural forms to another's). Each
   helper keeps its own book (``shell.json`` is the main window's).

   A plural text (``self.tr("… %n …", "", n)``) takes a list of forms in the order Qt counts
   them: English one, other; French one (0 and 1), other; Arabic zero, one, two, few (3–10), many (11–99),
   other (100–102…). A list with another number of forms is an error. Arabic forms write
   ``%Ln`` for the count, so it takes the digits the interface shows (``ui/i18n.py``).
3. ``pyside6-lrelease`` compiles the ``.qm`` files the application loads.
4. Every source text still without a finished translation is printed as
   ``lang<TAB>context<TAB>text`` and the script exits with status 1, so a missing phrase cannot
   go unnoticed (``tests/ui/test_translations_complete.py`` fails on it as well).
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: ``confdesk_en.ts`` holds only the plural messages: English is the source language, but "%n
#: days left" still needs its "1 day left".
LANGUAGES = ("ar", "en", "fr")
#: How many plural forms Qt counts for each language (``QLocale`` numerus rules).
PLURAL_FORMS = {"ar": 6, "en": 2, "fr": 2}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"refresh.py: error: {name} not found (it comes with PySide6-Essentials)")
    return found


#: A translation: a text, or for a plural message its forms.
Phrase = str | list[str]
Books = dict[str, dict[str, dict[str, Phrase]]]


def phrase_books() -> Books:
    merged: Books = {}
    for book in sorted((HERE / "phrases").glob("*.json")):
        try:
            data = json.loads(book.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            sys.exit(f"refresh.py: error: {book.name} line {error.lineno}: {error.msg}")
        for context, texts in data.items():
            for source, entry in texts.items():
                for lang, phrase in entry.items():
                    if isinstance(phrase, list) and len(phrase) != PLURAL_FORMS.get(lang, len(phrase)):
                        sys.exit(
                            f"refresh.py: error: {book.name}: {context} “{source}” has {len(phrase)} {lang} "
                            f"forms, Qt counts {PLURAL_FORMS[lang]}"
                        )
                merged.setdefault(context, {}).setdefault(source, {}).update(entry)
    return merged


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def scan(lang: str, folder: Path) -> Path:
    """A fresh ``.ts`` of every message in the code, written in ``folder``. Merging into the old
    file is done by ``fill``: lupdate's own merge keeps a message plain after the code made it a
    plural (``self.tr("%n …", "", n)``)."""
    fresh = folder / f"confdesk_{lang}.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            *(["-pluralonly"] if lang == "en" else []),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return fresh


Key = tuple[str, str, str]


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _current(message: ET.Element, translation: ET.Element) -> Phrase | None:
    """The message's finished translation, or None if it has none yet."""
    if translation.get("type"):
        return None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return forms if forms and all(forms) else None
    return translation.text or None


def _write(message: ET.Element, translation: ET.Element, text: Phrase) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        translation.text = None
        for stale in list(translation):
            translation.remove(stale)
        for form in text if isinstance(text, list) else [text]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[-1]


def _carry(message: ET.Element, old: ET.Element) -> None:
    """Put the old file's translation (and the translator's comment) on the fresh message."""
    for tag in ("translatorcomment", "translation"):
        for stale in message.findall(tag):
            message.remove(stale)
        for carried in old.findall(tag):
            message.append(copy.deepcopy(carried))


def fill(
    ts: Path, fresh: Path, lang: str, books: Books, *, from_books: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Write ``ts``: the messages of ``fresh`` with the translations ``ts`` already holds, the
    rest from ``books``. Returns the messages still missing and those whose finished
    translation was kept although the book says otherwise."""
    tree = ET.parse(fresh)
    previous = _messages(ET.parse(ts).getroot()) if ts.exists() else {}
    missing: list[tuple[str, str]] = []
    kept: list[tuple[str, str]] = []
    for key, message in _messages(tree.getroot()).items():
        name, source, _comment = key
        old = previous.get(key)
        if old is not None and old.get("numerus") == message.get("numerus"):
            _carry(message, old)
        text = books.get(name, {}).get(source, {}).get(lang) or books.get("*", {}).get(source, {}).get(lang, "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        current = _current(message, translation)
        if current is not None and not (from_books and text):
            if text and text != current:
                kept.append((name, source))
            continue
        if not text:
            translation.set("type", "unfinished")
            missing.append((name, source))
            continue
        _write(message, translation, text)
    ET.indent(tree)
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing, kept


def release(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from-books",
        action="store_true",
        help="let the phrase books replace finished translations in the .ts files (bulk edits)",
    )
    options = parser.parse_args(argv)
    books = phrase_books()
    untranslated = kept_total = 0
    for lang in LANGUAGES:
        ts = HERE / f"confdesk_{lang}.ts"
        with tempfile.TemporaryDirectory() as folder:
            missing, kept = fill(ts, scan(lang, Path(folder)), lang, books, from_books=options.from_books)
        release(ts)
        for context, source in kept:
            print(f"kept\t{lang}\t{context}\t{source}", file=sys.stderr)
        for context, source in missing:
            print(f"{lang}\t{context}\t{source}")
        untranslated += len(missing)
        kept_total += len(kept)
    if kept_total:
        print(
            f"refresh.py: kept {kept_total} finished translations that differ from the phrase books "
            "(the .ts is the translator's); run with --from-books to take the books' instead",
            file=sys.stderr,
        )
    if untranslated:
        print(f"refresh.py: {untranslated} source texts have no translation yet", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
