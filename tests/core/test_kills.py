"""Nothing lost, nothing half-done: processes killed with SIGKILL while they change a file.

Each scenario kills a real process at many points while it works on a conference file, then
checks that the file still opens (``open_store``) with all-or-nothing content: a migration
0001 → head, ``confdesk load``, a registration import of a few thousand rows, and a run of
small units of work.

The processes are forked from a helper process that has already imported ConfDesk (so a
hundred kills do not pay a hundred start-ups); a few per command are fresh
``python -m confdesk`` processes as well. Two kinds of kill points:

* after a random delay, up to a little longer than the work takes (measured first);
* at the Nth SQL statement or commit (the process SIGKILLs itself from SQLAlchemy's
  ``before_cursor_execute`` / ``commit`` events), for points spread over the whole run.

The figures (kills tried, of which landed while the work ran, outcomes) are printed:
``pytest -s tests/core/test_kills.py``. ``CONFDESK_KILL_ROUNDS`` sets the random kills per
scenario (default 10).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, text
from sqlalchemy import select as sql_select

from confdesk.model import Person, Registration
from confdesk.store import HEAD_REVISION, alembic_config, open_store

pytestmark = [pytest.mark.fuzz, pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")]

ROUNDS = int(os.environ.get("CONFDESK_KILL_ROUNDS", "10"))
STATEMENT_POINTS = 6
FRESH_PROCESSES = 2
IMPORT_ROWS = 2000
EDIT_UNITS = 150
PEOPLE_PER_EDIT = 3

# The helper: imports ConfDesk once, then forks one worker per request read from stdin (a JSON
# line) and reports "pid N" and "exit N STATUS". A request's "kill_at" makes the worker kill
# itself at that SQL statement or commit; "count" makes it write how many there were.
ZYGOTE = r"""
import json, os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
from confdesk.cli import main
from confdesk.store import open_store
from confdesk.services import PersonData, create_people, update_person


def hooks(kill_at, count_file):
    seen = [0]

    def tick(*_args, **_kwargs):
        seen[0] += 1
        if kill_at and seen[0] >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", tick)
    event.listen(Engine, "commit", tick)
    return seen


def edits(db_path, progress, units, per_unit):
    store = open_store(db_path)
    conference_id = store.conference_id()
    fd = os.open(progress, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    for unit in range(units):
        with store.unit() as db:
            people = [PersonData(name=f"edit {unit}.{n}", group="youth") for n in range(per_unit)]
            create_people(db, conference_id, people)
            update_person(db, 1, notes=f"edit {unit}")
        os.write(fd, f"{unit}\n".encode())
    store.close()


def work(request):
    kind, args = request["kind"], request["args"]
    if kind == "migrate":
        open_store(args[0]).close()
    elif kind == "cli":
        code = main(args)
        if code:
            os._exit(code)
    elif kind == "edits":
        edits(*args)


print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            sys.stdout = open(os.devnull, "w")
            seen = hooks(request.get("kill_at"), request.get("count"))
            work(request)
            if request.get("count"):
                with open(request["count"], "w") as handle:
                    handle.write(str(seen[0]))
        except BaseException:
            import traceback
            traceback.print_exc()
            os._exit(3)
        os._exit(0)
    print(f"pid {pid}", flush=True)
    _, status = os.waitpid(pid, 0)
    print(f"exit {pid} {os.waitstatus_to_exitcode(status)}", flush=True)
"""


class Zygote:
    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        assert self._line(60) == "ready"

    def _line(self, timeout: float) -> str:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        assert ready, "the helper process stopped answering"
        return self.process.stdout.readline().strip()

    def run(self, request: dict[str, object], kill_after: float | None = None) -> tuple[int, float]:
        """Run one worker; SIGKILL it after ``kill_after`` seconds. Returns (exit code, seconds)."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        started = time.monotonic()
        pid = int(self._line(60).split()[1])
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):  # it finished first
                os.kill(pid, signal.SIGKILL)
        _, _, code = self._line(300).split()
        return int(code), time.monotonic() - started

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(30)


@dataclass
class Figures:
    """What the kills of one scenario gave."""

    scenario: str
    tried: int = 0
    killed_mid_work: int = 0
    finished_first: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)

    def record(self, code: int, outcome: str) -> None:
        self.tried += 1
        if code == -signal.SIGKILL:
            self.killed_mid_work += 1
        else:
            assert code == 0, f"the worker failed with exit code {code}"
            self.finished_first += 1
        self.outcomes[outcome] += 1

    def report(self) -> str:
        survived = sum(self.outcomes.values())
        line = (
            f"KILLS {self.scenario}: {self.tried} tried, {self.killed_mid_work} killed while working, "
            f"{self.finished_first} finished first, {survived} survived ("
            + ", ".join(f"{name}: {count}" for name, count in sorted(self.outcomes.items()))
            + ")"
        )
        print(line)
        return line


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    backups = tmp_path / "backups"
    monkeypatch.setenv("CONFDESK_BACKUP_DIR", str(backups))
    return {**os.environ, "CONFDESK_BACKUP_DIR": str(backups)}


