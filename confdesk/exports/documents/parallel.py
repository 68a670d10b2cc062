"""Sessions held at the same time (the thematic roundtables): found so the programme and the
agenda at a glance can group them under one "Parallel sessions" line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from confdesk.exports.documents.snapshot import SessionView


@dataclass(frozen=True)
class ParallelGroup:
    """Sessions that overlap one another in time, from the first start to the last end."""

    session_ids: tuple[int, ...]
    starts_at: datetime
    ends_at: datetime


def parallel_groups(sessions: Sequence[SessionView]) -> dict[int, ParallelGroup]:
    """Each session that overlaps another (directly or through a third) with its group; a
    session alone in its time is not in the result. ``sessions`` are in order of start."""
    groups: list[list[SessionView]] = []
    end: datetime | None = None
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.id)):
        if groups and end is not None and session.starts_at < end:
            groups[-1].append(session)
            end = max(end, session.ends_at)
        else:
            groups.append([session])
            end = session.ends_at
    found: dict[int, ParallelGroup] = {}
    for members in groups:
        if len(members) < 2:
            continue
        group = ParallelGroup(
            tuple(s.id for s in members), min(s.starts_at for s in members), max(s.ends_at for s in members)
        )
        found.update((s.id, group) for s in members)
    return found
