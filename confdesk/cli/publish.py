"""confdesk publish: the public calendar into a shared CalDAV collection."""

from __future__ import annotations

import argparse
import getpass
import sys
from urllib.parse import urlsplit

import keyring
from keyring.errors import KeyringError

from confdesk.caldav_publish import publish, target
from confdesk.cli.common import CommandError, add_db_option, add_version_option, open_existing, printable
from confdesk.interchange.versions import parse_which, version_store

#: Keyring service for CalDAV passwords, apart from the SMTP ones.
KEYRING_SERVICE = "confdesk-caldav"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "publish",
        help="publish the public calendar to a CalDAV server",
        description="Store every public session in the CalDAV collection at URL (created if "
        "missing). Publishing again updates events in place and removes sessions that were "
        "deleted or made internal. The password comes from the system keyring (service "
        f"'{KEYRING_SERVICE}', user 'USER@HOST') or is asked for; one written in the URL is "
        "moved to the keyring and never shown. Logging in over http:// is refused unless "
        "--insecure is given.",
    )
    add_db_option(parser)
    parser.add_argument("--caldav", required=True, metavar="URL", help="the calendar collection")
    parser.add_argument("--user", default="", metavar="U", help="log in as this user")
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="allow logging in over http:// (the password crosses the network in clear text)",
    )
    parser.add_argument(
        "--lang", choices=("ar", "en", "fr"), default="en", help="language of the published events (default: en)"
    )
    add_version_option(parser)
    parser.set_defaults(func=run)


def _keep(user: str, host: str, password: str) -> None:
    """A password given inside the URL goes to the keyring, so the URL need not carry it."""
    try:
        keyring.set_password(KEYRING_SERVICE, f"{user}@{host}", password)
    except KeyringError:
        print("confdesk: no keyring backend is available; the password in the URL was not kept", file=sys.stderr)


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
    where = target(args.caldav, user=args.user)
    if where.logs_in_in_clear and not args.insecure:
        raise CommandError(
            f"{where.url} is plain http: logging in would send the password in clear text; "
            "use an https:// address, or --insecure to send it anyway"
        )
    which = parse_which(args.schedule_version)
    store, conference_id = open_existing(args)
    try:
        password = where.password if where.password is not None else _password(where.user, where.url)
        with version_store(store, conference_id, which) as (source, source_id, _number):
            result = publish(
                source,
                source_id,
                where.url,
                user=where.user,
                password=password,
                lang=args.lang,
                insecure=args.insecure,
            )
    finally:
        store.close()
    if where.password is not None and where.user:  # only now: the server accepted it
        _keep(where.user, urlsplit(where.url).hostname or where.url, where.password)
    print(f"{result.stored} events published to {printable(where.url)}, {result.removed} removed")
    return 0
