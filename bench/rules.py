"""All rules on the scale conference, and on one twice its size.

    python bench/rules.py

Prints the time of loading plus every rule (the best of several runs) for 10,000 people, 300
sessions and 3,000 assignments, then for twice that, and the ratio between them: under 0.5 s and
at most 2.3x show the rules scale linearly (no quadratic scans).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import build_scale
from confdesk.rules import check
from confdesk.store import open_store

SIZE = (10_000, 300, 3_000)
RUNS = 5


def best_time(path: Path) -> tuple[float, int]:
    store = open_store(path)
    try:
        conference_id = store.conference_id()
        times, found = [], 0
        for _ in range(RUNS):
            with store.reader() as db:
                started = time.perf_counter()
                found = len(check(db, conference_id))
                times.append(time.perf_counter() - started)
        return min(times), found
    finally:
        store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = build_scale(Path(folder) / "scale.confdesk", *SIZE)
        double = build_scale(Path(folder) / "double.confdesk", *(2 * n for n in SIZE))
        single_time, single_found = best_time(base)
        double_time, double_found = best_time(double)
    people, sessions, assignments = SIZE
    print(
        f"rules on {people} people, {sessions} sessions, {assignments} assignments: "
        f"{single_time:.3f} s ({single_found} problems; limit 0.5 s)"
    )
    print(f"rules on twice the data: {double_time:.3f} s ({double_found} problems)")
    print(f"ratio double/single: {double_time / single_time:.2f}x (limit 2.3x)")


if __name__ == "__main__":
    main()
