"""The conference's own fields that screens show: its title in a language, and the text blocks
of the logistics note and letters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, LocalText, Part, Session
from confdesk.services.base import fetch
from confdesk.services.conference import conference_data
from confdesk.services.data import ConferenceData, PartData
from confdesk.services.snapshots import part_data


def conference_title(db: DbSession, conference_id: int, lang: str) -> str:
    """The short name in ``lang`` (falling back like :meth:`LocalText.get`), or the full name
    when there is no short one."""
    short_name, name = db.execute(
        select(Conference.short_name, Conference.name).where(Conference.id == conference_id)
    ).one()
    return short_name.get(lang) or name.get(lang)


def conference_notes(db: DbSession, conference_id: int) -> dict[str, LocalText]:
    """The text blocks (``Conference.notes``) by block name."""
    notes = db.scalar(select(Conference.notes).where(Conference.id == conference_id))
    return {key: LocalText.from_dict(value) for key, value in (notes or {}).items()}


def conference_settings(db: DbSession, conference_id: int) -> tuple[ConferenceData, int]:
    """The conference's fields as the settings dialog edits them, and the version they are at
    (an edit based on them is refused if a colleague changed them since)."""
    row = fetch(db, Conference, conference_id)
    return conference_data(row), row.version


@dataclass(frozen=True)
class PartSetting:
    """A part as the parts dialog edits it: its fields, its version, how many sessions it holds."""

    id: int
    data: PartData
    version: int
    sessions: int


def part_settings(db: DbSession, conference_id: int) -> list[PartSetting]:
    """The conference's parts in their order (position, then first day)."""
    counts = dict(
        db.execute(
            select(Session.part_id, func.count())
            .join(Part)
            .where(Part.conference_id == conference_id)
            .group_by(Session.part_id)
        ).all()
    )
    parts = db.scalars(
        select(Part).where(Part.conference_id == conference_id).order_by(Part.position, Part.start_date, Part.id)
    )
    return [PartSetting(part.id, part_data(part), part.version, counts.get(part.id, 0)) for part in parts]
