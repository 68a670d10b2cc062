"""The calendar export and send dialogs, driven through their real widgets, offscreen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import keyring
import pytest
from icalendar import Calendar
from keyring.backends import fail
from PySide6.QtCore import Qt

from confdesk.exports.calendar import plan_invite
from confdesk.exports.calendar_source import load_source
from confdesk.exports.itip import notices
from tests.mail.conftest import Mailbox, _start, free_port
from ui.calendar.dialogs import CalendarExportDialog, InvitePreview, SendInvitesDialog
from ui.context import AppContext


@pytest.fixture
def context(demo_store):
    return AppContext(demo_store, demo_store.conference_id())


@pytest.fixture
def smtp_server():
    mailbox = Mailbox(free_port())
    controller = _start(mailbox)
    yield mailbox
    controller.stop()


@pytest.fixture
def without_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_export_dialog_writes_arabic_calendars_with_reminders(qtbot, context, tmp_path):
    dialog = CalendarExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.alarm.enabled.setChecked(True)
    dialog.alarm.minutes.setValue(10)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert len(dialog.written.public) == 6 and dialog.written.invites
    assert "6" in dialog.result.text()
    calendar = Calendar.from_ical((tmp_path / "conference.ics").read_bytes())
    assert "الجلسة الختامية" in {str(e["SUMMARY"]) for e in calendar.events}
    assert all(e.walk("VALARM") for e in calendar.events)
    dialog.grab().save(str(tmp_path / "export-dialog.png"))


def test_export_dialog_asks_for_a_folder(qtbot, context):
    dialog = CalendarExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.folder.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Choose a folder first."
    assert dialog.written is None


def test_export_goes_to_documents_first_and_then_to_the_folder_last_used(qtbot, context, tmp_path, isolated_folders):
    dialog = CalendarExportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(isolated_folders / "ConfDesk" / "Calendars")
    chosen = tmp_path / "for-the-website"
    chosen.mkdir()
    dialog.folder.setText(str(chosen))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    again = CalendarExportDialog(context)
    qtbot.addWidget(again)
    assert again.folder.text() == str(chosen)


def _person_with_sessions(source, lang: str) -> int:
    return next(
        p
        for p, person in source.people.items()
        if plan_invite(source, p).requests and person.email and plan_invite(source, p).lang == lang
    )


def test_preview_shows_the_email_as_the_person_reads_it(qtbot, context, demo_store):
    from confdesk.mail.bodies import notice_subject
    from confdesk.services import update_person

    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    person_id = _person_with_sessions(source, "fr")
    with demo_store.unit() as db:
        update_person(db, person_id, timezone="America/Toronto")
    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    invite = plan_invite(source, person_id)
    preview = InvitePreview(context)
    qtbot.addWidget(preview)
    preview.select_person(person_id)
    person = source.people[person_id]
    first = notices(invite)[0]  # the first message they would be handed: one session
    assert preview.subject.text() == notice_subject(first)
    assert first.event.summary in preview.subject.text()
    assert preview.to_address.text() == f"<{person.email}>"
    assert preview.to_name.text() == person.display_name(invite.lang)
    assert preview.from_address.text() == f"<{source.conference.contact_email}>"
    assert preview.from_name.text() == source.conference.title(invite.lang)
    body = preview.body.toPlainText()
    assert "BEGIN:VCALENDAR" not in body and "METHOD:" not in body and "=?" not in preview.subject.text()
    assert first.event.summary in body
    local = first.event.starts_at.astimezone(ZoneInfo("America/Toronto"))
    assert f"{local:%H:%M}" in body  # the session's time where the person is
    assert "Toronto" in body


def test_preview_in_arabic_reads_right_to_left(qtbot, context, demo_store, qapp, tmp_path):
    from ui.i18n import install_language

    with demo_store.reader() as db:
        source = load_source(db, demo_store.conference_id())
    person_id = _person_with_sessions(source, "ar")
    install_language(qapp, "ar")
    try:
        dialog = SendInvitesDialog(context)
        qtbot.addWidget(dialog)
        dialog.resize(760, 620)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.preview)
        dialog.preview.select_person(person_id)
        preview = dialog.preview
        assert preview.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "BEGIN:VCALENDAR" not in preview.body.toPlainText()
        assert preview.from_name.text() == source.conference.title("ar")  # adjacent encoded words joined
        assert plan_invite(source, person_id).requests[0].summary in preview.body.toPlainText()
        qtbot.waitUntil(lambda: preview.from_name.width() >= preview.from_name.sizeHint().width())  # laid out
        dialog.grab().save(str(tmp_path / "preview-ar.png"))
    finally:
        install_language(qapp, "en")


def test_send_dialog_sends_logs_and_then_has_nothing_pending(qtbot, context, smtp_server, tmp_path):
    dialog = SendInvitesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.log_model.rowCount() == 0
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(smtp_server.port)
    dialog.starttls.setChecked(False)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled() and dialog.last_result is not None, timeout=30_000)
    sent = len(dialog.last_result.sent)
    assert sent == len(smtp_server.messages) > 20
    assert dialog.log_model.rowCount() == sent
    assert dialog.log_model.index(0, 4).data().strip("\u2068\u2069") == "Mail server"  # bidi-isolated
    assert dialog.pending.text().startswith("0 ")
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(tmp_path / "send-dialog.png"))


def test_send_log_model_passes_qtmodeltester(qtmodeltester, context, smtp_server):
    dialog = SendInvitesDialog(context)
    from confdesk.mail.outbox import outbox, send_invites
    from confdesk.mail.smtp import SmtpSettings, SmtpTransport

    box = outbox(context.store, context.conference_id)
    with SmtpTransport(SmtpSettings("127.0.0.1", smtp_server.port)) as transport:
        send_invites(context.store, box, transport)
    dialog.refresh()
    qtmodeltester.check(dialog.log_model)


def test_send_dialog_without_keyring_says_the_password_is_not_stored(qtbot, context, without_keyring):
    dialog = SendInvitesDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "No system keyring" in dialog.keyring_note.text()
    dialog.host.setText("mail.example.org")
    dialog.user.setText("organiser")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Enter the password: none is stored in the keyring."
