"""Bringing registration lists in and writing lists and schedules out: the import and export
dialogs over :mod:`confdesk.imports` and :mod:`confdesk.exports`."""

from ui.interchange.export_dialog import DataExportDialog
from ui.interchange.import_dialog import ImportDialog

__all__ = ["DataExportDialog", "ImportDialog"]
