"""Per-cell text direction, so an Arabic name reads right to left inside an English table and
an e-mail stays left to right inside an Arabic one.

Done with Unicode isolates (the standard way to embed text of one direction in another) and the
alignment role rather than a Python item delegate: no Python code runs per painted cell, which
keeps the 10,000-person tables fast (and sidestepped a PySide6 6.12 reference-count bug in
delegates, see pyproject.toml)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from confdesk.views.text import is_right_to_left

_ISOLATE = {
    Qt.LayoutDirection.RightToLeft: "\u2067",  # RIGHT-TO-LEFT ISOLATE
    Qt.LayoutDirection.LeftToRight: "\u2066",  # LEFT-TO-RIGHT ISOLATE
    # FIRST STRONG ISOLATE: the text's own first letter decides. Without it "12 / 3" reads
    # "3 / 12" in an Arabic table and an English title is elided at its beginning.
    Qt.LayoutDirection.LayoutDirectionAuto: "\u2068",
}
_POP = "\u2069"  # POP DIRECTIONAL ISOLATE

#: Start edge of right-to-left text, not mirrored by an Arabic interface.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
#: Start edge of left-to-right text (e-mails, links, times), not mirrored either.
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def direction_of(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_right_to_left(text) else Qt.LayoutDirection.LeftToRight


def isolate(text: str, direction: Qt.LayoutDirection) -> str:
    """``text`` laid out in ``direction`` whatever the table's direction is; with
    ``LayoutDirectionAuto``, in the direction of its first letter."""
    if not text or direction not in _ISOLATE:
        return text
    return _ISOLATE[direction] + text + _POP


def alignment(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag | None:
    """A pinned cell starts at its text's start edge (as a spreadsheet's "general" alignment
    does); other cells keep the view's alignment."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return RIGHT
    if direction == Qt.LayoutDirection.LeftToRight:
        return LEFT
    return None
