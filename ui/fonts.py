"""Fonts shipped by pip packages, so Arabic renders on a bare machine with no system fonts."""

from __future__ import annotations

from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
from PySide6.QtGui import QFont, QFontDatabase


def font_files() -> list[Path]:
    return [
        Path(fontpkg_noto_sans.ROOT) / "files" / "NotoSans[wdth,wght].ttf",
        Path(fontpkg_noto_sans_arabic.ROOT) / "files" / "NotoSansArabic[wdth,wght].ttf",
    ]


def install_fonts() -> QFont:
    """Register Noto Sans and Noto Sans Arabic with Qt and return the application font."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont()
    if families:
        font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSize(10)
    return font
