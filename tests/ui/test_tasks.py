"""Long work off the GUI thread: results come back, cancelling stops them, errors are worded."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QPushButton

from confdesk.services.errors import EndBeforeStart
from ui.tasks import run_task


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    results: list[tuple[int, bool]] = []
    seen: list[tuple[int, int, str, bool]] = []
    start, release = threading.Event(), threading.Event()

    def work(progress, is_cancelled):
        start.wait(5)  # until the test listens, so no report is emitted before it connects
        for n in range(3):
            progress(n, 3, f"step {n}")
        release.wait(5)  # the dialog is read while the work still runs
        return threading.current_thread() is not threading.main_thread()

    task = run_task(None, "Counting", work, lambda off_thread: results.append((1, off_thread)))
    task._progressed.connect(
        lambda done, total, text: seen.append(
            (done, total, text, threading.current_thread() is threading.main_thread())
        )
    )
    start.set()
    # Each report reaches the GUI thread, in order, and moves the progress dialog.
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [(0, 3, "step 0", True), (1, 3, "step 1", True), (2, 3, "step 2", True)]
    dialog = task.dialog
    assert (dialog.maximum(), dialog.value(), dialog.labelText()) == (3, 2, "step 2")
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [(1, True)]


def test_cancelling_stops_the_work_and_skips_on_done(qtbot):
    release, finish = threading.Event(), threading.Event()
    done: list[object] = []
    seen: list[tuple[int, int, str]] = []

    def work(progress, is_cancelled):
        release.wait(5)
        progress(1, 2, "late")  # a report after Cancel must not overwrite "Cancelling…"
        finish.wait(5)
        return "stopped" if is_cancelled() else "finished"

    task = run_task(None, "Waiting", work, done.append)
    task._progressed.connect(lambda *report: seen.append(report))
    dialog = task.dialog
    dialog.findChild(QPushButton).click()
    assert task.is_cancelled()
    assert dialog.labelText() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: seen == [(1, 2, "late")], timeout=5000)
    assert dialog.labelText() == "Cancelling…"
    assert dialog.value() != 1
    finish.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert done == []
    assert task.result == "stopped"


def test_an_error_is_shown_as_one_sentence(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def work(progress, is_cancelled):
        raise EndBeforeStart("ends_at: before starts_at", field="ends_at")

    task = run_task(None, "Failing", work, lambda _result: shown.append("done"))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert shown == ["The end must come after the start."]
