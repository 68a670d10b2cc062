"""Alembic: one head, upgrading an empty database gives exactly the models' schema, and
upgrading a file full of data keeps every row."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from confdesk.model import (
    Assignment,
    Base,
    Conference,
    LocalText,
    Person,
    Registration,
    Session,
)
from confdesk.model.themes import ThemeFramework
from confdesk.store import HEAD_REVISION, alembic_config, open_store


def test_there_is_exactly_one_head_and_the_store_knows_it():
    from confdesk.store import HEAD_REVISION

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [HEAD_REVISION]


def test_upgrade_from_empty_gives_the_models_schema(tmp_path):
    store = open_store(tmp_path / "fresh.confdesk", create=True)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.close()
    assert differences == []


def test_migrations_import_nothing_from_confdesk():
    # A migration must keep working after the models change, so it may not import them.
    versions = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    for revision in versions:
        source = Path(revision.path).read_text(encoding="utf-8")
        assert "confdesk" not in source, revision.path


# Rows for every table of revision 0001, as a file written by that version holds them: JSON
# as text, naive UTC datetimes in SQLAlchemy's SQLite format, booleans as 0/1.
_j = json.dumps


def _at(day: int, hour: int) -> str:
    return f"2021-02-{day:02d} {hour:02d}:00:00.000000"


_TABLES_0001: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]] = {
    "conference": (
        ("id", "name", "short_name", "timezone", "languages", "organisers", "contact_email",
         "platform", "platform_url", "notes", "settings", "version"),
        [(1, _j({"ar": "المنتدى العالمي للشباب", "en": "Global Youth Forum", "fr": "Forum mondial"}),
          _j({"en": "GYF"}), "Africa/Casablanca", _j(["en", "fr", "ar"]),
          _j([{"en": "Youth Office", "fr": "Bureau de la jeunesse"}]), "team@example.org", "Zoom",
          "https://zoom.example.org", _j({"logistics": {"en": "Join ten minutes early."}}),
          _j({"max_speaking_minutes": 7}), 3)],
    ),
    "part": (
        ("id", "conference_id", "name", "start_date", "end_date", "position", "version"),
        [(1, 1, _j({"en": "Day one"}), "2021-02-23", "2021-02-23", 0, 1),
         (2, 1, _j({"ar": "اليومان الثاني والثالث", "en": "Days two and three"}), "2021-02-24", "2021-02-25", 1, 2)],
    ),
    "session": (
        ("id", "part_id", "kind", "number", "title", "description", "starts_at", "ends_at", "join_url",
         "meeting_id", "passcode", "interpretation", "themes", "internal", "cancelled", "sequence", "version"),
        [(1, 1, "opening", None, _j({"en": "Opening"}), _j({}), _at(23, 8), _at(23, 9),
          "https://zoom.example.org/j/1", "111 222", "gyf", _j(["ar", "fr"]), _j([]), 0, 0, 0, 1),
         (2, 1, "roundtable", 2, _j({"en": "Roundtable 2", "fr": "Table ronde 2"}), _j({"en": "Decent work."}),
          _at(23, 10), _at(23, 12), "", "", "", _j([]), _j([6, 18]), 0, 1, 2, 4),
         (3, 2, "plenary", 1, _j({"ar": "الجلسة العامة"}), _j({}), _at(24, 14), _at(24, 15),
          "", "", "", _j(["ar"]), _j([23]), 1, 0, 1, 1)],
    ),
    "person": (
        ("id", "conference_id", "name", "name_ar", "honorific", "job_title", "organisation", "group",
         "country", "email", "language", "gender", "timezone", "listed", "notes", "version"),
        [(1, 1, "Amina Haddad", "أمينة حداد", _j({"en": "Dr"}), _j({"en": "Researcher"}),
          _j({"fr": "Université"}), "academia", "MA", "amina@example.org", "ar", "female",
          "Africa/Casablanca", 1, "Prefers Arabic.", 2),
         (2, 1, "Jean Martin", "", _j({}), _j({}), _j({"en": "Trade Union"}), "trade_union", "FR",
          "jean@example.org", "fr", None, None, 0, "", 1),
         (3, 1, "No Address Yet", "", _j({}), _j({}), _j({}), "youth", "", None, "en", None, None, 0, "", 1)],
    ),
    "registration": (
        ("id", "person_id", "registered_at", "source", "version"),
        [(1, 1, _at(1, 9), "demo", 1), (2, 2, _at(2, 16), "registrations.csv", 1)],
    ),
    "registration_part": (("registration_id", "part_id"), [(1, 1), (1, 2), (2, 2)]),
    "interest": (
        ("id", "registration_id", "kind", "roundtable", "expressed_at"),
        [(1, 1, "roundtable_speaker", 2, _at(1, 9)), (2, 1, "rapporteur", None, _at(1, 9)),
         (3, 2, "open_discussion", None, _at(2, 16))],
    ),
    "assignment": (
        ("id", "session_id", "person_id", "role", "position", "speaking_minutes", "status",
         "status_changed_at", "version"),
        [(1, 2, 1, "speaker", 0, 7, "confirmed", _at(10, 11), 3),
         (2, 2, 2, "moderator", 1, 0, "invited", _at(9, 10), 2),
         (3, 3, 1, "rapporteur", 0, 5, "proposed", _at(8, 8), 1)],
    ),
    "status_change": (
        ("id", "assignment_id", "status", "changed_at", "changed_by"),
        [(1, 1, "proposed", _at(8, 8), "organiser"), (2, 1, "invited", _at(9, 10), "organiser"),
         (3, 1, "confirmed", _at(10, 11), "amina"), (4, 2, "invited", _at(9, 10), "")],
    ),
    "deadline": (
        ("id", "conference_id", "kind", "title", "due_at", "version"),
        [(1, 1, "registration", _j({"en": "Register"}), _at(15, 23), 1),
         (2, 1, "reports", _j({"fr": "Rapports"}), _at(28, 17), 2)],
    ),
}  # fmt: skip


def _stored_rows(connection) -> dict[str, list[tuple[object, ...]]]:
    """Every 0001 table's rows as stored (raw SQL values, 0001 columns, in primary key order)."""
    stored = {}
    for table, (columns, _) in _TABLES_0001.items():
        names = ", ".join(f'"{column}"' for column in columns)
        query = text(f'SELECT {names} FROM "{table}" ORDER BY "{columns[0]}", "{columns[1]}"')
        stored[table] = [tuple(row) for row in connection.execute(query)]
    return stored


