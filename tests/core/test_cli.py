"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def confdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "confdesk", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.confdesk"
    result = confdesk("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("command", [[], ["demo"], ["info"], ["dump"], ["load"]])
def test_every_command_has_help(command):
    result = confdesk(*command, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_info_summarises_the_demo(demo):
    result = confdesk("info", "--db", demo)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Parts: 2" in out and "Days: 3" in out and "Sessions: 17" in out
    assert "People: 48" in out
    for status in ("proposed", "invited", "confirmed", "declined", "withdrawn"):
        assert f"  {status}: " in out


def test_info_in_arabic_names_the_parts_in_arabic(demo):
    result = confdesk("info", "--db", demo, "--lang", "ar")
    assert "مشاورة أصحاب المصلحة المتعددين" in result.stdout


def test_dump_load_dump_through_the_command_line(demo, tmp_path):
    first = tmp_path / "first.json"
    assert confdesk("dump", "--db", demo, "--out", first).returncode == 0
    copy = tmp_path / "copy.confdesk"
    loaded = confdesk("load", first, "--db", copy)
    assert loaded.returncode == 0, loaded.stderr
    second = confdesk("dump", "--db", copy)
    assert second.stdout == first.read_text(encoding="utf-8")
    assert json.loads(second.stdout)["version"] == 1


def test_demo_refuses_to_overwrite_a_conference(demo):
    result = confdesk("demo", "--db", demo)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "already holds a conference" in result.stderr


def test_load_of_bad_json_names_the_field_and_leaves_no_file(demo, tmp_path):
    data = json.loads(confdesk("dump", "--db", demo).stdout)
    data["sessions"][2]["ends_at"] = "tomorrow"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.confdesk"
    result = confdesk("load", bad, "--db", target)
    assert result.returncode != 0
    assert "sessions[2].ends_at" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert not target.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["info", "--db", "{missing}"],
        ["info", "--db", "{text}"],
        ["load", "{missing}", "--db", "{target}"],
        ["load", "{text}", "--db", "{target}"],
        ["dump", "--db", "{text}"],
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, args):
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    names = {"missing": tmp_path / "missing.confdesk", "text": text, "target": tmp_path / "t.confdesk"}
    result = confdesk(*(arg.format(**names) for arg in args))
    assert result.returncode == 1
    assert result.stderr.startswith("confdesk: error: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("confdesk")
    result = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("confdesk ")
