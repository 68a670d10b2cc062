"""The ConfDesk desktop application (PySide6). Reaches the core only through its services."""
