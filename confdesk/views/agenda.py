"""What the agenda reads: parts and sessions (with their speaker counts) as plain frozen rows.
A session's lineup is :func:`confdesk.views.lineups.lineup_rows`."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Assignment, Conference, Part, Session
from confdesk.model.themes import ThemeFramework
from confdesk.views.rows import Agenda, PartRow, SessionRow
from confdesk.views.sessions import session_fields


def read_agenda(db: DbSession, conference_id: int) -> Agenda:
    """The conference's parts by position and their sessions by start, in four statements."""
    conference = db.execute(
        select(Conference.themes, Conference.interpretation).where(Conference.id == conference_id)
    ).first()
    themes, interpretation = conference if conference is not None else ({}, [])
    parts = tuple(
        PartRow(part_id, name, start_date, end_date)
        for part_id, name, start_date, end_date in db.execute(
            select(Part.id, Part.name, Part.start_date, Part.end_date)
            .where(Part.conference_id == conference_id)
            .order_by(Part.position, Part.id)
        )
    )
    part_ids = [part.id for part in parts]
    counts: dict[int, int] = dict(
        db.execute(
            select(Assignment.session_id, func.count())
            .join(Session, Session.id == Assignment.session_id)
            .where(Session.part_id.in_(part_ids))
            .group_by(Assignment.session_id)
        ).all()
    )
    sessions = tuple(
        SessionRow(**session_fields(row), speakers=counts.get(row.id, 0), version=row.version)
        for row in db.scalars(
            select(Session).where(Session.part_id.in_(part_ids)).order_by(Session.starts_at, Session.id)
        )
    )
    return Agenda(parts, sessions, ThemeFramework.from_dict(themes), tuple(interpretation or ()))
