"""The password of a database URL: in the operating system's keyring, never in the URL kept.

``open_store("postgresql://user:secret@host/db")`` connects with ``secret`` but keeps (and
shows) ``postgresql://user@host/db``; the password goes to the keyring under that URL
(service :data:`DATABASE_SERVICE`), so opening ``postgresql://user@host/db`` later, from the
recent-files list say, finds it there.
"""

from __future__ import annotations

import contextlib

from sqlalchemy.engine import make_url
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
