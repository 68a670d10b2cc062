"""A connection to the organisers' SMTP server (smtplib), with one-sentence errors."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from confdesk.errors import ConfDeskError


class MailError(ConfDeskError):
    """The mail server could not be reached or refused what was asked."""


class RecipientRefused(MailError):
    """The server refused one address; the rest of a batch can still go."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    starttls: bool = False
    user: str = ""

    @classmethod
    def parse(cls, server: str, *, starttls: bool = False, user: str = "") -> SmtpSettings:
        """``HOST:PORT`` (port 587 with STARTTLS, 25 without, when left out)."""
        host, _, port = server.rpartition(":") if ":" in server else (server, "", "")
        if not host:
            raise MailError(f"'{server}' is not HOST:PORT")
        try:
            number = int(port) if port else (587 if starttls else 25)
        except ValueError:
            raise MailError(f"'{port}' in '{server}' is not a port number") from None
        if not 0 < number < 65536:
            raise MailError(f"port {number} is out of range")
        return cls(host.strip("[]"), number, starttls, user)


class SmtpTransport:
    """Sends messages over one SMTP connection; use as a context manager."""

    def __init__(self, settings: SmtpSettings, password: str | None = None, timeout: float = 30) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        where = f"{self.settings.host}:{self.settings.port}"
        try:
            smtp = smtplib.SMTP(self.settings.host, self.settings.port, timeout=self._timeout)
        except (TimeoutError, OSError) as error:
            raise MailError(f"cannot connect to the mail server {where}: {error}") from None
        try:
            if self.settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.settings.user:
                smtp.login(self.settings.user, self._password or "")
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
        """Hand ``message`` to the server; returns only once the server accepted it."""
        assert self._smtp is not None, "use SmtpTransport as a context manager"
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as error:
            raise RecipientRefused(f"the mail server refused {', '.join(error.recipients)}") from None
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(f"sending to {message['To']} failed: {error}") from None

    def __exit__(self, *exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None
