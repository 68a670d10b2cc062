"""Every day of the agenda at a glance, like a week view: one column per conference day (across
its parts), sessions as blocks placed by time, parallel sessions side by side in lanes of their
day. It paints itself (no item per session), so three hundred sessions stay quick, and it mirrors
in Arabic: the first day is on the right.

The view only reports what the user points at (``session_selected``, ``edit_requested``); the
Agenda page decides what that means. Zoom scales both the time axis and the narrowest column:
Ctrl++ / Ctrl+- / Ctrl+0, Ctrl+wheel, or the :class:`ZoomControl` beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from babel.dates import format_date
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QSlider, QToolButton, QToolTip, QVBoxLayout, QWidget

from confdesk.views.rows import SessionRow
from ui.agenda.timetable import assign_lanes, clock, draw_clocks, is_rtl, minute_of_day
from ui.agenda.words import kind_colour, kind_name
from ui.i18n import current_language
from ui.widgets.bidi import isolate

MIN_ZOOM, MAX_ZOOM = 0.5, 4.0
ZOOM_STEP = 1.25
PIXELS_PER_MINUTE = 1.1  # the least at zoom 1
MAX_FIT = 3.0  # the most at zoom 1, when a short day fills a tall view
COLUMN_WIDTH = 170  # the narrowest a day column gets at zoom 1; wider when the view has room
GUTTER = 50
PART_HEIGHT = 22
DAY_HEIGHT = 26
HEADER = PART_HEIGHT + DAY_HEIGHT
PAD = 8  # above the first hour and below the last
LANE_GAP = 4


@dataclass(frozen=True)
class Block:
    """A session as drawn: its rectangle in content coordinates and its times on its day."""

    row: SessionRow
    column: int
    rect: QRectF
    start: int
    end: int


class AgendaOverview(QAbstractScrollArea):
    """All the conference's days side by side. Coordinates: *content* coordinates are the
    whole grid below the day headers and beside the hour gutter (already mirrored in a
    right-to-left layout); the viewport shows them shifted by the scroll bars."""

    session_selected = Signal(int)
    edit_requested = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("All days"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.groups: list[tuple[str, list[date]]] = []
        self.days: list[date] = []
        self._rows: list[SessionRow] = []
        self._zone = ZoneInfo("UTC")
        self._lang = "en"
        self._current: date | None = None
        self._selected = 0
        self._zoom = 1.0
        self._first, self._last = 9 * 60, 17 * 60
        self._column_width = float(COLUMN_WIDTH)
        self.blocks: dict[int, Block] = {}
        self._lines: dict[tuple[int, int, int], list[str]] = {}
        self._names: dict[tuple[date, str], tuple[str, str]] = {}
        self.zoom_in_action = self._zoom_action(self.tr("Zoom &In"), self.zoom_in, "Ctrl++", "Ctrl+=")
        self.zoom_out_action = self._zoom_action(self.tr("Zoom &Out"), self.zoom_out, "Ctrl+-")
        self.zoom_reset_action = self._zoom_action(self.tr("&Actual Size"), self.reset_zoom, "Ctrl+0")

    def _zoom_action(self, text: str, slot, *keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # Data -------------------------------------------------------------------------------------
    def set_agenda(
        self, groups: list[tuple[str, list[date]]], rows: list[SessionRow], zone: ZoneInfo, lang: str
    ) -> None:
        """``groups`` is ``[(part name, [days])]`` in order, as the day selector shows them."""
        self.groups = groups
        self.days = [day for _part, days in groups for day in days]
        self._rows, self._zone, self._lang = list(rows), zone, lang
        self._lines.clear()
        self._layout()

    def set_current_day(self, day: date | None) -> None:
        if day != self._current:
            self._current = day
            self.viewport().update()

    def select_session(self, session_id: int) -> None:
        """Show ``session_id`` as selected and scroll it into view; emits nothing."""
        chosen = session_id if session_id in self.blocks else 0
        if chosen != self._selected:
            self._selected = chosen
            if chosen:
                self.ensure_visible(chosen)
            self.viewport().update()

    def selected_session(self) -> int:
        return self._selected

    # Geometry ---------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def pixels_per_minute(self) -> float:
        """At 100 % the hours fill the view's height, but never closer than PIXELS_PER_MINUTE."""
        room = self.viewport().height() - HEADER - 2 * PAD - 2
        fit = min(room / max(self._last - self._first, 60), MAX_FIT)
        return max(PIXELS_PER_MINUTE, fit) * self._zoom

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Change the scale, keeping the moment under ``anchor`` (viewport coordinates; the
        middle of the view by default) where it is."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, round(zoom, 3)))
        if zoom == self._zoom:
            return
        point = anchor or QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        minute = self._minute_at(point.y())
        across = self._logical_x(point.x())
        fraction = (across + self.horizontalScrollBar().value()) / max(self._content_width(), 1)
        self._zoom = zoom
        self._lines.clear()
        self._layout()
        self.verticalScrollBar().setValue(round(self._y(minute) - (point.y() - HEADER)))
        self.horizontalScrollBar().setValue(round(fraction * self._content_width() - across))
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _content_width(self) -> float:
        return self._column_width * len(self.days)

    def _content_height(self) -> float:
        return 2 * PAD + (self._last - self._first) * self.pixels_per_minute

    def _origin(self) -> QPointF:
        """Where the content's top-left corner is in the viewport."""
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        if self._rtl():
            return QPointF(self.viewport().width() - GUTTER - self._content_width() + h, HEADER - v)
        return QPointF(GUTTER - h, HEADER - v)

    def _logical_x(self, x: float) -> float:
        """How far ``x`` (viewport) is from the grid's start edge, in the reading direction."""
        return self.viewport().width() - GUTTER - x if self._rtl() else x - GUTTER

    def _minute_at(self, y: float) -> float:
        return self._first + (y - HEADER + self.verticalScrollBar().value() - PAD) / self.pixels_per_minute

    def _y(self, minute: float) -> float:
        return PAD + (minute - self._first) * self.pixels_per_minute

    def _column_x(self, column: int) -> float:
        """Left edge of a day column in content coordinates: mirrored right to left."""
        if self._rtl():
            return (len(self.days) - 1 - column) * self._column_width
        return column * self._column_width

    def _layout(self) -> None:
        """Place the columns and blocks for the data, the zoom and the viewport's size."""
        self.blocks = {}
        index = {day: column for column, day in enumerate(self.days)}
        placed: dict[int, list[tuple[SessionRow, int, int]]] = {}
        for row in self._rows:
            day = row.starts_at.astimezone(self._zone).date()
            if day in index:
                start = minute_of_day(row.starts_at, day, self._zone)
                end = max(minute_of_day(row.ends_at, day, self._zone), start + 1)
                placed.setdefault(index[day], []).append((row, start, end))
        spans = [(start, end) for members in placed.values() for _row, start, end in members]
        if spans:
            self._first = min(start for start, _ in spans) // 60 * 60
            self._last = max(-(-max(end for _, end in spans) // 60) * 60, self._first + 60)
        else:
            self._first, self._last = 9 * 60, 17 * 60
        available = max(self.viewport().width() - GUTTER, 1)
        count = max(len(self.days), 1)
        self._column_width = max(available / count, COLUMN_WIDTH * self._zoom)
        ppm = self.pixels_per_minute
        for column, members in placed.items():
            lanes = assign_lanes([(row.id, start, end) for row, start, end in members])
            left = self._column_x(column) + 3
            area = self._column_width - 6
            for row, start, end in members:
                lane, lane_count = lanes[row.id]
                lane_width = area / lane_count
                offset = lane * lane_width
                x = left + area - offset - lane_width if self._rtl() else left + offset
                rect = QRectF(
                    x + LANE_GAP / 2, self._y(start) + 1, lane_width - LANE_GAP, max((end - start) * ppm - 2, 4)
                )
                self.blocks[row.id] = Block(row, column, rect, start, end)
        if self._selected not in self.blocks:
            self._selected = 0
        self._update_scroll_bars()
        self.viewport().update()

    def _update_scroll_bars(self) -> None:
        width = max(self.viewport().width() - GUTTER, 1)
        height = max(self.viewport().height() - HEADER, 1)
        for bar, content, page in (
            (self.horizontalScrollBar(), self._content_width(), width),
            (self.verticalScrollBar(), self._content_height(), height),
        ):
            bar.setRange(0, max(0, round(content - page)))
            bar.setPageStep(page)
            bar.setSingleStep(24)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lines.clear()
        self._layout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._lines.clear()
            self._layout()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # Where things are (for clicks and tests) ------------------------------------------------
    def block_rect(self, session_id: int) -> QRectF:
        """A block's rectangle in viewport coordinates."""
        return self.blocks[session_id].rect.translated(self._origin())

    def block_centre(self, session_id: int) -> QPoint:
        return self.block_rect(session_id).center().toPoint()

    def column_rect(self, day: date) -> QRectF:
        """A day's column (below the headers) in viewport coordinates."""
        column = self.days.index(day)
        rect = QRectF(self._column_x(column), 0, self._column_width, self._content_height())
        return rect.translated(self._origin())

    def session_at(self, point: QPointF) -> int:
        if point.y() < HEADER or not self._in_grid(point.x()):
            return 0
        origin = self._origin()
        local = point - origin
        for session_id, block in self.blocks.items():
            if block.rect.contains(local):
                return session_id
        return 0

    def _in_grid(self, x: float) -> bool:
        return x < self.viewport().width() - GUTTER if self._rtl() else x >= GUTTER

    def ensure_visible(self, session_id: int) -> None:
        rect = self.block_rect(session_id)
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        top, bottom = HEADER + 10, self.viewport().height() - 10
        if rect.top() < top:
            vbar.setValue(round(vbar.value() - (top - rect.top())))
        elif rect.bottom() > bottom:
            vbar.setValue(round(vbar.value() + min(rect.bottom() - bottom, rect.top() - top)))
        left, right = (0.0, self.viewport().width() - GUTTER) if self._rtl() else (GUTTER, self.viewport().width())
        sign = -1 if self._rtl() else 1
        if rect.left() < left:
            hbar.setValue(round(hbar.value() - sign * (left - rect.left() + 10)))
        elif rect.right() > right:
            hbar.setValue(round(hbar.value() + sign * (rect.right() - right + 10)))

    def tooltip_for(self, session_id: int) -> str:
        block = self.blocks[session_id]
        row = block.row
        span = isolate(f"{clock(block.start)} – {clock(block.end)}", Qt.LayoutDirection.LeftToRight)
        lines = [row.title.get(self._lang), f"{kind_name(row.kind)} · {span}"]
        if row.speakers:
            lines.append(self.tr("%n in lineup", "", row.speakers))
        if row.cancelled:
            lines.append(self.tr("Cancelled"))
        return "\n".join(lines)

    # Input ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            session_id = self.session_at(event.position())
            if session_id:
                self._choose(session_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        session_id = self.session_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and session_id:
            self._choose(session_id)
            self.edit_requested.emit(session_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pointing = bool(self.session_at(event.position()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            session_id = self.session_at(QPointF(event.pos()))
            if session_id:
                QToolTip.showText(event.globalPos(), self.tooltip_for(session_id), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down walk the sessions in time; Left and Right go to the neighbouring day (as
        the columns lie on screen); Enter edits the selected session."""
        key = event.key()
        order = sorted(self.blocks.values(), key=lambda block: (block.column, block.start, block.rect.x()))
        current = self.blocks.get(self._selected)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and order:
            ids = [block.row.id for block in order]
            here = ids.index(self._selected) if self._selected in ids else -1
            step = 1 if key == Qt.Key.Key_Down else -1
            self._choose(ids[max(0, min(len(ids) - 1, here + step))] if here >= 0 else ids[0])
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and order:
            forward = (key == Qt.Key.Key_Right) != self._rtl()
            column = current.column if current else -1
            columns = sorted({block.column for block in order})
            later = [c for c in columns if c > column] if forward else [c for c in columns if c < column]
            if later:
                target = min(later) if forward else max(later)
                moment = current.start if current else 0
                choice = min(
                    (block for block in order if block.column == target),
                    key=lambda block: (abs(block.start - moment), block.rect.x()),
                )
                self._choose(choice.row.id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.edit_requested.emit(current.row.id)
            return
        super().keyPressEvent(event)

    def _choose(self, session_id: int) -> None:
        self.select_session(session_id)
        self.session_selected.emit(session_id)

    # Painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        if not self.days:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No days yet"))
            return
        origin = self._origin()
        rtl = self._rtl()
        grid_left, grid_right = (0.0, float(width - GUTTER)) if rtl else (float(GUTTER), float(width))
        grid = QRectF(grid_left, HEADER, grid_right - grid_left, height - HEADER)
        painter.save()
        painter.setClipRect(grid)
        self._paint_grid(painter, origin, grid)
        exposed = QRectF(event.rect()).translated(-origin)
        for block in self.blocks.values():
            if block.rect.intersects(exposed):
                self._paint_block(painter, block, block.rect.translated(origin))
        painter.restore()
        self._paint_header(painter, origin, grid)
        self._paint_gutter(painter, origin, grid)

    def _paint_grid(self, painter: QPainter, origin: QPointF, grid: QRectF) -> None:
        palette = self.palette()
        top = origin.y()
        bottom = origin.y() + self._content_height()
        for column, day in enumerate(self.days):
            if day == self._current:
                x = origin.x() + self._column_x(column)
                shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                shade.setAlpha(18)
                painter.fillRect(QRectF(x, top, self._column_width, bottom - top), shade)
        hour = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        half = QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine)
        left, right = origin.x(), origin.x() + self._content_width()
        for minute in range(self._first, self._last + 1, 30):
            if minute % 60 and 30 * self.pixels_per_minute < 14:
                continue
            y = origin.y() + self._y(minute)
            painter.setPen(hour if minute % 60 == 0 else half)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        self._paint_separators(painter, origin, top, bottom)

    def _paint_separators(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        palette = self.palette()
        thin = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        thick = QPen(palette.color(QPalette.ColorRole.Dark), 2)
        starts = set()
        column = 0
        for _part, days in self.groups:
            starts.add(column)
            column += len(days)
        for column in range(1, len(self.days)):
            # The edge between column - 1 and column, at the start side of ``column``.
            x = origin.x() + (self._column_x(column) + self._column_width if self._rtl() else self._column_x(column))
            painter.setPen(thick if column in starts else thin)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_header(self, painter: QPainter, origin: QPointF, grid: QRectF) -> None:
        palette = self.palette()
        painter.save()
        painter.fillRect(QRectF(0, 0, self.viewport().width(), HEADER), palette.color(QPalette.ColorRole.Window))
        painter.setClipRect(QRectF(grid.left(), 0, grid.width(), HEADER))
        lang = current_language()
        base = QFont(painter.font())
        bold = QFont(base)
        bold.setBold(True)
        column = 0
        for part, days in self.groups:
            first, last = self._column_x(column), self._column_x(column + len(days) - 1)
            left = origin.x() + min(first, last)
            band = QRectF(left, 0, self._column_width * len(days), PART_HEIGHT)
            if part:
                painter.setFont(bold)
                painter.setPen(palette.color(QPalette.ColorRole.Dark))
                text = QFontMetricsF(bold).elidedText(part, Qt.TextElideMode.ElideRight, band.width() - 12)
                painter.drawText(band.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter, text)
            column += len(days)
        painter.setFont(base)
        metrics = QFontMetricsF(base)
        for column, day in enumerate(self.days):
            cell = QRectF(origin.x() + self._column_x(column), PART_HEIGHT, self._column_width, DAY_HEIGHT)
            if cell.right() < grid.left() or cell.left() > grid.right():
                continue
            long_text, short_text = self._day_names(day, lang)
            text = long_text if metrics.horizontalAdvance(long_text) < cell.width() - 12 else short_text
            if day == self._current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(cell.adjusted(4, 2, -4, -3), 5, 5)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell.width() - 12)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(grid.left(), HEADER - 0.5), QPointF(grid.right(), HEADER - 0.5))
        painter.restore()

    def _day_names(self, day: date, lang: str) -> tuple[str, str]:
        """A day's long and short names in the interface language (Babel is slow: kept)."""
        key = (day, lang)
        if key not in self._names:
            self._names[key] = (
                format_date(day, "EEEE d MMMM", locale=lang),
                format_date(day, "EEE d MMM", locale=lang),
            )
        return self._names[key]

    def _paint_gutter(self, painter: QPainter, origin: QPointF, grid: QRectF) -> None:
        palette = self.palette()
        rtl = self._rtl()
        left = grid.right() if rtl else 0.0
        gutter = QRectF(left, HEADER, GUTTER, self.viewport().height() - HEADER)
        painter.save()
        painter.fillRect(gutter, palette.color(QPalette.ColorRole.Window))
        painter.fillRect(QRectF(left, 0, GUTTER, HEADER), palette.color(QPalette.ColorRole.Window))
        painter.setClipRect(gutter)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        every = 60 if 60 * self.pixels_per_minute >= 22 else 120
        for minute in range(self._first, self._last + 1, 60):
            if minute % every:
                continue
            y = origin.y() + self._y(minute)
            box = QRectF(left + 4, y - 9, GUTTER - 10, 18)
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(box, Qt.AlignmentFlag.AlignAbsolute | align | Qt.AlignmentFlag.AlignVCenter, clock(minute))
        painter.restore()

    def _paint_block(self, painter: QPainter, block: Block, rect: QRectF) -> None:
        row = block.row
        colour = kind_colour(row.kind)
        fill = QColor(colour)
        fill.setAlpha(60 if row.cancelled else 205)
        selected = row.id == self._selected
        pen = QPen(colour.darker(170 if selected else 125), 3 if selected else 1)
        if row.internal:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 4, 4)
        if row.internal:
            # The hatching without antialiasing: a smoothed pattern costs a millisecond a block.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(rect.adjusted(2, 2, -2, -2), QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        inner = rect.adjusted(5, 2, -5, -2)
        if inner.width() < 24 or inner.height() < 8:
            return
        light = row.kind not in ("open_discussion", "break") and not row.cancelled
        painter.setPen(QColor("white") if light else QColor("#212121"))
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1), Qt.ClipOperation.IntersectClip)
        self._paint_text(painter, block, inner)
        painter.restore()

    def _paint_text(self, painter: QPainter, block: Block, inner: QRectF) -> None:
        title = block.row.title.get(self._lang)
        rtl = is_rtl(title) if title else self._rtl()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        strong = QFont(base)
        strong.setPointSizeF(base.pointSizeF() * 0.9)
        strong.setWeight(QFont.Weight.DemiBold)
        strong.setStrikeOut(block.row.cancelled)
        times_height = QFontMetricsF(small).height()
        title_metrics = QFontMetricsF(strong)
        line_height = title_metrics.lineSpacing()
        align = Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.setFont(small)
        if inner.height() < times_height + line_height:
            # One line: the times, then as much of the title as fits.
            line = QRectF(inner.left(), inner.top(), inner.width(), min(inner.height(), max(times_height, line_height)))
            used = draw_clocks(painter, line, block.start, block.end, at_right=rtl) + 8
            rest = line.adjusted(0 if rtl else used, 0, -used if rtl else 0, 0)
            if rest.width() > 16:
                painter.setFont(strong)
                text = title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rest.width())
                painter.drawText(rest, text, option)
            return
        draw_clocks(
            painter,
            QRectF(inner.left(), inner.top(), inner.width(), times_height),
            block.start,
            block.end,
            at_right=rtl,
        )
        painter.setFont(strong)
        room = int((inner.height() - times_height) // line_height)
        key = (block.row.id, int(inner.width()), room)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = wrap(title, strong, inner.width(), room, rtl)
        y = inner.top() + times_height
        for text in lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_height), text, option)
            y += line_height


def wrap(text: str, font: QFont, width: float, max_lines: int, rtl: bool) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``, the last one elided at the
    end when the text does not fit."""
    if max_lines < 1 or not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    # QTextLayout counts in UTF-16 units; slice the same units so any character survives.
    units = text.encode("utf-16-le")

    def piece(start: int, length: int | None = None) -> str:
        end = None if length is None else 2 * (start + length)
        return units[2 * start : end].decode("utf-16-le", errors="ignore")

    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(spans) <= max_lines:
        return [piece(start, length).strip() for start, length in spans]
    kept = [piece(start, length).strip() for start, length in spans[: max_lines - 1]]
    rest = piece(spans[max_lines - 1][0]).strip()
    kept.append(QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return kept


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class ZoomControl(QWidget):
    """Smaller, a slider, larger, and the scale in per cent (a click on it goes back to 100 %)."""

    def __init__(self, overview: AgendaOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = overview
        self.setAccessibleName(self.tr("Zoom"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.out_button = QToolButton(self)
        self.out_button.setText("−")
        self.out_button.setAutoRaise(True)
        self.out_button.setToolTip(self.tr("Zoom out (%1)").replace("%1", _keys(overview.zoom_out_action)))
        self.out_button.setAccessibleName(self.tr("Zoom out"))
        self.out_button.clicked.connect(overview.zoom_out)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(round(MIN_ZOOM * 100), round(MAX_ZOOM * 100))
        self.slider.setPageStep(25)
        self.slider.setFixedWidth(110)
        self.slider.setAccessibleName(self.tr("Zoom"))
        self.slider.setToolTip(self.tr("Zoom (Ctrl+wheel)"))
        self.slider.valueChanged.connect(lambda value: overview.set_zoom(value / 100))
        self.in_button = QToolButton(self)
        self.in_button.setText("+")
        self.in_button.setAutoRaise(True)
        self.in_button.setToolTip(self.tr("Zoom in (%1)").replace("%1", _keys(overview.zoom_in_action)))
        self.in_button.setAccessibleName(self.tr("Zoom in"))
        self.in_button.clicked.connect(overview.zoom_in)
        self.reset_button = QToolButton(self)
        self.reset_button.setAutoRaise(True)
        self.reset_button.setToolTip(self.tr("Actual size (%1)").replace("%1", _keys(overview.zoom_reset_action)))
        self.reset_button.clicked.connect(overview.reset_zoom)
        self.reset_button.setMinimumWidth(round(QFontMetricsF(self.font()).horizontalAdvance("400 %")) + 12)
        for widget in (self.out_button, self.slider, self.in_button, self.reset_button):
            layout.addWidget(widget)
        overview.zoom_changed.connect(self._show)
        self._show(overview.zoom)

    def _show(self, zoom: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(zoom * 100))
        self.slider.blockSignals(False)
        percent = isolate(f"{round(zoom * 100)} %", Qt.LayoutDirection.LeftToRight)
        self.reset_button.setText(percent)
        self.reset_button.setAccessibleName(self.tr("Zoom: %1").replace("%1", f"{round(zoom * 100)} %"))


class AllDaysPanel(QWidget):
    """The overview with its zoom control under it, at the end of the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.overview = AgendaOverview(self)
        self.zoom_control = ZoomControl(self.overview, self)
        layout.addWidget(self.overview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.zoom_control)
        layout.addLayout(row)
