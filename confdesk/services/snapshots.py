"""What a deletion takes away, as plain frozen values, so its undo can put it back exactly:
the same ids, the same status history, the same lineup positions.

A snapshot is made of the services' own input shapes (:mod:`confdesk.services.data`), so
restoring one goes through the same checks as any other change.
"""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.model import Assignment, Deadline, Part, Person, Registration, Session
from confdesk.services.data import (
    AssignmentInput,
    DeadlineData,
    InterestData,
    PartData,
    PersonData,
    RegistrationInput,
    SessionData,
    StatusStep,
)


@dataclass(frozen=True)
class SessionSnapshot:
    id: int
    part_id: int
    sequence: int
    data: SessionData
    assignments: tuple[AssignmentInput, ...]


@dataclass(frozen=True)
class PersonSnapshot:
    id: int
    conference_id: int
    data: PersonData
    registrations: tuple[RegistrationInput, ...]
    assignments: tuple[AssignmentInput, ...]


@dataclass(frozen=True)
class PartSnapshot:
    id: int
    conference_id: int
    data: PartData
    sessions: tuple[SessionSnapshot, ...]
    #: Registrations that listed this part (the link goes with the part).
    registration_ids: tuple[int, ...]


@dataclass(frozen=True)
class DeadlineSnapshot:
    id: int
    conference_id: int
    data: DeadlineData


def session_data(row: Session) -> SessionData:
    return SessionData(
        kind=row.kind,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        number=row.number,
        description=row.description,
        join_url=row.join_url,
        meeting_id=row.meeting_id,
        passcode=row.passcode,
        interpretation=tuple(row.interpretation),
        themes=tuple(row.themes),
        internal=row.internal,
        cancelled=row.cancelled,
    )


def person_data(row: Person) -> PersonData:
    return PersonData(
        name=row.name,
        group=row.group,
        name_ar=row.name_ar,
        honorific=row.honorific,
        job_title=row.job_title,
        organisation=row.organisation,
        country=row.country,
        email=row.email,
        language=row.language,
        gender=row.gender,
        timezone=row.timezone,
        listed=row.listed,
        notes=row.notes,
    )


def part_data(row: Part) -> PartData:
    return PartData(row.name, row.start_date, row.end_date, row.position)


def deadline_data(row: Deadline) -> DeadlineData:
    return DeadlineData(row.kind, row.title, row.due_at)


def assignment_input(row: Assignment) -> AssignmentInput:
    return AssignmentInput(
        session_id=row.session_id,
        person_id=row.person_id,
        role=row.role,
        history=tuple(StatusStep(step.status, step.changed_at, step.changed_by, step.id) for step in row.history),
        position=row.position,
        speaking_minutes=row.speaking_minutes,
        id=row.id,
    )


def registration_input(row: Registration) -> RegistrationInput:
    interests = sorted(row.interests, key=lambda interest: interest.id)
    return RegistrationInput(
        person_id=row.person_id,
        part_ids=tuple(sorted(part.id for part in row.parts)),
        registered_at=row.registered_at,
        source=row.source,
        interests=tuple(InterestData(item.kind, item.expressed_at, item.roundtable) for item in interests),
        id=row.id,
        interest_ids=tuple(item.id for item in interests),
    )


def session_snapshot(row: Session) -> SessionSnapshot:
    return SessionSnapshot(
        id=row.id,
        part_id=row.part_id,
        sequence=row.sequence,
        data=session_data(row),
        assignments=tuple(assignment_input(item) for item in row.assignments),
    )


def person_snapshot(row: Person) -> PersonSnapshot:
    return PersonSnapshot(
        id=row.id,
        conference_id=row.conference_id,
        data=person_data(row),
        registrations=tuple(registration_input(item) for item in row.registrations),
        assignments=tuple(assignment_input(item) for item in row.assignments),
    )
