"""Python's cyclic garbage collector, run on the GUI thread only.

A window or dialog left in a reference cycle (a closure holding its widget, say) is freed by the
cyclic collector whenever allocations wake it: in a worker thread (a Qt widget destroyed off the
GUI thread) or inside the very timer callback of one of its objects (freed while Qt dispatches
it). Both crash. So the application turns automatic collection off and collects from a timer on
the GUI thread, between events, as the collector's own thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose thresholds were passed, as automatic collection would."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break
