"""confdesk send: send the invitation e-mails over SMTP and log each one."""

from __future__ import annotations

import argparse
import getpass
import sys

from confdesk.cli.common import CommandError, add_db_option, open_existing
from confdesk.cli.invites import add_invite_options
from confdesk.mail import secrets
from confdesk.mail.outbox import outbox, send_invites
from confdesk.mail.smtp import SmtpSettings, SmtpTransport


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "send",
        help="send the invitation e-mails",
        description="Send an invitation (or update, or cancellation) to every person whose "
        "calendar changed since their last message. The password comes from the system "
        f"keyring (service '{secrets.SERVICE}', user 'USER@HOST') or is asked for; it is "
        "never read from a file or the command line. Run again after an interruption: "
        "people already served are not sent anything twice.",
    )
    add_db_option(parser)
    parser.add_argument("--smtp", required=True, metavar="HOST:PORT", help="the mail server")
    parser.add_argument("--starttls", action="store_true", help="encrypt with STARTTLS")
    parser.add_argument("--user", default="", metavar="U", help="log in as this user")
    parser.add_argument(
        "--remember-password", action="store_true", help="keep a typed password in the system keyring for next time"
    )
    add_invite_options(parser)
    parser.set_defaults(func=run)


def password_for(settings: SmtpSettings) -> tuple[str | None, bool]:
    """The keyring's password, else a prompt (saying so when there is no keyring); and
    whether it was typed rather than taken from the keyring."""
    if not settings.user:
        return None, False
    stored = secrets.stored_password(settings.user, settings.host)
    if stored is not None:
        return stored, False
    if problem := secrets.keyring_problem():
        print(f"confdesk: {problem}; asking for the password instead", file=sys.stderr)
    try:
        return getpass.getpass(f"Password for {settings.user} on {settings.host}: "), True
    except EOFError:
        raise CommandError("no password given (no keyring entry and no terminal to ask on)") from None


def remember(settings: SmtpSettings, password: str) -> None:
    """Keep a password the server just accepted in the keyring, or say why not."""
    if secrets.keyring_problem():
        print("confdesk: the password was not saved: no keyring backend is available", file=sys.stderr)
    elif failure := secrets.store_password(settings.user, settings.host, password):
        print(f"confdesk: the password was not saved: {failure}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    settings = SmtpSettings.parse(args.smtp, starttls=args.starttls, user=args.user)
    store, conference_id = open_existing(args)
    try:
        box = outbox(store, conference_id, alarm=args.alarm, everyone=args.everyone)
        if not box.invites:
            print("nothing to send: everyone has the current calendar")
            return 0
        password, typed = password_for(settings)

        def report(done: int, total: int, name: str) -> None:
            print(f"[{done}/{total}] {name}", file=sys.stderr)

        with SmtpTransport(settings, password) as transport:
            if typed and args.remember_password and password is not None:
                remember(settings, password)  # only now: the server accepted it
            result = send_invites(store, box, transport, progress=report)
    finally:
        store.close()
    print(f"{len(result.sent)} messages sent (batch {result.batch})")
    for person_id, reason in result.refused:
        print(f"not sent to person {person_id}: {reason}")
    if box.without_email:
        print(f"{box.without_email} people have no e-mail address and got no message")
    return 1 if result.refused else 0
