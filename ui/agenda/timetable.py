"""One day of the agenda drawn as a timetable: hours down the side, sessions as blocks at their
times, parallel sessions side by side. Blocks are dragged to move and their bottom edge dragged to
change length, snapping to five minutes; the view only proposes the new times (``move_requested``)
and redraws from the data once the command has run, so a refused move snaps back by itself."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from confdesk.views.rows import SessionRow
from ui.agenda.words import kind_colour, kind_name
from ui.counts import Counts
from ui.i18n import shown_digits
from ui.widgets.bidi import isolate

SNAP_MINUTES = 5
PIXELS_PER_MINUTE = 1.8
GUTTER = 58
TOP_MARGIN = 12
EDGE = 7  # height of the grip at a block's bottom edge that changes its length
LANE_GAP = 6


def snap(minutes: float) -> int:
    return round(minutes / SNAP_MINUTES) * SNAP_MINUTES


def minute_of_day(moment: datetime, day: date, zone: ZoneInfo) -> int:
    local = moment.astimezone(zone)
    return (local.date() - day).days * 1440 + local.hour * 60 + local.minute


def wall_time(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The aware moment at ``minutes`` past midnight of ``day`` on the wall clocks of ``zone``."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=zone)


def clock(minutes: int) -> str:
    """The 24-hour clock in the interface's digits (see ``ui.i18n.digits``)."""
    minutes %= 1440
    return shown_digits(f"{minutes // 60:02d}:{minutes % 60:02d}")


def span_text(start: int, end: int) -> str:
    """The span "10:00 – 11:30", isolated left to right: plain in a right-to-left tooltip the bidi
    algorithm would show "11:30 – 10:00"."""
    return isolate(f"{clock(start)} – {clock(end)}", Qt.LayoutDirection.LeftToRight)


