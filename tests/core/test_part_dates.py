"""New dates for a part: refused while a session would fall outside them, with the shift that
would fit; moved with its sessions at the same local times when asked; undone exactly."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from confdesk import services
from confdesk.interchange.dump import dump, dumps
from confdesk.model import LocalText, Part
from confdesk.services.errors import SessionsOutsidePart


def _snapshot(store) -> str:
    with store.reader() as db:
        return dumps(dump(db, store.conference_id()))


def _parts(db) -> list[Part]:
    return list(db.scalars(select(Part).order_by(Part.start_date)))


def test_new_dates_that_leave_sessions_outside_are_refused_with_the_shift_that_fits(demo_store):
    before = _snapshot(demo_store)
    with demo_store.unit() as db:
        part = _parts(db)[0]
        week = timedelta(days=7)
        with pytest.raises(SessionsOutsidePart) as refused:
            services.update_part(db, part.id, start_date=part.start_date + week, end_date=part.end_date + week)
        error = refused.value
        assert error.field == "start_date" and error.shift_days == 7
        assert set(error.session_ids) == {session.id for session in part.sessions}
        assert "would fall outside the part's new dates" in str(error) and "by +7 days" in str(error)
        assert f"and {len(part.sessions) - 1} other sessions" in str(error)
    assert _snapshot(demo_store) == before


def test_shortening_a_part_under_its_sessions_offers_no_shift(demo_store):
    with demo_store.unit() as db:
        part = _parts(db)[-1]
        assert part.end_date > part.start_date
        with pytest.raises(SessionsOutsidePart) as refused:
            services.update_part(db, part.id, end_date=part.end_date - timedelta(days=1))
        assert refused.value.field == "end_date" and refused.value.shift_days is None
        assert "moving them" not in str(refused.value)


def test_a_part_moved_with_its_sessions_keeps_their_local_times_and_undoes_exactly(demo_store):
    before = _snapshot(demo_store)
    with demo_store.unit() as db:
        part = _parts(db)[-1]
        zone = ZoneInfo(part.conference.timezone)
        # Into the summer: Beirut's clocks change in between, the local times do not.
        shift = timedelta(days=140)
        old = {s.id: (s.starts_at.astimezone(zone), s.ends_at.astimezone(zone), s.sequence) for s in part.sessions}
        done = services.update_part(
            db, part.id, move_sessions=True, start_date=part.start_date + shift, end_date=part.end_date + shift
        )
        db.flush()
        for session in part.sessions:
            starts, ends, sequence = old[session.id]
            now_starts = session.starts_at.astimezone(zone)
            assert now_starts.date() - starts.date() == shift and now_starts.time() == starts.time()
            assert session.ends_at.astimezone(zone).time() == ends.time()
            assert now_starts.utcoffset() != starts.utcoffset()
            assert session.sequence == sequence + 1  # the invitations carry the new time
        assert set(done.changes.sessions) == set(old)
    moved = _snapshot(demo_store)
    with demo_store.unit() as db:
        redo = done.undo(db)
    assert _snapshot(demo_store) == before
    with demo_store.unit() as db:
        redo.undo(db)
    assert _snapshot(demo_store) == moved


def test_a_rename_alone_touches_no_session(demo_store):
    with demo_store.unit() as db:
        part = _parts(db)[0]
        done = services.update_part(db, part.id, move_sessions=True, name=LocalText(en="Consultation"))
        assert not done.changes.sessions


def test_a_new_time_zone_keeps_every_session_at_its_moment_or_is_refused(demo_store):
    from confdesk.services.errors import OutsidePart
    from confdesk.views.conference import conference_settings

    with demo_store.reader() as db:
        moments = {s.id: (s.starts_at, s.ends_at) for part in _parts(db) for s in part.sessions}
    before = _snapshot(demo_store)
    with demo_store.unit() as db, pytest.raises(OutsidePart) as refused:
        # Fourteen hours ahead of UTC: the afternoon sessions in Beirut are the next day there.
        services.update_conference(db, demo_store.conference_id(), timezone="Pacific/Kiritimati")
    assert refused.value.field == "timezone" and "would fall on a day outside its part" in str(refused.value)
    assert _snapshot(demo_store) == before
    with demo_store.unit() as db:
        done = services.update_conference(db, demo_store.conference_id(), timezone="Asia/Amman")
    with demo_store.reader() as db:
        data, _version = conference_settings(db, demo_store.conference_id())
        assert data.timezone == "Asia/Amman"
        assert {s.id: (s.starts_at, s.ends_at) for part in _parts(db) for s in part.sessions} == moments
    with demo_store.unit() as db:
        done.undo(db)
    assert _snapshot(demo_store) == before
