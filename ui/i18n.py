"""Interface languages: Qt Linguist translators, layout direction and the language names.

English is the source language. Arabic and French come from ``translations/confdesk_*.qm``
(built by ``translations/refresh.py``) plus Qt's own ``qtbase_*.qm`` for standard dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("ar", "en", "fr")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

#: Each language named in itself, so a user lost in the wrong language still finds their own.
NATIVE_NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}

_installed: list[QTranslator] = []


def direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight


def current_language() -> str:
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def install_language(app: QCoreApplication, lang: str) -> str:
    """Replace the installed translators, set the default locale and layout direction.

    Call before the widgets that should speak ``lang`` are built. Returns the language set.
    """
    if lang not in LANGUAGES:
        lang = "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((TRANSLATIONS, f"confdesk_{lang}"), (qt_folder, f"qtbase_{lang}")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(lang))
    if isinstance(app, QApplication):
        app.setLayoutDirection(direction(lang))
    return lang
