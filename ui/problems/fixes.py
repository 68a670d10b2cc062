"""Where "Fix" takes the user for each kind of problem: the place where it is fixed.

- A lineup problem (a missing role, unbalanced speakers, too many speaking minutes) opens the
  session's lineup; a missing role has that role chosen, ready to add someone; an unconfirmed
  or declined invitation has that person's row selected.
- A double booking, or two sessions on one meeting link, is a clash in time: the agenda on
  their day with both sessions selected shows the clash and is where one of them is moved; its
  side panel opens either lineup, should the fix be taking the person out of one.
- A session outside its part's days opens it in the agenda.
- A late interest opens the registration that holds it, with the interest selected; someone in
  a lineup without a registration for its part opens their registration.
- A person without an e-mail address opens the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.rules import Problem

LINEUPS, AGENDA, REGISTRATIONS, PEOPLE = "lineups", "agenda", "registrations", "people"

_LINEUP_CODES = frozenset(
    {"missing_role", "minutes_over_length", "same_organisation", "gender_imbalance", "too_few_groups",
     "too_few_countries", "unconfirmed_invitation", "refused_still_printed"}
)  # fmt: skip
#: Codes about one assignment: its row is selected in the lineup.
_ASSIGNMENT_CODES = frozenset({"unconfirmed_invitation", "refused_still_printed"})
_TIME_CODES = frozenset({"person_double_booked", "shared_link_overlap", "session_outside_part"})


@dataclass(frozen=True)
class Fix:
    """A place in the window: a screen and what to choose on it."""

    screen: str
    session_ids: tuple[int, ...] = ()
    #: The role to have chosen, ready to add (a missing role).
    role: str = ""
    assignment_id: int = 0
    person_id: int = 0
    interest_id: int = 0


def fix_for(problem: Problem) -> Fix | None:
    """Where ``problem`` is fixed; None when it names nothing to go to."""
    code, sessions, people = problem.code, problem.session_ids, problem.person_ids
    if code in _LINEUP_CODES and sessions:
        role = ""
        if code == "missing_role":
            roles = problem.facts.get("roles") or ()
            role = str(roles[0]) if roles else ""
        assignment = problem.assignment_ids[0] if code in _ASSIGNMENT_CODES and problem.assignment_ids else 0
        return Fix(LINEUPS, sessions[:1], role=role, assignment_id=assignment)
    if code in _TIME_CODES and sessions:
        return Fix(AGENDA, sessions)
    if code == "late_interest" and problem.interest_ids:
        return Fix(REGISTRATIONS, person_id=people[0] if people else 0, interest_id=problem.interest_ids[0])
    if code == "unregistered_part" and people:
        return Fix(REGISTRATIONS, person_id=people[0])
    if people and (code == "no_email" or not sessions):
        return Fix(PEOPLE, person_id=people[0])
    if sessions:
        return Fix(AGENDA, sessions)
    return None
