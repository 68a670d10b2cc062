"""Registration files as they arrive from online forms (written fresh by each test).

Every name and address is invented (example.org). ``write_csv`` writes the same rows in any
encoding and delimiter; ``messy_rows`` holds the awkward cases the import must account for.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

INDICO_HEADERS = [
    "First Name",
    "Last Name",
    "Email Address",
    "Affiliation",
    "Position",
    "Country",
    "Registration date",
    "Speaking roles",
]
ARABIC_HEADERS = [
    "الاسم الأول",
    "اسم العائلة",
    "البريد الإلكتروني",
    "الجهة",
    "المسمى الوظيفي",
    "البلد",
    "فئة أصحاب المصلحة",
    "مقرر",
    "المائدة المستديرة 2",
]
FRENCH_HEADERS = ["Prénom", "Nom", "Courriel", "Organisation", "Fonction", "Pays", "Genre", "Table ronde 3"]

FORMULA_NAME = '=HYPERLINK("http://evil.example.org","click")'


def messy_rows() -> list[list[str]]:
    """Indico-style rows (header excluded): row numbers in the file are 2.. in this order."""
    return [
        [
            "Rania",
            "Khalil",
            "rania.khalil@example.org",
            "Forum for Migrants",
            "Coordinator",
            "Lebanon",
            "2021-01-20 10:00",
            "Roundtable 2; Rapporteur",
        ],
        ["", "", "", "", "", "", "", ""],  # blank line
        [
            "Tarek",
            "Benali",
            " Tarek.Benali@Example.org ",
            "Université d'Alger",
            "Chercheur",
            "Algérie",
            "21/01/2021 09:30",
            "Plenary speaker",
        ],
        [
            "Tarek",
            "Benali",
            "tarek.benali@example.org",
            "Université d'Alger",
            "Chercheur",
            "Algérie",
            "",
            "",
        ],  # duplicate
        ["Nour", "Said", "nour.said@", "Youth Network", "", "Jordan", "", ""],  # bad e-mail
        ["", "", "nameless@example.org", "Somewhere", "", "Egypt", "", ""],  # missing name
        ["Hala", "Maher", "hala.maher@example.org", "", "", "Atlantis", "", ""],  # unknown country
        [FORMULA_NAME, "", "formula@example.org", "Injection Ltd", "", "TN", "", "Open discussion"],
        ["Long", "Title", "long.title@example.org", "x" * 5000, "", "MA", "", ""],  # 5,000 characters
        ["Sami", "Darwish", "sami.darwish@example.org", "Diaspora Link", "", "الأردن", "", "Table ronde 1, Rapporteur"],
    ]


def write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    bom: bool = False,
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path
