"""Typing a search into the people table of a 10,000-person conference.

Prints the median time per keystroke of the People page (model, filter proxy and table
repainting, offscreen) and its ratio to a plain QSortFilterProxyModel.setFilterFixedString over
a QStandardItemModel of the same rows, measured the same way in the same process."""

from __future__ import annotations

import ctypes
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PEOPLE = 10_000
#: What a user types, keystroke by keystroke: a Latin name, then an Arabic one.
TYPED = ("karim", "سعاد")


def build(path: Path) -> tuple[object, int]:
    from confdesk.store import open_store

    try:
        from bench.scale import build_scale  # type: ignore[import-not-found]
    except ImportError:
        build_scale = None
    if build_scale is not None:
        store = open_store(build_scale(path, people=PEOPLE, sessions=300, assignments=3000))
        return store, store.conference_id()
    return _synthetic(path)


def _synthetic(path: Path) -> tuple[object, int]:
    """Invented people (names from the demo's stock, numbered) when bench/scale.py is absent."""
    from confdesk.demo import build_demo
    from confdesk.model import LocalText
    from confdesk.services import PersonData, create_people
    from confdesk.store import open_store
    from confdesk.views.people import person_rows

    store = open_store(path, create=True)
    with store.unit() as db:
        conference_id = build_demo(db)
        stock = person_rows(db, conference_id)
        people = []
        for index in range(PEOPLE - len(stock)):
            model = stock[index % len(stock)]
            people.append(
                PersonData(
                    name=f"{model.name} {index}",
                    name_ar=f"{model.name_ar} {index}",
                    organisation=LocalText(
                        *(
                            f"{text} {index % 97}"
                            for text in (model.organisation.ar, model.organisation.en, model.organisation.fr)
                        )
                    ),
                    group=model.group,
                    country=model.country,
                    email=f"person{index}@example.org",
                    language=model.language,
                )
            )
        create_people(db, conference_id, people)
    return store, conference_id


def _keystrokes(app, set_text) -> list[float]:
    timings = []
    for word in TYPED:
        for length in range(1, len(word) + 1):
            started = time.perf_counter()
            set_text(word[:length])
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
        set_text("")
        app.processEvents()
    return timings


def main() -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.context import AppContext
    from ui.people.model import Column
    from ui.people.page import PeoplePage, make_table

    with tempfile.TemporaryDirectory() as folder:
        store, conference_id = build(Path(folder) / "scale.confdesk")
        try:
            context = AppContext(store, conference_id)
            started = time.perf_counter()
            page = PeoplePage(context)
            page.resize(1200, 700)
            page.show()
            app.processEvents()
            load = (time.perf_counter() - started) * 1000
            ours = _keystrokes(app, page.filters.search.setText)

            # PySide6 6.12 on Python 3.11 drops a reference to None at every setItem; 90,000
            # of them would free None itself. Spare references carry the count through, and
            # the references lost are given back before the spares go.
            spare_references_to_none = [None] * 1_000_000
            references_before = sys.getrefcount(None)
            baseline_model = QStandardItemModel(len(page.model.rows), len(Column))
            for position, row in enumerate(page.model.rows):
                for column in Column:
                    baseline_model.setItem(position, column, QStandardItem(page.model.text(row, column)))
            baseline_proxy = QSortFilterProxyModel()
            baseline_proxy.setSourceModel(baseline_model)
            baseline_proxy.setFilterKeyColumn(-1)
            baseline_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            table = make_table(None, "baseline")
            table.setModel(baseline_proxy)
            table.resize(1200, 700)
            table.show()
            app.processEvents()
            baseline = _keystrokes(app, baseline_proxy.setFilterFixedString)
            for _ in range(references_before - sys.getrefcount(None)):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
            page.close()
            table.close()
            del spare_references_to_none
        finally:
            store.close()
    ours_median, baseline_median = statistics.median(ours), statistics.median(baseline)
    print(f"ui_filter: {len(page.model.rows)} people, page loaded in {load:.0f} ms")
    print(f"ui_filter: median {ours_median:.1f} ms per keystroke (target <= 50 ms), max {max(ours):.1f} ms")
    print(f"ui_filter: plain QSortFilterProxyModel.setFilterFixedString median {baseline_median:.1f} ms")
    print(f"ui_filter: ratio to baseline {ours_median / baseline_median:.2f}x")


if __name__ == "__main__":
    main()
