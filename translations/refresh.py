"""Refresh the Qt Linguist translations from the code and the phrase books, then compile them.

    python translations/refresh.py

1. ``pyside6-lupdate`` scans every ``.py`` file under ``ui/`` into ``translations/confdesk_ar.ts``
   and ``confdesk_fr.ts`` (messages no longer in the code are dropped).
2. Every message is filled from the JSON phrase books ``translations/phrases/*.json`` and marked
   finished. A phrase book maps a translation context (the class name for ``self.tr``, or the
   first argument of ``QCoreApplication.translate``) to source texts and their translations::

       {
         "MainWindow": {
           "&File": {"ar": "&ملف", "fr": "&Fichier"},
           "Opened %1": {"ar": "فُتح %1", "fr": "%1 ouvert"}
         },
         "*": {
           "Cancel": {"ar": "إلغاء", "fr": "Annuler"}
         }
       }

   The context ``"*"`` holds texts that read the same in every context; a text under its own
   context wins over ``"*"``. Books are read in name order; a later book wins on a clash. Each
   helper keeps its own book (``shell.json`` is the main window's).
3. ``pyside6-lrelease`` compiles the ``.qm`` files the application loads.
4. Every source text still without a translation is printed as ``lang<TAB>context<TAB>text`` and
   the script exits with status 1, so a missing phrase cannot go unnoticed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("ar", "fr")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"refresh.py: error: {name} not found (it comes with PySide6-Essentials)")
    return found


#: A translation: a text, or for a plural message its forms (see ``fill``).
Phrase = str | list[str]


def phrase_books() -> dict[str, dict[str, dict[str, Phrase]]]:
    merged: dict[str, dict[str, dict[str, Phrase]]] = {}
    for book in sorted((HERE / "phrases").glob("*.json")):
        try:
            data = json.loads(book.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            sys.exit(f"refresh.py: error: {book.name} line {error.lineno}: {error.msg}")
        for context, texts in data.items():
            merged.setdefault(context, {}).update(texts)
    return merged


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def update(ts: Path, lang: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(ts: Path, lang: str, books: dict[str, dict[str, dict[str, Phrase]]]) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            entry = books.get(name, {}).get(source) or books.get("*", {}).get(source) or {}
            text = entry.get(lang, "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if not text:
                translation.set("type", "unfinished")
                missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                # A plural text (``self.tr("… %n …", "", n)``) takes a list of forms in the
                # order Qt counts them: French one, other; Arabic zero, one, two, few, many, other.
                translation.text = None
                for form in list(translation):
                    translation.remove(form)
                for form in text if isinstance(text, list) else [text]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[-1]
    ET.indent(tree)
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def release(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    books = phrase_books()
    untranslated = 0
    for lang in LANGUAGES:
        ts = HERE / f"confdesk_{lang}.ts"
        update(ts, lang)
        missing = fill(ts, lang, books)
        release(ts)
        for context, source in missing:
            print(f"{lang}\t{context}\t{source}")
        untranslated += len(missing)
    if untranslated:
        print(f"refresh.py: {untranslated} source texts have no translation yet", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
