"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def confdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "confdesk", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(autouse=True)
def backups_in_tmp(tmp_path, monkeypatch):
    """Opening a file backs it up: into the test's folder, not the user's."""
    monkeypatch.setenv("CONFDESK_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.confdesk"
    result = confdesk("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("command", [[], ["demo"], ["info"], ["dump"], ["load"], ["backups"], ["restore"]])
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
    assert json.loads(second.stdout)["version"] == 2


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


def test_load_leaves_nothing_but_the_file_and_clears_what_a_killed_load_left(demo, tmp_path):
    dump = tmp_path / "demo.json"
    assert confdesk("dump", "--db", demo, "--out", dump).returncode == 0
    target = tmp_path / "loaded.confdesk"
    stale = tmp_path / f".{target.name}.999999999.partial"  # a load killed long ago
    stale.write_bytes(b"SQLite format 3\x00")
    result = confdesk("load", dump, "--db", target)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["backups", "demo.json", "loaded.confdesk"]


def test_backups_are_listed_and_one_is_restored(demo, tmp_path):
    from sqlalchemy import select

    from confdesk.model import Person
    from confdesk.store import open_store

    path = tmp_path / "conference.confdesk"
    shutil.copyfile(demo, path)
    assert "no backups of" in confdesk("backups", "--db", path).stdout
    assert confdesk("info", "--db", path).returncode == 0  # opening it backs it up
    store = open_store(path, backup=False)
    with store.unit() as db:
        db.get(Person, 1).notes = "changed since"
    store.close()

    listed = confdesk("backups", "--db", path)
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()[1:]
    number, day, time, size, unit, backup = line.split()
    assert size.isdigit()
    assert number == "1" and len(day) == 10 and len(time) == 8 and unit == "KB" and Path(backup).is_file()
    assert Path(backup).parent.parent == tmp_path / "backups"

    restored = confdesk("restore", "1", "--db", path)
    assert restored.returncode == 0, restored.stderr
    assert f"restored from {backup}" in restored.stdout and "backed up as" in restored.stdout
    store = open_store(path, backup=False)
    with store.reader() as db:
        assert db.scalar(select(Person.notes).where(Person.id == 1)) != "changed since"
    store.close()
    assert len(confdesk("backups", "--db", path).stdout.splitlines()) == 3  # the state before is kept


@pytest.mark.parametrize("which", ["7", "{text}", "{damaged}"])
def test_restore_refuses_in_one_line(demo, tmp_path, which):
    path = tmp_path / "conference.confdesk"
    shutil.copyfile(demo, path)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    damaged = tmp_path / "damaged.confdesk"
    data = bytearray(demo.read_bytes())
    for offset in range(4096, min(len(data), 40960), 7):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    before = path.read_bytes()
    result = confdesk("restore", which.format(text=text_file, damaged=damaged), "--db", path)
    assert result.returncode == 1
    assert result.stderr.startswith("confdesk: error: ") and result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_backups_are_for_files_only():
    result = confdesk("backups", "--db", "postgresql://someone@localhost/conference")
    assert result.returncode == 1 and "conference files" in result.stderr


def registrations(path: Path, first: int, rows: int) -> Path:
    lines = ["First Name,Last Name,Email Address,Country"]
    lines += [f"Given{n},Family{n},person{n}@example.org,France" for n in range(first, first + rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_at_once_both_succeed_or_the_second_says_the_file_is_busy(demo, tmp_path):
    """Each import chooses the ids of its new rows; the write lock, taken when its unit of work
    begins, keeps the other from choosing the same ones (it used to fail on person.id)."""
    from sqlalchemy import func, select

    from confdesk.model import Person
    from confdesk.store import open_store

    path = tmp_path / "conference.confdesk"
    shutil.copyfile(demo, path)
    rows = 300
    sheets = [registrations(tmp_path / f"list{n}.csv", n * rows, rows) for n in range(2)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "confdesk", "import", "registrations", str(sheet), "--db", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for sheet in sheets
    ]
    results = [(process.wait(120), *process.communicate()) for process in processes]
    succeeded = 0
    for code, out, err in results:
        assert "UNIQUE" not in err and "Traceback" not in err, err
        if code == 0:
            assert f"{rows} imported" in out, (out, err)
            succeeded += 1
        else:
            assert "is busy" in err and err.count("\n") == 1, (code, out, err)
    assert succeeded >= 1
    store = open_store(path, backup=False)
    with store.reader() as db:
        assert db.scalar(select(func.count()).select_from(Person)) == 48 + succeeded * rows
    store.close()


def test_the_crash_log_keeps_frames_and_types_but_no_personal_data(tmp_path, monkeypatch, capsys):
    """A bug's log holds where it happened and what went wrong, not the names and addresses
    that SQL parameters and exception messages carry."""
    from sqlalchemy import create_engine, text

    import confdesk.cli
    import confdesk.cli.info
    from confdesk.cli import main

    name, email = "Amina Haddad", "amina@example.org"  # not on a line the traceback shows

    def broken(_args):
        engine = create_engine("sqlite://")  # no hide_parameters: the log must scrub by itself
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE person (email TEXT UNIQUE)"))
            connection.execute(text("INSERT INTO person VALUES (:email)"), {"email": email})
        try:
            with engine.begin() as connection:
                connection.execute(text("INSERT INTO person VALUES (:email)"), {"email": email})
        except Exception as error:
            raise KeyError(f"{name} <{email}>") from error

    log = tmp_path / "crash.log"
    monkeypatch.setattr(confdesk.cli, "crash_log_path", lambda: log)
    monkeypatch.setattr(confdesk.cli.info, "run", broken)
    assert main(["info", "--db", str(tmp_path / "any.confdesk")]) == 1
    assert f"unexpected error; details in {log}" in capsys.readouterr().err
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "in broken" in written
    assert "sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: person.email" in written
    assert "INSERT INTO person VALUES (?)" in written and "KeyError" in written
    assert "amina" not in written.lower()
