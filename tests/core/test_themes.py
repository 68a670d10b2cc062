"""A conference's own framework of themes: presets, checks, sessions referring to codes, and a
change of list that takes codes off sessions only when asked (undoably)."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.model import Conference, LocalText, Session
from confdesk.model.themes import Theme, ThemeFramework
from confdesk.presets import THEME_PRESETS, theme_preset
from confdesk.services import errors, update_conference, update_session
from confdesk.services.conference import conference_data

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("key", "count"), [("gcm", 23), ("sdg", 17)])
def test_each_preset_numbers_its_themes_with_a_label_in_every_language(key, count):
    framework = theme_preset(key)
    assert framework.codes() == tuple(str(number) for number in range(1, count + 1))
    assert all(framework.name.has(lang) for lang in ("ar", "en", "fr"))
    for theme in framework.themes:
        assert all(theme.label.has(lang) for lang in ("ar", "en", "fr")), theme
    labels = [theme.label.en for theme in framework.themes]
    assert len(set(labels)) == count
    assert set(THEME_PRESETS) == {"gcm", "sdg"}


def test_the_presets_ship_inside_the_package():
    # The wheel carries what the code reads: pyproject's package data names the JSON files.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"presets/*.json"' in pyproject
    for key in THEME_PRESETS:
        json.loads((ROOT / "confdesk" / "presets" / f"themes-{key}.json").read_text(encoding="utf-8"))


def _conference(db, conference_id):
    row = db.get(Conference, conference_id)
    return row, conference_data(row)


def _session_themes(db):
    return {row.id: tuple(row.themes) for row in db.scalars(select(Session))}


def test_the_demo_keeps_the_gcm_objectives(demo_store):
    with demo_store.reader() as db:
        _, data = _conference(db, demo_store.conference_id())
        themes = _session_themes(db)
    assert data.themes == theme_preset("gcm")
    assert ("2", "5", "6", "12", "18") in themes.values()


@pytest.mark.parametrize(
    ("themes", "code", "where"),
    [
        ((Theme("1", LocalText(en="A")), Theme("1", LocalText(en="B"))), "duplicate_theme", "themes[2].code"),
        ((Theme("a", LocalText(en="A")), Theme("A", LocalText(en="B"))), "duplicate_theme", "themes[2].code"),
        ((Theme("", LocalText(en="A")),), "required", "themes[1].code"),
        ((Theme("1, 2", LocalText(en="A")),), "invalid_value", "themes[1].code"),
        ((Theme("1", LocalText(en="bad\x00label")),), "invalid_text", "themes[1].label.en"),
        ((Theme("x" * 17),), "invalid_value", "themes[1].code"),
    ],
)
def test_a_bad_list_is_refused_naming_the_theme_and_nothing_changes(demo_store, themes, code, where):
    with demo_store.reader() as db:
        _, before = _conference(db, demo_store.conference_id())
    framework = ThemeFramework(LocalText(en="Goals"), themes)
    with pytest.raises(errors.ValidationError) as refused, demo_store.unit() as db:
        update_conference(db, demo_store.conference_id(), themes=framework)
    assert refused.value.code == code and refused.value.field == "themes"
    assert str(refused.value).startswith(where)
    with demo_store.reader() as db:
        assert _conference(db, demo_store.conference_id())[1] == before


def test_a_list_needs_a_name(demo_store):
    with pytest.raises(errors.Required, match=r"themes\.name"), demo_store.unit() as db:
        update_conference(db, demo_store.conference_id(), themes=ThemeFramework(themes=(Theme("1"),)))


def test_a_session_refers_only_to_themes_of_its_conference(demo_store):
    with demo_store.reader() as db:
        session = db.scalars(select(Session).where(Session.kind == "roundtable")).first()
        session_id = session.id
    with (
        pytest.raises(errors.UnknownTheme, match="24 is not a theme of this conference") as refused,
        demo_store.unit() as db,
    ):
        update_session(db, session_id, themes=("2", "24"))
    assert refused.value.field == "themes"
    with demo_store.unit() as db:
        update_session(db, session_id, themes=("18", 2, "5", "5"))  # any order, numbers too
    with demo_store.reader() as db:
        assert db.get(Session, session_id).themes == ["2", "5", "18"]  # the framework's order


def test_leaving_out_codes_in_use_is_refused_then_taken_off_the_sessions_undoably(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        before_themes = _session_themes(db)
        _, before = _conference(db, conference_id)
    sdg = theme_preset("sdg")
    with pytest.raises(errors.ThemesInUse) as refused, demo_store.unit() as db:
        update_conference(db, conference_id, themes=sdg)
    # SDG numbers 1-17 overlap GCM's 1-23: only 18..23 are left out.
    assert set(refused.value.codes) == {"18", "19", "20", "21", "22", "23"}
    in_use = {sid for sid, codes in before_themes.items() if set(codes) & set(refused.value.codes)}
    assert set(refused.value.session_ids) == in_use and in_use
    with demo_store.reader() as db:
        assert _conference(db, conference_id)[1] == before and _session_themes(db) == before_themes

    with demo_store.unit() as db:
        outcome = update_conference(db, conference_id, themes=sdg, remove_from_sessions=True)
    with demo_store.reader() as db:
        after_themes = _session_themes(db)
        assert _conference(db, conference_id)[1].themes == sdg
    assert all(not set(codes) & set(refused.value.codes) for codes in after_themes.values())
    assert outcome.changes.conference and set(outcome.changes.sessions) == in_use

    with demo_store.unit() as db:
        redo = outcome.undo(db)
    with demo_store.reader() as db:
        assert _conference(db, conference_id)[1] == before and _session_themes(db) == before_themes
    with demo_store.unit() as db:
        redo.undo(db)
    with demo_store.reader() as db:
        assert _session_themes(db) == after_themes and _conference(db, conference_id)[1].themes == sdg


def test_a_custom_list_renames_labels_without_touching_sessions(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        _, before = _conference(db, conference_id)
        before_themes = _session_themes(db)
    relabelled = replace(
        before.themes,
        themes=tuple(
            replace(theme, label=theme.label.with_("en", f"Objective {theme.code}")) for theme in before.themes.themes
        ),
    )
    with demo_store.unit() as db:
        update_conference(db, conference_id, themes=relabelled)
    with demo_store.reader() as db:
        assert _conference(db, conference_id)[1].themes.find("5").label.en == "Objective 5"
        assert _session_themes(db) == before_themes


def test_no_framework_wording_in_the_core_outside_the_presets_and_the_demo():
    """The words of one framework (the migration compact's) are data: the demo's, the preset's.
    Every string the core says, other than docstrings, is free of them."""
    allowed = {ROOT / "confdesk" / "demo.py", ROOT / "confdesk" / "cli" / "demo.py"}
    found = []
    for path in sorted((ROOT / "confdesk").rglob("*.py")):
        if path in allowed or "presets" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            said = isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            if said and any(word in node.value for word in ("GCM", "PMM", "الاتفاق العالمي", "Global Compact")):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    assert found == []
