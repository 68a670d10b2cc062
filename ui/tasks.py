"""Long work off the GUI thread, with a progress dialog that can cancel.

Usage::

    from ui.tasks import run_task

    def work(progress, is_cancelled):
        for n, row in enumerate(rows):
            if is_cancelled():
                return None          # the dialog was cancelled: on_done is not called
            progress(n, len(rows), self.tr("Reading %1").replace("%1", row.name))
            ...
        return result

    run_task(self, self.tr("Importing people"), work, on_done=lambda result: ...)

``work(progress, is_cancelled)`` runs in a worker thread. It must not touch widgets; it may open
its own ``store.unit()`` (each unit is its own database session). ``progress(done, total,
text="")`` updates the dialog from any thread (``total`` 0 shows a busy bar); ``is_cancelled()``
turns true once the user presses Cancel. ``on_done(result)`` runs on the GUI thread when the work
returns and was not cancelled. If the work raises, the dialog closes and a message box shows one
sentence (:func:`ui.errors.describe`); pass ``on_error(exception)`` to handle it yourself instead.

The dialog only appears if the work lasts longer than half a second, so quick work does not
flash a window. :class:`Task` is returned for tests and callers that want its ``finished``
signal or :meth:`Task.cancel`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.errors import describe

Progress = Callable[..., None]
Work = Callable[[Progress, Callable[[], bool]], Any]

#: Tasks in flight, so one started without a parent widget is not garbage-collected mid-work.
_running: set[Task] = set()


class _Worker(QThread):
    def __init__(self, work: Work, task: Task) -> None:
        super().__init__()
        self._work = work
        self._task = task
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        # The outcome is kept here and read once the thread has finished (QThread.finished),
        # so the GUI thread never blocks in wait() while this thread still needs the GIL.
        try:
            self.result = self._work(self._task._report, self._task.is_cancelled)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to be worded
            self.error = error


class Task(QObject):
    """One piece of long work and its progress dialog; lives on the GUI thread."""

    finished = Signal()  # after on_done / on_error / cancellation, whichever happened
    _progressed = Signal(int, int, str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._on_done = on_done
        self._on_error = on_error
        self._cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)
        self._worker = _Worker(work, self)
        self._worker.finished.connect(self._on_worker_finished)

    def start(self) -> None:
        self.dialog.setValue(0)
        self._worker.start()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self._worker.isRunning()

    def _report(self, done: int, total: int, text: str = "") -> None:
        self._progressed.emit(done, total, text)

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.is_cancelled():
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _on_worker_finished(self) -> None:
        _running.discard(self)
        self.dialog.canceled.disconnect(self.cancel)  # closing a QProgressDialog emits canceled
        self.dialog.close()
        self.dialog.deleteLater()
        if self._worker.error is not None:
            self._fail(self._worker.error)
        else:
            self._finish(self._worker.result)

    def _finish(self, result: Any) -> None:
        self.result = result
        if not self.is_cancelled() and self._on_done is not None:
            self._on_done(result)
        self.finished.emit()
        self.deleteLater()

    def _fail(self, error: BaseException) -> None:
        self.error = error
        if self._on_error is not None:
            self._on_error(error)
        elif not self.is_cancelled():
            QMessageBox.warning(self._parent, self._title, describe(error))
        self.finished.emit()
        self.deleteLater()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Work,
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start ``work`` in a worker thread behind a cancellable progress dialog (see the module
    docstring) and return its :class:`Task`."""
    task = Task(parent, title, work, on_done, on_error)
    _running.add(task)
    task.start()
    return task
