"""Reading calendar replies from an IMAP mailbox (imaplib), and marking them processed.

Messages are fetched with ``BODY.PEEK[]`` (reading does not mark them seen) and, once
processed, flagged with the keyword :data:`PROCESSED`; nothing is ever deleted or moved. A
server that keeps no keywords (its PERMANENTFLAGS lack ``\\*``) gets ``\\Seen`` instead, set
only on calendar replies, so the team's other mail stays unread; then unseen messages are the
ones still to read.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from confdesk.errors import ConfDeskError
from confdesk.mail.replies import Incoming, Reason, ReplyReport, ReplyResult, process_replies
from confdesk.store import Store

#: The keyword of a message ConfDesk has processed (RFC 3501 §2.3.2 keywords).
PROCESSED = "$ConfDeskProcessed"
SEEN = "\\Seen"
PLAIN, STARTTLS, TLS = "plain", "starttls", "tls"
_DEFAULT_PORT = {PLAIN: 143, STARTTLS: 143, TLS: 993}
_LOOPBACK = ("127.0.0.1", "::1", "localhost")
_TIMEOUT = 60


class ImapError(ConfDeskError):
    """The mailbox cannot be read; the message says why."""


class LoginRefused(ImapError):
    """The server refused the user name or password."""


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    user: str
    folder: str = "INBOX"
    security: str = PLAIN

    @classmethod
    def parse(
        cls, server: str, *, user: str, folder: str = "INBOX", starttls: bool = False, tls: bool = False
    ) -> ImapSettings:
        """``HOST[:PORT]`` (``[v6]:PORT`` for an IPv6 address) with the chosen encryption."""
        security = TLS if tls else STARTTLS if starttls else PLAIN
        found = re.fullmatch(
            r"\[(?P<v6>[^\]]+)\](?::(?P<p6>\d+))?|(?P<host>[^:\[\]]+)(?::(?P<port>\d+))?", server.strip()
        )
        if found is None or not user.strip():
            raise ImapError(f"'{server}' is not HOST or HOST:PORT" if found is None else "an IMAP user name is needed")
        host = found["v6"] or found["host"]
        port = int(found["p6"] or found["port"] or _DEFAULT_PORT[security])
        if not 0 < port < 65536:
            raise ImapError(f"{port} is not a port number")
        return cls(host, port, user.strip(), folder or "INBOX", security)

    @property
    def sends_password_in_clear(self) -> bool:
        """Whether the password would cross a network unencrypted (loopback does not count)."""
        return self.security == PLAIN and self.host.lower() not in _LOOPBACK


def _text(data: object) -> str:
    parts = data if isinstance(data, list) else [data]
    words = [part.decode("utf-8", "replace") if isinstance(part, bytes) else str(part) for part in parts if part]
    return " ".join(words).strip()


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapMailbox:
    """One logged-in connection to ``settings.folder``; use as a context manager."""

    def __init__(self, settings: ImapSettings, password: str) -> None:
        self.settings = settings
        where = f"{settings.host}:{settings.port}"
        try:
            if settings.security == TLS:
                self._imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    settings.host, settings.port, ssl_context=ssl.create_default_context(), timeout=_TIMEOUT
                )
            else:
                self._imap = imaplib.IMAP4(settings.host, settings.port, timeout=_TIMEOUT)
                if settings.security == STARTTLS:
                    self._imap.starttls(ssl.create_default_context())
        except (OSError, imaplib.IMAP4.error) as error:
            raise ImapError(f"cannot reach the IMAP server {where}: {error}") from None
        try:
            self._imap.login(settings.user, password)
        except imaplib.IMAP4.error as error:
            self._close()
            raise LoginRefused(
                f"the IMAP server {where} refused the login for {settings.user}: {_text(error.args)}"
            ) from None
        except OSError as error:
            self._close()
            raise ImapError(f"the IMAP server {where} broke the connection: {error}") from None
        status, data = self._imap.select(_quoted(settings.folder))
        if status != "OK":
            self._close()
            raise ImapError(f"no folder {settings.folder} on the IMAP server {where}: {_text(data)}")
        _, flags = self._imap.response("PERMANENTFLAGS")
        self.keywords = any(isinstance(f, bytes) and b"\\*" in f for f in flags)

    def _close(self) -> None:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            self._imap.logout()

    def __enter__(self) -> ImapMailbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _uid(self, command: str, *args: str) -> list[object]:
        try:
            status, data = self._imap.uid(command, *args)
        except (OSError, imaplib.IMAP4.error) as error:
            raise ImapError(f"the IMAP server stopped answering: {error}") from None
        if status != "OK":
            raise ImapError(f"the IMAP server refused {command}: {_text(data)}")
        return list(data)

    def unprocessed(self) -> list[str]:
        """The UIDs of the messages not processed yet, oldest first."""
        criteria = ("UNKEYWORD", PROCESSED) if self.keywords else ("UNSEEN",)
        data = self._uid("SEARCH", *criteria)
        return [uid.decode("ascii") for uid in (data[0] or b"").split()] if data and isinstance(data[0], bytes) else []

    def fetch(self, uid: str) -> bytes | None:
        """The whole message, without marking it seen; None if it is gone."""
        for item in self._uid("FETCH", uid, "(BODY.PEEK[])"):
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
                return item[1]
        return None

    def messages(self) -> Iterator[tuple[str, bytes | None]]:
        for uid in self.unprocessed():
            yield uid, self.fetch(uid)

    def mark_processed(self, uid: str, *, is_reply: bool) -> None:
        """Flag the message processed; without keywords, ``\\Seen`` on calendar replies only."""
        if self.keywords:
            self._uid("STORE", uid, "+FLAGS.SILENT", f"({PROCESSED})")
        elif is_reply:
            self._uid("STORE", uid, "+FLAGS.SILENT", f"({SEEN})")


def read_replies(
    store: Store,
    conference_id: int,
    mailbox: ImapMailbox,
    *,
    lang: str = "en",
    should_stop: Callable[[], bool] | None = None,
) -> ReplyReport:
    """Process the mailbox's unprocessed messages, flagging each one as soon as what it
    changed is committed (a run cut short reads the rest next time, and a reply read twice
    changes nothing)."""
    folder = mailbox.settings.folder

    def incoming() -> Iterator[Incoming]:
        for uid, raw in mailbox.messages():
            problem = None if raw is not None else Reason.UNREADABLE_FILE
            yield Incoming(f"{folder} #{uid}", raw, problem, imap_uid=uid)

    def flag(message: Incoming, result: ReplyResult) -> None:
        if message.raw is not None:
            mailbox.mark_processed(message.imap_uid, is_reply=result.is_reply)

    return process_replies(store, conference_id, incoming(), lang=lang, after=flag, should_stop=should_stop)
