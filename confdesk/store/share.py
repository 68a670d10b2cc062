"""Moving a conference from a file to a team's PostgreSQL server, and the server's roles.

``confdesk share --db FILE --to postgresql://…`` copies every table of the file (the change log,
the outbox and the published versions included, ids kept) into a new or empty database, in one
transaction: a copy that fails leaves the server as it was. With ``roles`` it also creates the
two group roles team members are granted (:data:`EDITOR`, :data:`VIEWER`), which the database
itself enforces: a viewer's desk opens read-only (:func:`can_write`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select, text

from confdesk.model import Base, Conference
from confdesk.store import Store, open_store
from confdesk.store.errors import CannotShare, DatabaseUnavailable

#: Group roles (NOLOGIN): members of the editor role change the conference, viewers read it.
EDITOR, VIEWER = "confdesk_editor", "confdesk_viewer"


@dataclass(frozen=True)
class Shared:
    location: str
    rows: int
    roles: bool


def share(source: Store, location: str, *, roles: bool = False) -> Shared:
    """Copy the conference in ``source`` into the database at ``location`` (which must hold no
    conference yet), ids and history kept."""
    target = open_store(location, create=True)
    try:
        if target.engine.dialect.name != "postgresql":
            raise CannotShare(target.location, "a team database must be a PostgreSQL server (postgresql://…)")
        with target.reader() as db:
            if db.scalar(select(func.count()).select_from(Conference)):
                raise CannotShare(target.location, "it already holds a conference; share into an empty database")
        copied = copy_tables(source.engine, target.engine)
        if roles:
            with target.engine.begin() as writing:
                create_roles(writing)
        return Shared(target.location, copied, roles)
    finally:
        target.close()


def copy_tables(source: Engine, target: Engine) -> int:
    """Copy every table of ``source`` into the empty tables of ``target`` in one transaction;
    the number of rows copied."""
    copied = 0
    # One snapshot of the whole source, whatever colleagues commit meanwhile.
    snapshot = {"isolation_level": "REPEATABLE READ"} if source.dialect.name == "postgresql" else {}
    with source.connect().execution_options(**snapshot) as reading, reading.begin(), target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row._mapping) for row in reading.execute(select(table))]
            if rows:
                writing.execute(table.insert(), rows)
                copied += len(rows)
        if target.dialect.name == "postgresql":
            _advance_sequences(writing)
    return copied


def _advance_sequences(connection: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
                )
            )


def create_roles(connection: Connection) -> None:
    """The editor and viewer group roles, with their grants on this database's tables (members
    are added by the server's administrator: ``GRANT confdesk_viewer TO alice``)."""
    for role in (EDITOR, VIEWER):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    for role in (EDITOR, VIEWER):
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {role}'))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}"))
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {EDITOR}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}"))


def can_write(engine: Engine) -> bool:
    """Whether the database user may change the conference (a viewer may not); True off
    PostgreSQL."""
    if engine.dialect.name != "postgresql":
        return True
    try:
        with engine.connect() as connection:
            return bool(
                connection.execute(text("SELECT has_table_privilege(current_user, 'session', 'UPDATE')")).scalar()
            )
    except Exception as error:
        raise DatabaseUnavailable(str(engine.url.render_as_string(hide_password=True)), str(error)) from error
