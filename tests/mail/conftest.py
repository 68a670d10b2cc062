"""A real SMTP server (aiosmtpd) on 127.0.0.1 for each test, and an in-memory keyring."""

from __future__ import annotations

import email
import socket
import warnings
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Mailbox:
    """What the server accepted: the parsed messages and their envelopes."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=policy.default))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m, r in zip(self.messages, self.recipients) if address in r]


def _start(mailbox: Mailbox, **options) -> Controller:
    """Start a server on mailbox.port. The port was free when chosen, but another process
    (another pytest-xdist worker, say) may have taken it since: then move to a new free one."""
    for attempt in range(5):
        controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port, **options)
        try:
            controller.start()
            return controller
        except OSError:  # address in use: the bind failed and the server thread ended
            controller.loop.close()
            if attempt == 4:
                raise
            mailbox.port = free_port()
    raise AssertionError("unreachable")


@pytest.fixture
def smtp_server():
    mailbox = Mailbox(free_port())
    controller = _start(mailbox)
    yield mailbox
    controller.stop()


SMTP_USER, SMTP_PASSWORD = "organiser", "s3cret-for-tests"


@pytest.fixture
def smtp_server_with_login():
    """A server that wants SMTP_USER / SMTP_PASSWORD (over plain text: loopback only)."""

    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(), auth_data.password.decode()) == (
            SMTP_USER,
            SMTP_PASSWORD,
        )
        # handled=False makes aiosmtpd answer 535 itself instead of staying silent.
        return AuthResult(success=ok, handled=False)

    mailbox = Mailbox(free_port())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # AUTH without TLS: fine on loopback
        controller = _start(mailbox, authenticator=check, auth_require_tls=False, auth_required=True)
    yield mailbox
    controller.stop()


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
