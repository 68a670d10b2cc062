"""From interests to candidate seats: which (person, session, role) each interest could become,
what is left in each lineup, and why an interest has no candidate at all.

On a large conference an interest may fit dozens of sessions (a plenary speaker fits every
plenary), which makes a model too large to solve in time. When the candidates exceed
:data:`CANDIDATE_BUDGET`, each interest keeps only its most promising sessions: interests in
order of expression each take the sessions with the fewest candidates per free seat so far, so
the candidates spread over every lineup. The plan records how many it left out, because the
solver can then no longer prove the proposal optimal.
"""

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

#: Above this many candidate seats the plan keeps only each interest's most promising sessions;
#: CP-SAT then still improves on the greedy proposal within a 10 s limit.
CANDIDATE_BUDGET = 20_000
#: However large the conference, each interest keeps at least this many sessions to choose from.
MIN_SESSIONS_PER_INTEREST = 3


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
    #: Organisation keys of the people already speaking.
    organisations: frozenset[str] = frozenset()


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
    #: Candidate seats left out to keep the model small (0: the plan is complete).
    pruned: int = 0
    #: An upper bound on the interests any proposal can place, valid for the complete plan.
    bound: int = 0

    def is_speaking(self, role: str) -> bool:
        return role in self.settings.rules.speaking_roles


def passes_balance(people: list[PersonFacts], settings: ProposerSettings) -> bool:
    """The lineup balance the rules check: enough stakeholder groups, no gender above its share."""
    rules = settings.rules
    groups = {p.group for p in people if p.group}
    if len(groups) < min(rules.min_groups, len(people)):
        return False
    return gender_over_share([p.gender for p in people], rules.max_gender_share) is None


#: Why an interest was decided before solving: (reason, session id or None, role or None).
_Decision = tuple[str, int | None, str | None]
#: The sessions by kind, by (kind, number), and those with room by (kind, number, minutes).
_SessionIndex = tuple[
    dict[str, list[SessionFacts]],
    dict[tuple[str, int | None], list[SessionFacts]],
    dict[tuple[str, int | None, int], list[SessionFacts]],
]


@dataclass(frozen=True)
class _Wish:
    """One interest with the sessions it could have a seat in."""

    interest: InterestFacts
    role: str
    minutes: int
    sessions: list[SessionFacts]


def make_plan(snap: Snapshot, settings: ProposerSettings) -> Plan:
    buffer = timedelta(minutes=settings.rules.conflict_buffer_minutes)
    open_sessions = [s for s in snap.sessions if not s.cancelled and not s.internal]
    rooms = {session.id: _room(snap, settings, session) for session in open_sessions}
    by_kind: dict[str, list[SessionFacts]] = defaultdict(list)
    by_number: dict[tuple[str, int | None], list[SessionFacts]] = defaultdict(list)
    for session in open_sessions:
        by_kind[session.kind].append(session)
        by_number[session.kind, session.number].append(session)
    # A person who declined or withdrew from a session is not proposed for it again.
    refused = {(a.person_id, a.session_id) for a in snap.assignments if not a.active}
    ordered = sorted(snap.interests, key=lambda i: (i.expressed_at, i.id))
    ranks = {interest.id: rank for rank, interest in enumerate(ordered)}
    wishes: list[_Wish] = []
    decided: dict[int, _Decision] = {}
    for interest in ordered:
        outcome = _wish(snap, settings, rooms, (by_kind, by_number, {}), refused, interest, buffer)
        if isinstance(outcome, tuple):
            decided[interest.id] = outcome
        else:
            wishes.append(outcome)
    total = sum(len(wish.sessions) for wish in wishes)
    bound = _bound(settings, rooms, wishes)
    if total > CANDIDATE_BUDGET:
        _prune(snap, rooms, wishes, _sessions_per_interest(wishes))
    candidates = tuple(
        Candidate(wish.interest.id, wish.interest.person_id, session.id, wish.role, wish.minutes)
        for wish in wishes
        for session in wish.sessions
    )
    return Plan(snap, settings, candidates, rooms, ranks, decided, total - len(candidates), bound)


def _room(snap: Snapshot, settings: ProposerSettings, session: SessionFacts) -> Room:
    lineup = snap.active_by_session.get(session.id, [])
    taken: dict[str, int] = defaultdict(int)
    for assignment in lineup:
        taken[assignment.role] += 1
    seats = {role: max(0, n - taken[role]) for role, n in settings.seats.get(session.kind, {}).items()}
    speaker_ids = sorted({a.person_id for a in lineup if a.role in settings.rules.speaking_roles})
    speakers = tuple(snap.person_by_id[p] for p in speaker_ids)
    return Room(
        session=session,
        seats=seats,
        minutes=session.minutes - sum(a.speaking_minutes for a in lineup),
        speakers=speakers,
        balanced=session.kind in settings.rules.balance_kinds and passes_balance(list(speakers), settings),
        organisations=frozenset(p.organisation_key for p in speakers if p.organisation_key),
    )


