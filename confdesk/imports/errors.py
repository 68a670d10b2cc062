"""Errors of the importers: one sentence naming the file and what is wrong with it."""

from __future__ import annotations

from confdesk.errors import ConfDeskError


class ImportFileError(ConfDeskError):
    """The file cannot be read as a registration list or schedule; nothing was changed."""


class ProfileError(ConfDeskError):
    """A mapping profile is not valid JSON of the documented shape."""
