"""confdesk publish: the public calendar into a shared CalDAV collection."""

from __future__ import annotations

import argparse
import getpass
import sys
from urllib.parse import urlsplit

import keyring
from keyring.errors import KeyringError

from confdesk.caldav_publish import publish
from confdesk.cli.common import CommandError, add_db_option, open_existing

#: Keyring service for CalDAV passwords, apart from the SMTP ones.
KEYRING_SERVICE = "confdesk-caldav"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "publish",
        help="publish the public calendar to a CalDAV server",
        description="Store every public session in the CalDAV collection at URL (created if "
        "missing). Publishing again updates events in place and removes sessions that were "
        "deleted or made internal. The password comes from the system keyring (service "
        f"'{KEYRING_SERVICE}', user 'USER@HOST') or is asked for.",
    )
    add_db_option(parser)
    parser.add_argument("--caldav", required=True, metavar="URL", help="the calendar collection")
    parser.add_argument("--user", default="", metavar="U", help="log in as this user")
    parser.add_argument(
        "--lang", choices=("ar", "en", "fr"), default="en", help="language of the published events (default: en)"
    )
    parser.set_defaults(func=run)


def _password(user: str, url: str) -> str | None:
    if not user:
        return None
    host = urlsplit(url).hostname or url
    try:
        stored = keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except KeyringError:
        stored = None
        print("confdesk: no keyring backend is available; asking for the password instead", file=sys.stderr)
    if stored is not None:
        return stored
    try:
        return getpass.getpass(f"Password for {user} on {host}: ")
    except EOFError:
        raise CommandError("no password given (no keyring entry and no terminal to ask on)") from None


def run(args: argparse.Namespace) -> int:
    store, conference_id = open_existing(args)
    try:
        result = publish(
            store,
            conference_id,
            args.caldav,
            user=args.user,
            password=_password(args.user, args.caldav),
            lang=args.lang,
        )
    finally:
        store.close()
    print(f"{result.stored} events published to {args.caldav}, {result.removed} removed")
    return 0
