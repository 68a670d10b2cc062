"""Start-up time, each run in a fresh interpreter, offscreen, against a bare PySide6 QMainWindow
started the same way.

Three instants, each counted from the moment this script launches the interpreter (the
parent's ``time.perf_counter()`` is passed to the child: on Linux it is CLOCK_MONOTONIC, one
clock for every process):

* bare first paint: a bare QMainWindow's first frame is on screen;
* ConfDesk first paint: the same for the main window of ``main.py --db demo.confdesk``;
* ConfDesk interactive: the demo is open, its agenda shows it, and the event loop is idle.

"On screen" is the first paint event of the top-level window, plus the rest of that frame: the
time is taken by a zero timer queued from that event, which runs once the children painted.
"Idle" is a zero timer queued when the window says it is ready (``MainWindow.ready``), which runs
once the events queued before it were handled. Prints the median of each and the ratios of
both ConfDesk figures to the bare window's first paint (targets: first paint <= 1.5,
interactive <= 3). A benchmark only: nothing here is asserted as a timed test.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9

# One program for both windows: the same imports before the window, the same event filter.
CHILD = r"""
import json, sys, time
launched, mode = float(sys.argv[1]), sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

marks = {}

def mark(name):
    marks[name] = (time.perf_counter() - launched) * 1000

def ready(window):
    mark("interactive")
    agenda = window.screens.get("agenda")
    marks["sessions_shown"] = len(agenda.timetable.blocks) if agenda is not None else 0
    QApplication.instance().quit()

# Watches the application until the main window gets its first event (while it is being
# built), then the window alone: a filter on every event of every widget would slow down the
# window with more widgets more.
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not isinstance(watched, QMainWindow):
            return False
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: painted(watched))
        elif not self.moved:
            self.moved = True
            QApplication.instance().removeEventFilter(self)
            watched.installEventFilter(self)
        return False

def painted(window):
    mark("first_paint")
    if mode == "bare":
        QApplication.instance().quit()
    else:
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: ready(window)))

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
watcher.moved = False
app.installEventFilter(watcher)
if mode == "bare":
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.exec()
else:
    from ui.app import main
    main(["--db", sys.argv[3]])
print(json.dumps(marks))
"""


def _run(env: dict[str, str], *args: str) -> dict[str, float]:
    launched = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, repr(launched), *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from confdesk.demo import build_demo
    from confdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.confdesk"
        store = open_store(demo, create=True)
        with store.unit() as db:
            build_demo(db)
        store.close()
        # Settings, logs and data of the runs stay in the folder, away from the user's. Bytecode
        # is cached (in the folder too) as an installed application's is, even where
        # PYTHONDONTWRITEBYTECODE is set: compiling ConfDesk's sources on every start is not
        # what a user waits for.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPYCACHEPREFIX=str(Path(folder) / "bytecode"),
            XDG_CONFIG_HOME=str(Path(folder) / "config"),
            XDG_DATA_HOME=str(Path(folder) / "data"),
            XDG_STATE_HOME=str(Path(folder) / "state"),
        )
        _run(env, "bare")  # warm the file cache and the bytecode cache for both
        _run(env, "confdesk", str(demo))
        bare, paint, interactive = [], [], []
        for _ in range(RUNS):  # interleaved, so that a busy moment of the machine hits both
            bare.append(_run(env, "bare")["first_paint"])
            marks = _run(env, "confdesk", str(demo))
            if not marks.get("sessions_shown"):
                raise SystemExit("startup: the agenda showed no session of the demo")
            paint.append(marks["first_paint"])
            interactive.append(marks["interactive"])
    base = statistics.median(bare)
    print(f"startup: bare QMainWindow first paint {base:.0f} ms (median of {RUNS})")
    print(f"startup: ConfDesk first paint {statistics.median(paint):.0f} ms")
    print(f"startup: ConfDesk agenda ready for input {statistics.median(interactive):.0f} ms")
    print(f"startup: first paint ratio {statistics.median(paint) / base:.2f} (target <= 1.5)")
    print(f"startup: interactive ratio {statistics.median(interactive) / base:.2f} (target <= 3)")


if __name__ == "__main__":
    main()
