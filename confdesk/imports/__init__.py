"""Bringing data in: registration lists (CSV/XLSX from Indico and online forms) and frab or
pretalx schedules. Qt-free; every change goes through :mod:`confdesk.services`."""

from confdesk.imports.errors import ImportFileError, ProfileError
from confdesk.imports.mapping import Profile, guess_mapping, load_profile, profile_from_mapping
from confdesk.imports.registrations import import_file, import_read_table, import_table
from confdesk.imports.report import ImportReport, RowOutcome, RowResult
from confdesk.imports.sources import Table, read_table

__all__ = [
    "ImportFileError",
    "ImportReport",
    "Profile",
    "ProfileError",
    "RowOutcome",
    "RowResult",
    "Table",
    "guess_mapping",
    "import_file",
    "import_read_table",
    "import_table",
    "load_profile",
    "profile_from_mapping",
    "read_table",
]