def test_upgrading_a_0001_file_keeps_every_row(tmp_path):
    path = tmp_path / "old.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        for table, (columns, rows) in _TABLES_0001.items():
            names = ", ".join(f'"{column}"' for column in columns)
            values = ", ".join(f":{column}" for column in columns)
            connection.execute(
                text(f'INSERT INTO "{table}" ({names}) VALUES ({values})'),
                [dict(zip(columns, row, strict=True)) for row in rows],
            )
    engine.dispose()
    inserted = {table: rows for table, (_, rows) in _TABLES_0001.items()}

    store = open_store(path)  # migrates to head
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            after = _stored_rows(connection)
            assert connection.execute(text("SELECT count(*) FROM delivered_event")).scalar() == 0
            assert connection.execute(text("SELECT count(*) FROM sent_message")).scalar() == 0
        assert {table: len(rows) for table, rows in after.items()} == {
            table: len(rows) for table, rows in inserted.items()
        }
        # Every row of every table, every column, as it was written; session themes, GCM
        # objective numbers in 0001, are the codes of the GCM preset since 0003.
        numbered = [
            (*row[:12], _j([str(theme) for theme in json.loads(row[12])]), *row[13:]) for row in inserted["session"]
        ]
        assert after == {**inserted, "session": numbered}

        # And the models read the old values as what they were.
        with store.reader() as db:
            conference = db.scalars(select(Conference)).one()
            assert conference.name == LocalText(
                ar="المنتدى العالمي للشباب", en="Global Youth Forum", fr="Forum mondial"
            )
            assert conference.languages == ["en", "fr", "ar"]
            assert conference.settings == {"max_speaking_minutes": 7} and conference.version == 3
            assert [part.start_date for part in conference.parts] == [date(2021, 2, 23), date(2021, 2, 24)]
            roundtable = db.get(Session, 2)
            assert roundtable.number == 2 and roundtable.cancelled and not roundtable.internal
            assert roundtable.themes == ["6", "18"] and roundtable.title.fr == "Table ronde 2"
            framework = ThemeFramework.from_dict(conference.themes)
            assert framework.codes() == tuple(str(number) for number in range(1, 24))
            assert framework.find("6").label.en.startswith("Facilitate fair and ethical recruitment")
            assert framework.name.en == "GCM objectives"
            assert conference.interpretation == ["ar", "fr"]  # every channel a session offered
            assert roundtable.starts_at == datetime(2021, 2, 23, 10, 0, tzinfo=UTC)
            assert [(a.person.name, a.role, a.status) for a in roundtable.assignments] == [
                ("Amina Haddad", "speaker", "confirmed"),
                ("Jean Martin", "moderator", "invited"),
            ]
            assert [change.status for change in db.get(Assignment, 1).history] == ["proposed", "invited", "confirmed"]
            assert db.get(Session, 3).internal and db.get(Session, 3).title.get("en") == "الجلسة العامة"
            amina = db.get(Person, 1)
            assert (amina.name_ar, amina.group, amina.listed, amina.honorific.en) == (
                "أمينة حداد",
                "academia",
                True,
                "Dr",
            )
            assert db.get(Person, 3).email is None
            registration = db.get(Registration, 1)
            assert [part.id for part in registration.parts] == [1, 2]
            assert {(i.kind, i.roundtable) for i in registration.interests} == {
                ("roundtable_speaker", 2),
                ("rapporteur", None),
            }
            assert [d.due_at for d in conference.deadlines] == [
                datetime(2021, 2, 15, 23, 0, tzinfo=UTC),
                datetime(2021, 2, 28, 17, 0, tzinfo=UTC),
            ]
    finally:
        store.close()


