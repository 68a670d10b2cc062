"""Every action the core offers, walked on the demo: do → undo leaves ``confdesk dump``
byte-identical, do → undo → redo equals do, and a second undo takes it back again.

The inverse of each action is built by the core (``Outcome.undo``); the walk checks it for every
public action, and a list check makes a new service without a walk entry fail here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk import services
from confdesk.imports.frab import FrabEvent, import_schedule
from confdesk.imports.registrations import import_table
from confdesk.imports.sources import read_table
from confdesk.interchange.dump import dump, dumps
from confdesk.model import (
    Assignment,
    Conference,
    Deadline,
    Interest,
    LocalText,
    Part,
    Person,
    Registration,
    Session,
    Status,
)
from confdesk.proposer import apply as apply_proposal
from confdesk.proposer import propose
from confdesk.services import Outcome

BEIRUT = ZoneInfo("Asia/Beirut")
Step = Callable[[DbSession, Path], Outcome[Any]]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=BEIRUT)


def conference_id(db: DbSession) -> int:
    return db.scalars(select(Conference.id)).one()


def session_with_lineup(db: DbSession, kind: str = "roundtable") -> Session:
    return next(
        s
        for s in db.scalars(select(Session).where(Session.kind == kind).order_by(Session.id))
        if len(s.assignments) > 1
    )


def busy_person(db: DbSession) -> Person:
    """Someone with registrations and several assignments (a deletion takes the most)."""
    people = db.scalars(select(Person).where(Person.assignments.any(), Person.registrations.any()).order_by(Person.id))
    return max(people, key=lambda p: len(p.assignments))


def free_person(db: DbSession, session: Session) -> Person:
    taken = {a.person_id for a in session.assignments}
    return next(p for p in db.scalars(select(Person).order_by(Person.id)) if p.id not in taken)


def some_assignment(db: DbSession, status: str) -> Assignment:
    return db.scalars(select(Assignment).where(Assignment.status == status).order_by(Assignment.id)).first()


def new_person(name: str, email: str) -> services.PersonData:
    return services.PersonData(name, "academia", email=email, country="LB", organisation=LocalText(en="Uni"))


def a_part(db: DbSession) -> Part:
    return db.scalars(select(Part).order_by(Part.position, Part.id)).first()


def registration_csv(db: DbSession, folder: Path) -> Path:
    known = busy_person(db)
    path = folder / "registrations.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Affiliation,Country,Speaking roles\n"
        "Walk,Newcomer,walk.newcomer@example.org,Forum,Lebanon,Rapporteur\n"
        "Other,Newcomer,other.newcomer@example.org,Network,Jordan,\n"
        f"{known.name.split()[0]},{known.name.split()[-1]},{known.email},,,Plenary speaker; Open discussion\n",
        encoding="utf-8",
    )
    return path


def frab_events(db: DbSession) -> list[FrabEvent]:
    speaker = busy_person(db)
    return [
        FrabEvent("Side event on data", at(24, 19), at(24, 20), "Room", "side_event", "", "", (speaker.name,)),
        FrabEvent("Evening briefing", at(25, 19), at(25, 20), "Room", "", "Brief", "", ()),
    ]


def register_newcomer(db: DbSession) -> Outcome[Any]:
    """A person and their registration, as one action (everyone in the demo is registered)."""
    person = services.create_person(db, conference_id(db), new_person("Walk Four", "w4@example.org"))
    registration = services.create_registration(
        db,
        person.value,
        [a_part(db).id],
        registered_at=at(1, 10),
        interests=[services.InterestData("rapporteur", at(1, 10))],
    )
    return services.combined([person, registration], registration.value)


def register_newcomers(db: DbSession) -> Outcome[Any]:
    people = services.create_people(
        db, conference_id(db), [new_person("Walk Five", "w5@example.org"), new_person("Walk Six", None)]
    )
    registrations = services.create_registrations(
        db,
        [
            services.RegistrationInput(
                person_id,
                (a_part(db).id,),
                at(2, 9),
                "walk",
                (services.InterestData("roundtable_speaker", at(2, 9), 2),),
            )
            for person_id in people.value
        ],
    )
    return services.combined([people, registrations], registrations.value)


def problem_keys(db: DbSession, count: int) -> list[str]:
    from confdesk.rules import check, problem_key

    return [problem_key(problem) for problem in check(db, conference_id(db))[:count]]


def accept_then_unaccept(db: DbSession) -> Outcome[Any]:
    """Two problems accepted, then the first taken back: one action whose net effect is not
    nothing (the demo accepts no problem to begin with)."""
    first, second = problem_keys(db, 2)
    steps = [
        services.accept_problem(db, conference_id(db), first, "Known", by="walk", at=at(20, 9)),
        services.accept_problem(db, conference_id(db), second, "Fine as it is", by="walk", at=at(20, 10)),
        services.unaccept_problem(db, conference_id(db), first),
    ]
    return services.combined(steps, None)


#: name → the action on the demo (it may read the database to choose its target).
STEPS: dict[str, Step] = {
    "update_conference": lambda db, _: services.update_conference(
        db,
        conference_id(db),
        name=LocalText(en="Review 2026", ar="المراجعة", fr="Examen"),
        settings={"rules": {"max_gender_share": 0.5}},
        contact_email="team@example.org",
    ),
    "accept_problem": lambda db, _: services.accept_problem(
        db, conference_id(db), problem_keys(db, 1)[0], "The rapporteur is named on the day", by="walk"
    ),
    "unaccept_problem": lambda db, _: accept_then_unaccept(db),
    "create_part": lambda db, _: services.create_part(
        db, conference_id(db), services.PartData(LocalText(en="Follow-up"), date(2021, 3, 1), date(2021, 3, 2), 5)
    ),
    "update_part": lambda db, _: services.update_part(
        db, a_part(db).id, name=LocalText(en="Consultation", fr="Consultation"), position=7
    ),
    "delete_part": lambda db, _: services.delete_part(db, a_part(db).id),
    "create_session": lambda db, _: services.create_session(
        db, a_part(db).id, services.SessionData("plenary", LocalText(en="Extra"), at(23, 18), at(23, 19))
    ),
    "update_session": lambda db, _: services.update_session(
        db,
        session_with_lineup(db).id,
        title=LocalText(ar="عنوان", en="Title"),
        join_url="https://example.org/j",
        starts_at=session_with_lineup(db).starts_at - timedelta(minutes=15),
    ),
    "move_session": lambda db, _: services.move_session(
        db,
        session_with_lineup(db).id,
        at(25, 8),
        at(25, 9, 30),
        part_id=db.scalars(select(Part.id).order_by(Part.position.desc())).first(),
    ),
    "delete_session": lambda db, _: services.delete_session(db, session_with_lineup(db).id),
    "restore_session": None,  # type: ignore[dict-item]  # the undo of delete_session
    "create_person": lambda db, _: services.create_person(
        db, conference_id(db), new_person("Walk One", "w1@example.org")
    ),
    "create_people": lambda db, _: services.create_people(
        db, conference_id(db), [new_person("Walk Two", "w2@example.org"), new_person("Walk Three", None)]
    ),
    "update_person": lambda db, _: services.update_person(
        db, busy_person(db).id, email="moved@example.org", name_ar="اسم", gender="female"
    ),
    "delete_person": lambda db, _: services.delete_person(db, busy_person(db).id),
    "delete_people": lambda db, _: services.delete_people(
        db, list(db.scalars(select(Person.id).where(Person.registrations.any()).order_by(Person.id).limit(5)))
    ),
    "restore_people": None,  # type: ignore[dict-item]  # the undo of delete_people
    "create_registration": lambda db, _: register_newcomer(db),
    "create_registrations": lambda db, _: register_newcomers(db),
    "update_registration_parts": lambda db, _: services.update_registration_parts(
        db, db.scalars(select(Registration.id).order_by(Registration.id)).first(), list(db.scalars(select(Part.id)))
    ),
    "delete_registration": lambda db, _: services.delete_registration(
        db, db.scalars(select(Registration.id).where(Registration.interests.any()).order_by(Registration.id)).first()
    ),
    "delete_registrations": lambda db, _: services.delete_registrations(
        db, list(db.scalars(select(Registration.id).order_by(Registration.id).limit(4)))
    ),
    "add_interest": lambda db, _: services.add_interest(
        db,
        db.scalars(select(Registration.id).order_by(Registration.id)).first(),
        services.InterestData("roundtable_speaker", at(10, 12), 4),
    ),
    "remove_interest": lambda db, _: services.remove_interest(
        db, db.scalars(select(Interest.id).order_by(Interest.id)).first()
    ),
    "create_assignment": lambda db, _: services.create_assignment(
        db, session_with_lineup(db).id, free_person(db, session_with_lineup(db)).id, "discussant", speaking_minutes=5
    ),
    "create_assignments": lambda db, _: services.create_assignments(
        db,
        [
            services.AssignmentInput(
                session_with_lineup(db).id,
                free_person(db, session_with_lineup(db)).id,
                "keynote",
                (
                    services.StatusStep(Status.PROPOSED, at(3, 9), "walk"),
                    services.StatusStep(Status.INVITED, at(4, 9), "walk"),
                ),
                position=9,
                speaking_minutes=12,
            )
        ],
    ),
    "update_assignment": lambda db, _: services.update_assignment(
        db, session_with_lineup(db).assignments[0].id, role="discussant", speaking_minutes=17
    ),
    "reorder_lineup": lambda db, _: services.reorder_lineup(
        db, session_with_lineup(db).id, [a.id for a in reversed(session_with_lineup(db).assignments)]
    ),
    "change_status": lambda db, _: services.change_status(db, some_assignment(db, Status.INVITED).id, Status.CONFIRMED),
    "note_status": lambda db, _: services.note_status(
        db, some_assignment(db, Status.INVITED).id, at=datetime.now(UTC), by="calendar reply (tentative)"
    ),
    "delete_assignment": lambda db, _: services.delete_assignment(db, some_assignment(db, Status.CONFIRMED).id),
    "delete_assignments": lambda db, _: services.delete_assignments(
        db, [a.id for a in session_with_lineup(db).assignments]
    ),
    "create_deadline": lambda db, _: services.create_deadline(
        db, conference_id(db), services.DeadlineData("other", LocalText(en="Slides due"), at(20, 18))
    ),
    "update_deadline": lambda db, _: services.update_deadline(
        db, db.scalars(select(Deadline.id)).first(), title=LocalText(fr="Échéance"), due_at=at(11, 23)
    ),
    "delete_deadline": lambda db, _: services.delete_deadline(db, db.scalars(select(Deadline.id)).first()),
    # Long operations: each is one action with one undo.
    "import registrations": lambda db, folder: (
        import_table(db, conference_id(db), read_table(registration_csv(db, folder))).outcome
    ),
    "import frab": lambda db, _: import_schedule(db, conference_id(db), frab_events(db)).outcome,
    "apply the proposal": lambda db, _: apply_proposal(db, propose(db, conference_id(db), time_limit=5)),
}
WALKED = {name: step for name, step in STEPS.items() if step is not None}

#: Public services that are not user actions on an open conference.
NOT_WALKED = {
    "create_conference": "makes a new conference (a new file or a load), which is not undone but discarded",
    "restore_part": "the undo of delete_part",
}


def dumped(store) -> str:
    with store.reader() as db:
        return dumps(dump(db, conference_id(db)))


def test_every_public_action_is_walked():
    actions = {
        name
        for name in services.__all__
        if inspect.isfunction(getattr(services, name))
        # Helpers, not actions: building changes and outcomes, reading data and the history.
        and name not in {"touched", "combined", "in_order", "conference_data", "history", "changes_of", "on_top"}
    }
    assert actions - set(STEPS) - set(NOT_WALKED) == set()


@pytest.mark.parametrize("name", sorted(WALKED))
def test_do_undo_redo(demo_store, tmp_path, name):
    before = dumped(demo_store)
    with demo_store.unit() as db:
        done = WALKED[name](db, tmp_path)
    after = dumped(demo_store)
    assert after != before, f"{name} changed nothing: the walk would prove nothing"
    assert done.changes, f"{name} reports no changes"

    with demo_store.unit() as db:
        undone = done.undo(db)
    assert dumped(demo_store) == before
    assert undone.changes

    with demo_store.unit() as db:
        redone = undone.undo(db)
    assert dumped(demo_store) == after

    with demo_store.unit() as db:
        redone.undo(db)
    assert dumped(demo_store) == before
