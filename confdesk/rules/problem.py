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
