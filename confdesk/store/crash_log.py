"""Crash logs without personal data.

A traceback's text carries more than code: SQLAlchemy puts a statement's parameters (names,
e-mail addresses) into its exceptions' messages, and any exception's message may quote a value
(``KeyError('amina@example.org')``). The logs ConfDesk writes keep what a developer needs, the
frames (file, line, function, source line) and the type of every exception in the chain, and
drop the values:

* SQLAlchemy's statement errors keep the driver's error type and SQLite's own message (which
  names tables and columns, never values) and the SQL text (its values are ``?``); engines are
  made with ``hide_parameters`` as well;
* exceptions whose messages Python writes about the code (``AttributeError``, ``TypeError``,
  ``NameError``, ``ImportError``, ``IndexError``…) keep them;
* an :class:`OSError` keeps its error number and system text, not the file name;
* every other message is withheld.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from types import TracebackType

WITHHELD = "(message withheld: it may hold personal data)"
#: Exception types whose messages Python writes about the code, never about the data.
_ABOUT_CODE: tuple[type[BaseException], ...] = (
    AttributeError,
    NameError,
    ImportError,
    TypeError,
    IndexError,
    NotImplementedError,
    RecursionError,
    ZeroDivisionError,
    SyntaxError,
    MemoryError,
)


def _name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"


def scrubbed_message(error: BaseException) -> str:
    """What the log says of ``error``'s message (see the module docstring)."""
    statement = getattr(error, "statement", None)
    orig = getattr(error, "orig", None)
    if isinstance(orig, BaseException) and isinstance(statement, str):
        sql = " ".join(statement.split())
        return f"({_name(type(orig))}) {scrubbed_message(orig)} [SQL: {sql}]"
    if isinstance(error, sqlite3.Error):
        return str(error)
    if isinstance(error, OSError):
        return f"[Errno {error.errno}] {error.strerror}" if error.errno is not None else WITHHELD
    if isinstance(error, _ABOUT_CODE) and not isinstance(error, (UnicodeError, KeyError)):
        return str(error)
    return WITHHELD if str(error) else ""


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The exceptions of ``error``'s chain, oldest first, each with the sentence Python prints
    after it (linking it to the next), or ""."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of the following exception:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception, another exception occurred:"
        else:
            current = None
    chain.reverse()  # an exception's link is printed after it, before the one it led to
    return chain


def scrubbed_traceback(error: BaseException) -> str:
    """``error``'s traceback as Python prints it, with every message scrubbed."""
    parts: list[str] = []
    for exception, link in _chain(error):
        tb: TracebackType | None = exception.__traceback__
        if tb is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(tb))
        message = scrubbed_message(exception)
        parts.append(f"{_name(type(exception))}: {message}\n" if message else f"{_name(type(exception))}\n")
        if link:
            parts.append(f"\n{link}\n\n")
    return "".join(parts)


class ScrubbingFormatter(logging.Formatter):
    """A log formatter whose tracebacks are :func:`scrubbed_traceback`'s."""

    def formatException(self, ei: object) -> str:
        error = ei[1] if isinstance(ei, tuple) and len(ei) == 3 else None
        if isinstance(error, BaseException):
            return scrubbed_traceback(error).rstrip("\n")
        return ""
