"""Published versions of the schedule (pretalx's model): "publish version" freezes the public
programme, numbered, with a comment; the exports can be run again on any version.

A version's snapshot is a conference dump (docs/file-format.md) cut down to what the public
exports show: the conference and its parts, the sessions that are not internal (cancelled ones
included, so a cancellation shows as a change), their confirmed lineups and those people. It
loads through the same loader as any dump, into a throw-away in-memory store
(:func:`version_store`), and the unchanged exporters run on that: so ``export ics --version 2``
writes today what it wrote when version 2 was published.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from confdesk.errors import ConfDeskError
from confdesk.exports.calendar_source import ensure_uid_key
from confdesk.interchange.dump import dump, load
from confdesk.model import Status
from confdesk.model.versions import PublishedVersion
from confdesk.services import validate
from confdesk.services.base import now
from confdesk.services.changes import Outcome, touched
from confdesk.store import Store, open_store

DRAFT = "draft"
LATEST = "latest"
#: ``--version`` as given: a number, :data:`LATEST` or :data:`DRAFT`.
Which = int | str


class UnknownVersion(ConfDeskError, LookupError):
    """The version asked for was never published."""


@dataclass(frozen=True, slots=True)
class VersionInfo:
    number: int
    comment: str
    published_at: datetime
    sessions: int


def public_programme(db: DbSession, conference_id: int) -> dict[str, Any]:
    """The dump of what the public exports show, as it stands (the draft)."""
    data = dump(db, conference_id)
    sessions = [record for record in data["sessions"] if not record["internal"]]
    public = {record["id"] for record in sessions}
    lineup = [
        {**record, "history": []}
        for record in data["assignments"]
        if record["session_id"] in public and record["status"] == Status.CONFIRMED
    ]
    speakers = {record["person_id"] for record in lineup}
    return {
        **data,
        "sessions": sessions,
        "people": [record for record in data["people"] if record["id"] in speakers],
        "registrations": [],
        "assignments": lineup,
        "deadlines": [],
    }


def publish_version(
    db: DbSession,
    conference_id: int,
    comment: str,
    *,
    snapshot: dict[str, Any] | None = None,
    published_at: datetime | None = None,
    number: int | None = None,
) -> Outcome[int]:
    """Freeze the public programme as the next numbered version; returns its number. Undo
    takes the version back; redo publishes the same snapshot under the same number."""
    comment = validate.text(comment, field="comment", max_length=500)
    if number is None:
        last = db.scalar(
            select(func.max(PublishedVersion.number)).where(PublishedVersion.conference_id == conference_id)
        )
        number = (last or 0) + 1
    if snapshot is None:
        ensure_uid_key(db, conference_id)  # so the snapshot's calendars keep the UIDs already sent
    row = PublishedVersion(
        conference_id=conference_id,
        number=number,
        comment=comment,
        published_at=published_at or now(),
        snapshot=snapshot if snapshot is not None else public_programme(db, conference_id),
    )
    db.add(row)
    db.flush()
    return Outcome(
        number, touched(conference=True), partial(withdraw_version, conference_id=conference_id, number=number)
    )


def withdraw_version(db: DbSession, conference_id: int, number: int) -> Outcome[None]:
    """Take a version back (the undo of publishing it)."""
    row = _row(db, conference_id, number)
    redo = partial(
        publish_version,
        conference_id=conference_id,
        comment=row.comment,
        snapshot=row.snapshot,
        published_at=row.published_at,
        number=number,
    )
    db.delete(row)
    db.flush()
    return Outcome(None, touched(conference=True), redo)


def list_versions(db: DbSession, conference_id: int) -> list[VersionInfo]:
    rows = db.scalars(
        select(PublishedVersion)
        .where(PublishedVersion.conference_id == conference_id)
        .order_by(PublishedVersion.number)
    )
    return [
        VersionInfo(row.number, row.comment, row.published_at, len(row.snapshot.get("sessions", []))) for row in rows
    ]


def parse_which(text: str) -> Which:
    """``--version``'s value: a positive number, ``latest`` or ``draft``."""
    word = text.strip().lower()
    if word in (DRAFT, LATEST):
        return word
    if word.isdigit() and int(word) > 0:
        return int(word)
    raise UnknownVersion(f"'{text}' is not a version: give a number, 'latest' or 'draft'")


def resolve(db: DbSession, conference_id: int, which: Which) -> int | None:
    """The version number ``which`` names (None for the draft); :class:`UnknownVersion` if
    it was never published."""
    if which == DRAFT:
        return None
    numbers = [info.number for info in list_versions(db, conference_id)]
    if not numbers:
        raise UnknownVersion("no version of the schedule has been published yet (see 'confdesk publish-version')")
    if which == LATEST:
        return numbers[-1]
    if which not in numbers:
        listed = ", ".join(str(number) for number in numbers)
        raise UnknownVersion(f"there is no published version {which} (published: {listed})")
    return int(which)


def snapshot_of(db: DbSession, conference_id: int, which: Which) -> dict[str, Any]:
    """The public programme of a published version, or as it stands for the draft."""
    number = resolve(db, conference_id, which)
    if number is None:
        return public_programme(db, conference_id)
    return dict(_row(db, conference_id, number).snapshot)


@contextmanager
def version_store(store: Store, conference_id: int, which: Which) -> Iterator[tuple[Store, int, int | None]]:
    """The store to export ``which`` from, its conference id and the version number: the
    conference's own store for the draft, else an in-memory store holding the snapshot."""
    with store.reader() as db:
        number = resolve(db, conference_id, which)
        snapshot = None if number is None else dict(_row(db, conference_id, number).snapshot)
    if snapshot is None:
        yield store, conference_id, None
        return
    frozen = open_store("sqlite://")
    try:
        with frozen.unit() as db:
            frozen_id = load(db, snapshot)
        yield frozen, frozen_id, number
    finally:
        frozen.close()


def _row(db: DbSession, conference_id: int, number: int) -> PublishedVersion:
    row = db.scalar(
        select(PublishedVersion).where(
            PublishedVersion.conference_id == conference_id, PublishedVersion.number == number
        )
    )
    if row is None:
        raise UnknownVersion(f"there is no published version {number}")
    return row
