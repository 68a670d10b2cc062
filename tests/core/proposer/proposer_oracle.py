"""An independent statement of the proposer's hard constraints, and random small conferences.

The oracle re-checks a proposal from the snapshot alone (not from the proposer's model), so a
constraint forgotten in the model shows up as a violation here."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from confdesk.proposer.settings import ProposerSettings
from confdesk.rules.snapshot import (
    AssignmentFacts,
    InterestFacts,
    PartFacts,
    PersonFacts,
    SessionFacts,
    Snapshot,
)

ZONE = ZoneInfo("Asia/Beirut")
SPEAKING_KINDS = {
    "roundtable_speaker": ("roundtable", "speaker"),
    "plenary_speaker": ("plenary", "speaker"),
    "rapporteur": ("roundtable", "rapporteur"),
    "open_discussion": ("open_discussion", "floor_intervention"),
}


def _balanced(people: list[PersonFacts], settings: ProposerSettings) -> bool:
    rules = settings.rules
    if len({p.group for p in people if p.group}) < min(rules.min_groups, len(people)):
        return False
    known = [p.gender for p in people if p.gender]
    if len(known) < 2:
        return True
    share = Fraction(rules.max_gender_share).limit_denominator(1000)
    return max(Counter(known).values()) <= share * len(known)


def violations(snap: Snapshot, settings: ProposerSettings, proposals) -> list[str]:
    found = []
    sessions, people = snap.session_by_id, snap.person_by_id
    interests = {i.id: i for i in snap.interests}
    speaking = settings.rules.speaking_roles
    active = [a for a in snap.assignments if a.active and not sessions[a.session_id].cancelled]
    used = Counter(p.interest_id for p in proposals)
    found += [f"interest {i} placed twice" for i, n in used.items() if n > 1]
    seats = Counter((p.session_id, p.role) for p in proposals) + Counter((a.session_id, a.role) for a in active)
    new_in = defaultdict(list)
    for p in proposals:
        new_in[p.session_id].append(p)
        interest, session = interests[p.interest_id], sessions[p.session_id]
        kind, role = SPEAKING_KINDS[interest.kind]
        if interest.person_id != p.person_id or session.kind != kind or role != p.role:
            found.append(f"{p} does not match its interest")
        if interest.kind == "roundtable_speaker" and session.number != interest.roundtable:
            found.append(f"{p} is in the wrong roundtable")
        if session.cancelled or session.internal:
            found.append(f"{p} is in a closed session")
        if any(a.person_id == p.person_id and a.session_id == p.session_id for a in snap.assignments):
            found.append(f"{p}: the person already has (or refused) a role in the session")
        if session.part_id not in snap.registered_parts.get(p.person_id, ()):
            found.append(f"{p}: not registered for the part")
        if seats[p.session_id, p.role] > settings.seats.get(session.kind, {}).get(p.role, 0):
            found.append(f"{p}: more {p.role}s than seats")
    for session_id, new in new_in.items():
        session = sessions[session_id]
        minutes = sum(a.speaking_minutes for a in active if a.session_id == session_id) + sum(
            p.speaking_minutes for p in new
        )
        if minutes > session.minutes:
            found.append(f"session {session_id}: {minutes} minutes in {session.minutes}")
        if len({p.person_id for p in new}) < len(new):
            found.append(f"session {session_id}: one person twice")
        fixed = sorted({a.person_id for a in active if a.session_id == session_id and a.role in speaking})
        added = sorted({p.person_id for p in new if p.role in speaking})
        orgs = Counter(people[i].organisation_key for i in fixed)
        for i in added:
            key = people[i].organisation_key
            if key and orgs[key]:
                found.append(f"session {session_id}: two speakers of {key}")
            orgs[key] += 1
        if added and session.kind in settings.rules.balance_kinds:
            before = [people[i] for i in fixed]
            if _balanced(before, settings) and not _balanced(before + [people[i] for i in added], settings):
                found.append(f"session {session_id}: lineup out of balance")
    buffer = timedelta(minutes=settings.rules.conflict_buffer_minutes)
    by_person = defaultdict(set)
    for a in active:
        by_person[a.person_id].add((a.session_id, False, a.role))
    for p in proposals:
        by_person[p.person_id].add((p.session_id, True, p.role))
    for person_id, held in by_person.items():
        held = sorted(held)
        if (
            not settings.multiple_speaking_roles
            and any(new for _, new, _ in held)
            and sum(role in speaking for _, _, role in held) > 1
            and any(new and role in speaking for _, new, role in held)
        ):
            found.append(f"person {person_id}: more than one speaking role")
        for i, (s1, new1, _) in enumerate(held):
            for s2, new2, _ in held[i + 1 :]:
                a, b = sessions[s1], sessions[s2]
                if (
                    (new1 or new2)
                    and s1 != s2
                    and a.starts_at < b.ends_at + buffer
                    and b.starts_at < a.ends_at + buffer
                ):
                    found.append(f"person {person_id}: sessions {s1} and {s2} overlap")
    return found


@st.composite
def conferences(draw, max_people: int = 8, max_interests: int = 12) -> Snapshot:
    base = datetime(2021, 2, 24, 9, tzinfo=ZONE)
    parts = (
        PartFacts(1, "Consultation", base.date(), base.date()),
        PartFacts(2, "Conference", base.date(), base.date()),
    )
    sessions = []
    for n in range(1, draw(st.integers(2, 5)) + 1):
        kind = draw(st.sampled_from(["roundtable", "plenary", "open_discussion"]))
        start = base + timedelta(minutes=30 * draw(st.integers(0, 6)))
        sessions.append(
            SessionFacts(
                n,
                draw(st.sampled_from([1, 2])),
                kind,
                draw(st.integers(1, 2)) if kind != "open_discussion" else None,
                f"Session {n}",
                start,
                start + timedelta(minutes=draw(st.sampled_from([60, 20, 10]))),
                cancelled=draw(st.booleans()) and draw(st.booleans()),
            )
        )
    people = tuple(
        PersonFacts(
            n,
            f"Person {n}",
            draw(st.sampled_from(["Org A", "Org B", "Org C", "Org D", ""])),
            draw(st.sampled_from(["academia", "youth", "un_system"])),
            "LB",
            None,
            draw(st.sampled_from(["female", "male", None])),
        )
        for n in range(101, 101 + draw(st.integers(2, max_people)))
    )
    ids = [p.id for p in people]
    assignments = []
    for n in range(draw(st.integers(0, 3))):
        person, session = draw(st.sampled_from(ids)), draw(st.sampled_from(sessions))
        role = draw(st.sampled_from(["speaker", "moderator", "rapporteur", "floor_intervention"]))
        if any((a.person_id, a.session_id, a.role) == (person, session.id, role) for a in assignments):
            continue
        assignments.append(
            AssignmentFacts(
                1000 + n,
                session.id,
                person,
                role,
                draw(st.sampled_from(["proposed", "confirmed", "declined"])),
                draw(st.sampled_from([0, 7])),
                n,
            )
        )
    interests, seen = [], set()
    for n in range(draw(st.integers(max_interests // 2, max_interests))):
        person = draw(st.sampled_from(ids))
        # Mostly wishes some session can meet, so that lineups fill up and constraints bind.
        target = draw(st.sampled_from(sessions))
        kind = draw(
            st.sampled_from(
                {
                    "roundtable": ["roundtable_speaker", "rapporteur"],
                    "plenary": ["plenary_speaker"],
                    "open_discussion": ["open_discussion"],
                }[target.kind]
            )
        )
        roundtable = target.number if kind == "roundtable_speaker" else None
        if (person, kind, roundtable) in seen:
            continue
        seen.add((person, kind, roundtable))
        interests.append(
            InterestFacts(
                2000 + n, person, kind, roundtable, base - timedelta(days=30, minutes=draw(st.integers(0, 5)))
            )
        )
    settings = {
        "rules": {
            "min_groups": draw(st.integers(1, 3)),
            "max_gender_share": draw(st.sampled_from([0.7, 0.5, 1.0])),
            "conflict_buffer_minutes": draw(st.sampled_from([0, 30])),
        },
        "proposer": {
            "seats": {
                "roundtable": {"speaker": draw(st.integers(1, 3)), "rapporteur": 1},
                "plenary": {"speaker": draw(st.integers(1, 3))},
                "open_discussion": {"floor_intervention": draw(st.integers(1, 3))},
            },
            "multiple_speaking_roles": draw(st.booleans()),
        },
    }
    registered = {p: frozenset(draw(st.sampled_from([(1, 2), (1,), (2,)]))) for p in ids}
    return Snapshot(
        1, "Asia/Beirut", settings, parts, tuple(sessions), people, tuple(assignments), tuple(interests), (), registered
    )
