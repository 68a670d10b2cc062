"""Exports → Published Versions: the demo's version 1, the changes since it (a move, a
cancellation) in the content language, and publishing the next version as one undoable step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from confdesk.model import Session
from confdesk.services import update_session
from ui.context import AppContext
from ui.i18n import install_language
from ui.versions.dialog import VersionsDialog


@pytest.fixture
def context(demo_store, qapp) -> AppContext:
    install_language(qapp, "en")
    return AppContext(demo_store, demo_store.conference_id())


def _texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_changes_since_a_version_and_publishing_the_next(qtbot, context):
    with context.store.unit() as db:
        plenary, roundtable = (
            db.scalars(select(Session).where(Session.kind == kind).order_by(Session.starts_at)).first()
            for kind in ("plenary", "roundtable")
        )
        update_session(
            db,
            plenary.id,
            starts_at=plenary.starts_at + timedelta(minutes=30),
            ends_at=plenary.ends_at + timedelta(minutes=30),
        )
        update_session(db, roundtable.id, cancelled=True)
    dialog = VersionsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _texts(dialog.versions)[0].startswith("Version 1 · ") and dialog.chosen() == 1
    found = _texts(dialog.changes)
    assert len(found) == 2, found
    assert any("moved" in line.lower() for line in found) and any("cancelled" in line.lower() for line in found)

    context.set_content_language("fr")
    dialog._show_changes()
    assert any("annulée" in line or "annulé" in line for line in _texts(dialog.changes)), _texts(dialog.changes)

    qtbot.keyClicks(dialog.comment, "Plenary later")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == 2 and _texts(dialog.versions)[0].endswith("Plenary later")
    assert _texts(dialog.changes) == ["No changes since this version."]
    assert "Version 2 published" in dialog.message.text()
    assert context.undo_stack.undoText() == "Publish version"
    context.undo_stack.undo()
    dialog.reload()
    assert [dialog.versions.item(row).data(Qt.ItemDataRole.UserRole) for row in range(dialog.versions.count())] == [1]
