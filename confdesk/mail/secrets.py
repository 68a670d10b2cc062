"""The SMTP and IMAP passwords: from the operating system's keyring, else typed in; never stored in a
file or given on the command line."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "confdesk-smtp"
IMAP_SERVICE = "confdesk-imap"


def account(user: str, host: str) -> str:
    """The keyring user name: one password per user and server."""
    return f"{user}@{host}"


def keyring_problem() -> str | None:
    """Why no keyring can hold the password, or None when one can."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 1)
    if priority <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        return "no keyring backend is available on this system"
    return None


def stored_password(user: str, host: str, *, service: str = SERVICE) -> str | None:
    """The password kept in the keyring, or None (also when there is no keyring at all)."""
    try:
        return keyring.get_password(service, account(user, host))
    except (NoKeyringError, KeyringError):
        return None


def store_password(user: str, host: str, password: str, *, service: str = SERVICE) -> str | None:
    """Keep ``password`` in the keyring; returns why it could not, or None."""
    try:
        keyring.set_password(service, account(user, host), password)
    except (NoKeyringError, KeyringError) as error:
        return str(error) or "the keyring refused to store the password"
    return None
