"""French typography in print: narrow no-break spaces before : ; ! ? » and after «, typographic
apostrophes, user-typed no-break spaces kept, and no line that starts with a colon or ends with
an opening guillemet, whatever the width it is wrapped to."""

from __future__ import annotations

import pypdfium2
import pytest

from confdesk.exports.documents import DocumentOptions, build_document
from confdesk.exports.documents.fonts import faces
from confdesk.exports.documents.layout import wrap
from confdesk.exports.documents.typography import french

N = "\u202f"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Table ronde 2 : Protéger", f"Table ronde 2{N}: Protéger"),
        ("Attention!", f"Attention{N}!"),
        ("Quoi ? Oui ; non !", f"Quoi{N}? Oui{N}; non{N}!"),
        ("Voir « ici » et «là»", f"Voir «{N}ici{N}» et «{N}là{N}»"),
        ("l'Asie occidentale et aujourd'hui", "l’Asie occidentale et aujourd’hui"),
        ("Déjà\u00a0: gardé", "Déjà\u00a0: gardé"),  # the user's own no-break space stays
        (f"Déjà{N}: gardé", f"Déjà{N}: gardé"),
        (
            "10:00–11:30, https://zoom.example.org/j/8?pwd=1, team@example.org",
            "10:00–11:30, https://zoom.example.org/j/8?pwd=1, team@example.org",
        ),
        ("Ouverture (9h) :", f"Ouverture (9h){N}:"),
    ],
)
def test_french_marks_get_their_narrow_no_break_space(typed, printed):
    assert french(typed) == printed
    assert french(french(typed)) == french(typed)  # applying it twice changes nothing


@pytest.mark.parametrize("width", range(60, 400, 7))
def test_no_line_starts_with_a_mark_or_ends_with_an_opening_guillemet(width):
    text = french(
        "Les participants : « représentants » des États ; des organisations ! Qui parle ? "
        "Le thème « migration et développement » : voir l'annexe. Questions ? Réponses ! « Fin »"
    )
    lines = wrap(text, width, faces(False), 10)
    assert len(lines) > 1
    for line in lines:
        assert not line.startswith((":", ";", "!", "?", "»", N)), lines
        assert not line.endswith(("«", N)), lines
    assert " ".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost


def _pdfium_text(pdf: bytes) -> str:
    # pdfplumber's extract_text shows U+202F as a plain space; PDFium gives the characters.
    document = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def test_the_french_programme_prints_them_and_the_others_do_not(conference):
    french_text = _pdfium_text(build_document("programme", conference, DocumentOptions(lang="fr")))
    assert f"Table ronde 2{N}: Protéger les droits humains" in french_text
    assert " : " not in french_text and "'" not in french_text
    english = _pdfium_text(build_document("programme", conference, DocumentOptions(lang="en")))
    assert N not in english
