"""The interface language, as the application set it on the default QLocale at start-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale

LANGUAGES = ("ar", "en", "fr")


def ui_language() -> str:
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"