def test_upgrading_a_0002_file_keeps_the_send_log_as_messages_sent_over_smtp(tmp_path):
    from confdesk.model.delivery import DeliveredEvent, SentMessage

    path = tmp_path / "sent.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    with engine.begin() as connection:
        for table in ("conference", "person"):
            columns, rows = _TABLES_0001[table]
            names = ", ".join(f'"{column}"' for column in columns)
            values = ", ".join(f":{column}" for column in columns)
            connection.execute(
                text(f'INSERT INTO "{table}" ({names}) VALUES ({values})'),
                [dict(zip(columns, row, strict=True)) for row in rows],
            )
        connection.execute(
            text(
                "INSERT INTO delivered_event (id, person_id, session_id, uid, sequence, method, fingerprint, "
                "summary, starts_at, ends_at, sent_at) VALUES (1, 1, 2, 'uid-2', 3, 'REQUEST', 'f', "
                f"'Roundtable 2', '{_at(23, 10)}', '{_at(23, 12)}', '{_at(20, 9)}')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO sent_message (id, person_id, email, message_id, sent_at, batch, kind, digest) "
                f"VALUES (1, 1, 'amina@example.org', '<1@example.org>', '{_at(20, 9)}', 'b1', 'invite', 'd')"
            )
        )
    engine.dispose()

    store = open_store(path)
    try:
        with store.reader() as db:
            (message,) = db.scalars(select(SentMessage)).all()
            assert (message.message_id, message.kind, message.digest) == ("<1@example.org>", "invite", "d")
            assert (message.channel, message.uid, message.sequence, message.method) == ("smtp", "", None, "")
            (delivered,) = db.scalars(select(DeliveredEvent)).all()
            assert (delivered.uid, delivered.sequence, delivered.method) == ("uid-2", 3, "REQUEST")
        with store.unit() as db:  # new rows need no server default: they say what they are
            db.add(SentMessage(
                person_id=2, email="jean@example.org", message_id="<2@example.org>", sent_at=datetime.now(UTC),
                batch="b2", kind="update", channel="outbox", uid="uid-2", sequence=4, method="REQUEST",
            ))  # fmt: skip
        with store.reader() as db:
            rows = db.execute(select(SentMessage.channel, SentMessage.sequence).order_by(SentMessage.id)).all()
            assert [tuple(row) for row in rows] == [("smtp", None), ("outbox", 4)]
    finally:
        store.close()


def test_upgrading_a_0004_file_adds_an_empty_log_of_calendar_replies(tmp_path):
    from confdesk.model.delivery import CalendarReply

    path = tmp_path / "replies.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    with engine.begin() as connection:
        for table in ("conference", "person"):
            columns, rows = _TABLES_0001[table]
            names = ", ".join(f'"{column}"' for column in columns)
            values = ", ".join(f":{column}" for column in columns)
            connection.execute(
                text(f'INSERT INTO "{table}" ({names}) VALUES ({values})'),
                [dict(zip(columns, row, strict=True)) for row in rows],
            )
    engine.dispose()

    store = open_store(path)
    try:
        with store.reader() as db:
            assert db.scalars(select(CalendarReply)).all() == []
        with store.unit() as db:
            at = datetime.now(UTC)
            db.add(CalendarReply(
                person_id=1, session_id=2, uid="uid-2", sequence=1, partstat="ACCEPTED", replied_at=at,
                message_id="<r@example.org>", processed_at=at,
            ))  # fmt: skip
        with store.reader() as db:
            (reply,) = db.scalars(select(CalendarReply)).all()
            assert (reply.uid, reply.partstat, reply.replied_at) == ("uid-2", "ACCEPTED", at)
    finally:
        store.close()


def test_upgrading_a_0005_file_adds_no_published_version_and_can_publish_one(tmp_path):
    from confdesk.interchange.versions import list_versions, publish_version

    path = tmp_path / "versions.confdesk"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    with engine.begin() as connection:
        columns, rows = _TABLES_0001["conference"]
        names = ", ".join(f'"{column}"' for column in columns)
        values = ", ".join(f":{column}" for column in columns)
        connection.execute(
            text(f'INSERT INTO "conference" ({names}) VALUES ({values})'),
            [dict(zip(columns, row, strict=True)) for row in rows],
        )
    engine.dispose()

    store = open_store(path)
    try:
        conference_id = store.conference_id()
        with store.reader() as db:
            assert list_versions(db, conference_id) == []
        with store.unit() as db:
            assert publish_version(db, conference_id, "after the upgrade").value == 1
        with store.reader() as db:
            (version,) = list_versions(db, conference_id)
            assert (version.number, version.comment) == (1, "after the upgrade")
    finally:
        store.close()
