"""A connection to the organisers' SMTP server (smtplib), with one-sentence errors.

The envelope is the message's own (:class:`~confdesk.mail.compose.OutgoingMessage`), never
read back from its headers. A message for an address with a non-ASCII local part goes with
SMTPUTF8 when the server offers it and is refused for that recipient otherwise. A password is
never sent over an unencrypted connection unless the settings say ``insecure``.

What stops a batch and what does not: a refusal of one recipient or one message
(:class:`RecipientRefused`: 4xx/5xx to RCPT or DATA, no SMTPUTF8) lets the rest go; a broken or
closing connection (421, disconnect, network error) or a refused sender is a
:class:`MailError`, and the batch stops.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from email.policy import EmailPolicy

from confdesk.errors import ConfDeskError
from confdesk.mail.compose import OutgoingMessage
from confdesk.untrusted import header_text

#: Reply code of a server about to close the connection: nothing more can go over it.
CLOSING = 421


class MailError(ConfDeskError):
    """The mail server could not be reached or refused what was asked."""


class RecipientRefused(MailError):
    """The server refused one address; the rest of a batch can still go."""


class InsecureLogin(MailError):
    """Logging in would send the password over an unencrypted connection."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    starttls: bool = False
    user: str = ""
    #: TLS from the first byte (SMTPS, port 465) rather than STARTTLS.
    ssl: bool = False
    #: Allow logging in without encryption (the password then crosses the network in clear).
    insecure: bool = False

    @property
    def encrypted(self) -> bool:
        return self.starttls or self.ssl

    @property
    def sends_password_in_clear(self) -> bool:
        """Whether logging in with these settings would expose the password on the wire."""
        return bool(self.user) and not self.encrypted

    @classmethod
    def parse(
        cls,
        server: str,
        *,
        starttls: bool = False,
        user: str = "",
        ssl: bool = False,
        insecure: bool = False,
    ) -> SmtpSettings:
        """``HOST:PORT`` (port 465 with SSL, 587 with STARTTLS, 25 otherwise, when left out)."""
        host, _, port = server.rpartition(":") if ":" in server else (server, "", "")
        if not host:
            raise MailError(f"'{server}' is not HOST:PORT")
        try:
            number = int(port) if port else (465 if ssl else 587 if starttls else 25)
        except ValueError:
            raise MailError(f"'{port}' in '{server}' is not a port number") from None
        if not 0 < number < 65536:
            raise MailError(f"port {number} is out of range")
        return cls(host.strip("[]"), number, starttls, user, ssl, insecure)


def _reply(text: bytes | str) -> str:
    """A server's reply text, as one clean line."""
    return header_text(text.decode("utf-8", "replace") if isinstance(text, bytes) else text)


def _envelope(message: EmailMessage) -> tuple[str, tuple[str, ...], bool]:
    """Sender, recipients and whether SMTPUTF8 is needed. An :class:`OutgoingMessage` carries
    them; any other message (made by hand) has them read from From, To and Cc."""
    if isinstance(message, OutgoingMessage):
        return message.sender, message.recipients, message.smtputf8

    def specs(field: str) -> Iterable[str]:
        header = message[field]
        return [a.addr_spec for a in header.addresses] if isinstance(header, AddressHeader) else []

    sender = next(iter(specs("From")), "")
    recipients = (*specs("To"), *specs("Cc"))
    return sender, recipients, not "".join((sender, *recipients)).isascii()


class SmtpTransport:
    """Sends messages over one SMTP connection; use as a context manager."""

    def __init__(self, settings: SmtpSettings, password: str | None = None, timeout: float = 30) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def __enter__(self) -> SmtpTransport:
        where = self.where
        if self.settings.sends_password_in_clear and not self.settings.insecure:
            raise InsecureLogin(
                f"the connection to the mail server {where} is not encrypted: logging in would send "
                "the password in clear text; use STARTTLS or SSL"
            )
        try:
            if self.settings.ssl:
                context = ssl.create_default_context()
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.settings.host, self.settings.port, timeout=self._timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(self.settings.host, self.settings.port, timeout=self._timeout)
        except (TimeoutError, OSError) as error:
            raise MailError(f"cannot connect to the mail server {where}: {error}") from None
        try:
            if self.settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.settings.user:
                smtp.login(self.settings.user, self._password or "")
            smtp.ehlo_or_helo_if_needed()
        except smtplib.SMTPAuthenticationError:
            smtp.close()
            raise MailError(f"the mail server {where} refused the user name or password") from None
        except smtplib.SMTPNotSupportedError as error:
            smtp.close()
            raise MailError(f"the mail server {where} does not support {error}") from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
            smtp.close()
            raise MailError(f"the mail server {where} failed: {error}") from None
        self._smtp = smtp
        return self

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the server; returns only once the server accepted it.

        Raises :class:`RecipientRefused` when the server refused this message or its
        recipient (the connection stays usable), :class:`MailError` when the connection is
        gone or closing."""
        smtp = self._smtp
        assert smtp is not None, "use SmtpTransport as a context manager"
        sender, recipients, smtputf8 = _envelope(message)
        to = ", ".join(recipients)
        where = self.where
        if not recipients:
            raise RecipientRefused("the message has no recipient")
        options: list[str] = []
        if smtputf8:
            if not smtp.has_extn("smtputf8"):
                raise RecipientRefused(
                    f"{to} has non-ASCII characters before the @, and the mail server {where} does not "
                    "offer SMTPUTF8, which such an address needs"
                )
            options = ["SMTPUTF8", *(["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else [])]
        flat = message.policy
        if smtputf8 and isinstance(flat, EmailPolicy):
            flat = flat.clone(utf8=True)  # addresses in the headers in UTF-8 (RFC 6532)
        data = message.as_bytes(policy=flat)
        try:
            refused = smtp.sendmail(sender, list(recipients), data, mail_options=options)
        except smtplib.SMTPRecipientsRefused as error:
            answers = error.recipients
            if any(code == CLOSING for code, _ in answers.values()):
                raise MailError(f"the mail server {where} closed the connection") from None
            reasons = "; ".join(f"{address} ({code} {_reply(text)})" for address, (code, text) in answers.items())
            raise RecipientRefused(f"the mail server refused {reasons}") from None
        except smtplib.SMTPDataError as error:
            if error.smtp_code == CLOSING:
                raise MailError(f"the mail server {where} closed the connection") from None
            reply = f"{error.smtp_code} {_reply(error.smtp_error)}"
            raise RecipientRefused(f"the mail server refused the message to {to} ({reply})") from None
        except smtplib.SMTPSenderRefused as error:
            reply = f"{error.smtp_code} {_reply(error.smtp_error)}"
            raise MailError(f"the mail server {where} refused the sender {error.sender or '<>'} ({reply})") from None
        except smtplib.SMTPServerDisconnected:
            raise MailError(f"the connection to the mail server {where} broke") from None
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(f"sending to {to} failed: {_reply(str(error))}") from None
        if refused:  # several recipients, some accepted: name the others
            reasons = "; ".join(f"{address} ({code} {_reply(text)})" for address, (code, text) in refused.items())
            raise RecipientRefused(f"the mail server refused {reasons}")

    def __exit__(self, *exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None
