"""What became of every row of an import, and the CSV a user reads it in."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from confdesk.files import atomic_open
from confdesk.services import Changes, Outcome


class RowOutcome(StrEnum):
    IMPORTED = "imported"
    MERGED = "merged"
    #: Matched an existing person and brought nothing new (a file imported twice).
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    #: A blank line: not a registration, listed so the row numbers still add up.
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Detail:
    """One thing said about a row: a code the UI words, the values it quotes, and the same in
    English for the command line and the CSV report."""

    code: str
    values: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: RowOutcome
    email: str = ""
    #: Machine-readable reason (``bad_email``, ``duplicate_in_file``…) the UI words itself.
    code: str = ""
    #: The reason, or for a merge what was added and what was kept, in English.
    reason: str = ""
    #: The values ``code`` quotes (the file's value, the earlier row…).
    values: tuple[str, ...] = ()
    #: Everything else said about the row (what a merge added or kept, answers not understood).
    details: tuple[Detail, ...] = ()


@dataclass
class ImportReport:
    source: str
    results: list[RowResult]
    unused_columns: list[str] = field(default_factory=list)
    #: What the import did, as one action: its undo takes every row back out.
    outcome: Outcome[None] = field(default_factory=lambda: Outcome(None))
    dry_run: bool = False

    @property
    def changes(self) -> Changes:
        return self.outcome.changes

    def counts(self) -> dict[RowOutcome, int]:
        counter = Counter(result.outcome for result in self.results)
        return {outcome: counter.get(outcome, 0) for outcome in RowOutcome}

    def summary(self) -> str:
        counts = self.counts()
        parts = [
            f"{counts[outcome]} {outcome.value}"
            for outcome in RowOutcome
            if counts[outcome] or outcome in (RowOutcome.IMPORTED, RowOutcome.MERGED, RowOutcome.REJECTED)
        ]
        prefix = "dry run, nothing saved: " if self.dry_run else ""
        return f"{self.source}: {prefix}" + ", ".join(parts)

    def write_csv(self, path: str | Path, words: Callable[[RowResult], str] | None = None) -> None:
        """Row number, outcome, reason, e-mail; UTF-8 with a BOM so spreadsheet programs read
        Arabic reasons and addresses correctly. ``words`` gives each reason in the reader's
        language (the UI's wording); without it the core's English is written. Values from the file are made inert the way the
        spreadsheet exports make them, since this report is opened in the same programs."""
        from confdesk.exports.spreadsheet import neutralise

        with atomic_open(path, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["row", "outcome", "reason", "email"])
            for result in self.results:
                reason = words(result) if words else result.reason
                writer.writerow([result.row, result.outcome.value, neutralise(reason), neutralise(result.email)])
