"""Long work off the GUI thread: results come back, cancelling stops them, errors are worded."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QPushButton

from confdesk.services.errors import EndBeforeStart
from ui.tasks import run_task


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    results: list[tuple[int, bool]] = []
    seen: list[tuple[int, int]] = []

    def work(progress, is_cancelled):
        for n in range(3):
            progress(n, 3, "step")
        return threading.current_thread() is not threading.main_thread()

    task = run_task(None, "Counting", work, lambda off_thread: results.append((1, off_thread)))
    task._progressed.connect(lambda done, total, _text: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [(1, True)]


def test_cancelling_stops_the_work_and_skips_on_done(qtbot):
    release = threading.Event()
    done: list[object] = []

    def work(progress, is_cancelled):
        release.wait(5)
        return "stopped" if is_cancelled() else "finished"

    task = run_task(None, "Waiting", work, done.append)
    task.dialog.findChild(QPushButton).click()
    assert task.is_cancelled()
    release.set()
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
