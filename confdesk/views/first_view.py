"""The agenda of a conference file read straight from SQLite, without SQLAlchemy.

Start-up shows it before the store opens: importing SQLAlchemy, the models and the services
takes longer than the rest of start-up together, and the organisers want to see their agenda.
:func:`read_first_view` answers with the same rows :func:`confdesk.views.agenda.read_agenda`
and :func:`confdesk.views.lineups.lineup_rows` give (a test compares them), or with None when it
cannot be sure to: a database URL, a file it could not read without changing it, or a schema
that is not the newest. The store opens the file right after, checks it fully (and says what is
wrong with it, if anything) and makes its backup; every change goes through it.

SQL by hand, which the rest of the core leaves to SQLAlchemy: the first view is the one place
where loading SQLAlchemy is what takes the time. It reads the columns the way the ORM's column
types do (``confdesk.model.base``): JSON text, naive UTC datetimes, ISO dates.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from confdesk.model import LocalText
from confdesk.model.themes import ThemeFramework
from confdesk.views.rows import Agenda, LineupRow, PartRow, SessionRow

_MIGRATIONS = Path(__file__).resolve().parent.parent / "store" / "migrations" / "versions"
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SESSION_COLUMNS = (
    "id, part_id, kind, number, title, description, starts_at, ends_at, join_url, meeting_id, passcode,"
    " interpretation, themes, internal, cancelled, sequence, version"
)


@dataclass(frozen=True)
class FirstView:
    """What the window shows of a conference file before the store has opened it."""

    location: str
    conference_id: int
    name: LocalText
    short_name: LocalText
    timezone: str
    agenda: Agenda
    #: Each session's lineup (:class:`LineupRow` by position), for the session first selected.
    lineups: dict[int, tuple[LineupRow, ...]] = field(default_factory=dict)

    def title(self, lang: str) -> str:
        """As :func:`confdesk.views.conference.conference_title`."""
        return self.short_name.get(lang) or self.name.get(lang)


def newest_revision() -> str:
    """The newest schema revision, from the migrations' file names (``0006_….py``)."""
    return max((name[:4] for name in os.listdir(_MIGRATIONS) if name[:4].isdigit()), default="")


def read_first_view(location: str) -> FirstView | None:
    """The agenda of the SQLite conference file at ``location``, or None (see the module)."""
    path = Path(location)
    if "://" in location or not _readable_without_change(path):
        return None
    try:
        connection = sqlite3.connect(path, timeout=0)
    except sqlite3.Error:
        return None
    try:
        # Nothing here writes; closing the last connection to a WAL file removes its -wal and
        # -shm files, as the file was before.
        connection.execute("PRAGMA query_only = ON")
        return _read(connection, location)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None  # the store reads the file next, and says what is wrong with it
    finally:
        connection.close()


def _readable_without_change(path: Path) -> bool:
    """A SQLite file that a read-write connection can read without writing to it: no journal
    left by a crash to roll back, a folder to remove the -wal/-shm files from."""
    try:
        if not path.is_file() or Path(f"{path}-journal").exists():
            return False
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return False
        with path.open("rb") as file:
            return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _read(db: sqlite3.Connection, location: str) -> FirstView | None:
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"alembic_version", "conference", "part", "session", "assignment", "person"} <= tables:
        return None
    revisions = [revision for (revision,) in db.execute("SELECT version_num FROM alembic_version")]
    if revisions != [newest_revision()]:
        return None  # older (the store upgrades it) or newer (the store refuses it)
    conference = db.execute(
        "SELECT id, name, short_name, timezone, themes, interpretation FROM conference ORDER BY id LIMIT 1"
    ).fetchone()
    if conference is None:
        return None
    conference_id, name, short_name, timezone, themes, interpretation = conference
    parts = tuple(
        PartRow(part_id, _text(part_name), date.fromisoformat(start), date.fromisoformat(end))
        for part_id, part_name, start, end in db.execute(
            "SELECT id, name, start_date, end_date FROM part WHERE conference_id = ? ORDER BY position, id",
            (conference_id,),
        )
    )
    in_parts = "SELECT id FROM part WHERE conference_id = ?"
    counts: dict[int, int] = dict(
        db.execute(
            "SELECT assignment.session_id, count(*) FROM assignment JOIN session ON session.id = assignment.session_id"
            f" WHERE session.part_id IN ({in_parts}) GROUP BY assignment.session_id",
            (conference_id,),
        ).fetchall()
    )
    sessions = tuple(
        _session(row, counts)
        for row in db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM session WHERE part_id IN ({in_parts}) ORDER BY starts_at, id",
            (conference_id,),
        )
    )
    lineups: dict[int, list[LineupRow]] = {}
    for session_id, *values in db.execute(
        "SELECT assignment.session_id, assignment.id, assignment.version, assignment.person_id, person.name,"
        " person.name_ar, person.organisation, assignment.role, assignment.position,"
        " assignment.speaking_minutes, assignment.status"
        " FROM assignment JOIN person ON person.id = assignment.person_id"
        f" JOIN session ON session.id = assignment.session_id WHERE session.part_id IN ({in_parts})"
        " ORDER BY assignment.session_id, assignment.position, assignment.id",
        (conference_id,),
    ):
        # The columns of LineupRow, in its order; the organisation is a LocalText.
        values[5] = _text(values[5])
        lineups.setdefault(session_id, []).append(LineupRow(*values))
    agenda = Agenda(parts, sessions, ThemeFramework.from_dict(_json(themes) or {}), tuple(_json(interpretation) or ()))
    return FirstView(
        location,
        conference_id,
        _text(name),
        _text(short_name),
        timezone,
        agenda,
        {session_id: tuple(rows) for session_id, rows in lineups.items()},
    )


def _session(row: Iterable[Any], counts: dict[int, int]) -> SessionRow:
    (
        session_id,
        part_id,
        kind,
        number,
        title,
        description,
        starts_at,
        ends_at,
        join_url,
        meeting_id,
        passcode,
        interpretation,
        themes,
        internal,
        cancelled,
        sequence,
        version,
    ) = row
    return SessionRow(
        id=session_id,
        part_id=part_id,
        kind=kind,
        number=number,
        title=_text(title),
        description=_text(description),
        starts_at=_utc(starts_at),
        ends_at=_utc(ends_at),
        join_url=join_url,
        meeting_id=meeting_id,
        passcode=passcode,
        interpretation=tuple(_json(interpretation) or ()),
        themes=tuple(_json(themes) or ()),
        internal=bool(internal),
        cancelled=bool(cancelled),
        sequence=sequence,
        speakers=counts.get(session_id, 0),
        version=version,
    )


def _json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _text(value: str | None) -> LocalText:
    """As ``LocalTextType``."""
    return LocalText.from_dict(_json(value))


def _utc(value: str) -> datetime:
    """As ``UTCDateTime``: stored naive in UTC, read back aware."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