@pytest.fixture
def zygote(env: dict[str, str]) -> Iterator[Zygote]:
    helper = Zygote(env)
    yield helper
    helper.close()


def kill_points(zygote: Zygote, request: dict[str, object], count_file: Path, reset: Callable[[], None]):
    """Calibrate (one full run, counting statements), then yield (request, delay) pairs: random
    delays over the run's duration, then statement points spread over it."""
    reset()
    code, duration = zygote.run({**request, "count": str(count_file)})
    assert code == 0, "the work does not even run without a kill"
    statements = int(count_file.read_text())
    randomness = random.Random(20261122)
    for _ in range(ROUNDS):
        yield request, randomness.uniform(0, duration * 1.1)
    for point in sorted({max(1, round(statements * (n + 0.5) / STATEMENT_POINTS)) for n in range(STATEMENT_POINTS)}):
        yield {**request, "kill_at": point}, None


def remove_beside(path: Path) -> None:
    for leftover in path.parent.glob(f"{path.name}*"):
        leftover.unlink()
    for leftover in path.parent.glob(f".{path.name}*"):
        leftover.unlink()


# Migration 0001 → head ------------------------------------------------------------------------------


def make_0001_file(path: Path, people: int) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conference (id, name, short_name, timezone, languages, organisers, contact_email,"
                " platform, platform_url, notes, settings, version) VALUES (1, '{\"en\": \"Old\"}', '{}', 'UTC',"
                " '[\"en\"]', '[]', '', '', '', '{}', '{}', 1)"
            )
        )
        connection.execute(
            text(
                'INSERT INTO person (id, conference_id, name, name_ar, honorific, job_title, organisation, "group",'
                " country, email, language, gender, timezone, listed, notes, version) VALUES (:id, 1, :name, '',"
                " '{}', '{}', '{}', 'youth', '', NULL, 'en', NULL, NULL, 0, '', 1)"
            ),
            [{"id": n, "name": f"Person {n}"} for n in range(1, people + 1)],
        )
    engine.dispose()


def revision_and_tables(path: Path) -> tuple[str, set[str]]:
    connection = sqlite3.connect(path)  # recovers (or drops) what a killed writer left in the log
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return revision, tables


def test_killed_migrations_leave_the_old_or_the_new_revision(tmp_path, zygote):
    template, path = tmp_path / "template.confdesk", tmp_path / "old.confdesk"
    make_0001_file(template, people=300)

    def reset() -> None:
        remove_beside(path)
        shutil.copyfile(template, path)

    figures = Figures("migration 0001 -> head")
    for request, delay in kill_points(zygote, {"kind": "migrate", "args": [str(path)]}, tmp_path / "n", reset):
        reset()
        code, _ = zygote.run(request, kill_after=delay)
        revision, tables = revision_and_tables(path)
        assert revision in ("0001", HEAD_REVISION)
        new_tables = {"delivered_event", "sent_message"}
        assert new_tables <= tables if revision == HEAD_REVISION else not (new_tables & tables)
        store = open_store(path)  # opens, and migrates what was not
        try:
            with store.reader() as db:
                assert db.scalar(sql_select(func.count()).select_from(Person)) == 300
        finally:
            store.close()
        figures.record(code, "old revision" if revision == "0001" else "new revision")
    figures.report()
    assert figures.killed_mid_work >= STATEMENT_POINTS


# confdesk load ---------------------------------------------------------------------------------------


@pytest.fixture
def demo_json(demo_file: Path, tmp_path: Path) -> Path:
    from confdesk.interchange import dump as conference_json

    store = open_store(demo_file)
    try:
        with store.reader() as db:
            data = conference_json.dumps(conference_json.dump(db, store.conference_id() or 0))
    finally:
        store.close()
    target = tmp_path / "demo.json"
    target.write_text(data, encoding="utf-8")
    return target


def dumped(path: Path) -> str:
    from confdesk.interchange import dump as conference_json

    store = open_store(path)
    try:
        with store.reader() as db:
            return conference_json.dumps(conference_json.dump(db, store.conference_id() or 0))
    finally:
        store.close()


def check_loaded(target: Path, expected: str) -> str:
    if not target.exists():
        return "no file"
    assert dumped(target) == expected  # never a file refused as "not a ConfDesk file"
    return "complete"


