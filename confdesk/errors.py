"""The root of every error ConfDesk expects and words for a person (never a traceback)."""


class ConfDeskError(Exception):
    """An error caused by input, files or settings; its message is one clear sentence."""
