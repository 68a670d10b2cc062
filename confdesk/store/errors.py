"""Typed errors raised when a conference file cannot be opened. The UI and CLI word them."""

from confdesk.errors import ConfDeskError


class StoreError(ConfDeskError):
    """Base class: the conference file could not be opened; nothing was changed."""

    def __init__(self, location: str, detail: str = "") -> None:
        self.location = location
        self.detail = detail
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
