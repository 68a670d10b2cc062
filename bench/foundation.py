"""Foundation benchmarks, as ratios against baselines measured in the same run.

1. Loading the scale conference from its JSON dump through the services vs a bulk insert of the
   same rows with SQLAlchemy Core (target: at most 3x).
2. ``confdesk info`` on the scale conference (target: under 1 s), against starting the
   interpreter that runs it (``python -c pass``) as a baseline.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from bench.scale import build_scale
from confdesk.interchange import dump as conference_json
from confdesk.interchange.records import parse_stamp
from confdesk.model import (
    Assignment,
    Conference,
    Interest,
    LocalText,
    Part,
    Person,
    Registration,
    Session,
    StatusChange,
    registration_part,
)
from confdesk.store import open_store

REPEATS = 3
_TEXTS = {"name", "short_name", "title", "description", "honorific", "job_title", "organisation"}
_STAMPS = {"starts_at", "ends_at", "registered_at", "expressed_at", "status_changed_at", "changed_at", "due_at"}


def _row(record: dict, drop: tuple[str, ...] = ()) -> dict:
    row = {}
    for key, value in record.items():
        if key in drop:
            continue
        if key in _TEXTS and isinstance(value, dict):
            value = LocalText.from_dict(value)
        elif key in _STAMPS:
            value = parse_stamp(value)
        elif key in ("start_date", "end_date"):
            value = date.fromisoformat(value)
        row[key] = value
    return row


def core_bulk_insert(text: str, path: Path) -> None:
    """The baseline: the same rows straight into the tables with SQLAlchemy Core."""
    data = json.loads(text)
    store = open_store(path, create=True)
    with store.engine.begin() as connection:
        conference = data["conference"]
        connection.execute(insert(Conference.__table__), [_row(conference) | {"version": 1}])
        cid = conference["id"]
        connection.execute(
            insert(Part.__table__), [_row(r) | {"conference_id": cid, "version": 1} for r in data["parts"]]
        )
        connection.execute(insert(Session.__table__), [_row(r) | {"version": 1} for r in data["sessions"]])
        connection.execute(
            insert(Person.__table__), [_row(r) | {"conference_id": cid, "version": 1} for r in data["people"]]
        )
        regs = data["registrations"]
        connection.execute(
            insert(Registration.__table__), [_row(r, ("part_ids", "interests")) | {"version": 1} for r in regs]
        )
        connection.execute(
            insert(registration_part), [{"registration_id": r["id"], "part_id": p} for r in regs for p in r["part_ids"]]
        )
        interests = [_row(i) | {"registration_id": r["id"]} for r in regs for i in r["interests"]]
        if interests:
            connection.execute(insert(Interest.__table__), interests)
        assignments = data["assignments"]
        connection.execute(insert(Assignment.__table__), [_row(r, ("history",)) | {"version": 1} for r in assignments])
        connection.execute(
            insert(StatusChange.__table__),
            [_row(h) | {"assignment_id": r["id"]} for r in assignments for h in r["history"]],
        )
    store.close()


def services_load(text: str, path: Path) -> None:
    store = open_store(path, create=True)
    with store.unit() as db:
        conference_json.load(db, conference_json.parse(text))
    store.close()


def _timed(function, text: str, folder: Path, name: str) -> float:
    times = []
    for attempt in range(REPEATS):
        path = folder / f"{name}-{attempt}.confdesk"
        started = time.perf_counter()
        function(text, path)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        scale = build_scale(folder / "scale.confdesk")
        store = open_store(scale)
        with store.reader() as db:
            text = conference_json.dumps(conference_json.dump(db, store.conference_id()))
        store.close()
        baseline = _timed(core_bulk_insert, text, folder, "core")
        loaded = _timed(services_load, text, folder, "services")
        print(
            f"load scale JSON through services: {loaded:.2f} s; Core bulk insert: {baseline:.2f} s; "
            f"ratio {loaded / baseline:.2f}x (target <= 3x)"
        )

        python = [sys.executable, "-c", "pass"]
        info = [sys.executable, "-m", "confdesk", "info", "--db", str(scale)]
        bare = statistics.median(_run(python) for _ in range(REPEATS))
        took = statistics.median(_run(info) for _ in range(REPEATS))
        print(
            f"confdesk info on the scale conference: {took:.2f} s (target < 1 s); "
            f"bare interpreter start {bare:.2f} s; ratio {took / bare:.1f}x"
        )


def _run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
