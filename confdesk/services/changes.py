"""What a service changed, so views refresh only what a change touched (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    conference: bool = False
    parts: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    registrations: frozenset[int] = frozenset()
    assignments: frozenset[int] = frozenset()
    deadlines: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine or theirs) if isinstance(mine, bool) else mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def everything(cls) -> Changes:
        """For operations (open, load, import) after which every view reloads."""
        return _EVERYTHING


class _Everything(Changes):
    def __bool__(self) -> bool:
        return True


_EVERYTHING = _Everything(conference=True)


def touched(**ids: int | list[int] | set[int] | frozenset[int] | bool) -> Changes:
    """``touched(sessions=3, assignments=[4, 5])`` builds a :class:`Changes`."""
    values: dict[str, frozenset[int] | bool] = {}
    for name, value in ids.items():
        if isinstance(value, bool):
            values[name] = value
        elif isinstance(value, int):
            values[name] = frozenset({value})
        else:
            values[name] = frozenset(value)
    return Changes(**values)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service's result: a value (a new id, the values before an edit, a snapshot) and the
    changes it made."""

    value: T
    changes: Changes = field(default_factory=Changes)
