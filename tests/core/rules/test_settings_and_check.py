"""Rule settings from the conference, and check() / `confdesk check` on the demo."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest

from confdesk.errors import ConfDeskError
from confdesk.model import Conference
from confdesk.rules import CODES, RuleSettings, SettingsError, check


def test_missing_settings_take_the_defaults():
    settings = RuleSettings.from_conference({})
    assert settings.conflict_buffer_minutes == 0
    assert settings.required_roles["roundtable"] == (frozenset({"moderator"}), frozenset({"rapporteur"}))
    assert settings.required_roles["plenary"] == (frozenset({"chair", "moderator"}),)
    assert RuleSettings.from_conference(None) == settings


def test_settings_are_read_from_the_rules_section():
    settings = RuleSettings.from_conference(
        {
            "rules": {
                "conflict_buffer_minutes": 15,
                "min_groups": 2,
                "speaking_roles": ["speaker"],
                "required_roles": {"roundtable": ["moderator|chair"]},
            },
            "something_else": 1,
        }
    )
    assert settings.conflict_buffer_minutes == 15
    assert settings.min_groups == 2
    assert settings.speaking_roles == frozenset({"speaker"})
    assert settings.required_roles == {"roundtable": (frozenset({"moderator", "chair"}),)}


@pytest.mark.parametrize(
    "rules, key",
    [
        ({"conflict_buffer_minutes": -5}, "rules.conflict_buffer_minutes"),
        ({"conflict_buffer_minutes": "10"}, "rules.conflict_buffer_minutes"),
        ({"max_gender_share": 0.2}, "rules.max_gender_share"),
        ({"min_groups": True}, "rules.min_groups"),
        ({"speaking_roles": ["orator"]}, "rules.speaking_roles"),
        ({"required_roles": {"roundtable": ["host"]}}, "rules.required_roles.roundtable"),
        ({"required_roles": {"party": ["chair"]}}, "rules.required_roles"),
        ({"buffer": 5}, "rules.buffer"),
    ],
)
def test_bad_setting_is_one_clear_error(rules, key):
    with pytest.raises(SettingsError) as error:
        RuleSettings.from_conference({"rules": rules})
    assert isinstance(error.value, ConfDeskError)
    assert error.value.key == key
    assert str(error.value).startswith(f"conference settings: {key} must be")
    assert "\n" not in str(error.value)


def test_rules_section_must_be_an_object():
    with pytest.raises(SettingsError, match="rules must be an object"):
        RuleSettings.from_conference({"rules": [1]})


def test_check_on_the_demo_finds_its_deliberate_problems(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.reader() as db:
        problems = check(db, conference_id, today=date(2021, 2, 1))
        again = check(db, conference_id, today=date(2021, 2, 1))
    assert problems == again
    codes = {p.code for p in problems}
    assert {"person_double_booked", "no_email", "missing_role", "late_interest"} <= codes
    assert codes <= set(CODES)
    [double] = [p for p in problems if p.code == "person_double_booked"]
    assert len(double.session_ids) == 2 and len(double.person_ids) == 1
    # Twenty-three days before the event no invitation is overdue yet.
    assert "unconfirmed_invitation" not in codes


def test_check_uses_the_conference_settings(demo_store):
    conference_id = demo_store.conference_id()
    with demo_store.unit() as db:
        db.get(Conference, conference_id).settings = {"rules": {"required_roles": {}}}
    with demo_store.reader() as db:
        assert "missing_role" not in {p.code for p in check(db, conference_id)}
    with demo_store.unit() as db:
        db.get(Conference, conference_id).settings = {"rules": {"min_groups": 0}}
    with demo_store.reader() as db, pytest.raises(SettingsError):
        check(db, conference_id)


def confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "confdesk", *args], capture_output=True, text=True, timeout=60)


def test_cli_check_prints_one_line_per_problem_and_exits_0(demo_file):
    result = confdesk("check", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("error: person_double_booked: ") for line in lines)
    assert re.search(r", \d+ notes?$", lines[-1]) and lines[-1].split()[0] == str(len(lines) - 1)
    assert "(s)" not in result.stdout


def test_cli_check_json_lists_codes_severities_messages_and_ids(demo_file):
    result = confdesk("check", "--db", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    problems = json.loads(result.stdout)
    assert problems and all(
        {"code", "severity", "message", "session_ids", "person_ids", "assignment_ids"} <= set(p) for p in problems
    )
    double = next(p for p in problems if p["code"] == "person_double_booked")
    assert double["severity"] == "error" and len(double["session_ids"]) == 2
    assert "at the same time" in double["message"]


def test_cli_check_on_a_missing_file_is_one_line_error(tmp_path):
    result = confdesk("check", "--db", str(tmp_path / "none.confdesk"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
