"""Make a large synthetic conference to measure ConfDesk at scale.

    python bench/scale.py --people 10000 --sessions 300 --assignments 3000 --db FILE

The data is invented and deterministic (fixed seed): parts of several days, parallel tracks of
sessions of every kind, people of every stakeholder group from the Arab states, registrations
with interests, and assignments in every status. It is built through the services' bulk
functions, so it obeys the same rules as the demo.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from confdesk.model import LocalText, Role, SessionKind, StakeholderGroup, Status
from confdesk.presets import theme_preset
from confdesk.services import (
    AssignmentInput,
    ConferenceData,
    InterestData,
    PartData,
    PersonData,
    RegistrationInput,
    SessionData,
    StatusStep,
    create_assignments,
    create_conference,
    create_part,
    create_people,
    create_registrations,
    create_session,
)
from confdesk.store import open_store
from confdesk.world import ARAB_STATES

ZONE = ZoneInfo("Asia/Beirut")
SESSIONS_PER_DAY = 30
TRACKS = 6


def scale_conference(db, *, people: int, sessions: int, assignments: int, seed: int = 2021) -> int:
    """Fill an empty database with a synthetic conference; return its id."""
    rng = random.Random(seed)
    conference_id = create_conference(
        db,
        ConferenceData(
            name=LocalText(ar="مؤتمر اختبار الحجم", en="Scale test conference", fr="Conférence de test de charge"),
            timezone="Asia/Beirut",
            contact_email="scale@example.org",
            platform="Zoom",
            platform_url="https://zoom.example.org",
            themes=theme_preset("gcm"),  # the sessions' themes are GCM objectives 1-23
        ),
    ).value
    days = max(1, -(-sessions // SESSIONS_PER_DAY))
    first = date(2021, 3, 1)
    half = max(1, days // 2)
    part_ids = [
        create_part(
            db,
            conference_id,
            PartData(LocalText(en="Part A", ar="الجزء أ", fr="Partie A"), first, first + timedelta(days=half - 1), 1),
        ).value,
    ]
    if days > half:
        part_ids.append(
            create_part(
                db,
                conference_id,
                PartData(
                    LocalText(en="Part B", ar="الجزء ب", fr="Partie B"),
                    first + timedelta(days=half),
                    first + timedelta(days=days - 1),
                    2,
                ),
            ).value
        )
    kinds = [SessionKind.PLENARY, SessionKind.ROUNDTABLE, SessionKind.SIDE_EVENT, SessionKind.OPEN_DISCUSSION]
    session_ids: list[int] = []
    for index in range(sessions):
        day_index, slot = divmod(index, SESSIONS_PER_DAY)
        track, period = divmod(slot, SESSIONS_PER_DAY // TRACKS)
        day = first + timedelta(days=day_index)
        start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=ZONE) + timedelta(minutes=90 * period)
        kind = kinds[index % len(kinds)]
        number = (index // len(kinds)) % 4 + 1 if kind == SessionKind.ROUNDTABLE else None
        session_ids.append(
            create_session(
                db,
                part_ids[0] if day_index < half else part_ids[-1],
                SessionData(
                    kind=kind,
                    number=number,
                    title=LocalText(
                        ar=f"الجلسة {index + 1}: الهجرة والتنمية",
                        en=f"Session {index + 1}: migration and development",
                        fr=f"Session {index + 1} : migration et développement",
                    ),
                    starts_at=start,
                    ends_at=start + timedelta(minutes=75),
                    join_url=f"https://zoom.example.org/j/{900000 + index}?track={track}",
                    meeting_id=f"{900000 + index}",
                    passcode=f"P{index:04d}",
                    interpretation=("ar", "en", "fr"),
                    themes=tuple(str(number) for number in sorted(rng.sample(range(1, 24), 3))),
                ),
            ).value
        )
    groups = list(StakeholderGroup)
    person_ids = create_people(
        db,
        conference_id,
        [
            PersonData(
                name=f"Person {n} Example",
                name_ar=f"شخص {n}",
                group=groups[n % len(groups)],
                organisation=LocalText(
                    en=f"Organisation {n % 700}", ar=f"المنظمة {n % 700}", fr=f"Organisation {n % 700}"
                ),
                job_title=LocalText(en="Officer", ar="موظف", fr="Chargé"),
                country=ARAB_STATES[n % len(ARAB_STATES)],
                email=f"person{n}@example.org",
                language=("ar", "en", "fr")[n % 3],
                gender=("female", "male")[n % 2],
                listed=n % 4 != 0,
            )
            for n in range(people)
        ],
    ).value
    opened = datetime(2021, 1, 10, 9, tzinfo=ZONE)
    interest_kinds = [
        ("roundtable_speaker", 1),
        ("roundtable_speaker", 2),
        ("roundtable_speaker", 3),
        ("roundtable_speaker", 4),
        ("plenary_speaker", None),
        ("rapporteur", None),
        ("open_discussion", None),
    ]
    registrations = []
    for n, person_id in enumerate(person_ids):
        at = opened + timedelta(minutes=7 * n)
        chosen = rng.sample(interest_kinds, rng.randint(0, 2))
        registrations.append(
            RegistrationInput(
                person_id,
                tuple(part_ids if n % 3 else part_ids[:1]),
                at,
                "scale",
                tuple(InterestData(kind, at + timedelta(minutes=1), roundtable) for kind, roundtable in chosen),
            )
        )
    create_registrations(db, registrations)
    roles = [Role.SPEAKER, Role.SPEAKER, Role.PANELLIST, Role.MODERATOR, Role.RAPPORTEUR, Role.CHAIR]
    statuses = [Status.PROPOSED, Status.INVITED, Status.CONFIRMED, Status.CONFIRMED, Status.DECLINED, Status.WITHDRAWN]
    sent = datetime(2021, 2, 1, 10, tzinfo=ZONE)
    items = []
    per_session = max(1, -(-assignments // max(1, sessions)))
    for n in range(assignments):
        session_id = session_ids[n // per_session % len(session_ids)]
        status = statuses[n % len(statuses)]
        steps = [StatusStep(Status.PROPOSED, sent)]
        if status != Status.PROPOSED and status != Status.WITHDRAWN:
            steps.append(StatusStep(Status.INVITED, sent + timedelta(days=1)))
        if status in (Status.CONFIRMED, Status.DECLINED, Status.WITHDRAWN):
            steps.append(StatusStep(status, sent + timedelta(days=3)))
        items.append(
            AssignmentInput(
                session_id,
                person_ids[(n * 7919) % len(person_ids)],
                roles[n % len(roles)],
                tuple(steps),
                position=n % per_session + 1,
                speaking_minutes=(0, 5, 7, 10)[n % 4],
            )
        )
    create_assignments(db, items)
    return conference_id


def build_scale(path: str | Path, people: int = 10_000, sessions: int = 300, assignments: int = 3_000) -> Path:
    """Write a new conference file at ``path`` (replacing one that is there) and return it."""
    path = Path(path)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    store = open_store(path, create=True)
    try:
        with store.unit() as db:
            scale_conference(db, people=people, sessions=sessions, assignments=assignments)
    finally:
        store.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--assignments", type=int, default=3_000)
    parser.add_argument("--db", required=True, metavar="FILE")
    args = parser.parse_args(argv)
    build_scale(args.db, args.people, args.sessions, args.assignments)
    print(f"scale conference written to {args.db}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
