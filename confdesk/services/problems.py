"""Accepting a problem with a note, so it stops nagging, and taking the acceptance back.

Acceptances live in the conference settings, so they travel with the file (and with a dump):
``settings["accepted_problems"]`` is a list of ``{"key", "note", "by", "at"}``, where ``key`` is
:func:`confdesk.rules.problem_key` of the problem, ``by`` who accepted it and ``at`` when (an
ISO 8601 time in UTC). Both actions go through :func:`update_conference`, whose undo sets the
settings back as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference
from confdesk.services import validate
from confdesk.services.base import fetch, now, os_user
from confdesk.services.changes import Outcome
from confdesk.services.conference import update_conference
from confdesk.services.errors import NotFound, ValidationError

#: The settings key holding the acceptances.
ACCEPTED_PROBLEMS = "accepted_problems"
KEY_LENGTH = 500
NOTE_LENGTH = 2_000


@dataclass(frozen=True)
class Acceptance:
    """A problem accepted as it is: its key, why, who and when (ISO 8601, or "")."""

    key: str
    note: str = ""
    by: str = ""
    at: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "note": self.note, "by": self.by, "at": self.at}


def acceptances(settings: Mapping[str, Any] | None) -> dict[str, Acceptance]:
    """The acceptances in a conference's settings, by key. Entries that are not objects with
    a text key (a hand-edited file) are left out rather than refused: they accept nothing."""
    found: dict[str, Acceptance] = {}
    entries = (settings or {}).get(ACCEPTED_PROBLEMS, [])
    if not isinstance(entries, list):
        return found
    for entry in entries:
        if isinstance(entry, Mapping) and isinstance(entry.get("key"), str) and entry["key"]:
            found[entry["key"]] = Acceptance(
                entry["key"], *(str(entry.get(name) or "") for name in ("note", "by", "at"))
            )
    return found


def _raw_entries(settings: Mapping[str, Any]) -> list[Any]:
    entries = settings.get(ACCEPTED_PROBLEMS, [])
    return list(entries) if isinstance(entries, list) else []


def _is(entry: Any, key: str) -> bool:
    return isinstance(entry, Mapping) and entry.get("key") == key


def _with(settings: Mapping[str, Any], entries: list[Any]) -> dict[str, Any]:
    changed = dict(settings)
    if entries:
        changed[ACCEPTED_PROBLEMS] = entries
    else:
        changed.pop(ACCEPTED_PROBLEMS, None)
    return changed


def accept_problem(
    db: DbSession,
    conference_id: int,
    key: str,
    note: str,
    *,
    by: str | None = None,
    at: datetime | None = None,
) -> Outcome[None]:
    """Accept the problem ``key`` with ``note`` (why it is fine as it is). Accepting it again
    replaces the note, keeping its place in the list. ``by`` defaults to the operating-system
    user and ``at`` to now."""
    key = validate.text(key, field="key", required=True, max_length=KEY_LENGTH)
    note = validate.text(note, field="note", multiline=True, max_length=NOTE_LENGTH)
    who = validate.escaped(os_user())[:120] if by is None else validate.clean(by, field="by", max_length=120)
    if at is not None and at.tzinfo is None:
        raise ValidationError("at: a time with its zone is required", field="at")
    when = (at or now()).astimezone(UTC).isoformat(timespec="seconds")
    settings = fetch(db, Conference, conference_id).settings or {}
    entry = Acceptance(key, note, who, when).to_dict()
    entries = _raw_entries(settings)
    if any(_is(item, key) for item in entries):
        entries = [entry if _is(item, key) else item for item in entries]
    else:
        entries.append(entry)
    return update_conference(db, conference_id, settings=_with(settings, entries))


def unaccept_problem(db: DbSession, conference_id: int, key: str) -> Outcome[None]:
    """Take back the acceptance of ``key``: the problem counts again."""
    settings = fetch(db, Conference, conference_id).settings or {}
    entries = _raw_entries(settings)
    kept = [item for item in entries if not _is(item, key)]
    if len(kept) == len(entries):
        raise NotFound("accepted problem", key)
    return update_conference(db, conference_id, settings=_with(settings, kept))
