"""The invitation workflow of an assignment: which status may follow which."""

from __future__ import annotations

from confdesk.model import Status

#: proposed → invited → confirmed / declined; withdrawn from anywhere.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.PROPOSED: frozenset({Status.INVITED, Status.WITHDRAWN}),
    Status.INVITED: frozenset({Status.CONFIRMED, Status.DECLINED, Status.WITHDRAWN}),
    Status.CONFIRMED: frozenset({Status.WITHDRAWN}),
    Status.DECLINED: frozenset({Status.WITHDRAWN}),
    Status.WITHDRAWN: frozenset(),
}


def can_move(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS[Status(current)]


def next_statuses(current: str) -> list[Status]:
    return sorted(TRANSITIONS[Status(current)], key=list(Status).index)


#: Statuses under which a person is expected to appear in the printed programme.
ACTIVE: frozenset[Status] = frozenset({Status.PROPOSED, Status.INVITED, Status.CONFIRMED})
