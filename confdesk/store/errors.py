"""Typed errors raised when a conference file cannot be opened, or cannot take a change (busy,
read-only, disk full). The UI and CLI word them."""

from confdesk.errors import ConfDeskError
from confdesk.redact import redact, redact_text


class StoreError(ConfDeskError):
    """Base class: the conference file could not be opened; nothing was changed.

    ``location`` and ``detail`` are kept (and worded) with any password in a URL masked."""

    def __init__(self, location: str, detail: str = "") -> None:
        self.location = redact(str(location))
        self.detail = redact_text(detail)
        super().__init__(self.message())

    def message(self) -> str:
        return f"{self.location}: cannot be opened"


class NotAConferenceFile(StoreError):
    def message(self) -> str:
        return f"{self.location} is not a ConfDesk conference file"


class CorruptFile(StoreError):
    def message(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.location} is damaged and cannot be read{extra}"


class NewerSchema(StoreError):
    def message(self) -> str:
        return (
            f"{self.location} was written by a newer version of ConfDesk "
            f"(schema {self.detail}); update ConfDesk to open it"
        )


class FileMissing(StoreError):
    def message(self) -> str:
        return f"{self.location} does not exist"


class DatabaseUnavailable(StoreError):
    def message(self) -> str:
        extra = f": {self.detail}" if self.detail else ""
        return f"cannot connect to {self.location}{extra}"


class FileBusy(StoreError):
    """Another program or window kept the file locked for longer than ConfDesk waits (on a
    PostgreSQL server: held a row the change needs, past ``lock_timeout``, or deadlocked)."""

    def message(self) -> str:
        return (
            f"{self.location} is busy: another program or window is writing to it; "
            "nothing was changed, try again in a moment"
        )


class ReadOnlyFile(StoreError):
    """The file (or the disk or folder it is on) cannot be written: it opens for viewing only."""

    def message(self) -> str:
        return f"{self.location} is read-only: it can be viewed and exported, but not changed"


class DiskFull(StoreError):
    """The disk has no room left for the change; nothing was changed."""

    def message(self) -> str:
        return f"the disk holding {self.location} is full; nothing was changed, free some space and try again"


class HoldsConference(StoreError):
    """A new conference was asked for in a file or database that already holds one."""

    def message(self) -> str:
        return f"{self.location} already holds a conference; choose a new file"


class CannotShare(StoreError):
    """A conference cannot be copied into this database (not PostgreSQL, or not empty)."""

    def message(self) -> str:
        return f"{self.location}: cannot share the conference into it: {self.detail}"
