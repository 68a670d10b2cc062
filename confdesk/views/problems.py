"""What the problems list mentions: the titles of the sessions and the names of the people
concerned, read in two statements whatever the number of problems."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from confdesk.model import LocalText, Person, Session
from confdesk.rules import Problem


@dataclass(frozen=True)
class ProblemLabels:
    #: Session id -> its title.
    sessions: dict[int, LocalText] = field(default_factory=dict)
    #: Person id -> (name, Arabic name).
    people: dict[int, tuple[str, str]] = field(default_factory=dict)


def problem_labels(db: DbSession, problems: Iterable[Problem]) -> ProblemLabels:
    """The labels of every session and person the problems name (ids that no longer exist are
    left out)."""
    session_ids: set[int] = set()
    person_ids: set[int] = set()
    for problem in problems:
        session_ids.update(problem.session_ids)
        person_ids.update(problem.person_ids)
    sessions: dict[int, LocalText] = {}
    if session_ids:
        sessions = dict(db.execute(select(Session.id, Session.title).where(Session.id.in_(session_ids))).all())
    people: dict[int, tuple[str, str]] = {}
    if person_ids:
        people = {
            person_id: (name, name_ar)
            for person_id, name, name_ar in db.execute(
                select(Person.id, Person.name, Person.name_ar).where(Person.id.in_(person_ids))
            )
        }
    return ProblemLabels(sessions, people)
