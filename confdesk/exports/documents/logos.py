"""The organisers' logos in a row: on the programme's cover and at the head of each letter,
in the organisers' order, from the reading side (right to left in Arabic)."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from confdesk.exports.documents.page import Writer

#: The printed height of each logo, in points (about 1.5 cm); widths follow each image.
LOGO_HEIGHT = 42
GAP = 18


def logo_row(writer: Writer, height: float = LOGO_HEIGHT) -> Flowable | None:
    """A one-row table of the logos, centred, each scaled to ``height`` (and narrowed to its
    share of the line when many are wide); None when no organiser has one."""
    logos = [organiser.logo for organiser in writer.conference.organisers if organiser.logo is not None]
    if not logos:
        return None
    share = (writer.width - GAP * (len(logos) - 1)) / len(logos)
    images = []
    for logo in logos:
        width, tall = ImageReader(io.BytesIO(logo.data)).getSize()
        scale = min(height / tall, share / width)
        images.append(Image(io.BytesIO(logo.data), width=width * scale, height=tall * scale))
    if writer.rtl:
        images.reverse()
    table = Table([images], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), GAP / 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 2),
            ]
        )
    )
    return table
