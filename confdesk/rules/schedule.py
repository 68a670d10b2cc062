"""Rules about time: people and meeting links in two places at once, sessions outside their
part's days, lineups that talk longer than their session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from confdesk.rules.problem import Problem
from confdesk.rules.settings import RuleSettings
from confdesk.rules.snapshot import SessionFacts, Snapshot


def overlapping_pairs(
    sessions: Iterable[SessionFacts], buffer: timedelta = timedelta(0)
) -> Iterator[tuple[SessionFacts, SessionFacts]]:
    """Pairs of sessions closer than ``buffer``, by a sweep in start order: each session is only
    compared with those still running, so the work grows with the overlaps, not the square."""
    running: list[SessionFacts] = []
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.id)):
        running = [other for other in running if other.ends_at + buffer > session.starts_at]
        for other in running:
            yield other, session
        running.append(session)


def person_double_booked(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    buffer = timedelta(minutes=settings.conflict_buffer_minutes)
    sessions = snap.session_by_id
    for person_id, assignments in snap.active_by_person.items():
        if len(assignments) < 2:
            continue
        by_session: dict[int, list[int]] = defaultdict(list)
        for assignment in assignments:
            by_session[assignment.session_id].append(assignment.id)
        if len(by_session) < 2:
            continue
        person = snap.person_by_id[person_id]
        for first, second in overlapping_pairs((sessions[s] for s in by_session), buffer):
            gap = "" if not buffer else f" (with {settings.conflict_buffer_minutes} minutes between sessions)"
            yield Problem(
                "person_double_booked",
                "error",
                f"{person.name} is in '{first.title}' and '{second.title}' at the same time{gap}.",
                session_ids=tuple(sorted((first.id, second.id))),
                person_ids=(person_id,),
                assignment_ids=tuple(sorted(by_session[first.id] + by_session[second.id])),
                facts={"buffer_minutes": settings.conflict_buffer_minutes},
            )


def session_outside_part(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    zone = snap.zone
    for session in snap.sessions:
        if session.cancelled:
            continue
        part = snap.part_by_id[session.part_id]
        first = session.starts_at.astimezone(zone).date()
        # A session ending at midnight still belongs to the day it started on.
        last = (session.ends_at - timedelta(microseconds=1)).astimezone(zone).date()
        if first < part.start_date or max(first, last) > part.end_date:
            yield Problem(
                "session_outside_part",
                "error",
                f"'{session.title}' ({first.isoformat()}) is outside the days of "
                f"'{part.name}' ({part.start_date.isoformat()} to {part.end_date.isoformat()}).",
                session_ids=(session.id,),
                part_ids=(part.id,),
                facts={
                    "day": first.isoformat(),
                    "part_start": part.start_date.isoformat(),
                    "part_end": part.end_date.isoformat(),
                },
            )


def shared_link_overlap(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    by_link: dict[str, list[SessionFacts]] = defaultdict(list)
    for session in snap.sessions:
        link = session.join_url.strip().rstrip("/").casefold()
        if link and not session.cancelled:
            by_link[link].append(session)
    for sessions in by_link.values():
        for first, second in overlapping_pairs(sessions):
            yield Problem(
                "shared_link_overlap",
                "error",
                f"'{first.title}' and '{second.title}' overlap on the same meeting link.",
                session_ids=tuple(sorted((first.id, second.id))),
                facts={"join_url": first.join_url},
            )


def minutes_over_length(snap: Snapshot, settings: RuleSettings, today: date) -> Iterator[Problem]:
    for session_id, lineup in snap.active_by_session.items():
        session = snap.session_by_id[session_id]
        spoken = sum(a.speaking_minutes for a in lineup)
        if spoken > session.minutes:
            yield Problem(
                "minutes_over_length",
                "error",
                f"'{session.title}' gives {spoken} speaking minutes but lasts {session.minutes} minutes.",
                session_ids=(session_id,),
                assignment_ids=tuple(sorted(a.id for a in lineup if a.speaking_minutes)),
                facts={"minutes": spoken, "length": session.minutes},
            )
