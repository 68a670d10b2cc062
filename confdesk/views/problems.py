"""What the problems screen and ``confdesk check`` read besides the problems: the titles and
start times of the sessions and the names of the people concerned (two statements whatever the
number of problems), and which problems were accepted with a note."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import Conference, LocalText, Person, Session
from confdesk.rules import Problem, problem_key
from confdesk.services.base import fetch
from confdesk.services.problems import Acceptance, acceptances


@dataclass(frozen=True)
class ProblemLabels:
    #: Session id -> its title.
    sessions: dict[int, LocalText] = field(default_factory=dict)
    #: Person id -> (name, Arabic name).
    people: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: Session id -> when it starts (aware), for the day a problem is on.
    starts: dict[int, datetime] = field(default_factory=dict)


def problem_labels(db: DbSession, problems: Iterable[Problem]) -> ProblemLabels:
    """The labels of every session and person the problems name (ids that no longer exist are
    left out)."""
    session_ids: set[int] = set()
    person_ids: set[int] = set()
    for problem in problems:
        session_ids.update(problem.session_ids)
        person_ids.update(problem.person_ids)
    sessions: dict[int, LocalText] = {}
    starts: dict[int, datetime] = {}
    if session_ids:
        for session_id, title, starts_at in db.execute(
            select(Session.id, Session.title, Session.starts_at).where(Session.id.in_(session_ids))
        ):
            sessions[session_id] = title
            starts[session_id] = starts_at
    people: dict[int, tuple[str, str]] = {}
    if person_ids:
        people = {
            person_id: (name, name_ar)
            for person_id, name, name_ar in db.execute(
                select(Person.id, Person.name, Person.name_ar).where(Person.id.in_(person_ids))
            )
        }
    return ProblemLabels(sessions, people, starts)


def accepted_problems(db: DbSession, conference_id: int) -> dict[str, Acceptance]:
    """The problems accepted with a note, by :func:`~confdesk.rules.problem_key`."""
    return acceptances(fetch(db, Conference, conference_id).settings)


def split_accepted(
    problems: Iterable[Problem], accepted: dict[str, Acceptance]
) -> tuple[list[Problem], list[tuple[Problem, Acceptance]]]:
    """The problems still open, and the accepted ones with their acceptance, each in the
    order given. An acceptance whose problem is gone (it was fixed) matches nothing."""
    still: list[Problem] = []
    done: list[tuple[Problem, Acceptance]] = []
    for problem in problems:
        acceptance = accepted.get(problem_key(problem))
        if acceptance is None:
            still.append(problem)
        else:
            done.append((problem, acceptance))
    return still, done
