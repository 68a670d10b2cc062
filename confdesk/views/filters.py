"""What the people and registrations screens filter by, as one Qt-free predicate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from confdesk.views.text import fold

#: Assignment-status filter value for people in no lineup at all.
UNASSIGNED = "unassigned"
#: Interest filter value for a roundtable-speaker interest in any roundtable.
ANY_ROUNDTABLE = "roundtable_speaker"


class Filterable(Protocol):
    search_key: str
    group: str
    country: str
    language: str
    interests: frozenset[str]
    statuses: frozenset[str]


@dataclass(frozen=True)
class PeopleFilter:
    """Empty fields match everything. ``interest`` is an interest key (``rapporteur``,
    ``roundtable_speaker:2``) or :data:`ANY_ROUNDTABLE`; ``status`` an assignment status or
    :data:`UNASSIGNED`."""

    text: str = ""
    group: str = ""
    country: str = ""
    language: str = ""
    interest: str = ""
    status: str = ""

    def predicate(self) -> Callable[[Filterable], bool] | None:
        """A fast test for one row, or None when the filter lets everything through."""
        tests: list[Callable[[Filterable], bool]] = []
        needles = fold(self.text).split()
        if needles:
            tests.append(lambda row: all(needle in row.search_key for needle in needles))
        if self.group:
            tests.append(lambda row: row.group == self.group)
        if self.country:
            tests.append(lambda row: row.country == self.country)
        if self.language:
            # "ar" also finds people who prefer "ar-LB".
            tests.append(lambda row: row.language.split("-")[0] == self.language)
        if self.interest == ANY_ROUNDTABLE:
            tests.append(lambda row: any(key.startswith(ANY_ROUNDTABLE) for key in row.interests))
        elif self.interest:
            tests.append(lambda row: self.interest in row.interests)
        if self.status == UNASSIGNED:
            tests.append(lambda row: not row.statuses)
        elif self.status:
            tests.append(lambda row: self.status in row.statuses)
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda row: all(test(row) for test in tests)
