"""From interests to candidate seats: which (person, session, role) each interest could become,
what is left in each lineup, and why an interest has no candidate at all."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from confdesk.model import InterestKind, Role, SessionKind
from confdesk.proposer.settings import ProposerSettings
from confdesk.rules.lineups import gender_over_share
from confdesk.rules.snapshot import InterestFacts, PersonFacts, SessionFacts, Snapshot

#: Which sessions and role each kind of interest asks for.
WANTS: dict[str, tuple[str, str]] = {
    InterestKind.ROUNDTABLE_SPEAKER: (SessionKind.ROUNDTABLE, Role.SPEAKER),
    InterestKind.PLENARY_SPEAKER: (SessionKind.PLENARY, Role.SPEAKER),
    InterestKind.RAPPORTEUR: (SessionKind.ROUNDTABLE, Role.RAPPORTEUR),
    InterestKind.OPEN_DISCUSSION: (SessionKind.OPEN_DISCUSSION, Role.FLOOR_INTERVENTION),
}

#: Why an interest got no candidate seat, from the least to the most promising stage reached.
EXCLUSIONS = ("no_session", "not_registered", "declined_before", "conflict", "same_organisation", "full")


@dataclass(frozen=True)
class Candidate:
    interest_id: int
    person_id: int
    session_id: int
    role: str
    minutes: int


@dataclass(frozen=True)
class Room:
    """What is left of one session's lineup for new people."""

    session: SessionFacts
    seats: dict[str, int]
    minutes: int
    #: People already speaking (active, speaking roles) in the session.
    speakers: tuple[PersonFacts, ...]
    #: Balance applies to this session and its current lineup passes it; a lineup that already
    #: fails is left to the rules to report rather than making the whole proposal infeasible.
    balanced: bool


@dataclass(frozen=True)
class Plan:
    snap: Snapshot
    settings: ProposerSettings
    candidates: tuple[Candidate, ...]
    rooms: dict[int, Room]
    #: Interest id -> rank by time of expression (0 = earliest); earlier wins ties.
    ranks: dict[int, int]
    #: Interests decided before solving: id -> (reason, session id or None, role or None).
    decided: dict[int, tuple[str, int | None, str | None]] = field(default_factory=dict)

    def is_speaking(self, role: str) -> bool:
        return role in self.settings.rules.speaking_roles


def _passes_balance(people: list[PersonFacts], settings: ProposerSettings) -> bool:
    rules = settings.rules
    groups = {p.group for p in people if p.group}
    if len(groups) < min(rules.min_groups, len(people)):
        return False
    return gender_over_share([p.gender for p in people], rules.max_gender_share) is None


def make_plan(snap: Snapshot, settings: ProposerSettings) -> Plan:
    buffer = timedelta(minutes=settings.rules.conflict_buffer_minutes)
    open_sessions = [s for s in snap.sessions if not s.cancelled and not s.internal]
    by_kind: dict[str, list[SessionFacts]] = defaultdict(list)
    for session in open_sessions:
        by_kind[session.kind].append(session)

    rooms: dict[int, Room] = {}
    for session in open_sessions:
        lineup = snap.active_by_session.get(session.id, [])
        taken: dict[str, int] = defaultdict(int)
        for assignment in lineup:
            taken[assignment.role] += 1
        seats = {role: max(0, n - taken[role]) for role, n in settings.seats.get(session.kind, {}).items()}
        speaker_ids = sorted({a.person_id for a in lineup if a.role in settings.rules.speaking_roles})
        speakers = tuple(snap.person_by_id[p] for p in speaker_ids)
        rooms[session.id] = Room(
            session=session,
            seats=seats,
            minutes=session.minutes - sum(a.speaking_minutes for a in lineup),
            speakers=speakers,
            balanced=session.kind in settings.rules.balance_kinds and _passes_balance(list(speakers), settings),
        )

    # A person who declined or withdrew from a session is not proposed for it again.
    refused = {(a.person_id, a.session_id) for a in snap.assignments if not a.active}
    ordered = sorted(snap.interests, key=lambda i: (i.expressed_at, i.id))
    ranks = {interest.id: rank for rank, interest in enumerate(ordered)}
    candidates: list[Candidate] = []
    decided: dict[int, tuple[str, int | None, str | None]] = {}
    for interest in ordered:
        outcome = _candidates(snap, settings, rooms, by_kind, refused, interest, buffer)
        if isinstance(outcome, tuple):
            decided[interest.id] = outcome
        else:
            candidates.extend(outcome)
    return Plan(snap, settings, tuple(candidates), rooms, ranks, decided)


def _candidates(snap, settings, rooms, by_kind, refused, interest: InterestFacts, buffer):
    """The candidate seats of one interest, or the (reason, session, role) it has none."""
    if interest.kind not in WANTS:
        return ("no_session", None, None)
    kind, role = WANTS[interest.kind]
    sessions = [
        s for s in by_kind.get(kind, [])
        if interest.kind != InterestKind.ROUNDTABLE_SPEAKER or s.number == interest.roundtable
    ]
    if not sessions:
        return ("no_session", None, None)
    person = snap.person_by_id[interest.person_id]
    mine = snap.active_by_person.get(person.id, [])
    wanted = {s.id for s in sessions}
    for assignment in mine:
        if assignment.role == role and assignment.session_id in wanted:
            return ("already_assigned", assignment.session_id, role)
    speaking = role in settings.rules.speaking_roles
    if speaking and not settings.multiple_speaking_roles:
        held = [a for a in mine if a.role in settings.rules.speaking_roles]
        if held:
            return ("has_speaking_role", held[0].session_id, held[0].role)
    busy = [snap.session_by_id[a.session_id] for a in mine]
    registered = snap.registered_parts.get(person.id, frozenset())
    minutes = settings.minutes_for(role)
    found, stage = [], 0
    for session in sessions:
        room = rooms[session.id]
        if session.part_id not in registered:
            reached = 1
        elif (person.id, session.id) in refused:
            reached = 2
        elif any(
            other.id == session.id
            or (other.starts_at < session.ends_at + buffer and session.starts_at < other.ends_at + buffer)
            for other in busy
        ):
            reached = 3
        elif speaking and person.organisation_key and any(
            p.organisation_key == person.organisation_key for p in room.speakers
        ):
            reached = 4
        elif room.seats.get(role, 0) < 1 or room.minutes < minutes:
            reached = 5
        else:
            found.append(Candidate(interest.id, person.id, session.id, role, minutes))
            continue
        stage = max(stage, reached)
    return found or (EXCLUSIONS[stage], None, None)
