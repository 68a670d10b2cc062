"""What a conference kept on a PostgreSQL server needs beyond SQLAlchemy's defaults: units of
work that take turns, as on a file; that wait a few seconds at most for a lock another program
holds; errors that carry no values of the rows they are about; and a lost connection said as
one (:class:`DatabaseUnavailable`).

The counterpart of :mod:`confdesk.store.sqlite`; nothing here knows the schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import OperationalError

from confdesk.store.errors import DatabaseUnavailable, FileBusy, StoreError

#: SQLSTATEs of a transaction given up because of another one's locks: ``lock_not_available``
#: (our ``lock_timeout`` ran out) and ``deadlock_detected``. Either way the server rolled the
#: transaction back, so nothing was changed and the same change can be tried again.
_BUSY = frozenset({"55P03", "40P01"})

#: The advisory lock a unit of work takes first, held until it commits or rolls back: the
#: database's write lock. Any number would do if it is always the same; this one spells
#: "ConfDesk" in ASCII. Advisory locks belong to one database, so two conferences on one
#: server do not wait for each other.
WRITE_LOCK = 0x436F6E664465736B
_TAKE_WRITE_LOCK = f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"


def configure(engine: Engine, *, lock_timeout: float, writer_option: str) -> Engine:
    """Set ``lock_timeout`` (seconds) on every connection ``engine`` makes; take the write lock
    when a transaction begins with the execution option ``writer_option`` at "IMMEDIATE" (a unit
    of work, as for SQLite); keep the values of rows out of the errors the engine raises.

    The write lock gives a unit of work what SQLite's ``BEGIN IMMEDIATE`` gives it on a file:
    what it reads (the e-mail addresses taken, the next position in a line-up, the next version
    number) stays true until it commits, because no other unit of work runs meanwhile. Without
    it, two windows could both find an address free, and the second would end on a constraint
    error instead of :class:`~confdesk.services.errors.DuplicateEmail`. Readers take no lock.
    A unit of work that waits for the lock longer than ``lock_timeout`` is :class:`FileBusy`."""
    # Milliseconds, at least one: a lock_timeout of 0 would mean waiting for ever.
    milliseconds = max(1, round(lock_timeout * 1000))

    def set_lock_timeout(dbapi_connection: Any, _record: object) -> None:
        # SQLAlchemy's recipe for per-connection settings (docs: "Setting Alternate Search Paths
        # on Connect"): in autocommit, so the SET is not undone by the first rollback. A connect
        # event rather than the libpq "options" parameter, which would replace any the URL has.
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute(f"SET lock_timeout = {milliseconds}")
        finally:
            dbapi_connection.autocommit = autocommit

    def take_write_lock(connection: Connection) -> None:
        if connection.get_execution_options().get(writer_option) != "IMMEDIATE":
            return
        # Straight to the driver (which begins the transaction first): the lock is no statement
        # of the caller's, and views count theirs.
        driver = connection.connection.driver_connection
        assert driver is not None
        try:
            driver.execute(_TAKE_WRITE_LOCK)
        except Exception as error:  # as SQLAlchemy would have raised it
            if getattr(error, "sqlstate", None) is None:
                raise
            raise OperationalError(_TAKE_WRITE_LOCK, None, error) from error

    event.listen(engine, "connect", set_lock_timeout)
    event.listen(engine, "begin", take_write_lock)
    event.listen(engine, "handle_error", _without_values)
    return engine


def _without_values(context: ExceptionContext) -> None:
    """Cut a server error down to its primary message.

    ``hide_parameters`` keeps a statement's values out of an error, but PostgreSQL repeats them
    in the DETAIL it sends: "Key (email)=(amina@…) already exists", "Failing row contains
    (1, Amina Haddad, …)". Errors end up in messages and crash logs, so only the primary
    message ("duplicate key value violates unique constraint "uq_person_email"") is kept; the
    SQLSTATE and the diagnostics stay on the driver's exception for code that reads them."""
    orig = context.original_exception
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if not primary:
        return
    full = str(orig)
    orig.args = (primary,)
    # SQLAlchemy's exception already quotes the driver's text in its own message.
    wrapped = context.sqlalchemy_exception
    if wrapped is not None:
        wrapped.args = tuple(arg.replace(full, primary) if isinstance(arg, str) else arg for arg in wrapped.args)


def store_error(error: BaseException, location: str) -> StoreError | None:
    """The typed error for a change given up on another program's locks, or on a connection
    the server or the network dropped (the server rolls back what it had), or None."""
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) in _BUSY:
        return FileBusy(location)
    if getattr(error, "connection_invalidated", False):
        return DatabaseUnavailable(location, str(orig))
    return None
