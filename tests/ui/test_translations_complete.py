"""Every interface string is translated: the committed .ts files hold every tr() text found in
ui/ today, none of them unfinished, every plural text has its English forms, and the compiled
.qm files are there."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_unfinished_entries_and_a_compiled_file(lang):
    messages = _messages(TRANSLATIONS / f"confdesk_{lang}.ts")
    assert len(messages) > 300
    unfinished = [
        key
        for key, message in messages.items()
        if message.find("translation").get("type") or not message.findtext("translation")
    ]
    assert unfinished == []
    assert (TRANSLATIONS / f"confdesk_{lang}.qm").stat().st_size > 10_000


def test_every_tr_text_in_ui_is_in_the_committed_translations(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(__import__("sys").executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True
    )
    found = set(_messages(fresh))
    committed = set(_messages(TRANSLATIONS / "confdesk_ar.ts"))
    assert found - committed == set(), "run: python translations/refresh.py"


def test_every_plural_text_has_finished_english_forms():
    arabic = _messages(TRANSLATIONS / "confdesk_ar.ts")
    plural = {key for key, message in arabic.items() if message.get("numerus") == "yes"}
    english = _messages(TRANSLATIONS / "confdesk_en.ts")
    assert plural and set(english) == plural, "run: python translations/refresh.py"
    for key, message in english.items():
        forms = [form.text for form in message.iter("numerusform")]
        assert message.find("translation").get("type") is None and len(forms) == 2 and all(forms), key
    assert (TRANSLATIONS / "confdesk_en.qm").stat().st_size > 0
