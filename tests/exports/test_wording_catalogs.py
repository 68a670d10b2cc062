"""The catalogs of document wording: complete, never fuzzy, shipped, and holding every key the
code asks for; plurals by the CLDR rules of each language."""

from __future__ import annotations

import ast
import shutil
import tomllib
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural

from confdesk.exports import catalog_check
from confdesk.exports.wording import SOURCE, MissingWording, Wording, languages, po_file
from confdesk.model import Role, SessionKind, StakeholderGroup

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "confdesk" / "exports" / "locale"
GENDERS = ("female", "male", "neutral")


def test_documents_are_written_in_arabic_english_and_french():
    assert languages() == ("ar", "en", "fr")


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_each_catalog_is_complete_translated_and_not_fuzzy(lang):
    assert catalog_check.problems(lang) == []


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_plural_forms_header_is_babels_cldr_rule(lang):
    catalog = catalog_check.read(lang)
    assert catalog.plural_forms == get_plural(lang).plural_forms
    assert catalog.num_plurals == {"ar": 6, "en": 2, "fr": 3}[lang]


def test_a_fuzzy_missing_or_broken_entry_is_reported(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    french = locale / "fr" / "LC_MESSAGES" / "documents.po"
    text = french.read_text(encoding="utf-8")
    text = text.replace('msgid "programme"\n', '#, fuzzy\nmsgid "programme"\n', 1)
    text = text.replace('msgid "agenda"\nmsgstr "Ordre du jour en bref"\n', "", 1)
    text = text.replace('msgstr "Page {page} sur {pages}"', 'msgstr "Page {page} sur {total}"', 1)
    french.write_text(text, encoding="utf-8")
    arabic = locale / "ar" / "LC_MESSAGES" / "documents.po"
    arabic.write_text(
        arabic.read_text(encoding="utf-8").replace('msgstr[5] "{minutes} دقيقة"\n', "", 1), encoding="utf-8"
    )

    found = "\n".join(catalog_check.problems("fr", locale))
    assert "msgid 'programme': is marked fuzzy" in found
    assert "msgid 'agenda' is missing" in found
    assert "msgid 'page': uses {total}, unknown to the English text" in found
    assert "msgid 'minutes': is not translated (an empty or missing msgstr)" in "\n".join(
        catalog_check.problems("ar", locale)
    )
    assert catalog_check.main(["en"]) == 0


def test_an_english_change_asks_for_the_translation_to_be_reviewed(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    english = locale / "en" / "LC_MESSAGES" / "documents.po"
    english.write_text(
        english.read_text(encoding="utf-8").replace('msgstr "Agenda at a glance"', 'msgstr "Agenda in brief"'),
        encoding="utf-8",
    )
    assert catalog_check.problems("fr", locale) == [
        f"{po_file('fr', locale)}: msgid 'agenda': its 'English:' comments no longer match the English text: "
        "review the translation"
    ]


def _keys_the_code_asks_for() -> dict[str, set[tuple[str | None, str]]]:
    """(context, key) of every literal key passed to the wording: ``words("…")`` and its
    ``.gendered``/``.plural`` in documents, ``calendar_text.text(lang, "…")`` and its kin.
    Keys built at run time (``f"{key}_floor"``, loops over names) are exercised by the tests
    that build every document and letter, which fail on a key with no wording."""
    found: dict[str, set[tuple[str | None, str]]] = {"plain": set(), "gendered": set(), "plural": set()}
    calls = {"text": "plain", "gendered": "gendered", "plural": "plural"}
    for path in [*(ROOT / "confdesk" / "exports").rglob("*.py"), *(ROOT / "confdesk" / "mail").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            owner = func.value if isinstance(func, ast.Attribute) else None
            owner_name = getattr(owner, "attr", None) or getattr(owner, "id", None)
            if name == "words":
                kind, context, arg = "plain", None, node.args[0]
            elif owner_name == "words" and name in ("gendered", "plural"):
                kind, context, arg = name, None, node.args[0]
            elif name in calls and (owner_name == "calendar_text" or path.name == "calendar_text.py"):
                if len(node.args) < 2:
                    continue
                kind, context, arg = calls[name], "invitation", node.args[1]
            else:
                continue
            found[kind] |= {(context, key) for key in _literals(arg)}
    return found


def _literals(node: ast.expr) -> set[str]:
    """The keys an argument may be: a string, or either branch of ``a if … else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    return set()


def test_every_key_the_code_asks_for_has_its_wording_in_every_language():
    keys = _keys_the_code_asks_for()
    assert len(keys["plain"]) > 50 and keys["gendered"] and keys["plural"]  # the scan sees the code
    wanted = set(keys["plain"])
    wanted |= {
        (f"{context}|{gender}" if context else gender, key) for context, key in keys["gendered"] for gender in GENDERS
    }
    # Roles, kinds and groups are data: every value of their enums.
    wanted |= {(f"role|{gender}", role.value) for role in Role for gender in GENDERS}
    wanted |= {
        (f"as role|{gender}", role.value) for role in Role if role != Role.FLOOR_INTERVENTION for gender in GENDERS
    }
    wanted |= {("kind", kind.value) for kind in SessionKind}
    wanted |= {("group", group.value) for group in StakeholderGroup}
    plural = set(keys["plural"])
    for lang in languages():
        entries = catalog_check.entries(catalog_check.read(lang))
        present = {key for key, message in entries.items() if not message.fuzzy and all(catalog_check.forms(message))}
        assert not (wanted | plural) - present, (lang, sorted((wanted | plural) - present, key=str))
        assert all(entries[key].pluralizable for key in plural), lang
    for key in ("letter_invited_floor", "letter_confirmed_floor"):
        assert (None, key) in catalog_check.entries(catalog_check.read(SOURCE))


def test_catalogs_ship_as_package_data():
    """A fresh ``pip install .`` carries the .po files: the package-data globs match each one."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["confdesk"]
    package = ROOT / "confdesk"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    po_files = set(LOCALE.glob("*/LC_MESSAGES/*.po"))
    assert len(po_files) == 3 and po_files <= shipped


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", ["0 دقيقة", "دقيقة واحدة", "دقيقتان", "3 دقائق", "11 دقيقة", "100 دقيقة"]),
        ("fr", ["0 minute", "1 minute", "2 minutes", "3 minutes", "11 minutes", "100 minutes"]),
        ("en", ["0 minutes", "1 minute", "2 minutes", "3 minutes", "11 minutes", "100 minutes"]),
    ],
)
def test_minutes_take_the_plural_forms_of_the_language(lang, expected):
    words = Wording(lang)
    assert [words.plural("minutes", n, minutes=n) for n in (0, 1, 2, 3, 11, 100)] == expected


def test_arabic_plural_forms_follow_every_cldr_category():
    words = Wording("ar")
    assert words.plural("minutes", 15, minutes=15) == "15 دقيقة"
    assert words.plural("minutes", 103, minutes=103) == "103 دقائق"
    assert words.plural("minutes", 1_000_000, minutes="1000000") == "1000000 دقيقة"
    invitation = Wording("ar", "invitation")
    # After بعد the dual is genitive.
    assert invitation.plural("alarm", 2, title="الجلسة", minutes=2) == "تبدأ الجلسة بعد دقيقتين"
    assert Wording("fr").plural("minutes", 2_000_000, minutes="2 000 000") == "2 000 000 de minutes"


@pytest.mark.parametrize(
    ("lang", "role", "female", "male", "neutral"),
    [
        ("ar", "moderator", "مديرة الجلسة", "مدير الجلسة", "إدارة الجلسة"),
        ("ar", "chair", "رئيسة الجلسة", "رئيس الجلسة", "رئاسة الجلسة"),
        ("ar", "speaker", "متحدثة", "متحدث", "متحدث/ة"),
        ("fr", "moderator", "Modératrice", "Modérateur", "Modération"),
        ("fr", "chair", "Présidente de séance", "Président de séance", "Présidence de séance"),
        ("fr", "rapporteur", "Rapporteuse", "Rapporteur", "Rapporteur ou rapporteuse"),
        ("en", "keynote", "Keynote speaker", "Keynote speaker", "Keynote speaker"),
    ],
)
def test_role_titles_agree_with_the_persons_gender(lang, role, female, male, neutral):
    words = Wording(lang)
    assert (words.role(role, "female"), words.role(role, "male"), words.role(role, None)) == (female, male, neutral)
    assert words.role(role, "other") == neutral


def test_roles_inside_a_sentence_take_their_preposition_and_elision():
    french, english, arabic = Wording("fr"), Wording("en"), Wording("ar")
    assert french.as_role("keynote", "female") == "en qualité d'oratrice principale"
    assert french.as_role("speaker", None) == "en qualité d'orateur ou d'oratrice"
    assert french.as_role("moderator", "male") == "en qualité de modérateur"
    assert english.as_role("rapporteur", "female") == "as rapporteur"
    assert arabic.as_role("moderator", "female") == "بصفة مديرة الجلسة"
    assert arabic.as_role("moderator", None) == "بصفة مدير/ة الجلسة"


def test_an_unknown_code_prints_as_is_and_an_unknown_phrase_is_an_error():
    words = Wording("fr")
    assert words.kind("hackathon") == "hackathon"
    with pytest.raises(MissingWording, match="'no_such_phrase'"):
        words("no_such_phrase")


def test_catalogs_are_compiled_once_per_language():
    assert Wording("ar")._catalog is Wording("ar", "invitation")._catalog
