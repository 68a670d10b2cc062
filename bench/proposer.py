"""The lineup proposer on 2,000 interests for 4 roundtables and 3 plenaries, and on the scale
conference.

    python bench/proposer.py

Builds the 2,000-interest conference in memory (a snapshot, as the proposer reads it), solves
with a 10 s limit and prints whether the optimum was proven, the gap and the time; it should be
optimal or under 1 % within 10 s. Then the scale conference of bench/scale.py (10,000 people,
300 sessions, 3,000 assignments, about 10,000 interests, a plenary or rapporteur wish fitting
dozens of sessions): seats placed, status (optimal, feasible or greedy), gap to the proven bound
and time, within the default 10 s limit. The first figure is a 200-interest baseline measured in
the same run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import build_scale
from confdesk.model import Gender, StakeholderGroup
from confdesk.proposer import propose_snapshot
from confdesk.rules.snapshot import InterestFacts, PartFacts, PersonFacts, SessionFacts, Snapshot, load
from confdesk.store import open_store
from confdesk.world import ARAB_STATES

ZONE = ZoneInfo("Asia/Beirut")
TIME_LIMIT = 10.0


def conference(interests: int, seed: int = 7) -> Snapshot:
    rng = random.Random(seed)
    day = date(2021, 2, 24)
    parts = (PartFacts(1, "Conference", day, day + timedelta(days=1)),)

    def at(offset_days: int, hour: int) -> datetime:
        return datetime(day.year, day.month, day.day + offset_days, hour, tzinfo=ZONE)

    sessions = (
        SessionFacts(1, 1, "plenary", 1, "Plenary 1", at(0, 9), at(0, 10)),
        SessionFacts(2, 1, "roundtable", 1, "Roundtable 1", at(0, 10), at(0, 12)),
        SessionFacts(3, 1, "roundtable", 2, "Roundtable 2", at(0, 10), at(0, 12)),
        SessionFacts(4, 1, "plenary", 2, "Plenary 2", at(0, 13), at(0, 14)),
        SessionFacts(5, 1, "roundtable", 3, "Roundtable 3", at(1, 9), at(1, 11)),
        SessionFacts(6, 1, "roundtable", 4, "Roundtable 4", at(1, 9), at(1, 11)),
        SessionFacts(7, 1, "plenary", 3, "Plenary 3", at(1, 12), at(1, 13)),
    )
    groups, genders = list(StakeholderGroup), [Gender.FEMALE, Gender.MALE]
    people_count = interests * 2 // 3
    people = tuple(
        PersonFacts(
            n,
            f"Person {n}",
            f"Organisation {rng.randrange(people_count // 3)}",
            rng.choice(groups),
            rng.choice(ARAB_STATES),
            f"p{n}@example.org",
            rng.choice(genders),
        )
        for n in range(1, people_count + 1)
    )
    kinds = [
        ("roundtable_speaker", 1),
        ("roundtable_speaker", 2),
        ("roundtable_speaker", 3),
        ("roundtable_speaker", 4),
        ("plenary_speaker", None),
        ("rapporteur", None),
    ]
    opened = datetime(2021, 1, 10, 9, tzinfo=ZONE)
    wishes, seen = [], set()
    while len(wishes) < interests:
        person = rng.randrange(1, people_count + 1)
        kind, roundtable = rng.choice(kinds)
        if (person, kind, roundtable) in seen:
            continue
        seen.add((person, kind, roundtable))
        wishes.append(
            InterestFacts(
                len(wishes) + 1, person, kind, roundtable, opened + timedelta(minutes=rng.randrange(60 * 24 * 30))
            )
        )
    return Snapshot(
        1,
        "Asia/Beirut",
        {},
        parts,
        sessions,
        people,
        (),
        tuple(wishes),
        registered_parts={p.id: frozenset({1}) for p in people},
    )


def run(interests: int) -> tuple[float, float, bool, int]:
    result = propose_snapshot(conference(interests), time_limit=TIME_LIMIT)
    return result.seconds, result.gap, result.optimal, len(result.proposals)


def scale() -> tuple[Snapshot, float]:
    """The scale conference as the proposer reads it, and the seconds loading it took."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(build_scale(Path(folder) / "scale.confdesk"))
        try:
            started = time.perf_counter()
            with store.reader() as db:
                snap = load(db, store.conference_id())
            return snap, time.perf_counter() - started
        finally:
            store.close()


def main() -> None:
    base_time, _, _, _ = run(200)
    seconds, gap, optimal, placed = run(2_000)
    print(f"proposer baseline, 200 interests: {base_time:.2f} s")
    print(
        f"proposer, 2000 interests, 4 roundtables + 3 plenaries: {placed} seats, "
        f"{'proven optimal' if optimal else 'not proven optimal'}, gap {gap:.2%}, {seconds:.2f} s "
        f"(limit 10 s, gap under 1 %); {seconds / base_time:.1f}x the baseline"
    )
    snap, loading = scale()
    result = propose_snapshot(snap)
    print(
        f"proposer, scale conference ({len(snap.people)} people, {len(snap.sessions)} sessions, "
        f"{len(snap.interests)} interests): {len(result.proposals)} seats of at most {result.bound}, "
        f"{result.status}, gap {result.gap:.2%}, {result.seconds:.2f} s + {loading:.2f} s loading "
        f"(limit 10 s); {result.seconds / base_time:.1f}x the baseline"
    )


if __name__ == "__main__":
    main()