def _wish(
    snap: Snapshot,
    settings: ProposerSettings,
    rooms: dict[int, Room],
    index: _SessionIndex,
    refused: set[tuple[int, int]],
    interest: InterestFacts,
    buffer: timedelta,
) -> _Wish | _Decision:
    """The sessions one interest could have a seat in, or the (reason, session, role) it has
    none. ``index`` holds the sessions by kind, by kind and number, and a cache of the sessions
    with room for each kind of wish."""
    if interest.kind not in WANTS:
        return ("no_session", None, None)
    kind, role = WANTS[interest.kind]
    by_kind, by_number, roomy = index
    if interest.kind == InterestKind.ROUNDTABLE_SPEAKER:
        sessions = by_number.get((kind, interest.roundtable), [])
    else:
        sessions = by_kind.get(kind, [])
    if not sessions:
        return ("no_session", None, None)
    person = snap.person_by_id[interest.person_id]
    mine = snap.active_by_person.get(person.id, [])
    for assignment in mine:
        if assignment.role == role and assignment.session_id in {s.id for s in sessions}:
            return ("already_assigned", assignment.session_id, role)
    speaking = role in settings.rules.speaking_roles
    if speaking and not settings.multiple_speaking_roles:
        held = [a for a in mine if a.role in settings.rules.speaking_roles]
        if held:
            return ("has_speaking_role", held[0].session_id, held[0].role)
    busy = [snap.session_by_id[a.session_id] for a in mine]
    registered = snap.registered_parts.get(person.id, frozenset())
    minutes = settings.minutes_for(role)
    organisation = person.organisation_key if speaking else ""

    def obstacle(session: SessionFacts) -> int | None:
        """The stage (index in EXCLUSIONS) that keeps the person out of the session."""
        if session.part_id not in registered:
            return 1
        if (person.id, session.id) in refused:
            return 2
        if busy and any(
            other.id == session.id
            or (other.starts_at < session.ends_at + buffer and session.starts_at < other.ends_at + buffer)
            for other in busy
        ):
            return 3
        if organisation and organisation in rooms[session.id].organisations:
            return 4
        return None

    # Lineups with room first: on a large conference most are full.
    key = (interest.kind, interest.roundtable, minutes)
    if key not in roomy:
        roomy[key] = [
            s for s in sessions if rooms[s.id].seats.get(role, 0) >= 1 and rooms[s.id].minutes >= minutes
        ]  # fmt: skip
    found = [s for s in roomy[key] if obstacle(s) is None]
    if found:
        return _Wish(interest, role, minutes, found)
    # The reason is the most promising stage any session reached ("full" when only seats lack).
    return (EXCLUSIONS[max(obstacle(s) or 5 for s in sessions)], None, None)


def _capacity(room: Room, role: str, minutes: int) -> int:
    seats = room.seats.get(role, 0)
    return seats if minutes <= 0 else min(seats, room.minutes // minutes)


def _bound(settings: ProposerSettings, rooms: dict[int, Room], wishes: list[_Wish]) -> int:
    """At most one seat per interest with a candidate, and at most the seats each lineup can
    still take (by seats, minutes and how many interests want them)."""
    wanting: dict[tuple[int, str], int] = defaultdict(int)
    for wish in wishes:
        for session in wish.sessions:
            wanting[session.id, wish.role] += 1
    room_capacity = sum(
        min(n, _capacity(rooms[session_id], role, settings.minutes_for(role)))
        for (session_id, role), n in wanting.items()
    )
    return min(len(wishes), room_capacity)


def _sessions_per_interest(wishes: list[_Wish]) -> int:
    """The most sessions per interest that keep the candidates within budget."""
    counts = [len(wish.sessions) for wish in wishes]
    keep = max(counts)
    while keep > MIN_SESSIONS_PER_INTEREST and (total := sum(min(n, keep) for n in counts)) > CANDIDATE_BUDGET:
        # Shrink in proportion to the excess (by one at least) rather than one at a time.
        keep = max(MIN_SESSIONS_PER_INTEREST, min(keep - 1, keep * CANDIDATE_BUDGET // total))
    return keep


def _prune(snap: Snapshot, rooms: dict[int, Room], wishes: list[_Wish], keep: int) -> None:
    """Each interest (earliest first) keeps the ``keep`` sessions with the fewest candidates per
    free seat so far, counting twice those of the same gender and of the same stakeholder group:
    otherwise volunteers in a regular order (as a list import gives them) could leave some
    lineups with one gender or group only, which balance then keeps empty. Ties go to the
    earliest session, then the lowest id."""
    load: dict[tuple[int, str] | tuple[int, str, str, str | None], int] = defaultdict(int)
    for wish in wishes:
        role, person = wish.role, snap.person_by_id[wish.interest.person_id]
        if len(wish.sessions) > keep:
            wish.sessions[:] = sorted(wish.sessions, key=lambda s: (
                (load[s.id, role] + load[s.id, role, "gender", person.gender] + load[s.id, role, "group", person.group])
                / rooms[s.id].seats[role],
                s.starts_at, s.id,
            ))[:keep]  # fmt: skip
        for session in wish.sessions:
            load[session.id, role] += 1
            load[session.id, role, "gender", person.gender] += 1
            load[session.id, role, "group", person.group] += 1
