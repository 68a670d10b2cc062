"""Publishing the public calendar into a shared CalDAV collection (caldav library).

Each public session becomes one calendar object resource (RFC 4791 wants one UID per
resource and no METHOD), stored at ``<uid>.ics`` so publishing again overwrites it in place.
Every object carries ``X-CONFDESK-CONFERENCE`` with the conference's UID key: on re-publish,
objects of this conference whose session is gone or became internal are deleted, and anything
else in the collection is left alone.

A password never crosses the network in clear: logging in over ``http://`` is refused
(:class:`InsecureLogin`) unless ``insecure`` is asked for. A password written inside the URL
(``https://user:secret@host/…``) is taken out of it (:func:`confdesk.redact.split_password`);
messages name the URL without it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit, urlunsplit

import caldav
from caldav.lib import error as caldav_error
from icalendar import Calendar

from confdesk.errors import ConfDeskError
from confdesk.exports.calendar import PRODID, public_event, public_sessions, vtimezone
from confdesk.exports.calendar_source import CalendarSource, ensure_uid_key, load_source
from confdesk.redact import split_password
from confdesk.store import Store
from confdesk.views.sessions import SessionFacts

if TYPE_CHECKING:
    from caldav.calendarobjectresource import Event
    from caldav.collection import Calendar as Collection
    from caldav.davclient import DAVClient

MARK = "X-CONFDESK-CONFERENCE"

#: Called with (done, total) as events are stored.
Progress = Callable[[int, int], None]


class PublishError(ConfDeskError):
    """The CalDAV server could not be reached or refused the calendar."""


class InsecureLogin(PublishError):
    """Logging in would send the password over plain ``http://``."""


@dataclass(frozen=True)
class Target:
    """A collection URL with its credentials taken apart: ``url`` holds neither."""

    url: str
    user: str
    password: str | None

    @property
    def plain_http(self) -> bool:
        return urlsplit(self.url).scheme.lower() == "http"

    @property
    def logs_in_in_clear(self) -> bool:
        """Whether publishing would send a user name and password unencrypted."""
        return bool(self.user or self.password) and self.plain_http


def target(url: str, *, user: str = "", password: str | None = None) -> Target:
    """``url`` without the user part; a user or password in it fills what was not given."""
    without_password, url_password = split_password(url)
    try:
        parts = urlsplit(without_password)
        url_user = unquote(parts.username or "")
    except ValueError:
        raise PublishError(f"'{without_password}' is not a CalDAV address") from None
    bare = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return Target(bare, user or url_user, password if password is not None else url_password)


@dataclass(frozen=True)
class PublishResult:
    stored: int
    removed: int


def _object_text(source: CalendarSource, session: SessionFacts, lang: str, stamp: datetime) -> str:
    conference = source.conference
    calendar = Calendar.new(prodid=PRODID)
    calendar.add_component(vtimezone(conference.timezone, conference.first_day, conference.last_day))
    event = public_event(source, session, lang, stamp)
    event.add(MARK, conference.uid_key)
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")


def _collection(url: str, user: str, password: str | None) -> tuple[Collection, list[Event]]:
    """The collection at ``url`` (made with MKCALENDAR if missing) and the objects in it."""
    # caldav exports its classes lazily (a module __getattr__), so mypy sees them as objects.
    client: DAVClient = caldav.DAVClient(url=url, username=user or None, password=password)  # type: ignore[operator]
    collection: Collection = client.calendar(url=url)  # type: ignore[no-untyped-call]
    try:
        events = collection.events()
    except caldav_error.NotFoundError:
        pass
    else:
        # A synchronous client answers with the list (an asynchronous one with a coroutine).
        if not isinstance(events, list):
            raise TypeError("caldav answered a synchronous client asynchronously")
        return collection, events
    # A collection needs its parent: make it first (servers answer 405 when it exists).
    client.mkcol(url.rstrip("/").rpartition("/")[0] + "/", "")
    if client.mkcalendar(url).status not in (200, 201):
        raise PublishError(f"there is no calendar at {url} and the server would not create one")
    return collection, []


def publish(
    store: Store,
    conference_id: int,
    url: str,
    *,
    user: str = "",
    password: str | None = None,
    lang: str = "en",
    progress: Progress | None = None,
    insecure: bool = False,
) -> PublishResult:
    """Publish the public calendar into the collection at ``url``.

    Refuses (:class:`InsecureLogin`) to log in over ``http://`` unless ``insecure``."""
    where = target(url, user=user, password=password)
    url, user, password = where.url, where.user, where.password
    if where.logs_in_in_clear and not insecure:
        raise InsecureLogin(
            f"{url} is plain http: logging in would send the password in clear text; use an https:// address"
        )
    with store.unit() as db:
        ensure_uid_key(db, conference_id)
    with store.reader() as db:
        source = load_source(db, conference_id)
    key = source.conference.uid_key
    stamp = datetime.now(UTC)
    sessions = public_sessions(source)
    wanted = {source.uid(session.id) for session in sessions}
    try:
        collection, objects = _collection(url, user, password)
        removed = 0
        for existing in objects:
            component = existing.icalendar_component
            if str(component.get(MARK, "")) == key and str(component.get("UID")) not in wanted:
                existing.delete()
                removed += 1
        base = collection.url
        if base is None:  # never: the collection was made from ``url``
            raise PublishError(f"the CalDAV collection at {url} has no address")
        for done, session in enumerate(sessions, start=1):
            # SEQUENCE is ours (Session.sequence); caldav would otherwise raise it on every save.
            caldav.Event(  # type: ignore[operator]
                collection.client,
                url=base.join(f"{source.uid(session.id)}.ics"),
                data=_object_text(source, session, lang, stamp),
                parent=collection,
            ).save(increase_seqno=False)
            if progress is not None:
                progress(done, len(sessions))
    except caldav_error.AuthorizationError:
        raise PublishError(f"the CalDAV server at {url} refused the user name or password") from None
    except caldav_error.DAVError as problem:
        raise PublishError(f"the CalDAV server at {url} failed: {problem}") from None
    except OSError as problem:
        raise PublishError(f"cannot reach the CalDAV server at {url}: {problem}") from None
    return PublishResult(stored=len(sessions), removed=removed)
