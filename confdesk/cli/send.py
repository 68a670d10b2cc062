"""confdesk send: send the invitation e-mails over SMTP and log each one.

The log is the one ``confdesk invites --out`` writes to as well: whatever one of them handed over,
the other does not hand over again.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from confdesk.cli.common import CommandError, add_db_option, open_existing, printable
from confdesk.cli.invites import add_invite_options, report_without_email
from confdesk.mail import secrets
from confdesk.mail.outbox import BatchResult, BatchStopped, outbox, send_invites
from confdesk.mail.smtp import SmtpSettings, SmtpTransport


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "send",
        help="send the invitation e-mails",
        description="Send one message per person and session whose calendar event changed "
        "since the person's last message (an invitation or an update, a text/calendar "
        "METHOD:REQUEST in their language), and one per session they lost (METHOD:CANCEL). "
        "Messages already written to an outbox by 'confdesk invites --out' count as handed "
        "over and are not sent again. The password comes from the system "
        f"keyring (service '{secrets.SERVICE}', user 'USER@HOST') or is asked for; it is "
        "never read from a file or the command line, and never sent unencrypted unless "
        "--insecure is given. Run again after an interruption or a refused address: people "
        "already served are not sent anything twice. Exits 1 when someone was not served.",
    )
    add_db_option(parser)
    parser.add_argument("--smtp", required=True, metavar="HOST:PORT", help="the mail server")
    encryption = parser.add_mutually_exclusive_group()
    encryption.add_argument("--starttls", action="store_true", help="encrypt with STARTTLS (port 587 by default)")
    encryption.add_argument("--ssl", action="store_true", help="encrypt from the start, SMTPS (port 465 by default)")
    parser.add_argument("--user", default="", metavar="U", help="log in as this user")
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="allow --user without --starttls or --ssl: the password crosses the network in clear text",
    )
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


def report_refused(result: BatchResult) -> None:
    """One line on stderr for each person not served, with the reason."""
    for refusal in result.refused:
        who = f"{printable(refusal.name)} <{printable(refusal.email)}>"
        print(f"confdesk: not sent to {who} (person {refusal.person_id}): {printable(refusal.reason)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    settings = SmtpSettings.parse(
        args.smtp, starttls=args.starttls, ssl=args.ssl, user=args.user, insecure=args.insecure
    )
    if settings.sends_password_in_clear and not settings.insecure:
        raise CommandError(
            "--user without --starttls or --ssl would send the password unencrypted; "
            "add --starttls or --ssl, or --insecure to send it in clear text anyway"
        )
    store, conference_id = open_existing(args)
    try:
        box = outbox(store, conference_id, alarm=args.alarm, everyone=args.everyone, summary=args.summary)
        if not box.messages:
            result = BatchResult("", (), box.undeliverable, stopped=False)
            report_refused(result)
            if not result.refused:
                print("nothing to send: everyone has the current calendar")
            return 1 if result.refused else 0
        password, typed = password_for(settings)

        def report(done: int, total: int, name: str) -> None:
            print(f"[{done}/{total}] {printable(name)}", file=sys.stderr)

        try:
            with SmtpTransport(settings, password) as transport:
                if typed and args.remember_password and password is not None:
                    remember(settings, password)  # only now: the server accepted it
                result = send_invites(store, box, transport, progress=report)
        except BatchStopped as stopped:
            report_refused(stopped.result)
            raise
    finally:
        store.close()
    print(f"{len(result.sent)} messages sent (batch {result.batch})")
    report_refused(result)
    if result.refused:
        print(f"{len(result.refused)} people were not served; run the command again to retry them", file=sys.stderr)
    report_without_email(box.without_email)
    return 1 if result.refused else 0
