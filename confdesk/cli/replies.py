"""confdesk replies: read calendar replies (.eml files or an IMAP mailbox) into the lineup.

One line per message with what it changed or why it changed nothing, then a total line. Exits 0
when every message was processed or refused cleanly, 1 when the mailbox could not be read.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from confdesk.cli.common import CommandError, add_db_option, open_existing, printable
from confdesk.mail import secrets
from confdesk.mail.imap import ImapMailbox, ImapSettings, read_replies
from confdesk.mail.replies import Reason, ReplyReport, ReplyResult, Result, folder_messages, process_replies
from confdesk.mail.reply_message import Unreadable

_REASONS: dict[str, str] = {
    Reason.NOT_EML: "not an e-mail (.eml) file",
    Reason.UNREADABLE_FILE: "the file or message could not be read",
    Reason.MALFORMED: "the message is malformed",
    Reason.WRONG_ORGANIZER: "its ORGANIZER {detail} is not the conference's contact address",
    Reason.UNKNOWN_UID: "it answers an event ConfDesk did not hand over (UID {detail})",
    Reason.OTHER_ADDRESS: "it comes from {detail}, not from the address the invitation went to",
    Reason.UNSUPPORTED_ANSWER: "its answer {detail} is not accepted, declined or tentative",
    Reason.OLDER_SEQUENCE: "it answers an older version of the invitation (SEQUENCE {detail})",
    Reason.CANCELLED: "the invitation it answers was cancelled",
    Reason.OUTDATED: "a later reply to the same invitation was already applied",
    Reason.NOT_IN_LINEUP: "the person is no longer in the session's lineup",
    Reason.NOT_ALLOWED: "the workflow does not allow {detail}; change it by hand",
    Unreadable.NOT_MAIL: "not an e-mail message",
    Unreadable.NO_CALENDAR: "not a calendar reply",
    Unreadable.NOT_REPLY: "its calendar is not a reply (METHOD {detail})",
    Unreadable.BAD_CALENDAR: "its calendar cannot be read",
    Unreadable.NO_EVENT: "its calendar holds no event with a UID",
    Unreadable.SEVERAL_UIDS: "its calendar answers several events at once",
    Unreadable.NO_ATTENDEE: "its calendar names no ATTENDEE",
    Unreadable.NO_ORGANIZER: "its calendar names no ORGANIZER",
}


def reason_text(result: ReplyResult) -> str:
    return _REASONS.get(result.reason, result.reason).format(detail=printable(result.detail or "?"))


def result_line(result: ReplyResult) -> str:
    source = printable(result.source)
    if result.result == Result.SKIPPED:
        return f"{source}: skipped: {reason_text(result)}"
    who = ""
    if result.person:
        who = f" {printable(result.person)} <{printable(result.email)}>, {printable(result.session)}:"
    if result.result == Result.REFUSED:
        return f"{source}:{who} nothing changed: {reason_text(result)}"
    said = {
        Result.CONFIRMED: f"confirmed (was {result.status}), by calendar reply of {result.replied_at_text}",
        Result.DECLINED: f"declined (was {result.status}), by calendar reply of {result.replied_at_text}",
        Result.TENTATIVE: f"tentative, noted (stays {result.status}), by calendar reply of {result.replied_at_text}",
        Result.UNCHANGED: f"already {result.status}, nothing changed",
        Result.ALREADY: "this reply was processed before, nothing changed",
    }[result.result]
    return f"{source}:{who} {said}"


_COUNTED = {
    Result.CONFIRMED: "confirmed",
    Result.DECLINED: "declined",
    Result.TENTATIVE: "tentative",
    Result.UNCHANGED: "already so",
    Result.ALREADY: "processed before",
    Result.REFUSED: "refused",
    Result.SKIPPED: "skipped",
}


def total_line(report: ReplyReport) -> str:
    total = len(report.results)
    parts = [f"{report.count(result)} {_COUNTED[result]}" for result in Result if report.count(result)]
    counted = f"{total} message" + ("" if total == 1 else "s")
    return f"total: {counted}" + (f": {', '.join(parts)}" if parts else "")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "replies",
        help="read calendar replies (.eml files or an IMAP mailbox) into the lineup",
        description="Read iTIP REPLY messages to the invitations ConfDesk handed over: ACCEPTED "
        "confirms the assignment, DECLINED declines it, TENTATIVE is noted in its history, each "
        "'by calendar reply' at the reply's time. A reply from another address than the "
        "invited one, for an unknown event, an older SEQUENCE or another ORGANIZER changes "
        "nothing and is listed with its reason; the same reply read twice changes nothing. "
        "IMAP messages are flagged as processed (keyword $ConfDeskProcessed, or \\Seen on "
        "servers without keywords), never deleted. The IMAP password comes from the system "
        f"keyring (service '{secrets.IMAP_SERVICE}', user 'USER@HOST') or is asked for.",
    )
    add_db_option(parser)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--from", dest="folder", metavar="FOLDER", help="a folder of .eml files")
    where.add_argument("--imap", metavar="HOST[:PORT]", help="an IMAP server")
    parser.add_argument("--user", default="", metavar="USER", help="with --imap: log in as this user")
    parser.add_argument("--folder", dest="mailbox", default="INBOX", metavar="NAME", help="with --imap: the folder")
    encryption = parser.add_mutually_exclusive_group()
    encryption.add_argument("--starttls", action="store_true", help="encrypt with STARTTLS (port 143 by default)")
    encryption.add_argument("--tls", action="store_true", help="encrypt from the start, IMAPS (port 993 by default)")
    parser.add_argument(
        "--insecure", action="store_true", help="allow a password in clear text to a server that is not this machine"
    )
    parser.add_argument(
        "--remember-password", action="store_true", help="keep a typed password in the system keyring for next time"
    )
    parser.set_defaults(func=run)


def _password(settings: ImapSettings) -> tuple[str, bool]:
    stored = secrets.stored_password(settings.user, settings.host, service=secrets.IMAP_SERVICE)
    if stored is not None:
        return stored, False
    if problem := secrets.keyring_problem():
        print(f"confdesk: {problem}; asking for the password instead", file=sys.stderr)
    try:
        return getpass.getpass(f"IMAP password for {settings.user} on {settings.host}: "), True
    except EOFError:
        raise CommandError("no password given (no keyring entry and no terminal to ask on)") from None


def _imap_settings(args: argparse.Namespace) -> ImapSettings:
    if not args.user:
        raise CommandError("--imap needs --user")
    settings = ImapSettings.parse(args.imap, user=args.user, folder=args.mailbox, starttls=args.starttls, tls=args.tls)
    if settings.sends_password_in_clear and not args.insecure:
        raise CommandError(
            "without --starttls or --tls the password would cross the network unencrypted; "
            "add --starttls or --tls, or --insecure to send it in clear text anyway"
        )
    return settings


def run(args: argparse.Namespace) -> int:
    if args.folder and (args.user or args.starttls or args.tls or args.remember_password):
        raise CommandError("--user, --starttls, --tls and --remember-password go with --imap, not --from")
    settings = _imap_settings(args) if args.imap else None
    store, conference_id = open_existing(args)
    try:
        if settings is None:
            report = process_replies(store, conference_id, folder_messages(Path(args.folder)))
        else:
            password, typed = _password(settings)
            with ImapMailbox(settings, password) as mailbox:
                if typed and args.remember_password:
                    failure = secrets.keyring_problem() or secrets.store_password(
                        settings.user, settings.host, password, service=secrets.IMAP_SERVICE
                    )
                    if failure:
                        print(f"confdesk: the password was not saved: {failure}", file=sys.stderr)
                report = read_replies(store, conference_id, mailbox)
    finally:
        store.close()
    for result in report.results:
        print(result_line(result))
    print(total_line(report))
    return 0
