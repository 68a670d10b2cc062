"""translations/refresh.py treats the .ts files as the translator's source: a translation edited
in Qt Linguist survives a refresh, new source texts come in unfinished and make the script fail,
and ``--from-books`` lets the phrase books win. Run on a copy of the project in a tmp folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTEXT, SOURCE = "MainWindow", "&File"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "ui", tmp_path / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "translations").mkdir()
    shutil.copytree(ROOT / "translations" / "phrases", tmp_path / "translations" / "phrases")
    for name in ("refresh.py", "confdesk_ar.ts", "confdesk_fr.ts"):
        shutil.copy(ROOT / "translations" / name, tmp_path / "translations" / name)
    return tmp_path


def refresh(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "translations" / "refresh.py"), *options],
        capture_output=True,
        text=True,
        check=False,
    )


def message(ts: Path, context: str, source: str) -> ET.Element:
    for element in ET.parse(ts).getroot().iter("context"):
        if element.findtext("name") == context:
            for found in element.iter("message"):
                if found.findtext("source") == source:
                    return found
    raise AssertionError(f"{context} “{source}” not in {ts.name}")


def edit_in_linguist(ts: Path, context: str, source: str, text: str) -> None:
    tree = ET.parse(ts)
    for element in tree.getroot().iter("context"):
        if element.findtext("name") == context:
            for found in element.iter("message"):
                if found.findtext("source") == source:
                    found.find("translation").text = text
    tree.write(ts, encoding="utf-8")


def test_a_translators_edit_survives_a_refresh_and_is_reported_as_kept(project):
    ts = project / "translations" / "confdesk_fr.ts"
    edit_in_linguist(ts, CONTEXT, SOURCE, "&Dossier")
    result = refresh(project)
    assert f"{CONTEXT}\t{SOURCE}\n" not in result.stdout
    assert message(ts, CONTEXT, SOURCE).findtext("translation") == "&Dossier"
    assert f"kept\tfr\t{CONTEXT}\t{SOURCE}" in result.stderr
    # The compiled file holds the translator's text too.
    assert b"&\x00D\x00o\x00s\x00s\x00i\x00e\x00r" in ts.with_suffix(".qm").read_bytes()


def test_from_books_lets_the_phrase_book_win(project):
    ts = project / "translations" / "confdesk_fr.ts"
    edit_in_linguist(ts, CONTEXT, SOURCE, "&Dossier")
    result = refresh(project, "--from-books")
    assert "kept" not in result.stderr
    assert message(ts, CONTEXT, SOURCE).findtext("translation") == "&Fichier"


def test_a_new_source_text_comes_in_unfinished_and_the_script_fails(project):
    (project / "ui" / "brand_new.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'TEXT = QCoreApplication.translate("BrandNew", "A text no book has")\n',
        encoding="utf-8",
    )
    result = refresh(project)
    assert result.returncode == 1
    assert "ar\tBrandNew\tA text no book has" in result.stdout
    assert "fr\tBrandNew\tA text no book has" in result.stdout
    for lang in ("ar", "fr"):
        ts = project / "translations" / f"confdesk_{lang}.ts"
        assert message(ts, "BrandNew", "A text no book has").find("translation").get("type") == "unfinished"
        # Everything translated before is still finished.
        assert message(ts, CONTEXT, SOURCE).find("translation").get("type") is None


def test_a_plural_phrase_with_the_wrong_number_of_forms_is_refused(project):
    book = project / "translations" / "phrases" / "zz_wrong.json"
    book.write_text('{"X": {"%n things": {"ar": ["a", "b"]}}}', encoding="utf-8")
    result = refresh(project)
    assert result.returncode != 0
    assert "Qt counts 6" in result.stderr