def test_killed_loads_leave_no_file_or_the_whole_conference(tmp_path, zygote, demo_json, env):
    target = tmp_path / "loaded.confdesk"
    expected = demo_json.read_text(encoding="utf-8")
    request = {"kind": "cli", "args": ["load", str(demo_json), "--db", str(target)]}

    def reset() -> None:
        remove_beside(target)

    figures = Figures("confdesk load")
    for round_request, delay in kill_points(zygote, request, tmp_path / "n", reset):
        reset()
        code, _ = zygote.run(round_request, kill_after=delay)
        figures.record(code, check_loaded(target, expected))
    for delay in (1.0, 2.0, 3.5)[:FRESH_PROCESSES]:
        reset()
        code = run_fresh(["load", str(demo_json), "--db", str(target)], env, delay)
        figures.record(code, check_loaded(target, expected))
    figures.report()
    assert figures.killed_mid_work >= STATEMENT_POINTS


def run_fresh(args: list[str], env: dict[str, str], delay: float) -> int:
    """A fresh ``python -m confdesk`` process, SIGKILLed after ``delay`` seconds."""
    process = subprocess.Popen(
        [sys.executable, "-m", "confdesk", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        process.wait(delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    return process.returncode


# confdesk import registrations ---------------------------------------------------------------------


def registration_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Email Address", "Affiliation", "Country", "Registration date"])
        for n in range(rows):
            writer.writerow([f"Given{n}", f"Family{n}", f"person{n}@example.org", "Org", "France", "2026-01-05"])
    return path


def counts(path: Path) -> tuple[int, int]:
    store = open_store(path)
    try:
        with store.reader() as db:
            return (
                db.scalar(sql_select(func.count()).select_from(Person)) or 0,
                db.scalar(sql_select(func.count()).select_from(Registration)) or 0,
            )
    finally:
        store.close()


def test_killed_imports_leave_every_row_or_none(tmp_path, zygote, demo_file, env):
    sheet = registration_csv(tmp_path / "registrations.csv", IMPORT_ROWS)
    path = tmp_path / "conference.confdesk"
    people, registrations = counts(demo_file)
    args = ["import", "registrations", str(sheet), "--db", str(path)]

    def reset() -> None:
        remove_beside(path)
        shutil.copyfile(demo_file, path)

    def outcome() -> str:
        found = counts(path)
        assert found in ((people, registrations), (people + IMPORT_ROWS, registrations + IMPORT_ROWS)), found
        return "nothing imported" if found[0] == people else "all imported"

    figures = Figures(f"import of {IMPORT_ROWS} registrations")
    for request, delay in kill_points(zygote, {"kind": "cli", "args": args}, tmp_path / "n", reset):
        reset()
        code, _ = zygote.run(request, kill_after=delay)
        figures.record(code, outcome())
    for delay in (1.5, 3.0, 5.0)[:FRESH_PROCESSES]:
        reset()
        figures.record(run_fresh(args, env, delay), outcome())
    figures.report()
    assert figures.killed_mid_work >= STATEMENT_POINTS


# A run of small units of work --------------------------------------------------------------------


def test_killed_edits_keep_every_committed_unit_whole(tmp_path, zygote, demo_file):
    path, progress = tmp_path / "conference.confdesk", tmp_path / "progress.txt"
    request = {"kind": "edits", "args": [str(path), str(progress), EDIT_UNITS, PEOPLE_PER_EDIT]}
    before = counts(demo_file)[0]

    def reset() -> None:
        remove_beside(path)
        shutil.copyfile(demo_file, path)
        progress.unlink(missing_ok=True)

    figures = Figures(f"run of {EDIT_UNITS} units of work")
    for round_request, delay in kill_points(zygote, request, tmp_path / "n", reset):
        reset()
        code, _ = zygote.run(round_request, kill_after=delay)
        reported = len(progress.read_text().split()) if progress.exists() else 0
        store = open_store(path)
        try:
            with store.reader() as db:
                names = db.scalars(sql_select(Person.name).where(Person.name.like("edit %"))).all()
                total = db.scalar(sql_select(func.count()).select_from(Person))
                notes = db.scalar(sql_select(Person.notes).where(Person.id == 1))
        finally:
            store.close()
        units = Counter(name.split(".")[0] for name in names)
        assert set(units.values()) <= {PEOPLE_PER_EDIT}, "a unit of work was saved in part"
        done = len(units)
        assert units.keys() == {f"edit {n}" for n in range(done)}
        assert total == before + done * PEOPLE_PER_EDIT
        assert done >= reported, "a unit reported as committed was lost"
        assert done <= reported + 1  # at most the one being reported when the kill came
        assert (notes == f"edit {done - 1}") if done else not (notes or "").startswith("edit ")
        figures.record(code, "all units" if done == EDIT_UNITS else "whole units")
    figures.report()
    assert figures.killed_mid_work >= STATEMENT_POINTS
