"""File → Conference Settings…: on the General tab the conference's names in three languages,
organisers, contact mailbox, languages, interpretation languages, time zone and platform; on
the Themes tab its framework of themes. Saving is one undoable command; a refused value keeps
the dialog open, says why under the form and puts the focus on the field it names."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.model import LocalText
from confdesk.model.house_style import HouseStyle, HouseStyleError
from confdesk.model.organisers import Logo, Organiser
from confdesk.services import ServiceError
from confdesk.services.data import ConferenceData
from confdesk.services.errors import ThemesInUse
from confdesk.services.logos import LogoError, read_logo
from ui.conference.house_style import HouseStyleEdit
from ui.conference.themes import ThemesEdit
from ui.widgets.local_text import LocalTextEdit
from ui.widgets.tables import commit_open_editor

#: ``save(data, remove_from_sessions)``: the second says to take themes the new list leaves
#: out off the sessions that refer to them (asked when the service refuses with ThemesInUse).
Save = Callable[[ConferenceData, bool], None]
LANGS = ("ar", "en", "fr")
#: The organisers table's column holding each logo.
LOGO_COLUMN = 3


class OrganisersEdit(QWidget):
    """The organisers, one row each, with their names in Arabic, English and French and their
    logo (PNG or JPEG), which the programme's cover and the letters print."""

    #: A logo file that was refused: the sentence to show (the dialog shows it under the form).
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Arabic"), self.tr("English"), self.tr("French"), self.tr("Logo")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOGO_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setIconSize(QSize(48, 24))
        self.table.setMinimumHeight(110)
        self.add = QPushButton(self.tr("Add organiser"), self)
        self.remove = QPushButton(self.tr("Remove organiser"), self)
        self.choose_logo = QPushButton(self.tr("Choose logo…"), self)
        self.remove_logo = QPushButton(self.tr("Remove logo"), self)
        self.add.clicked.connect(lambda: self.append(Organiser(), edit=True))
        self.remove.clicked.connect(self._remove_current)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(self.table.currentRow(), None))
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.choose_logo, self.remove_logo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def append(self, organiser: Organiser, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, lang in enumerate(LANGS):
            item = QTableWidgetItem(getattr(organiser.name, lang))
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignRight if lang == "ar" else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
            self.table.setItem(row, column, item)
        self.set_logo(row, organiser.logo)
        if edit:
            self.table.setCurrentCell(row, 1)
            english = self.table.item(row, 1)
            if english is not None:
                self.table.editItem(english)

    def set_logo(self, row: int, logo: Logo | None) -> None:
        """Show ``logo`` (or none) in ``row``'s logo cell, which keeps it for :meth:`value`."""
        if not 0 <= row < self.table.rowCount():
            return
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(Qt.ItemDataRole.UserRole, logo)
        if logo is not None:
            image = QPixmap()
            image.loadFromData(logo.data)
            item.setIcon(QIcon(image))
            item.setToolTip(self.tr("Logo (%1 KB)").replace("%1", str(max(len(logo.data) // 1024, 1))))
        else:
            item.setText(self.tr("none"))
        self.table.setItem(row, LOGO_COLUMN, item)

    def _choose_logo(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.refused.emit(self.tr("Choose an organiser's row first, then its logo."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo of the organiser"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            self.set_logo(row, read_logo(Path(path)))
        except LogoError as error:
            self.refused.emit(str(error))

    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def set_value(self, organisers: tuple[Organiser, ...]) -> None:
        self.table.setRowCount(0)
        for organiser in organisers:
            self.append(organiser)

    def value(self) -> tuple[Organiser, ...]:
        commit_open_editor(self.table)
        rows = []
        for row in range(self.table.rowCount()):
            cells = {lang: self._cell(row, column) for column, lang in enumerate(LANGS)}
            text = LocalText(**{lang: value.strip() for lang, value in cells.items()})
            logo_item = self.table.item(row, LOGO_COLUMN)
            logo = logo_item.data(Qt.ItemDataRole.UserRole) if logo_item is not None else None
            if not text.is_empty() or logo is not None:
                rows.append(Organiser(text, logo))
        return tuple(rows)


class ConferenceDialog(QDialog):
    """``save`` runs the service through an undoable command and raises its
    :class:`ServiceError` when a value is refused."""

    def __init__(self, data: ConferenceData, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._save = save
        #: What the status bar says after a save (set by the opener's ``save``).
        self.outcome = ""
        self.setWindowTitle(self.tr("Conference Settings"))
        self.name = LocalTextEdit(self.tr("Name"), self)
        self.short_name = LocalTextEdit(self.tr("Short name"), self)
        for edit in (*self.name.edits.values(), *self.short_name.edits.values()):
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 28)
        self.organisers = OrganisersEdit(self)
        self.organisers.refused.connect(self._say)
        self.contact_email = QLineEdit(self)
        self.contact_email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.languages = {lang: QCheckBox(self) for lang in LANGS}
        names = {"ar": "العربية", "en": "English", "fr": "Français"}
        languages = QWidget(self)  # a widget, not a layout, so the row's label has a buddy
        language_row = QHBoxLayout(languages)
        language_row.setContentsMargins(0, 0, 0, 0)
        for lang, box in self.languages.items():
            box.setText(names[lang])
            language_row.addWidget(box)
        language_row.addStretch(1)
        self.interpretation = {lang: QCheckBox(names[lang], self) for lang in LANGS}
        self.interpretation_other = QLineEdit(self)
        self.interpretation_other.setObjectName("interpretation_other")
        self.interpretation_other.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.interpretation_other.setPlaceholderText(self.tr("other languages, e.g. es, ku"))
        self.interpretation_other.setAccessibleName(self.tr("Other interpretation languages"))
        interpretation = QWidget(self)
        interpretation_row = QHBoxLayout(interpretation)
        interpretation_row.setContentsMargins(0, 0, 0, 0)
        for box in self.interpretation.values():
            interpretation_row.addWidget(box)
        interpretation_row.addWidget(self.interpretation_other, 1)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.timezone_note = QLabel(self.tr("Changing the time zone keeps every session at its moment."), self)
        self.timezone_note.setWordWrap(True)
        self.platform = QLineEdit(self)
        self.platform_url = QLineEdit(self)
        self.platform_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()

        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("S&hort name"), self.short_name)
        form.addRow(self.tr("&Organisers"), self.organisers)
        form.addRow(self.tr("Contact &e-mail"), self.contact_email)
        form.addRow(self.tr("&Languages"), languages)
        form.addRow(self.tr("&Interpretation"), interpretation)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow("", self.timezone_note)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Platform &link"), self.platform_url)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.themes = ThemesEdit(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.themes, self.tr("The&mes"))
        self.house_style = HouseStyleEdit(self)
        self.tabs.addTab(self.house_style, self.tr("House st&yle"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {
            "name": self.name.edits["en"],
            "short_name": self.short_name.edits["en"],
            "organisers": self.organisers.table,
            "contact_email": self.contact_email,
            "languages": self.languages["en"],
            "interpretation": self.interpretation["en"],
            "timezone": self.timezone,
            "platform": self.platform,
            "platform_url": self.platform_url,
        }
        self._show(data)
        self.resize(max(self.sizeHint().width(), 980), self.sizeHint().height())

    def _show(self, data: ConferenceData) -> None:
        self.name.set_value(data.name)
        self.short_name.set_value(data.short_name)
        self.organisers.set_value(data.organisers)
        self.contact_email.setText(data.contact_email)
        for lang, box in self.languages.items():
            box.setChecked(lang in data.languages)
        self.timezone.setCurrentText(data.timezone)
        self.platform.setText(data.platform)
        self.platform_url.setText(data.platform_url)
        for lang, box in self.interpretation.items():
            box.setChecked(lang in data.interpretation)
        self.interpretation_other.setText(", ".join(code for code in data.interpretation if code not in LANGS))
        self.themes.set_value(data.themes)
        try:
            self.house_style.set_value(HouseStyle.from_settings(data.settings))
        except HouseStyleError:
            self.house_style.set_value(HouseStyle())  # a hand-edited file: saving will set it right
        for edit in (*self.name.edits.values(), *self.short_name.edits.values()):
            edit.setCursorPosition(0)

    def value(self) -> ConferenceData:
        """What the form says, over the fields it does not show (notes, settings). Other
        interpretation languages are read as codes separated by commas or spaces."""
        kept = [lang for lang in self._data.languages if lang in LANGS and self.languages[lang].isChecked()]
        added = [lang for lang in LANGS if self.languages[lang].isChecked() and lang not in kept]
        others = [lang for lang in self._data.languages if lang not in LANGS]
        return replace(
            self._data,
            name=self.name.value(),
            short_name=self.short_name.value(),
            organisers=self.organisers.value(),
            contact_email=self.contact_email.text().strip(),
            languages=(*kept, *added, *others),
            timezone=self.timezone.currentText().strip(),
            platform=self.platform.text().strip(),
            platform_url=self.platform_url.text().strip(),
            interpretation=self._interpretation(),
            themes=self.themes.value(),
            settings=self._settings(),
        )

    def _settings(self) -> dict[str, object]:
        """The settings as they were, with the house style the tab shows (none when default)."""
        settings = {key: value for key, value in self._data.settings.items() if key != "house_style"}
        style = self.house_style.value().to_settings()
        return {**settings, "house_style": style} if style else settings

    def _interpretation(self) -> tuple[str, ...]:
        ticked = [lang for lang in LANGS if self.interpretation[lang].isChecked()]
        others = [code for code in re.split(r"[\s,;،]+", self.interpretation_other.text()) if code]
        return tuple(dict.fromkeys([*ticked, *others]))

    def field_widget(self, field: str | None) -> QWidget | None:
        """The widget of ``field`` as an error names it (``name``, ``name.ar``, ``organisers[1]``)."""
        if not field:
            return None
        base, _, lang = field.partition(".")
        index = re.match(r"\w+\[(\d+)\]", base)
        base = base.split("[", 1)[0]
        if base in ("name", "short_name") and lang in LANGS:
            return (self.name if base == "name" else self.short_name).edits[lang]
        if base == "themes":
            self.tabs.setCurrentWidget(self.themes)
            if lang.startswith("name"):
                return self.themes.name.edits[lang[5:] if lang[5:] in LANGS else "en"]
            self.themes.select_theme(int(index.group(1)) if index else 0)
            return self.themes.table
        if base == "interpretation" and self.interpretation_other.text().strip():
            return self.interpretation_other
        self.tabs.setCurrentIndex(0)
        return self._fields.get(base)

    def accept(self) -> None:
        data = self.value()
        try:
            try:
                self._save(data, False)
            except ThemesInUse as in_use:
                if not self._confirm_removal(in_use):
                    self._refuse(in_use)
                    return
                self._save(data, True)
        except ServiceError as error:
            self._refuse(error)
            return
        super().accept()

    def _confirm_removal(self, error: ThemesInUse) -> bool:
        question = self.tr(
            "%n sessions refer to themes the new list leaves out: %1. Take those themes off them?",
            "",
            len(error.session_ids),
        ).replace("%1", ", ".join(error.codes))
        answer = QMessageBox.question(
            self,
            self.tr("Themes in use"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def _refuse(self, error: ServiceError) -> None:
        # The core's sentence names the exact field and value ("themes[3].code: …").
        self.message.setText(str(error))
        self.message.show()
        widget = self.field_widget(getattr(error, "path", "") or getattr(error, "field", None))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
