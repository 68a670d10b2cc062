"""Passwords inside URLs: taken out, kept in the keyring, never shown.

A ``--db`` URL (``postgresql://user:secret@host/db``) or a ``--caldav`` URL
(``https://user:secret@dav.example.org/cal/``) may carry a password. :func:`split_password`
takes it out; what is shown, logged or kept (error messages, :attr:`Store.location`, the
recent-files list) is the URL without it, and :func:`redact` is what to show of a URL that may
still hold one. A database URL is read the way SQLAlchemy reads it (that is what connects), an
``http(s)`` URL the way :mod:`urllib.parse` does (as the CalDAV client does).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit, urlunsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

MASK = "***"
_WEB_SCHEMES = frozenset({"http", "https"})
#: ``scheme://user:`` and whatever follows up to the last ``@`` of the same word: a
#: conservative catch for URLs no parser accepts and URLs quoted inside free text.
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@?#]*):(?P<password>\S*)@")


def _is_url(location: str) -> bool:
    return "://" in location


def _web_split(url: str) -> tuple[str, str | None] | None:
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return None
    if password is None:
        return url, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.partition(":")[0]
    netloc = f"{user}@{hostport}" if user else hostport
    return urlunsplit(parts._replace(netloc=netloc)), unquote(password)


def _database_split(url: str) -> tuple[str, str | None] | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.password is None:
        return url, None
    password, host = str(parsed.password), parsed.host
    if host and "@" in host:
        # An unencoded "@" in the password: SQLAlchemy takes its end for the host name.
        rest, _, host = host.rpartition("@")
        password = f"{password}@{rest}"
    return parsed._replace(password=None, host=host).render_as_string(hide_password=False), password


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without the password of its user part, and that password (None when it has
    none, or is a file path). The user name stays."""
    if not _is_url(url):
        return url, None
    scheme = url.partition("://")[0].lower()
    found = _web_split(url) if scheme in _WEB_SCHEMES else _database_split(url)
    if found is not None:
        return found
    # Not a URL any parser reads (so nothing connects with it): cut conservatively.
    return _USERINFO.sub(r"\g<head>@", url), None


def redact(url: str) -> str:
    """``url`` as it may be shown: a password in it reads ``***``."""
    if not _is_url(url):
        return url
    clean, password = split_password(url)
    if password is None:
        return url
    head, sep, rest = clean.partition("://")
    user, at, after = rest.partition("@")
    if at and "/" not in user:
        return f"{head}{sep}{user}:{MASK}@{after}"
    return clean


def redact_text(text: str) -> str:
    """Free text (an error from a driver, say) with the password of every URL in it masked."""
    return _USERINFO.sub(lambda match: f"{match['head']}:{MASK}@", text)
