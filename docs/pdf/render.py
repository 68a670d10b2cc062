"""Render the demo's documents to the PNG pages in this folder (what a reader sees).

    python docs/pdf/render.py

Exports the programme (Arabic, English, French: pages 1-2), and the Arabic agenda, logistics note,
participants list and one letter (page 1) with the command line, and renders each page with
pypdfium2 at 100 dpi.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DPI = 100


def confdesk(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "confdesk", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def render(pdf: Path, stem: str, pages: int) -> None:
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(min(pages, len(document))):
            image = document[number].render(scale=DPI / 72).to_pil()
            image.save(HERE / f"{stem}-page{number + 1}.png")
    finally:
        document.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = str(work / "demo.confdesk")
        confdesk("demo", "--db", db)
        for lang in ("ar", "en", "fr"):
            out = work / f"programme-{lang}.pdf"
            confdesk("export", "programme", "--db", db, "--lang", lang, "--out", str(out))
            render(out, f"programme-{lang}", 2)
        for kind in ("agenda", "logistics", "participants"):
            out = work / f"{kind}-ar.pdf"
            confdesk("export", kind, "--db", db, "--lang", "ar", "--out", str(out))
            render(out, f"{kind}-ar", 1)
        letters = work / "letters"
        confdesk("export", "letters", "--db", db, "--lang", "ar", "--out", str(letters))
        render(sorted(letters.glob("*.pdf"))[0], "letter-ar", 1)


if __name__ == "__main__":
    main()
