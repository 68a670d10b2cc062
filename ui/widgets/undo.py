"""Helpers for commands that are redone after an undo."""

from __future__ import annotations


class FirstRun:
    """A value used only the first time a command runs.

    Optimistic-lock versions protect the first run against someone else's edit; a redo
    follows the command's own undo, which moved the version on, so it must not check it."""

    def __init__(self, value: int | None) -> None:
        self._value = value

    def take(self) -> int | None:
        value, self._value = self._value, None
        return value
