"""ConfDesk core: domain model, store, services, importers, exporters and CLI.

Nothing under this package imports Qt; the desktop application lives in ``ui/``.
"""

__version__ = "0.1.0"
