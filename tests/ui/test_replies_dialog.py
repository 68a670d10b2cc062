"""Exports → Replies: the dialog reads a folder of replies in the background and shows the report."""

from __future__ import annotations

import pytest

from confdesk.cli import main
from confdesk.mail.replies import Result
from tests.mail.replies_kit import invitations, reply_message
from ui.context import AppContext
from ui.i18n import install_language
from ui.replies.dialog import RepliesDialog


@pytest.fixture
def context(demo_store, qapp) -> AppContext:
    install_language(qapp, "en")  # English with its plural forms, whatever ran before
    return AppContext(demo_store, demo_store.conference_id())


def test_the_replies_dialog_reads_a_folder_and_shows_what_each_message_did(qtbot, context, tmp_path):
    location = context.store.location
    assert main(["invites", "--db", location, "--out", str(tmp_path / "outbox")]) == 0
    first = invitations(tmp_path / "outbox")[0]
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "answer.eml").write_bytes(reply_message(first, "TENTATIVE"))
    (folder / "notes.txt").write_text("not mail")

    dialog = RepliesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(folder))
    dialog.read_button.click()
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20000)
    assert [r.result for r in dialog.last_report.results] == [Result.TENTATIVE, Result.SKIPPED]
    lines = [dialog.report.item(n).text() for n in range(dialog.report.count())]
    assert lines[0].startswith("answer.eml: ") and lines[0].endswith("tentative, noted in the history")
    assert lines[1] == "notes.txt: nothing changed: not an e-mail (.eml) file"
    assert dialog.status.text() == "2 messages read. 1 answer applied."
