"""The conference's themes as a checklist: a session's themes are ticked, each shown with its
code and its label in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from confdesk.model.themes import ThemeFramework

#: Rows shown before the list scrolls.
VISIBLE_ROWS = 6


class ThemeChecklist(QListWidget):
    """Every theme of ``framework`` with a check box. Codes a session holds that the framework
    lacks (a file edited elsewhere) are listed too, so saving never drops them unseen."""

    def __init__(self, framework: ThemeFramework, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._framework = framework
        self._lang = lang
        self.setObjectName("themes_list")
        self.setUniformItemSizes(True)
        # Long labels end in "…" (with the whole label in the tooltip) rather than scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for theme in framework.themes:
            self._add(theme.code, theme.caption(lang))
        if not framework.themes:
            self.setEnabled(False)
            placeholder = QListWidgetItem(
                self.tr("This conference has no themes yet: Conference Settings → Themes adds them.")
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)
        rows = min(max(self.count(), 2), VISIBLE_ROWS)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self.itemActivated.connect(self._toggle)

    def _add(self, code: str, caption: str) -> QListWidgetItem:
        item = QListWidgetItem(caption, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setToolTip(caption)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count()) if self.item(row).data(Qt.ItemDataRole.UserRole)]

    def _toggle(self, item: QListWidgetItem) -> None:
        """Enter (or a double-click) ticks or unticks, as Space does."""
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def set_chosen(self, codes: tuple[str, ...]) -> None:
        known = {item.data(Qt.ItemDataRole.UserRole) for item in self._items()}
        for code in codes:
            if code not in known:
                if not self._framework.themes and self.isEnabled() is False:
                    self.clear()  # the "no themes yet" line gives way to the codes the session holds
                    self.setEnabled(True)
                self._add(code, code)
        for item in self._items():
            ticked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def check(self, code: str, ticked: bool = True) -> None:
        """Tick (or untick) the theme ``code``: what a click on its box does."""
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
