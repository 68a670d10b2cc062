"""Importing a 10,000-row registration XLSX against openpyxl alone reading it (read-only mode).

Target: the whole import (read, match, validate, write through the services) takes at most
twice as long as openpyxl's read-only pass over the same file.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROWS = 10_000
HEADERS = [
    "First Name",
    "Last Name",
    "Email Address",
    "Affiliation",
    "Position",
    "Country",
    "Registration date",
    "Stakeholder group",
    "Speaking roles",
]
FIRST = ["Amal", "Bilal", "Dina", "Fares", "Ghada", "Hadi", "Iman", "Jad", "Lina", "Majd", "Nadia", "Rami"]
LAST = ["Aziz", "Barakat", "Chahine", "Daher", "Fakih", "Habib", "Jaber", "Kassem", "Nassar", "Sabbagh"]
COUNTRIES = ["Lebanon", "Jordanie", "مصر", "TN", "Morocco", "Irak", "السودان", "OM"]
GROUPS = ["Civil society", "Société civile", "الشباب", "Academia", "Member State"]
ROLES = ["Roundtable 1; Rapporteur", "Plenary speaker", "", "Table ronde 3", "نعم", "Open discussion, Roundtable 2"]


def make_workbook(path: Path) -> None:
    from datetime import datetime, timedelta

    from openpyxl import Workbook

    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Registrants")
    sheet.append(HEADERS)
    start = datetime(2021, 1, 10, 9, 0)
    for n in range(ROWS):
        sheet.append(
            [
                rng.choice(FIRST),
                rng.choice(LAST),
                f"registrant{n}@example.org",
                f"Organisation {n % 700}",
                "Officer",
                rng.choice(COUNTRIES),
                start + timedelta(minutes=7 * n),
                rng.choice(GROUPS),
                rng.choice(ROLES),
            ]
        )
    book.save(path)


def read_with_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def main() -> None:
    from confdesk.demo import build_demo
    from confdesk.imports import RowOutcome, import_file
    from confdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "registrants.xlsx"
        make_workbook(workbook)
        # Best of three, alternating, so a busy machine slows both sides alike.
        reads, imports = [], []
        for attempt in range(3):
            reads.append(_timed(lambda: read_with_openpyxl(workbook)))
            store = open_store(Path(folder) / f"bench{attempt}.confdesk", create=True)
            try:
                with store.unit() as db:
                    conference_id = build_demo(db)
                started = time.perf_counter()
                report = import_file(store, conference_id, workbook)
                imports.append(time.perf_counter() - started)
            finally:
                store.close()
        best_read, imported = min(reads), min(imports)
    counts = report.counts()
    print(f"rows: {ROWS}, imported {counts[RowOutcome.IMPORTED]}, rejected {counts[RowOutcome.REJECTED]}")
    print(f"openpyxl read-only read: {best_read:.2f} s; full import: {imported:.2f} s")
    print(f"import / openpyxl read ratio: {imported / best_read:.2f} (target <= 2)")


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