def draw_clocks(painter: QPainter, line: QRectF, start: int, end: int, *, at_right: bool) -> float:
    """Paint "10:00 – 10:30" in ``line`` with the painter's font, read left to right whatever the
    painter's direction, against the line's right edge when ``at_right``; returns its width.

    The clocks are placed one by one, left to right, because a right-to-left painter turns
    "10:00 – 10:30" around whatever marks the string carries."""
    metrics = QFontMetricsF(painter.font())
    pieces = [clock(start), " – ", clock(end)]
    widths = [metrics.horizontalAdvance(piece) for piece in pieces]
    x = line.right() - sum(widths) if at_right else line.left()
    for piece, width in zip(pieces, widths):
        painter.drawText(
            QRectF(x, line.top(), width + 1, line.height()),
            Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            piece,
        )
        x += width
    return sum(widths)


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional letter of ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def assign_lanes(spans: list[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """Place overlapping ``(id, start, end)`` spans side by side: ``id -> (lane, lanes)`` where
    ``lanes`` is the number of lanes in its group of mutually overlapping spans."""
    placed: dict[int, tuple[int, int]] = {}
    group: list[tuple[int, int]] = []  # (id, lane)
    lane_ends: list[int] = []
    group_end = None
    for span_id, start, end in sorted(spans, key=lambda span: (span[1], span[2], span[0])):
        if group_end is not None and start >= group_end:
            for member, lane in group:
                placed[member] = (lane, len(lane_ends))
            group, lane_ends, group_end = [], [], None
        lane = next((n for n, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((span_id, lane))
        group_end = end if group_end is None else max(group_end, end)
    for member, lane in group:
        placed[member] = (lane, len(lane_ends))
    return placed


@dataclass(frozen=True)
class DayFrame:
    """Where a day's hours sit in the scene."""

    day: date
    zone: ZoneInfo
    first_minute: int
    last_minute: int

    def y(self, minutes: float) -> float:
        return TOP_MARGIN + (minutes - self.first_minute) * PIXELS_PER_MINUTE

    @property
    def height(self) -> float:
        return self.y(self.last_minute) + TOP_MARGIN


class SessionBlock(QGraphicsItem):
    """A session on the timetable; drags propose new times to the view."""

    def __init__(self, view: Timetable, row: SessionRow, rect: QRectF, frame: DayFrame, lang: str) -> None:
        super().__init__()
        self.view = view
        self.row = row
        self.frame = frame
        self.lang = lang
        self._rect = rect
        self.start_minute = minute_of_day(row.starts_at, frame.day, frame.zone)
        self.end_minute = minute_of_day(row.ends_at, frame.day, frame.zone)
        self._preview: tuple[int, int] | None = None
        self._press_y = 0.0
        self._resizing = False
        self.setPos(rect.topLeft())
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self._tooltip())

    @property
    def session_id(self) -> int:
        return self.row.id

    def _tooltip(self) -> str:
        title = self.row.title.get(self.lang)
        span = span_text(self.start_minute, self.end_minute)
        return f"{title}\n{kind_name(self.row.kind)} · {span}"

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def times(self) -> tuple[int, int]:
        return self._preview or (self.start_minute, self.end_minute)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        start, end = self.times()
        colour = kind_colour(self.row.kind)
        fill = QColor(colour)
        fill.setAlpha(60 if self.row.cancelled else 205)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour.darker(160 if self.isSelected() else 125), 2.5 if self.isSelected() else 1)
        if self.row.internal:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 5, 5)
        if self.row.internal:
            painter.setBrush(QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(self._rect, 5, 5)
        self._paint_text(painter, start, end)
        if self.isSelected():
            grip = QRectF(self._rect.width() / 2 - 14, self._rect.height() - 5, 28, 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(grip, 1.5, 1.5)

    def _paint_text(self, painter: QPainter, start: int, end: int) -> None:
        inner = self._rect.adjusted(7, 4, -7, -4)
        title = self.row.title.get(self.lang)
        rtl = is_rtl(title) if title else self.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        )
        light = self.row.kind not in ("open_discussion", "break") and not self.row.cancelled
        painter.setPen(QColor("white") if light else QColor("#212121"))
        base = QFont(painter.font())
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        painter.setFont(small)
        leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        trailing = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        line = QRectF(inner.left(), inner.top(), inner.width(), 16)
        times_width = draw_clocks(painter, line, start, end, at_right=rtl) + 10
        rest = line.adjusted(0 if rtl else times_width, 0, -times_width if rtl else 0, 0)
        short = inner.height() < 40
        if short:
            painter.drawText(rest, Qt.AlignmentFlag.AlignAbsolute | leading | Qt.AlignmentFlag.AlignVCenter, title)
        elif self.row.speakers:
            count = Counts().in_lineup(self.row.speakers)
            painter.drawText(rest, Qt.AlignmentFlag.AlignAbsolute | trailing | Qt.AlignmentFlag.AlignVCenter, count)
        if not short:
            bold = QFont(base)
            bold.setBold(True)
            bold.setStrikeOut(self.row.cancelled)
            painter.setFont(bold)
            painter.save()
            painter.setClipRect(self._rect.adjusted(1, 1, -1, -1))
            painter.drawText(inner.adjusted(0, 16, 0, 0), title, option)
            painter.restore()
        painter.setFont(base)

    # Dragging -------------------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        on_edge = event.pos().y() >= self._rect.height() - EDGE
        self.setCursor(Qt.CursorShape.SizeVerCursor if on_edge else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_y = event.scenePos().y()
            self._resizing = event.pos().y() >= self._rect.height() - EDGE
            self._preview = None
            self.setZValue(10)
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not event.buttons() & Qt.MouseButton.LeftButton:
            return
        delta = (event.scenePos().y() - self._press_y) / PIXELS_PER_MINUTE
        if self._resizing:
            end = max(snap(self.end_minute + delta), self.start_minute + SNAP_MINUTES)
            self._preview = (self.start_minute, end)
        else:
            start = snap(self.start_minute + delta)
            self._preview = (start, start + self.end_minute - self.start_minute)
        start, end = self._preview
        self.prepareGeometryChange()
        self.setY(self.frame.y(start))
        self._rect.setHeight(max((end - start) * PIXELS_PER_MINUTE, 6))
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        preview, self._preview = self._preview, None
        self.setZValue(0)
        if preview is not None and preview != (self.start_minute, self.end_minute):
            day, zone = self.frame.day, self.frame.zone
            self.view.move_requested.emit(
                self.session_id, wall_time(day, preview[0], zone), wall_time(day, preview[1], zone)
            )

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.edit_requested.emit(self.session_id)
        event.accept()


class Timetable(QGraphicsView):
    """A day of sessions. Emits what the user asks for; the page runs the commands."""

    session_selected = Signal(int)  # 0 when nothing is selected
    edit_requested = Signal(int)
    move_requested = Signal(int, object, object)  # session id, new start, new end (aware)
    #: The same from the keyboard (Alt+arrows): successive nudges make one undo entry.
    nudge_requested = Signal(int, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timetable"))
        self._rows: list[SessionRow] = []
        self._day: date | None = None
        self._zone = ZoneInfo("UTC")
        self._lang = "en"
        self._selected = 0
        self.blocks: dict[int, SessionBlock] = {}
        self.frame: DayFrame | None = None
        self.scene().selectionChanged.connect(self._on_selection)

    def show_day(self, day: date, rows: list[SessionRow], zone: ZoneInfo, lang: str) -> None:
        self._day, self._rows, self._zone, self._lang = day, rows, zone, lang
        self._draw()

    def select_session(self, session_id: int) -> None:
        block = self.blocks.get(session_id)
        self.scene().clearSelection()
        if block is not None:
            block.setSelected(True)
            self.ensureVisible(block, 20, 40)

    def selected_session(self) -> int:
        return self._selected

    def keyPressEvent(self, event) -> None:
        """Arrows walk the sessions; Alt+arrows move the selected one by five minutes and
        Alt+Shift+arrows change its length, so the timetable works without a mouse."""
        key, mods = event.key(), event.modifiers()
        block = self.blocks.get(self._selected)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES
            if block is not None and mods & Qt.KeyboardModifier.AltModifier:
                start, end = block.start_minute, block.end_minute
                if mods & Qt.KeyboardModifier.ShiftModifier:
                    end = max(end + step, start + SNAP_MINUTES)
                else:
                    start, end = start + step, end + step
                day, zone = block.frame.day, block.frame.zone
                self.nudge_requested.emit(block.session_id, wall_time(day, start, zone), wall_time(day, end, zone))
                return
            order = [row.id for row in sorted(self._rows, key=lambda row: (row.starts_at, row.id))]
            if order:
                here = order.index(self._selected) if self._selected in order else -1
                target = order[max(0, min(len(order) - 1, here + (1 if step > 0 else -1)))]
                self.select_session(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and block is not None:
            self.edit_requested.emit(block.session_id)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._day is not None:
            self._draw()

    def _on_selection(self) -> None:
        items = [item for item in self.scene().selectedItems() if isinstance(item, SessionBlock)]
        selected = items[0].session_id if items else 0
        if selected != self._selected:
            self._selected = selected
            self.session_selected.emit(selected)

    def _frame(self) -> DayFrame:
        assert self._day is not None
        starts = [minute_of_day(row.starts_at, self._day, self._zone) for row in self._rows]
        ends = [minute_of_day(row.ends_at, self._day, self._zone) for row in self._rows]
        if not starts:
            return DayFrame(self._day, self._zone, 8 * 60, 18 * 60)
        # An hour of room either side, so a session can be dragged earlier or later.
        first = max(min(starts) // 60 * 60 - 60, -24 * 60)
        last = max(-(-max(ends) // 60) * 60 + 60, first + 8 * 60)
        return DayFrame(self._day, self._zone, first, last)

    def _draw(self) -> None:
        scene = self.scene()
        keep = self._selected
        scene.blockSignals(True)
        scene.clear()
        scene.blockSignals(False)
        self.blocks = {}
        frame = self.frame = self._frame()
        width = max(self.viewport().width() - 2, 320)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        palette = self.palette()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        faint = QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine)
        text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        lanes_left, lanes_right = (0, width - GUTTER) if rtl else (GUTTER, width)
        for minute in range(frame.first_minute, frame.last_minute + 1, 30):
            y = frame.y(minute)
            scene.addLine(lanes_left, y, lanes_right, y, grid if minute % 60 == 0 else faint)
            if minute % 60 == 0:
                label = scene.addSimpleText(clock(minute))
                label.setBrush(text_colour)
                box = label.boundingRect()
                x = width - GUTTER + 8 if rtl else GUTTER - box.width() - 8
                label.setPos(x, y - box.height() / 2)
        spans = [
            (
                row.id,
                minute_of_day(row.starts_at, frame.day, frame.zone),
                minute_of_day(row.ends_at, frame.day, frame.zone),
            )
            for row in self._rows
        ]
        lanes = assign_lanes(spans)
        area = lanes_right - lanes_left - 8
        for row, (_, start, end) in zip(self._rows, spans):
            lane, count = lanes[row.id]
            lane_width = area / count
            offset = lane * lane_width
            x = lanes_right - 4 - offset - lane_width if rtl else lanes_left + 4 + offset
            rect = QRectF(
                x + LANE_GAP / 2,
                frame.y(start) + 1,
                lane_width - LANE_GAP,
                max((end - start) * PIXELS_PER_MINUTE - 2, 6),
            )
            block = SessionBlock(self, row, rect, frame, self._lang)
            scene.addItem(block)
            self.blocks[row.id] = block
        scene.setSceneRect(QRectF(0, 0, width, frame.height))
        self._selected = 0
        if keep in self.blocks:
            self.blocks[keep].setSelected(True)
        elif keep:
            self.session_selected.emit(0)

    def block_centre(self, session_id: int) -> QPointF:
        """The middle of a block in view coordinates (where a click on it lands)."""
        block = self.blocks[session_id]
        return QPointF(self.mapFromScene(block.mapToScene(block.boundingRect().center())))
