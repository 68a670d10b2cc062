"""What changed in the public programme between two versions, worded in Arabic, English and
French: sessions added, removed, moved, renamed, cancelled or reinstated, and speakers added
to or removed from a session's confirmed lineup.

Document text, like a calendar's (CRAFT.md habit 6): the list goes to the public and the
speakers, so it is rendered here from per-language templates; days, times and zones come from
Babel through :func:`confdesk.exports.calendar_text.when`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from confdesk.exports.calendar_text import language_of, role_name, when
from confdesk.interchange.records import parse_stamp, text_of
from confdesk.model import LocalText

#: The kinds of change, in the order a session's changes are listed.
KINDS = (
    "added",
    "removed",
    "cancelled",
    "reinstated",
    "moved",
    "renamed",
    "speaker_added",
    "speaker_removed",
)

_NBSP = "\u00a0"  # French puts a no-break space before a colon and inside guillemets

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "added": "Added: {session}, {when}",
        "removed": "Removed from the programme: {session}",
        "cancelled": "Cancelled: {session}, {when}",
        "reinstated": "Back in the programme: {session}, {when}",
        "moved": "Moved: {session}, from {old} to {new}",
        "renamed": "Renamed: “{old}” is now “{new}”",
        "speaker_added": "Joins {session}: {person}, {role}",
        "speaker_removed": "No longer in {session}: {person}, {role}",
    },
    "fr": {
        "added": f"Séance ajoutée{_NBSP}: {{session}}, {{when}}",
        "removed": f"Séance retirée du programme{_NBSP}: {{session}}",
        "cancelled": f"Séance annulée{_NBSP}: {{session}}, {{when}}",
        "reinstated": f"Séance rétablie{_NBSP}: {{session}}, {{when}}",
        "moved": f"Séance déplacée{_NBSP}: {{session}}, du {{old}} au {{new}}",
        "renamed": f"Séance renommée{_NBSP}: «{_NBSP}{{old}}{_NBSP}» devient «{_NBSP}{{new}}{_NBSP}»",
        "speaker_added": f"Rejoint la séance {{session}}{_NBSP}: {{person}}, {{role}}",
        "speaker_removed": f"Ne participe plus à la séance {{session}}{_NBSP}: {{person}}, {{role}}",
    },
    "ar": {
        "added": "جلسة جديدة: {session}، {when}",
        "removed": "جلسة حُذفت من البرنامج: {session}",
        "cancelled": "جلسة أُلغيت: {session}، {when}",
        "reinstated": "جلسة عادت إلى البرنامج: {session}، {when}",
        "moved": "جلسة تغيّر موعدها: {session}، من {old} إلى {new}",
        "renamed": "جلسة تغيّر عنوانها: «{old}» أصبح «{new}»",
        "speaker_added": "ينضمّ إلى جلسة {session}: {person}، {role}",
        "speaker_removed": "لم يعد مشاركًا في جلسة {session}: {person}، {role}",
    },
}


@dataclass(frozen=True, slots=True)
class Speaker:
    person_id: int
    name: str
    name_ar: str
    gender: str | None
    role: str

    def display_name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name


@dataclass(frozen=True, slots=True)
class Change:
    """One change to one session; ``before`` holds the old times of a move, ``old_title`` the
    old title of a renaming, ``speaker`` who joined or left."""

    kind: str
    session: int
    title: LocalText
    starts_at: datetime
    ends_at: datetime
    before: tuple[datetime, datetime] | None = None
    old_title: LocalText | None = None
    speaker: Speaker | None = None

    def describe(self, lang: str, zone: str) -> str:
        lang = language_of(lang)
        values: dict[str, str] = {
            "session": self.title.get(lang),
            "when": when(lang, self.starts_at, self.ends_at, zone),
        }
        if self.before is not None:
            values["old"] = when(lang, *self.before, zone)
            values["new"] = values["when"]
        if self.old_title is not None:
            values["old"], values["new"] = self.old_title.get(lang), self.title.get(lang)
        if self.speaker is not None:
            values["person"] = self.speaker.display_name(lang)
            values["role"] = role_name(lang, self.speaker.role, self.speaker.gender)
        return WORDS[lang][self.kind].format(**values)


@dataclass(frozen=True, slots=True)
class _Session:
    id: int
    title: LocalText
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    lineup: dict[int, Speaker]


def _sessions(snapshot: dict[str, Any]) -> dict[int, _Session]:
    people = {record["id"]: record for record in snapshot.get("people", [])}
    lineups: dict[int, dict[int, Speaker]] = {}
    for record in sorted(snapshot.get("assignments", []), key=lambda r: (r["position"], r["id"])):
        person = people.get(record["person_id"])
        if person is None:
            continue
        lineups.setdefault(record["session_id"], {})[person["id"]] = Speaker(
            person["id"], person["name"], person.get("name_ar", ""), person.get("gender"), record["role"]
        )
    return {
        record["id"]: _Session(
            record["id"],
            text_of(record["title"]),
            parse_stamp(record["starts_at"]),
            parse_stamp(record["ends_at"]),
            bool(record.get("cancelled")),
            lineups.get(record["id"], {}),
        )
        for record in snapshot.get("sessions", [])
    }


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What changed from snapshot ``old`` to snapshot ``new``, in the order of the sessions'
    (new) start times, each session's changes in the order of :data:`KINDS`."""
    before, after = _sessions(old), _sessions(new)
    found: list[Change] = []
    for session_id in before.keys() - after.keys():
        gone = before[session_id]
        found.append(Change("removed", session_id, gone.title, gone.starts_at, gone.ends_at))
    for session_id, now in after.items():
        was = before.get(session_id)
        change = _change_of(now)
        if was is None:
            found.append(change("added"))
            continue
        if now.cancelled != was.cancelled:
            found.append(change("cancelled" if now.cancelled else "reinstated"))
        if (now.starts_at, now.ends_at) != (was.starts_at, was.ends_at):
            found.append(change("moved", before=(was.starts_at, was.ends_at)))
        if now.title != was.title:
            found.append(change("renamed", old_title=was.title))
        for person_id, speaker in now.lineup.items():
            if person_id not in was.lineup:
                found.append(change("speaker_added", speaker=speaker))
        for person_id, speaker in was.lineup.items():
            if person_id not in now.lineup:
                found.append(change("speaker_removed", speaker=speaker))
    found.sort(key=lambda c: (c.starts_at, c.session, KINDS.index(c.kind)))
    return found


def _change_of(session: _Session) -> Callable[..., Change]:
    def change(kind: str, **details: Any) -> Change:
        return Change(kind, session.id, session.title, session.starts_at, session.ends_at, **details)

    return change
