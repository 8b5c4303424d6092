"""Register the bundled Noto fonts so screens and PDFs look the same on a bare machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from edu_app import resources

log = logging.getLogger(__name__)

FAMILIES = ["Noto Sans", "Noto Sans Thai"]
BASE_POINT_SIZE = 12.0


def register_fonts() -> list[str]:
    """Add every bundled font to Qt's database; returns the families now available."""
    families: set[str] = set()
    for path in sorted(resources.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def app_font(scale: int = 100) -> QFont:
    """The program's font at a text scale in percent (Thai falls back to Noto Sans Thai)."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
