"""Start-up time: ConfDesk's main window shown with the demo open, against a bare PySide6
QMainWindow started the same way (a fresh interpreter each run, offscreen). Prints the median of
each and their ratio (target <= 1.5)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
"""

CONFDESK = """
import sys
import main as entry  # the imports main.py makes, in its order
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
main = entry.main
# Return once the shown window has painted instead of waiting for the user to close it.
QApplication.exec = lambda self: (self.processEvents(), 0)[1]
main(["--db", sys.argv[1]])
"""


def _time(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


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
        _time(BARE)  # warm the file cache for both
        bare = statistics.median(_time(BARE) for _ in range(RUNS))
        app = statistics.median(_time(CONFDESK, str(demo), folder) for _ in range(RUNS))
    print(f"startup: bare QMainWindow {bare * 1000:.0f} ms, ConfDesk with the demo {app * 1000:.0f} ms")
    print(f"startup: ratio {app / bare:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
