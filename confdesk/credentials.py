"""The password of a database URL: in the operating system's keyring, never in the URL kept.

``open_store("postgresql://user:secret@host/db")`` connects with ``secret`` but keeps (and
shows) ``postgresql://user@host/db``; the password goes to the keyring under that URL
(service :data:`DATABASE_SERVICE`), so opening ``postgresql://user@host/db`` later, from the
recent-files list say, finds it there.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from confdesk.redact import split_password

#: Keyring service of database passwords; the keyring user name is the URL without password.
DATABASE_SERVICE = "ConfDesk database"


def _has_user(url: str) -> bool:
    try:
        return bool(make_url(url).username)
    except (ArgumentError, ValueError):
        return False


def database_credentials(location: str) -> tuple[str, str | None]:
    """``location`` without its password, and the password to connect with: the one in it
    (kept in the keyring for next time), else the keyring's for a URL naming a user, else
    None. Without a keyring, a password in the URL is still used, just not kept."""
    # Imported here: opening a conference file (the usual case) needs no keyring.
    import keyring
    from keyring.errors import KeyringError

    url, password = split_password(location)
    if password is not None:
        if password:  # an empty one ("user:@host") is no secret
            with contextlib.suppress(KeyringError):  # no keyring: used now, not kept
                keyring.set_password(DATABASE_SERVICE, url, password)
        return url, password
    if not _has_user(url):
        return url, None
    try:
        return url, keyring.get_password(DATABASE_SERVICE, url)
    except KeyringError:
        return url, None


#: libpq's sslmode values, safest first; verify-full checks the server's certificate and name.
TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


@dataclass(frozen=True)
class TeamDatabase:
    host: str
    port: int
    database: str
    user: str
    tls: str = "verify-full"

    def location(self, password: str = "") -> str:
        """The address to open (with ``password`` only when it cannot be kept in the keyring)."""
        # A folder for a host is a Unix socket's (a server on this machine): libpq takes it
        # as the host parameter, and the port names the socket file.
        socket = self.host.startswith("/")
        query = {"sslmode": self.tls, **({"host": self.host, "port": str(self.port)} if socket else {})}
        url = URL.create(
            "postgresql",
            username=self.user or None,
            password=password or None,
            host=None if socket else self.host or None,
            port=None if socket else self.port,
            database=self.database,
            query=query,
        )
        return url.render_as_string(hide_password=False)


def keep_password(location: str, password: str) -> bool:
    """Put ``password`` in the keyring for ``location``; False when there is no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(DATABASE_SERVICE, location, password)
    except (KeyringError, RuntimeError):
        return False
    return True
