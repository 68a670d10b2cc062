"""Create or edit a person. A refused change shows one sentence and keeps the dialog open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from confdesk import world
from confdesk.model import Gender, StakeholderGroup
from confdesk.services import HistoryEntry, PersonData, ServiceError
from ui.team.history import with_history
from ui.widgets.forms import name_fields_after_labels
from ui.widgets.language import LANGUAGES, ui_language
from ui.widgets.local_text import LocalTextEdit
from ui.widgets.vocabulary import Vocabulary

Save = Callable[[PersonData], None]


class PersonDialog(QDialog):
    """``save`` runs the service (through an undoable command) and raises its
    :class:`ServiceError` when the data is refused."""

    def __init__(
        self,
        save: Save,
        person: PersonData | None = None,
        parent: QWidget | None = None,
        *,
        history: Sequence[HistoryEntry] | None = None,
        zone: ZoneInfo = ZoneInfo("UTC"),
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._original = person
        self.words = Vocabulary(self)
        lang = ui_language()
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Edit person"))
        self.name = QLineEdit(self)
        self.name_ar = QLineEdit(self)
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.honorific = LocalTextEdit(self.tr("Honorific"), self)
        self.job_title = LocalTextEdit(self.tr("Job title"), self)
        self.organisation = LocalTextEdit(self.tr("Organisation"), self)
        self.group = QComboBox(self)
        for group in StakeholderGroup:
            self.group.addItem(self.words.group(group), group.value)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("(none)"), "")
        for code, country in world.countries(lang):
            self.country.addItem(country, code)
        self.email = QLineEdit(self)
        # Addresses are Latin script: keep them left to right in the Arabic interface too.
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(world.language_name(code, lang), code)
        self.gender = QComboBox(self)
        self.gender.addItem(self.tr("Not stated"), "")
        self.gender.addItem(self.tr("Female"), Gender.FEMALE.value)
        self.gender.addItem(self.tr("Male"), Gender.MALE.value)
        self.gender.addItem(self.tr("Other"), Gender.OTHER.value)
        self.listed = QCheckBox(self.tr("May appear in the participant list"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Name in &Arabic"), self.name_ar)
        form.addRow(self.tr("&Honorific"), self.honorific)
        form.addRow(self.tr("&Job title"), self.job_title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Stakeholder &group"), self.group)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Gen&der"), self.gender)
        form.addRow("", self.listed)
        form.addRow(self.tr("No&tes"), self.notes)
        name_fields_after_labels(
            form,
            (self.name, self.name_ar, self.group, self.country, self.email, self.language, self.gender, self.notes),
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        details = QWidget(self)
        details.setLayout(form)
        layout.addWidget(with_history(details, history, zone, self))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if person is not None:
            self._show(person)
        self.resize(720, self.sizeHint().height())

    def _show(self, person: PersonData) -> None:
        self.name.setText(person.name)
        self.name_ar.setText(person.name_ar)
        self.honorific.set_value(person.honorific)
        self.job_title.set_value(person.job_title)
        self.organisation.set_value(person.organisation)
        self.group.setCurrentIndex(max(self.group.findData(person.group), 0))
        self.country.setCurrentIndex(max(self.country.findData(person.country), 0))
        self.email.setText(person.email or "")
        if self.language.findData(person.language) < 0:
            self.language.addItem(world.language_name(person.language, ui_language()), person.language)
        self.language.setCurrentIndex(self.language.findData(person.language))
        self.gender.setCurrentIndex(max(self.gender.findData(person.gender or ""), 0))
        self.listed.setChecked(person.listed)
        self.notes.setPlainText(person.notes)

    def person_data(self) -> PersonData:
        original = self._original
        return PersonData(
            name=self.name.text(),
            name_ar=self.name_ar.text(),
            honorific=self.honorific.value(),
            job_title=self.job_title.value(),
            organisation=self.organisation.value(),
            group=self.group.currentData(),
            country=self.country.currentData() or "",
            email=self.email.text() or None,
            language=self.language.currentData(),
            gender=self.gender.currentData() or None,
            timezone=original.timezone if original is not None else None,
            listed=self.listed.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self._save(self.person_data())
        except ServiceError as error:
            self.error.setText(self.words.error(error))
            self.error.show()
            field = self.field_widget(getattr(error, "path", "") or error.field or "")
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()
            return
        super().accept()

    def field_widget(self, path: str) -> QWidget | None:
        """The widget of the field an error names: ``job_title.fr`` is the French job title,
        plain ``organisation`` the English one."""
        name, _, lang = path.partition(".")
        texts = {"honorific": self.honorific, "job_title": self.job_title, "organisation": self.organisation}
        if name in texts:
            return texts[name].edits[lang if lang in texts[name].edits else "en"]
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "name_ar": self.name_ar,
            "email": self.email,
            "group": self.group,
            "country": self.country,
            "language": self.language,
            "gender": self.gender,
            "notes": self.notes,
        }
        return widgets.get(name)
