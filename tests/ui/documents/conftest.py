"""Export folders and settings stay in each test's own folder (see tests/ui/interchange)."""

from tests.ui.interchange.conftest import isolated_folders

__all__ = ["isolated_folders"]
