"""Options and helpers the commands share."""

from __future__ import annotations

import argparse

from confdesk.errors import ConfDeskError
from confdesk.redact import redact
from confdesk.store import Store, open_store
from confdesk.store.create import new_conference_store

__all__ = ["CommandError", "new_conference_store", "open_existing", "printable", "printable_json"]
from confdesk.untrusted import escape_in_json, shown


class CommandError(ConfDeskError):
    """A command cannot do what was asked; the message says why."""


def printable(text: object) -> str:
    """``text`` (a name, a title, a server's reply) safe to print as one terminal line: line
    breaks become spaces, escape sequences and other control or bidi characters are written
    as escapes (``\\x1b``), so nothing in the data can move the cursor or recolour the screen."""
    return shown(text)


def printable_json(text: str) -> str:
    """JSON text from ``json.dumps(…, ensure_ascii=False)`` with what :func:`printable`
    escapes written as ``\\u`` and four hex digits: the same JSON, safe on a terminal."""
    return escape_in_json(text)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="PATH",
        help="conference file (.confdesk) or SQLAlchemy URL such as postgresql://host/db",
    )


def open_existing(args: argparse.Namespace) -> tuple[Store, int]:
    """The store named by ``--db`` and its conference id."""
    store = open_store(args.db)
    conference_id = store.conference_id()
    if conference_id is None:
        store.close()
        raise CommandError(
            f"{redact(args.db)} holds no conference yet (create one with 'confdesk demo' or 'confdesk load')"
        )
    return store, conference_id


def add_version_option(parser: argparse.ArgumentParser) -> None:
    """``--version N|latest|draft``: which published version of the schedule to export."""
    parser.add_argument(
        "--version",
        dest="schedule_version",
        default="draft",
        metavar="N|latest|draft",
        help="a published version of the schedule (see 'confdesk versions'), the latest one, "
        "or the data as it stands (draft, the default)",
    )
