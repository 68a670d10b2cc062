"""What is wrong with the agenda and the lineups.

Each rule is a small function ``rule(snapshot, settings, today)`` yielding
:class:`~confdesk.rules.problem.Problem`; they all work in memory over one
:class:`~confdesk.rules.snapshot.Snapshot`. :func:`check` is the one entry point the command line
and the application use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy.orm import Session as DbSession

from confdesk.rules import invitations, lineups, people, schedule
from confdesk.rules.problem import SEVERITIES, Problem, problem_key
from confdesk.rules.settings import RuleSettings, SettingsError
from confdesk.rules.snapshot import Snapshot, load

Rule = Callable[[Snapshot, RuleSettings, date], Iterable[Problem]]

RULES: tuple[Rule, ...] = (
    schedule.person_double_booked,
    schedule.session_outside_part,
    schedule.shared_link_overlap,
    schedule.minutes_over_length,
    lineups.missing_role,
    lineups.lineup_balance,
    people.unregistered_part,
    people.late_interest,
    people.no_email,
    invitations.unconfirmed_invitation,
    invitations.refused_still_printed,
)

#: Every code a rule can give, for the UI's wording table.
CODES: tuple[str, ...] = (
    "person_double_booked", "session_outside_part", "shared_link_overlap", "minutes_over_length",
    "missing_role", "same_organisation", "gender_imbalance", "too_few_groups", "too_few_countries",
    "unregistered_part", "late_interest", "no_email", "unconfirmed_invitation",
    "refused_still_printed",
)  # fmt: skip


def run(snap: Snapshot, *, today: date | None = None, rules: Iterable[Rule] = RULES) -> list[Problem]:
    """All problems of a loaded conference, sorted by severity, code and ids."""
    settings = RuleSettings.from_conference(snap.settings)
    if today is None:
        today = datetime.now(snap.zone).date()
    found = [problem for rule in rules for problem in rule(snap, settings, today)]
    return sorted(found, key=Problem.sort_key)


def check(db: DbSession, conference_id: int, *, today: date | None = None) -> list[Problem]:
    """Every problem of the conference. ``today`` (in the conference's zone) decides which
    invitations are overdue; it defaults to the current day."""
    return run(load(db, conference_id), today=today)


__all__ = [
    "CODES",
    "RULES",
    "SEVERITIES",
    "Problem",
    "RuleSettings",
    "SettingsError",
    "Snapshot",
    "check",
    "load",
    "problem_key",
    "run",
]
