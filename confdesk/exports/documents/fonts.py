"""The fonts every document uses: Noto Sans and Noto Sans Arabic from pip packages.

No system font is needed. Both come as variable fonts; reportlab reads their default (regular)
instance, and the bold instance is cut once with fontTools and kept in the user cache folder.
reportlab embeds only the glyphs a document uses (subsetting), so PDFs stay small.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
from platformdirs import user_cache_dir
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from confdesk.files import atomic_open

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont as ToolsFont

_SOURCES = {
    "latin": Path(fontpkg_noto_sans.ROOT) / "files" / "NotoSans[wdth,wght].ttf",
    "arabic": Path(fontpkg_noto_sans_arabic.ROOT) / "files" / "NotoSansArabic[wdth,wght].ttf",
}
_NAMES = {
    ("latin", False): "ConfDeskSans",
    ("latin", True): "ConfDeskSans-Bold",
    ("arabic", False): "ConfDeskArabic",
    ("arabic", True): "ConfDeskArabic-Bold",
}
BOLD_WEIGHT = 700
_lock = threading.Lock()


@dataclass(frozen=True)
class FontPair:
    """The reportlab names of the Latin and Arabic faces of one weight."""

    latin: str
    arabic: str


def cache_folder() -> Path:
    return Path(user_cache_dir("ConfDesk", appauthor=False)) / "fonts"


def bold_instance(script: str) -> Path:
    """The bold static instance of a variable font, cut on first use and cached.

    The cache file name carries the source file's size and modification time, so an upgraded
    font package gets a fresh cut instead of a stale one.
    """
    source = _SOURCES[script]
    stat = source.stat()
    target = cache_folder() / f"{source.stem.split('[')[0]}-Bold-{stat.st_size}-{int(stat.st_mtime)}.ttf"
    if target.exists():
        return target
    from fontTools.ttLib import TTFont as ToolsFont
    from fontTools.varLib import instancer

    variable = ToolsFont(source)
    static = instancer.instantiateVariableFont(variable, {"wght": BOLD_WEIGHT, "wdth": 100})
    _rename_bold(static)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written to a temporary name and renamed, so two processes cutting at once never leave a
    # half-written font for the other to read, nor a full disk a broken one.
    with atomic_open(target, "wb") as stream:
        static.save(stream)
    return target


def _rename_bold(font: ToolsFont) -> None:
    """Give the cut instance its own PostScript name: reportlab registers one font per face
    name, so a bold that kept "NotoSans-Regular" would silently print as the regular."""
    table = font["name"]
    family = table.getDebugName(1) or "Noto Sans"
    postscript = (table.getDebugName(6) or family.replace(" ", "")).replace("-Regular", "")
    for record_id, value in ((2, "Bold"), (4, f"{family} Bold"), (6, f"{postscript}-Bold")):
        table.setName(value, record_id, 3, 1, 0x409)
        table.setName(value, record_id, 1, 0, 0)


class _TaggedFont(TTFont):
    """A TrueType font whose subsets get distinct tags.

    reportlab names subset n of every font "AAAAAA+…" for n = 0, so two fonts in one PDF share a
    tag, which ISO 32000-1 (9.6.4) means for one subset of one font; this gives each subset a tag
    made from a hash of the font and subset, unique in the document."""

    def addObjects(self, doc: Any) -> None:  # reportlab's override, called once a document
        state = self.state[doc]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(state.subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        taken: set[str] = getattr(doc, "_confdesk_subset_tags", set())
        doc._confdesk_subset_tags = taken
        for number, internal in enumerate(names):
            pdf_font = fonts[internal]
            old = pdf_font.BaseFont
            tag = _subset_tag(f"{self.fontName}/{number}", taken)
            pdf_font.BaseFont = f"{tag}{old[6:]}"
            descriptor = doc.idToObject[f"fontDescriptor:{old}"]
            descriptor.dict["FontName"] = pdfdoc.PDFName(pdf_font.BaseFont)


def _subset_tag(key: str, taken: set[str]) -> str:
    """Six capital letters from a hash of ``key``, not yet in ``taken`` (then added to it)."""
    salt = 0
    while True:
        digest = hashlib.sha256(f"{key}#{salt}".encode()).digest()
        tag = "".join(chr(ord("A") + byte % 26) for byte in digest[:6])
        if tag not in taken:
            taken.add(tag)
            return tag
        salt += 1


@cache
def _register(script: str, bold: bool) -> str:
    name = _NAMES[(script, bold)]
    path = bold_instance(script) if bold else _SOURCES[script]
    font = _TaggedFont(name, str(path), shapable=True)
    pdfmetrics.registerFont(font)
    return name


def faces(bold: bool = False) -> FontPair:
    """Register (once) and name the two faces of a weight."""
    with _lock:
        return FontPair(latin=_register("latin", bold), arabic=_register("arabic", bold))


def register_all() -> None:
    faces(False)
    faces(True)


def tt_font(font_name: str) -> TTFont:
    """A font registered by :func:`faces` (always a TrueType font)."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{font_name} is not a TrueType font")
    return font


@cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    return frozenset(tt_font(font_name).face.charToGlyph)
