"""File → Rules…: what the checks ask of this conference: the roles each kind of session needs,
the balance thresholds and the horizons for invitations and travel between sessions. Saving
is one undoable command, and the Problems screen re-runs the checks at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.errors import ConfDeskError
from confdesk.model import Role, SessionKind
from confdesk.rules.settings import RuleSettings
from ui.i18n import pin_clock
from ui.widgets.vocabulary import Vocabulary

Save = Callable[[dict[str, Any]], None]


class RulesDialog(QDialog):
    """``rules`` is the conference's ``settings["rules"]`` object; ``save`` gets the new one."""

    def __init__(self, rules: dict[str, Any], save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rules"))
        self._save = save
        self._original = dict(rules)
        current = RuleSettings.from_conference({"rules": rules})
        self.words = Vocabulary(self)

        # Required roles: one row per requirement, the roles any one of which will do.
        self.needs = QTableWidget(0, 2, self)
        self.needs.setHorizontalHeaderLabels([self.tr("Kind of session"), self.tr("Needs one of")])
        self.needs.horizontalHeader().setStretchLastSection(True)
        self.needs.verticalHeader().hide()
        self.needs.setMinimumHeight(220)
        for kind, requirements in sorted(current.required_roles.items()):
            for roles in requirements:
                self.add_need(kind, roles)
        add, remove = QPushButton(self.tr("&Add Requirement"), self), QPushButton(self.tr("&Remove Requirement"), self)
        add.clicked.connect(lambda: self.add_need(SessionKind.ROUNDTABLE, frozenset({Role.MODERATOR})))
        remove.clicked.connect(lambda: self.needs.removeRow(self.needs.currentRow()))
        self.add_button, self.remove_button = add, remove
        need_buttons = QHBoxLayout()
        need_buttons.addWidget(add)
        need_buttons.addWidget(remove)
        need_buttons.addStretch(1)
        roles_box = QGroupBox(self.tr("Roles each kind of session needs"), self)
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.addWidget(self.needs)
        roles_layout.addLayout(need_buttons)

        # Balance of lineups.
        self.balance_kinds = {kind: QCheckBox(self.words.session_kind(kind), self) for kind in SessionKind}
        for kind, box in self.balance_kinds.items():
            box.setChecked(kind in current.balance_kinds)
        kinds_row = QHBoxLayout()
        for box in self.balance_kinds.values():
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        self.max_gender_share = QDoubleSpinBox(self)
        self.max_gender_share.setRange(50, 100)
        self.max_gender_share.setDecimals(0)
        self.max_gender_share.setSuffix(" %")
        self.max_gender_share.setValue(round(current.max_gender_share * 100))
        self.min_groups = QSpinBox(self)
        self.min_groups.setRange(1, 50)
        self.min_groups.setValue(current.min_groups)
        self.min_countries = QSpinBox(self)
        self.min_countries.setRange(1, 50)
        self.min_countries.setValue(current.min_countries)
        balance_box = QGroupBox(self.tr("Balance of lineups"), self)
        balance = QFormLayout(balance_box)
        balance.addRow(self.tr("Checked in"), kinds_row)
        balance.addRow(self.tr("Largest share of one &gender"), self.max_gender_share)
        balance.addRow(self.tr("Fewest stakeholder &groups"), self.min_groups)
        balance.addRow(self.tr("Fewest &countries"), self.min_countries)

        # Horizons.
        self.confirm_days_before = QSpinBox(self)
        self.confirm_days_before.setRange(0, 365)
        self.confirm_days_before.setValue(current.confirm_days_before)
        self.conflict_buffer_minutes = QSpinBox(self)
        self.conflict_buffer_minutes.setRange(0, 24 * 60)
        self.conflict_buffer_minutes.setValue(current.conflict_buffer_minutes)
        for spin in (self.max_gender_share, self.min_groups, self.min_countries, self.confirm_days_before):
            pin_clock(spin)
        pin_clock(self.conflict_buffer_minutes)
        horizons_box = QGroupBox(self.tr("Horizons"), self)
        horizons = QFormLayout(horizons_box)
        horizons.addRow(
            self.tr("An invitation unanswered this many &days before its session"), self.confirm_days_before
        )
        horizons.addRow(self.tr("&Minutes a person needs between two sessions"), self.conflict_buffer_minutes)
        note = QLabel(
            self.tr("Interest is late when it comes after the last interest deadline (Deadlines screen)."), self
        )
        note.setWordWrap(True)
        horizons.addRow(note)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(roles_box)
        layout.addWidget(balance_box)
        layout.addWidget(horizons_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 900), self.sizeHint().height())

    def add_need(self, kind: str, roles: frozenset[str]) -> None:
        row = self.needs.rowCount()
        self.needs.insertRow(row)
        kinds = QComboBox(self.needs)
        for option in SessionKind:
            kinds.addItem(self.words.session_kind(option), option.value)
        kinds.setCurrentIndex(max(0, kinds.findData(str(kind))))
        self.needs.setCellWidget(row, 0, kinds)
        choices = QWidget(self.needs)
        grid = QGridLayout(choices)  # two lines of four: every role name whole
        grid.setContentsMargins(4, 2, 4, 2)
        for index, role in enumerate(Role):
            box = QCheckBox(self.words.role(role), choices)
            box.setObjectName(role.value)
            box.setChecked(role in roles)
            grid.addWidget(box, index // 4, index % 4)
        self.needs.setCellWidget(row, 1, choices)
        self.needs.resizeColumnToContents(0)
        self.needs.resizeRowsToContents()
        self.needs.setCurrentCell(row, 0)

    def required_roles(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for row in range(self.needs.rowCount()):
            kinds = self.needs.cellWidget(row, 0)
            choices = self.needs.cellWidget(row, 1)
            assert isinstance(kinds, QComboBox) and choices is not None
            roles = [box.objectName() for box in choices.findChildren(QCheckBox) if box.isChecked()]
            if roles:
                result.setdefault(kinds.currentData(), []).append("|".join(sorted(roles)))
        return result

    def value(self) -> dict[str, Any]:
        """The new ``rules`` object: the form's values over the keys it does not show."""
        return {
            **self._original,
            "required_roles": self.required_roles(),
            "balance_kinds": sorted(kind.value for kind, box in self.balance_kinds.items() if box.isChecked()),
            "max_gender_share": round(self.max_gender_share.value() / 100, 2),
            "min_groups": self.min_groups.value(),
            "min_countries": self.min_countries.value(),
            "confirm_days_before": self.confirm_days_before.value(),
            "conflict_buffer_minutes": self.conflict_buffer_minutes.value(),
        }

    def accept(self) -> None:
        try:
            self._save(self.value())
        except ConfDeskError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        super().accept()
