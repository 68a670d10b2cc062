"""Conference Settings → House style: how the printed documents write dates and digits in
each language, with an example of each choice as it will print."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from confdesk.model.house_style import AR_DIGITS, AR_MONTHS, EN_DATES, HouseStyle

#: The day the examples print.
EXAMPLE_DAY = date(2021, 2, 24)


def _example(lang: str, style: HouseStyle) -> str:
    from confdesk.exports.documents.formats import Formats  # Babel, loaded when the tab is built

    digits = style.ar_digits if lang == "ar" else "latn"
    return Formats(lang, digits, style).day(EXAMPLE_DAY)


class HouseStyleEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.en_dates = QComboBox(self)
        self.en_dates.setObjectName("en_dates")
        self.ar_months = QComboBox(self)
        self.ar_months.setObjectName("ar_months")
        self.ar_digits = QComboBox(self)
        self.ar_digits.setObjectName("ar_digits")
        names = {
            "un": self.tr("United Nations style"),
            "us": self.tr("US style"),
            "standard": self.tr("Egypt and the Gulf"),
            "levant": self.tr("Levant and Iraq (two names)"),
            "maghreb": self.tr("Algeria and Tunisia"),
            "latn": self.tr("Western digits (0-9)"),
            "arab": self.tr("Arabic-Indic digits (٠-٩)"),
        }
        for combo, lang, key, choices in (
            (self.en_dates, "en", "en_dates", EN_DATES),
            (self.ar_months, "ar", "ar_months", AR_MONTHS),
            (self.ar_digits, "ar", "ar_digits", AR_DIGITS),
        ):
            for choice in choices:
                example = _example(lang, HouseStyle(**{key: choice}))
                combo.addItem(f"{names[choice]}: {example}", choice)
        self.note = QLabel(
            self.tr("French documents follow French typography. A document's own Digits choice overrides this one."),
            self,
        )
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&English dates"), self.en_dates)
        form.addRow(self.tr("Arabic &month names"), self.ar_months)
        form.addRow(self.tr("Arabic &digits"), self.ar_digits)
        form.addRow("", self.note)

    def set_value(self, style: HouseStyle) -> None:
        for combo, value in (
            (self.en_dates, style.en_dates),
            (self.ar_months, style.ar_months),
            (self.ar_digits, style.ar_digits),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def value(self) -> HouseStyle:
        return HouseStyle(
            en_dates=str(self.en_dates.currentData()),
            ar_months=str(self.ar_months.currentData()),
            ar_digits=str(self.ar_digits.currentData()),
        )
