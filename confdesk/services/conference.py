"""The conference and its parts; each outcome carries its undo."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import partial
from typing import Any, Unpack, cast
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from confdesk import world
from confdesk.model import Conference, LocalText, Part, Session, registration_part
from confdesk.model.house_style import HouseStyle, HouseStyleError
from confdesk.model.organisers import Organiser
from confdesk.model.themes import ThemeFramework
from confdesk.rules.settings import RuleSettings, SettingsError
from confdesk.services import validate
from confdesk.services.base import fetch, new_id
from confdesk.services.changes import Outcome, combined, touched
from confdesk.services.data import ConferenceChanges, ConferenceData, PartChanges, PartData
from confdesk.services.errors import EndBeforeStart, OutsidePart, Required, SessionsOutsidePart, ValidationError
from confdesk.services.logos import check_logo
from confdesk.services.sessions import restore_session
from confdesk.services.snapshots import PartSnapshot, part_data, session_snapshot
from confdesk.services.themes import check_framework, left_out, themes_in_use
from confdesk.words import counted


def _check_conference(data: ConferenceData) -> ConferenceData:
    name = validate.local_text(data.name, field="name", max_length=validate.TITLE_LENGTH)
    if name.is_empty():
        raise Required("name: a conference needs a name", field="name")
    validate.timezone(data.timezone)
    languages = tuple(validate.language(code, field="languages") for code in data.languages)
    if not languages:
        raise Required("languages: at least one language is required", field="languages")
    contact = validate.email(data.contact_email, field="contact_email") or ""
    organisers = tuple(_check_organiser(Organiser.from_dict(item), index) for index, item in enumerate(data.organisers))
    notes = {
        validate.clean(key, field="notes", max_length=100): validate.local_text(
            text, field=f"notes.{key}", multiline=True, max_length=validate.BODY_LENGTH
        )
        for key, text in data.notes.items()
    }
    interpretation = tuple(
        dict.fromkeys(validate.language(code, field="interpretation") for code in data.interpretation)
    )
    validate.settings(data.settings)
    try:
        RuleSettings.from_conference(data.settings)
    except SettingsError as error:
        raise ValidationError(f"settings: {error}", field="settings") from None
    try:
        HouseStyle.from_settings(data.settings)
    except HouseStyleError as error:
        raise ValidationError(str(error), field=error.field) from None
    return replace(
        data,
        name=name,
        short_name=validate.local_text(data.short_name, field="short_name", max_length=100),
        languages=languages,
        organisers=organisers,
        contact_email=contact,
        platform=validate.text(data.platform, field="platform", max_length=120),
        platform_url=validate.link(data.platform_url, field="platform_url"),
        notes=notes,
        themes=check_framework(data.themes),
        interpretation=interpretation,
    )


def _check_organiser(organiser: Organiser, index: int) -> Organiser:
    name = validate.local_text(organiser.name, field=f"organisers[{index}]", multiline=True, max_length=2_000)
    logo = check_logo(organiser.logo, field=f"organisers[{index}].logo") if organiser.logo else None
    return Organiser(name, logo)


def _conference_values(data: ConferenceData) -> dict[str, Any]:
    return {
        "name": data.name,
        "short_name": data.short_name,
        "timezone": data.timezone,
        "languages": list(data.languages),
        "organisers": [organiser.to_dict() for organiser in data.organisers],
        "contact_email": data.contact_email,
        "platform": data.platform,
        "platform_url": data.platform_url,
        "notes": {key: text.to_dict() for key, text in data.notes.items()},
        "settings": dict(data.settings),
        "themes": data.themes.to_dict(),
        "interpretation": list(data.interpretation),
    }


def conference_data(row: Conference) -> ConferenceData:
    return ConferenceData(
        name=row.name,
        short_name=row.short_name,
        timezone=row.timezone,
        languages=tuple(row.languages),
        organisers=tuple(Organiser.from_dict(item) for item in row.organisers),
        contact_email=row.contact_email,
        platform=row.platform,
        platform_url=row.platform_url,
        notes={key: LocalText.from_dict(value) for key, value in row.notes.items()},
        settings=dict(row.settings),
        themes=ThemeFramework.from_dict(row.themes),
        interpretation=tuple(row.interpretation or ()),
    )


def create_conference(db: DbSession, data: ConferenceData, *, conference_id: int | None = None) -> Outcome[int]:
    """A new conference (a new file, the demo, a load). Its undo is not offered to users: the
    file it lives in is what they would discard."""
    data = _check_conference(data)
    row = Conference(id=conference_id, **_conference_values(data))
    new = new_id(db, row)
    return Outcome(new, touched(conference=True))


def update_conference(
    db: DbSession,
    conference_id: int,
    *,
    expected_version: int | None = None,
    remove_from_sessions: bool = False,
    **changes: Unpack[ConferenceChanges],
) -> Outcome[None]:
    """Change fields of the conference; undo sets back what they were.

    A new list of themes that leaves out codes sessions refer to is refused
    (:class:`ThemesInUse`, naming the codes and sessions); with ``remove_from_sessions`` those
    codes are taken off the sessions too, and the undo gives them back."""
    row = fetch(db, Conference, conference_id, expected_version=expected_version, fields=changes)
    before = conference_data(row)
    validate.known_fields(ConferenceData, changes)
    after = _check_conference(replace(before, **changes))
    if after.timezone != before.timezone:
        _check_sessions_in_zone(row, after.timezone)
    missing = left_out(row, after.themes) if after.themes != before.themes else {}
    if missing and not remove_from_sessions:
        raise themes_in_use(missing)
    # Sessions lose the codes first, so that undo, run newest first, gives the old list back
    # before the codes that need it, and redo takes the codes off before the new list comes.
    taken_off = _set_session_themes(db, _kept_themes(row, missing)) if missing else None
    values = _conference_values(after)
    previous: dict[str, Any] = {}
    for name in changes:
        if getattr(before, name) != getattr(after, name):
            previous[name] = getattr(before, name)
            setattr(row, name, values[name])
    undo = partial(update_conference, conference_id=conference_id, **cast(ConferenceChanges, previous))
    done = Outcome(None, touched(conference=True), undo)
    return combined([taken_off, done], None) if taken_off else done


def _kept_themes(row: Conference, missing: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    return {
        session.id: tuple(code for code in session.themes if code not in missing[session.id])
        for part in row.parts
        for session in part.sessions
        if session.id in missing
    }


def _set_session_themes(db: DbSession, themes: dict[int, tuple[str, ...]]) -> Outcome[None]:
    """Put exactly these theme codes on these sessions; the undo puts back what they had."""
    previous: dict[int, tuple[str, ...]] = {}
    for session_id, codes in themes.items():
        session = fetch(db, Session, session_id)
        previous[session_id] = tuple(session.themes)
        session.themes = list(codes)
    return Outcome(None, touched(sessions=themes), partial(_set_session_themes, themes=previous))


def _check_sessions_in_zone(row: Conference, zone: str) -> None:
    """A new time zone keeps every session at its instant; refused when that instant would
    fall on a day outside its part in the new zone (a part's days are the zone's days)."""
    outside = []
    for part in row.parts:
        data = part_data(part)
        outside += [s for s in part.sessions if not _inside(_SessionTimes(s.id, s.starts_at, s.ends_at, 0), data, zone)]
    if outside:
        first = " ".join(outside[0].title.get("en").split())
        others = f" and {counted(len(outside) - 1, 'other session')}" if len(outside) > 1 else ""
        raise OutsidePart(
            f"timezone: in {zone}, “{first}”{others} would fall on a day outside its part "
            "(sessions keep their moment when the time zone changes; move them or the parts first)",
            field="timezone",
        )


def _check_part(data: PartData) -> PartData:
    name = validate.local_text(data.name, field="name", max_length=validate.TITLE_LENGTH)
    if name.is_empty():
        raise Required("name: a part needs a name", field="name")
    if data.end_date < data.start_date:
        raise EndBeforeStart("end_date: the last day comes before the first", field="end_date")
    return replace(data, name=name)


def create_part(db: DbSession, conference_id: int, data: PartData, *, part_id: int | None = None) -> Outcome[int]:
    fetch(db, Conference, conference_id)
    data = _check_part(data)
    values = {f.name: getattr(data, f.name) for f in fields(PartData)}
    row = Part(id=part_id, conference_id=conference_id, **values)
    new = new_id(db, row)
    return Outcome(new, touched(parts=new), partial(delete_part, part_id=new))


def update_part(
    db: DbSession,
    part_id: int,
    *,
    move_sessions: bool = False,
    expected_version: int | None = None,
    **changes: Unpack[PartChanges],
) -> Outcome[None]:
    """Change fields of a part. New dates that would leave a session outside them are refused
    (:class:`SessionsOutsidePart`, which says by how many days the sessions could move); with
    ``move_sessions`` every session of the part moves by as many days as its first day did, at
    the same local time, and its invitations are raised a SEQUENCE. Undo puts the part and
    every session back exactly, SEQUENCE included."""
    row = fetch(db, Part, part_id, expected_version=expected_version, fields=changes)
    before = part_data(row)
    validate.known_fields(PartData, changes)
    after = _check_part(replace(before, **changes))
    shift = (after.start_date - before.start_date).days
    zone = row.conference.timezone
    sessions: list[_SessionTimes] = []
    outside: list[Session] = []
    for session in sorted(row.sessions, key=lambda s: (s.starts_at, s.id)):
        times = _SessionTimes(session.id, session.starts_at, session.ends_at, session.sequence)
        if move_sessions and shift:
            times = _SessionTimes(
                session.id,
                world.days_later(session.starts_at, shift, zone),
                world.days_later(session.ends_at, shift, zone),
                session.sequence + 1,
            )
        if not _inside(times, after, zone):
            outside.append(session)
        sessions.append(times)
    if outside:
        raise _sessions_outside(outside, before, after, shift, move_sessions, zone)
    part_values = {name: getattr(after, name) for name in changes if getattr(before, name) != getattr(after, name)}
    moved = tuple(times for times in sessions if move_sessions and shift)
    return _set_part(db, part_id, part_values, moved)


@dataclass(frozen=True)
class _SessionTimes:
    session_id: int
    starts_at: datetime
    ends_at: datetime
    sequence: int


def _inside(times: _SessionTimes, part: PartData, zone: str) -> bool:
    local = ZoneInfo(zone)
    first, last = times.starts_at.astimezone(local).date(), times.ends_at.astimezone(local).date()
    return part.start_date <= first and last <= part.end_date


def _sessions_outside(
    outside: list[Session], before: PartData, after: PartData, shift: int, moved: bool, zone: str
) -> SessionsOutsidePart:
    field = "start_date" if after.start_date != before.start_date else "end_date"
    length_fits = (after.end_date - after.start_date) >= (before.end_date - before.start_date)
    could_move = not moved and shift != 0 and length_fits
    if not could_move:
        # Would moving them help? Only if every session lands inside when shifted.
        could_move = (
            not moved
            and shift != 0
            and all(
                _inside(
                    _SessionTimes(
                        s.id, world.days_later(s.starts_at, shift, zone), world.days_later(s.ends_at, shift, zone), 0
                    ),
                    after,
                    zone,
                )
                for s in outside
            )
        )
    first = outside[0]
    title = " ".join(first.title.get("en").split())
    others = f" and {counted(len(outside) - 1, 'other session')}" if len(outside) > 1 else ""
    offer = f"; moving them with the part by {shift:+} days would keep them inside" if could_move else ""
    return SessionsOutsidePart(
        f"{field}: “{title}”{others} would fall outside the part's new dates "
        f"({after.start_date.isoformat()} to {after.end_date.isoformat()}){offer}",
        field=field,
        session_ids=tuple(s.id for s in outside),
        shift_days=shift if could_move else None,
    )


def _set_part(
    db: DbSession, part_id: int, part_values: dict[str, Any], sessions: tuple[_SessionTimes, ...]
) -> Outcome[None]:
    """Put exactly these values on the part and these times on its sessions; the undo puts
    back the values they had (and is itself undone by this again)."""
    row = fetch(db, Part, part_id)
    previous_part = {name: getattr(row, name) for name in part_values}
    for name, value in part_values.items():
        setattr(row, name, value)
    previous_sessions = []
    for times in sessions:
        session = fetch(db, Session, times.session_id)
        previous_sessions.append(_SessionTimes(session.id, session.starts_at, session.ends_at, session.sequence))
        session.starts_at, session.ends_at, session.sequence = times.starts_at, times.ends_at, times.sequence
    undo = partial(_set_part, part_id=part_id, part_values=previous_part, sessions=tuple(previous_sessions))
    return Outcome(None, touched(parts=part_id, sessions=[t.session_id for t in sessions]), undo)


def delete_part(db: DbSession, part_id: int) -> Outcome[None]:
    """Delete a part with its sessions and their lineups; undo puts everything back, the
    registrations' links to the part included."""
    row = fetch(db, Part, part_id)
    registration_ids = tuple(
        db.scalars(
            select(registration_part.c.registration_id)
            .where(registration_part.c.part_id == part_id)
            .order_by(registration_part.c.registration_id)
        )
    )
    snapshot = PartSnapshot(
        id=row.id,
        conference_id=row.conference_id,
        data=part_data(row),
        sessions=tuple(session_snapshot(session) for session in row.sessions),
        registration_ids=registration_ids,
    )
    lineups = [a for session in snapshot.sessions for a in session.assignments]
    changes = touched(
        parts=part_id,
        registrations=registration_ids,
        sessions=[session.id for session in snapshot.sessions],
        assignments=[a.id for a in lineups if a.id is not None],
        people={a.person_id for a in lineups},
    )
    db.delete(row)
    db.flush()
    return Outcome(None, changes, partial(restore_part, snapshot=snapshot))


def restore_part(db: DbSession, snapshot: PartSnapshot) -> Outcome[int]:
    created = create_part(db, snapshot.conference_id, snapshot.data, part_id=snapshot.id)
    changes = created.changes | touched(registrations=snapshot.registration_ids)
    for session in snapshot.sessions:
        changes |= restore_session(db, session).changes
    if snapshot.registration_ids:
        db.execute(
            insert(registration_part),
            [{"registration_id": rid, "part_id": snapshot.id} for rid in snapshot.registration_ids],
        )
    return Outcome(snapshot.id, changes, created.undo)
