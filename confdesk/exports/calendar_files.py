"""Writing the calendars to a folder: the public ones and each person's invitations, one
calendar object per session (one UID per METHOD:REQUEST or METHOD:CANCEL object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from confdesk.exports.calendar import person_file_name, plan_invite, public_calendars
from confdesk.exports.calendar_source import ensure_uid_key, load_source
from confdesk.exports.itip import CANCELLATION, notices
from confdesk.files import Batch
from confdesk.store import Store

#: Called with (done, total) as the files are written.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class WrittenCalendars:
    public: tuple[Path, ...]
    invites: tuple[Path, ...]


def write_calendars(
    store: Store,
    conference_id: int,
    folder: Path,
    *,
    lang: str = "en",
    alarm: int | None = None,
    progress: Progress | None = None,
) -> WrittenCalendars:
    """Write ``conference.ics``, ``part-N.ics``, ``day-YYYY-MM-DD.ics`` in ``lang`` and
    ``invites/<name>-<id>-session-<session>.ics`` for each session a person has (and
    ``-cancel.ics`` for each withdrawn one) in the person's language. These files record no
    delivery: only messages handed over do (``confdesk invites`` and ``send``).

    Every calendar is made before the first is written; each file is written atomically. If
    one cannot be written, :class:`~confdesk.files.BatchError` says how many were."""
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    stamp = datetime.now(UTC)
    invites_folder = folder / "invites"
    invites_folder.mkdir(parents=True, exist_ok=True)
    public = [
        (name.removesuffix(".ics"), calendar.to_ical())
        for name, calendar in public_calendars(source, lang, alarm=alarm, stamp=stamp).items()
    ]
    invites = []
    total = len(source.people)
    for done, person_id in enumerate(source.people, start=1):
        invite = plan_invite(source, person_id, alarm=alarm, stamp=stamp)
        stem = person_file_name(invite.person)
        for notice in notices(invite, everyone=True):
            suffix = "-cancel" if notice.kind == CANCELLATION else ""
            invites.append((f"{stem}-session-{notice.event.session_id}{suffix}", notice.calendar().to_ical()))
        if progress is not None:
            progress(done, total)
    batch = Batch(len(public) + len(invites), "calendar files")
    public_paths = [batch.add(folder, stem, ".ics", data) for stem, data in public]
    invite_paths = [batch.add(invites_folder, stem, ".ics", data) for stem, data in invites]
    return WrittenCalendars(tuple(public_paths), tuple(invite_paths))
