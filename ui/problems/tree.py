"""The problems grouped for the Problems screen: severity, then kind, each with its count, then
every problem with its whole sentence; problems accepted with a note last, greyed, in their own
"Accepted" group with the note under the sentence.

Built from the rows the filter proxy lets through, and rebuilt whenever those change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from confdesk.rules import CODES, SEVERITIES
from ui.problems.model import PROBLEM_ROLE, ROW_ROLE, ProblemFilterProxy, Row, severity_icon
from ui.problems.words import ProblemWords

Index = QModelIndex | QPersistentModelIndex
#: A group's id ("error", "error/missing_role", "accepted"); None on a problem.
GROUP_ROLE = Qt.ItemDataRole.UserRole + 10
#: The problem's key; None on a group.
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
ACCEPTED = "accepted"
#: Room beside an item's text: its icon, the icon's and the text's margins, the item padding.
_BESIDE_TEXT = 36
_ABOVE_AND_BELOW = 10


@dataclass(eq=False)
class Node:
    group: str = ""
    label: str = ""
    severity: str = ""
    row: Row | None = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    #: The problems under a group.
    count: int = 0

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


class ProblemTreeModel(QAbstractItemModel):
    def __init__(self, proxy: ProblemFilterProxy, words: ProblemWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.words = words
        self.root = Node()
        self._keys: dict[str, Node] = {}
        self._groups: dict[str, Node] = {}
        #: (column width, indentation) of the view, for the height of word-wrapped sentences.
        self._wrap: tuple[int, int] | None = None
        self._heights: dict[tuple[str, int, bool], int] = {}
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted, proxy.rowsRemoved, proxy.dataChanged):
            signal.connect(self.rebuild)
        self.rebuild()

    # Building -------------------------------------------------------------------------------
    def rebuild(self, *_args: object) -> None:
        rows = self.proxy.rows()
        root = Node()
        keys: dict[str, Node] = {}
        groups: dict[str, Node] = {}
        kind_order = {code: position for position, code in enumerate(CODES)}
        for severity in SEVERITIES:
            mine = [row for row in rows if not row.accepted and row.problem.severity == severity]
            if not mine:
                continue
            top = root.add(Node(severity, self.words.severity_group(severity), severity, count=len(mine)))
            groups[severity] = top
            codes = sorted({row.problem.code for row in mine}, key=lambda code: (kind_order.get(code, 99), code))
            for code in codes:
                members = [row for row in mine if row.problem.code == code]
                kind = top.add(Node(f"{severity}/{code}", self.words.kind(code), severity, count=len(members)))
                groups[kind.group] = kind
                for row in members:
                    keys[row.key] = kind.add(Node(severity=severity, row=row))
        accepted = [row for row in rows if row.accepted]
        if accepted:
            top = root.add(Node(ACCEPTED, self.tr("Accepted"), count=len(accepted)))
            groups[ACCEPTED] = top
            for row in accepted:
                keys[row.key] = top.add(Node(severity=row.problem.severity, row=row))
        self.beginResetModel()
        old = self.root  # alive until the views have let go of its indexes
        self.root, self._keys, self._groups = root, keys, groups
        self.endResetModel()
        del old

    def set_wrap_width(self, width: int, indentation: int) -> None:
        """The width of the view's column: each row is then as tall as its sentence wrapped in
        it (a tree view does not measure wrapped text itself). The view lays its items out
        again afterwards."""
        self._wrap = (width, indentation)

    def _size_hint(self, node: Node, text: str) -> QSize | None:
        if self._wrap is None:
            return None
        width, indentation = self._wrap
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = max(width - indentation * (depth + 1) - _BESIDE_TEXT, 80)
        bold = node.row is None
        key = (text, room, bold)
        height = self._heights.get(key)
        if height is None:
            font = QFont(QApplication.font())
            font.setBold(bold)
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            height = QFontMetrics(font).boundingRect(QRect(0, 0, room, 100_000), flags, text).height()
            if len(self._heights) > 5_000:
                self._heights.clear()
            self._heights[key] = height
        icon = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        return QSize(room, max(height, icon) + _ABOVE_AND_BELOW)

    # Looking up -----------------------------------------------------------------------------
    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def _index_of(self, node: Node) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node)

    def index_of_key(self, key: str) -> QModelIndex:
        node = self._keys.get(key)
        return self._index_of(node) if node is not None else QModelIndex()

    def index_of_group(self, group: str) -> QModelIndex:
        node = self._groups.get(group)
        return self._index_of(node) if node is not None else QModelIndex()

    def groups(self) -> list[str]:
        return list(self._groups)

    def problem_rows(self) -> list[Row]:
        """Every problem in the tree, in the order shown."""
        found: list[Row] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if child.row is not None:
                    found.append(child.row)
                walk(child)

        walk(self.root)
        return found

    # Qt model interface ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self._index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Problem")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        row = node.row
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return f"{node.label} ({node.count})"
            return row.text if row.acceptance is None else f"{row.text}\n{self.accepted_line(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text if row is not None else None
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._size_hint(node, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.DecorationRole:
            if row is not None or (node.parent is self.root and node.group != ACCEPTED):
                return severity_icon(node.severity)
            return None
        if role == Qt.ItemDataRole.FontRole and row is None:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (node.group == ACCEPTED or (row is not None and row.accepted)):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == GROUP_ROLE:
            return node.group if row is None else None
        if role == KEY_ROLE:
            return row.key if row is not None else None
        if role == ROW_ROLE:
            return row
        if role == PROBLEM_ROLE:
            return row.problem if row is not None else None
        return None

    def accepted_line(self, row: Row) -> str:
        """ "Accepted by Amina on 10 Feb 2021: the note", for under the sentence."""
        acceptance = row.acceptance
        assert acceptance is not None
        return self.words.acceptance(acceptance)
