"""Bringing registration lists in and writing lists and schedules out: the import and export
dialogs over :mod:`confdesk.imports` and :mod:`confdesk.exports`.

Import ``ui.interchange.import_dialog`` / ``ui.interchange.export_dialog`` directly; this package
stays empty so that checking for the dialogs at start-up costs nothing.
"""
