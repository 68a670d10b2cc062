"""Two windows on one conference file, as two desks on a server: a colleague's change shows up
in the other window without touching its selection, a clash of the same field is put to the
user, and the History tabs say who changed what."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget
from sqlalchemy import select

from confdesk import services
from confdesk.model import Person, Session
from confdesk.model.text import LocalText
from confdesk.services.errors import ConcurrentEdit
from confdesk.store import Store, open_store
from ui.agenda.page import AgendaPage
from ui.commands import execute
from ui.context import AppContext
from ui.people.page import PeoplePage
from ui.team.conflict import asker


@pytest.fixture
def desks(demo_file: Path, qtbot):
    """Two windows' worth of context on the same file, each its own store (its own desk)."""
    opened: list[AppContext] = []

    def open_desk(author: str) -> AppContext:
        store = open_store(demo_file, backup=False)
        context = AppContext(store, store.conference_id())
        store.author = author
        opened.append(context)
        return context

    yield open_desk
    for context in opened:
        context.close()


def sessions(store: Store) -> list[Session]:
    with store.reader() as db:
        return list(db.scalars(select(Session).order_by(Session.starts_at, Session.id)))


def test_a_colleague_s_change_reaches_the_other_window_and_keeps_its_selection(desks, qtbot):
    mine, theirs = desks("Rim Benali"), desks("Colleague Desk")
    page = AgendaPage(mine)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    day = page.current_day()
    shown = page.sessions_of(day)
    selected, other = shown[0], shown[1]
    page.show_session(selected.id)
    assert page.timetable.selected_session() == selected.id
    heard: list[str] = []
    mine.colleagues_changed.connect(heard.append)

    renamed = LocalText(ar=other.title.ar, en="Renamed next door", fr=other.title.fr)
    execute(theirs, "rename", lambda db: services.update_session(db, other.id, title=renamed))

    qtbot.waitUntil(lambda: page.agenda.session(other.id).title.en == "Renamed next door", timeout=5000)
    assert page.timetable.selected_session() == selected.id
    assert heard and "Colleague Desk" in heard[-1]
    assert mine.undo_stack.count() == 0  # their change is not on my undo stack


def stale_rename(context: AppContext, session: Session, title: str):
    return lambda db: services.update_session(
        db, session.id, expected_version=session.version, title=LocalText(en=title)
    )


def test_a_clash_applied_on_top_wins_and_undoes(desks):
    mine, theirs = desks("Rim Benali"), desks("Colleague Desk")
    session = sessions(mine.store)[0]
    execute(theirs, "theirs", lambda db: services.update_session(db, session.id, title=LocalText(en="Theirs")))
    asked: list[ConcurrentEdit] = []
    mine.resolve_conflict = lambda error: asked.append(error) or True
    execute(mine, "mine", stale_rename(mine, session, "Mine"))
    assert asked[0].author == "Colleague Desk" and asked[0].fields == ("title",)
    assert sessions(mine.store)[0].title.en == "Mine"
    mine.undo_stack.undo()
    assert sessions(mine.store)[0].title.en == "Theirs"


def test_a_clash_reloaded_changes_nothing_and_refreshes(desks):
    mine, theirs = desks("Rim Benali"), desks("Colleague Desk")
    session = sessions(mine.store)[0]
    execute(theirs, "theirs", lambda db: services.update_session(db, session.id, title=LocalText(en="Theirs")))
    told: list[services.Changes] = []
    mine.changed.connect(told.append)
    mine.resolve_conflict = lambda error: False
    with pytest.raises(ConcurrentEdit):
        execute(mine, "mine", stale_rename(mine, session, "Mine"))
    assert sessions(mine.store)[0].title.en == "Theirs"
    assert session.id in told[-1].sessions
    assert mine.undo_stack.count() == 0


def test_the_clash_box_names_the_colleague_and_the_field(desks, qtbot):
    mine = desks("Rim Benali")
    page = AgendaPage(mine)
    qtbot.addWidget(page)
    error = ConcurrentEdit(
        "session", 3, author="Colleague Desk", at=sessions(mine.store)[0].starts_at, fields=["title"]
    )
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        apply = next(button for button in box.buttons() if "Apply" in button.text())
        apply.click()

    QTimer.singleShot(0, answer)
    assert asker(lambda: page, lambda _window: mine.display_zone)(error) is True
    assert "Colleague Desk" in seen[0] and "session" in seen[0] and "Title" in seen[0]


def test_the_session_dialog_has_a_history_tab(desks, qtbot):
    mine = desks("Rim Benali")
    page = AgendaPage(mine)
    qtbot.addWidget(page)
    session = sessions(mine.store)[0]
    execute(mine, "link", lambda db: services.update_session(db, session.id, join_url="https://meet.example.org/h"))
    page.edit_session(session.id)
    table = page.dialog.findChild(QTreeWidget, "history_table")
    assert table is not None
    first = table.topLevelItem(0)
    assert first.text(1) == "Rim Benali"
    assert first.text(4) == "https://meet.example.org/h"
    page.dialog.reject()


def test_the_person_dialog_has_a_history_tab(desks, qtbot):
    mine = desks("Rim Benali")
    with mine.store.reader() as db:
        person = db.scalars(select(Person).order_by(Person.id)).first()
        person_id = person.id
    execute(mine, "notes", lambda db: services.update_person(db, person_id, notes="Called on Monday"))
    page = PeoplePage(mine)
    qtbot.addWidget(page)
    row = next(row for row in page.model.rows if row.id == person_id)
    dialog = page.person_dialog(row)
    table = dialog.findChild(QTreeWidget, "history_table")
    texts = [table.topLevelItem(0).text(column) for column in range(5)]
    assert texts[1] == "Rim Benali" and texts[4] == "Called on Monday"
    dialog.reject()


def test_an_undo_never_overwrites_a_colleague_s_later_change(desks, qtbot):
    mine, theirs = desks("Rim Benali"), desks("Colleague Desk")
    session = sessions(mine.store)[0]
    execute(mine, "mine", lambda db: services.update_session(db, session.id, title=LocalText(en="Mine")))
    execute(mine, "link", lambda db: services.update_session(db, session.id, passcode="MINE-1"))
    execute(theirs, "theirs", lambda db: services.update_session(db, session.id, title=LocalText(en="Theirs")))
    said: list[str] = []
    mine.undo_deferred.connect(said.append)

    mine.undo_stack.undo()  # my passcode: nobody touched it since, it goes back
    assert sessions(mine.store)[0].passcode == session.passcode
    mine.undo_stack.undo()  # my title: the colleague changed it since, so it stays theirs
    qtbot.waitUntil(lambda: mine.undo_stack.index() == 1)
    assert sessions(mine.store)[0].title.en == "Theirs"
    assert said and "Colleague Desk" in said[-1]
    assert mine.undo_stack.count() == 2  # the history is kept

    mine.resolve_conflict = lambda error: error.author == "Colleague Desk"
    mine.undo_stack.undo()  # asked, the user takes it back anyway
    assert sessions(mine.store)[0].title == session.title
