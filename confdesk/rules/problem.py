"""What a rule finds: a code the UI words, a severity, an English message and the ids concerned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the agenda or a lineup.

    ``code`` names the rule's finding (``person_double_booked``...) and, with the ids and
    ``facts`` (numbers and role names a translated sentence needs), is all the UI uses to word
    it in its own language; ``message`` is the English sentence for the command line and logs.
    """

    code: str
    severity: str
    message: str
    session_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    assignment_ids: tuple[int, ...] = ()
    interest_ids: tuple[int, ...] = ()
    part_ids: tuple[int, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def sort_key(
        self,
    ) -> tuple[int, str, tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], str]:
        return (
            SEVERITIES.index(self.severity),
            self.code,
            self.session_ids,
            self.person_ids,
            self.assignment_ids,
            self.interest_ids,
            self.part_ids,
            self.message,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``confdesk check --json``."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "session_ids": list(self.session_ids),
            "person_ids": list(self.person_ids),
            "assignment_ids": list(self.assignment_ids),
            "interest_ids": list(self.interest_ids),
            "part_ids": list(self.part_ids),
            "facts": dict(self.facts),
        }


#: Per code, the ids that say *which* problem it is (the rest is evidence that may change while
#: the problem stays the same one: the assignments of a double booking, the whole speaking
#: lineup of an unbalanced session, the sessions someone without an e-mail address is invited
#: to). A code not listed here is identified by all its ids but its assignments.
_IDENTITY: dict[str, tuple[str, ...]] = {
    "person_double_booked": ("person_ids", "session_ids"),
    "session_outside_part": ("session_ids",),
    "shared_link_overlap": ("session_ids",),
    "minutes_over_length": ("session_ids",),
    "missing_role": ("session_ids",),
    "same_organisation": ("session_ids", "person_ids"),
    "gender_imbalance": ("session_ids",),
    "too_few_groups": ("session_ids",),
    "too_few_countries": ("session_ids",),
    "unregistered_part": ("person_ids", "session_ids", "part_ids"),
    "late_interest": ("person_ids", "interest_ids"),
    "no_email": ("person_ids",),
    "unconfirmed_invitation": ("person_ids", "session_ids"),
    "refused_still_printed": ("person_ids", "session_ids"),
}
_ALL_IDS = ("session_ids", "person_ids", "interest_ids", "part_ids")
_NAMES = {"session_ids": "session", "person_ids": "person", "interest_ids": "interest", "part_ids": "part"}


def problem_key(problem: Problem) -> str:
    """A key naming the same problem from one check to the next (and in a dumped and loaded
    copy of the file, whose ids are the same), e.g. ``missing_role:session=12:roles=rapporteur``
    or ``person_double_booked:person=7:session=3,4``. Acceptances are stored under it.

    Only the ids that identify the problem take part (see ``_IDENTITY``), in ascending order,
    and for a missing role the roles, since a session may lack both a moderator and a
    rapporteur. The severity and the English message do not: a threshold or a title changed
    leaves an accepted problem accepted."""
    parts = [problem.code]
    for name in _IDENTITY.get(problem.code, _ALL_IDS):
        ids: tuple[int, ...] = getattr(problem, name)
        if ids:
            parts.append(f"{_NAMES[name]}={','.join(str(i) for i in sorted(ids))}")
    if problem.code == "missing_role":
        parts.append("roles=" + "|".join(sorted(str(role) for role in problem.facts.get("roles", ()))))
    return ":".join(parts)
