"""The page every document shares: margins, running head, "page X of Y" footer, and the
helpers a document module uses to make paragraphs and mirrored tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, LongTable, PageTemplate, TableStyle

from confdesk.exports.documents import styles, typography
from confdesk.exports.documents.drawing import draw_line
from confdesk.exports.documents.flowables import Text, line_x
from confdesk.exports.documents.fonts import FontPair, faces, register_all
from confdesk.exports.documents.formats import Formats
from confdesk.exports.documents.layout import layout_line, measure
from confdesk.exports.documents.options import DocumentOptions
from confdesk.exports.documents.snapshot import ConferenceView
from confdesk.exports.wording import Wording
from confdesk.model.text import LocalText

MARGIN = 18 * mm
HEAD_GAP = 9 * mm
Cell = Flowable | list[Flowable] | str
#: A reportlab table style command on a cell range: ("NAME", (x0, y0), (x1, y1), *values).
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


class Writer:
    """One document being written: its language, direction, wording and formats."""

    def __init__(self, conference: ConferenceView, options: DocumentOptions) -> None:
        register_all()
        self.conference = conference
        self.options = options.checked()
        self.lang = options.lang
        self.rtl = options.rtl
        self.words = Wording(options.lang)
        style = conference.house_style
        digits = options.digits or (style.ar_digits if options.lang == "ar" else "latn")
        self.formats = Formats(options.lang, digits, style)
        self.zone: ZoneInfo = conference.zone
        self.extra_zones = tuple(ZoneInfo(name) for name in options.zones if name != conference.zone.key)

    @property
    def width(self) -> float:
        return self.options.pagesize[0] - 2 * MARGIN

    def text(self, text: str, style: styles.TextStyle = styles.BODY) -> Text:
        """A paragraph in the document's language; French gets French typography."""
        return Text(typography.french(text) if self.lang == "fr" else text, style, self.rtl)

    def local(self, text: LocalText) -> str:
        """A :class:`LocalText` in the document's language, falling back to another."""
        return text.get(self.lang)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        row_styles: Sequence[TableCommand] = (),
        ruled: bool = True,
    ) -> LongTable:
        """A table whose header repeats on every page and whose columns run right to left in
        Arabic (the first column, usually the time, at the right)."""
        scale = self.width / sum(widths)
        widths = [width * scale for width in widths]
        # Cells are lists of flowables: reportlab splits a row across pages (splitInRow) only
        # through list cells.
        cells: list[list[list[Flowable]]] = [[[self.text(title, styles.HEADER_CELL)] for title in header]]
        cells += [
            [_as_list(self.text(cell, styles.CELL) if isinstance(cell, str) else cell) for cell in row] for row in rows
        ]
        columns = len(widths)
        extra = list(row_styles)
        if self.rtl:
            cells = [row[::-1] for row in cells]
            widths = widths[::-1]
            extra = [_mirror_command(command, columns) for command in extra]
        table = LongTable(cells, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), styles.ACCENT),
                    # Cells hold Text flowables; without this reportlab sets (and so puts an
                    # unembedded) Helvetica on the page for every cell it draws.
                    ("FONTNAME", (0, 0), (-1, -1), faces().latin),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *([("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE)] if ruled else []),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    *extra,
                ]
            )
        )
        return table

    def build(self, flowables: list[Flowable], title: str) -> bytes:
        """Lay the flowables out on pages with the running head and footer; the PDF's bytes."""
        output = io.BytesIO()
        width, height = self.options.pagesize
        frame = Frame(
            MARGIN,
            MARGIN,
            width - 2 * MARGIN,
            height - 2 * MARGIN,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document = BaseDocTemplate(
            output,
            pagesize=self.options.pagesize,
            pageTemplates=[PageTemplate(id="page", frames=[frame])],
            title=title,
            author=", ".join(self.local(organiser.name) for organiser in self.conference.organisers),
            subject=self.local(self.conference.name),
            lang=self.lang,
            invariant=1,
            initialFontName=faces().latin,
        )
        head = self.local(self.conference.short_name) or self.local(self.conference.name)
        if self.options.draft:
            title = f"{title} – {self.words('draft')}"
        decorate = partial(_decorate, writer=self, head=head, title=title)
        document.build(_with_room_for_headings(flowables), canvasmaker=partial(_PagedCanvas, decorate=decorate))
        return output.getvalue()


#: A heading needs room for itself and a few lines of what follows it. reportlab's
#: keepWithNext would instead push a heading and a whole long table to the next page.
HEADING_ROOM = 80.0


def _with_room_for_headings(flowables: list[Flowable]) -> list[Flowable]:
    story: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, Text) and flowable.style.keep_with_next:
            story.append(CondPageBreak(HEADING_ROOM))
        story.append(flowable)
    return story


def _as_list(cell: Flowable | list[Flowable]) -> list[Flowable]:
    return cell if isinstance(cell, list) else [cell]


def _mirror_command(command: TableCommand, columns: int) -> TableCommand:
    name, (x0, y0), (x1, y1), *rest = command

    def flip(x: int) -> int:
        return columns - 1 - (x % columns)

    return (name, (flip(x1), y0), (flip(x0), y1), *rest)


class _PagedCanvas(Canvas):
    """Holds every page back until the end, so the footer can say how many pages there are."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own, missing from types-reportlab

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, number: int, total: int, *, writer: Writer, head: str, title: str) -> None:
    width, height = writer.options.pagesize
    style = styles.RUNNING
    fonts = faces(False)
    formats = writer.formats
    canvas.saveState()
    canvas.setFillColor(style.color)
    canvas.setStrokeColor(styles.RULE)
    canvas.setLineWidth(0.5)
    top = height - MARGIN + HEAD_GAP / 2
    canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
    inner = width - 2 * MARGIN
    head_line = layout_line(_shorten(head, inner * 0.6, fonts, style.size), writer.rtl, fonts, style.size)
    draw_line(canvas, head_line, line_x(head_line, MARGIN, inner, "start", writer.rtl), top, style.size)
    title_line = layout_line(title, writer.rtl, fonts, style.size)
    draw_line(canvas, title_line, line_x(title_line, MARGIN, inner, "end", writer.rtl), top, style.size)
    page = writer.words("page", page=formats.number(number), pages=formats.number(total))
    page_line = layout_line(page, writer.rtl, fonts, style.size)
    draw_line(
        canvas, page_line, line_x(page_line, MARGIN, inner, "center", writer.rtl), MARGIN - HEAD_GAP / 2 - 3, style.size
    )
    canvas.restoreState()


def _shorten(text: str, width: float, fonts: FontPair, size: float) -> str:
    """Cut a running head to fit beside the title, at a word, with an ellipsis."""
    words = text.split()
    kept: list[str] = []
    used = 0.0
    for word in words:
        used += measure(word + " ", fonts, size)
        if used > width:
            return " ".join(kept) + " …"
        kept.append(word)
    return text
