"""What an action changed and how to take it back.

Every service that changes data returns an :class:`Outcome`: its value, the :class:`Changes`
it made (so views refresh only what a change touched, like Anki's ``OpChanges``) and its
``undo``, an :data:`Action` built by the core from the values before the change. Running the
undo returns an outcome whose own ``undo`` is the redo, with the same ids, so an undo stack
only ever runs "the inverse of what it holds".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session as DbSession

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The entities an action touched, by id. ``everything`` says every view must reload
    (a file opened or switched, a whole conference loaded)."""

    everything: bool = False
    conference: bool = False
    parts: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    registrations: frozenset[int] = frozenset()
    assignments: frozenset[int] = frozenset()
    deadlines: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            merged[item.name] = (mine or theirs) if isinstance(mine, bool) else mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, item.name) for item in fields(self))

    @classmethod
    def all(cls) -> Changes:
        """For operations after which every view reloads."""
        return cls(everything=True, conference=True)


def touched(
    *,
    conference: bool = False,
    parts: int | Iterable[int] = (),
    sessions: int | Iterable[int] = (),
    people: int | Iterable[int] = (),
    registrations: int | Iterable[int] = (),
    assignments: int | Iterable[int] = (),
    deadlines: int | Iterable[int] = (),
) -> Changes:
    """``touched(sessions=3, assignments=[4, 5])`` builds a :class:`Changes`."""

    def ids(value: int | Iterable[int]) -> frozenset[int]:
        return frozenset({value}) if isinstance(value, int) else frozenset(value)

    return Changes(
        conference=conference,
        parts=ids(parts),
        sessions=ids(sessions),
        people=ids(people),
        registrations=ids(registrations),
        assignments=ids(assignments),
        deadlines=ids(deadlines),
    )


#: A change to the conference, run inside one unit of work.
Action = Callable[[DbSession], "Outcome[Any]"]


def _nothing(db: DbSession) -> Outcome[None]:
    return Outcome(None, Changes(), _nothing)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service's result: a value (a new id, the ids created…), the changes it made, and the
    action that takes it back (whose own outcome's ``undo`` does it again)."""

    value: T
    changes: Changes = field(default_factory=Changes)
    undo: Action = _nothing


def combined(outcomes: Sequence[Outcome[Any]], value: T) -> Outcome[T]:
    """One outcome for several actions done in order (an import, a proposal applied): its undo
    takes them back newest first, and the undo of that does them again oldest first."""
    changes = Changes()
    for outcome in outcomes:
        changes |= outcome.changes
    return Outcome(value, changes, in_order([outcome.undo for outcome in reversed(outcomes)]))


def in_order(actions: Sequence[Action]) -> Action:
    """One action doing ``actions`` one after the other (its undo takes them back newest
    first): how successive keyboard nudges become one undo entry."""

    def run(db: DbSession) -> Outcome[None]:
        done = [action(db) for action in actions]
        return combined(done, None)

    return run
