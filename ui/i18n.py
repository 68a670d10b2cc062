"""Interface languages: Qt Linguist translators, layout direction, digits and the language names.

English is the source language; ``translations/confdesk_en.qm`` holds only its plural forms
("1 day left"). Arabic and French come from ``translations/confdesk_*.qm`` (built by
``translations/refresh.py``) plus Qt's own ``qtbase_*.qm`` for standard buttons and dialogs.

Digits: the Arabic interface writes Western digits (what Babel's ``ar`` writes in the agenda) or,
when the ``ui/digits`` setting says ``arabic-indic``, Arabic-Indic digits. The default locale is
chosen to match (``ar_001`` or ``ar_EG``), so spin boxes, date and time editors and
``QLocale().toString`` show the same digits as the agenda without each widget being told.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QAbstractSpinBox

LANGUAGES = ("ar", "en", "fr")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

#: Each language named in itself, so a user lost in the wrong language still finds their own.
NATIVE_NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}


def language_name(code: str) -> str:
    """A language by its BCP 47 code, named in itself ("Español" for ``es``), else the code."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    from confdesk import world  # Babel's names; imported when a rarer language is first named

    named = world.language_name(code, code)
    return named[:1].upper() + named[1:]


#: The QSettings key choosing the digits of the Arabic interface, and its values.
DIGITS_KEY = "ui/digits"
WESTERN = "western"
ARABIC_INDIC = "arabic-indic"
DIGITS = (WESTERN, ARABIC_INDIC)
#: The conference's clock in every language, as the agenda shows it.
CLOCK_FORMAT = "HH:mm"

# Words of Qt's own buttons and file dialog, in ConfDesk's catalogue, which is searched before
# Qt's qtbase_*.qm: one word per action across dialogs (Arabic "إلغاء", as ConfDesk's own buttons
# say, not qtbase's "ألغِ"), and the file dialog's labels that qtbase_ar/fr.qm (Qt 6.11) lack since
# Qt added their mnemonics. Listed here so lupdate puts them in confdesk_*.ts under Qt's contexts.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_installed: list[QTranslator] = []
_digits = WESTERN


def direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight


def current_language() -> str:
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def digits() -> str:
    """The digits the interface shows now: ``arabic-indic`` only in the Arabic interface."""
    return _digits


def chosen_digits() -> str:
    """The digits the user chose for the Arabic interface (the setting, checked)."""
    value = QSettings().value(DIGITS_KEY, WESTERN, type=str)
    return value if value in DIGITS else WESTERN


def shown_digits(text: str) -> str:
    """``text`` with the interface's digits: for numbers the code formats itself ("10:30")."""
    return text.translate(_ARABIC_INDIC) if _digits == ARABIC_INDIC else text


def choose_digits(app: QCoreApplication, chosen: str) -> None:
    """Remember the digits for the Arabic interface and apply them to the default locale.
    Widgets built before keep theirs: rebuild them as a language switch does."""
    if chosen not in DIGITS:
        raise ValueError(f"digits must be one of {', '.join(DIGITS)}")
    QSettings().setValue(DIGITS_KEY, chosen)
    install_language(app, current_language())


def date_and_clock(moment: datetime, lang: str, width: Literal["short", "medium"] = "medium") -> str:
    """A date as ``lang`` writes it and the time on the conference's 24-hour clock (Babel's
    "medium" gives "11:59:00 م" in Arabic and "11:59:00 PM" in English), joined by the
    language's own date-time pattern, in the interface's digits."""
    # Imported here: babel.dates looks up the local time zone, ~60 ms before the first paint.
    from babel.dates import format_date, format_time, get_datetime_format

    pattern = str(get_datetime_format(width, locale=lang))
    day = format_date(moment, width, locale=lang)
    return shown_digits(pattern.replace("{1}", day).replace("{0}", format_time(moment, CLOCK_FORMAT, locale=lang)))


def locale_for(lang: str, chosen: str = WESTERN) -> QLocale:
    """The default locale for ``lang``: Arabic as Babel's ``ar`` writes it (Western digits,
    standard month names), or Egypt's Arabic-Indic digits when chosen."""
    if lang == "ar":
        return QLocale("ar_EG" if chosen == ARABIC_INDIC else "ar_001")
    return QLocale(lang)


def pin_clock(edit: QAbstractSpinBox, display_format: str = "") -> None:
    """An editor of times, dates or numbers reads left to right with the interface's digits,
    times on the 24-hour clock. A date or time edit reverses its sections in a right-to-left
    window ("11:30" read "30:11") unless it is left to right when it gets its format."""
    from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit  # the window's first frame has none

    edit.setLocale(QLocale())
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if isinstance(edit, QDateTimeEdit):
        edit.setDisplayFormat(display_format or (CLOCK_FORMAT if isinstance(edit, QTimeEdit) else "yyyy-MM-dd HH:mm"))


def install_language(app: QCoreApplication, lang: str) -> str:
    """Replace the installed translators, set the default locale (with the chosen digits) and
    the layout direction.

    Call before the widgets that should speak ``lang`` are built. Returns the language set.
    """
    global _digits
    if lang not in LANGUAGES:
        lang = "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt searches the translator installed last first: ConfDesk's words win over Qt's.
    catalogues = [(str(TRANSLATIONS), f"confdesk_{lang}")]
    if lang != "en":
        catalogues.insert(0, (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    chosen = chosen_digits()
    _digits = chosen if lang == "ar" else WESTERN
    QLocale.setDefault(locale_for(lang, chosen))
    if isinstance(app, QApplication):
        app.setLayoutDirection(direction(lang))
    return lang
