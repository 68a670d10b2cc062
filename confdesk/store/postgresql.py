"""What a conference kept on a PostgreSQL server needs beyond SQLAlchemy's defaults: a unit of
work that waits a few seconds at most for a row another program holds, and errors that carry
no values of the rows they are about.

The counterpart of :mod:`confdesk.store.sqlite`; nothing here knows the schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from confdesk.store.errors import FileBusy, StoreError

#: SQLSTATEs of a transaction given up because of another one's locks: ``lock_not_available``
#: (our ``lock_timeout`` ran out) and ``deadlock_detected``. Either way the server rolled the
#: transaction back, so nothing was changed and the same change can be tried again.
_BUSY = frozenset({"55P03", "40P01"})


def configure(engine: Engine, *, lock_timeout: float) -> Engine:
    """Set ``lock_timeout`` (seconds) on every connection ``engine`` makes, and keep the values
    of rows out of the errors it raises."""
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

    event.listen(engine, "connect", set_lock_timeout)
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
    """The typed error for a change given up on another program's locks, or None."""
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) in _BUSY:
        return FileBusy(location)
    return None
