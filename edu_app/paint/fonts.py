"""Register the bundled Noto fonts so screens and PDFs look the same on a bare machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from edu_app import resources

log = logging.getLogger(__name__)

FAMILIES = ["Noto Sans", "Noto Sans Thai"]
ALL_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
BASE_POINT_SIZE = 12.0
# Thai letters stand as high as Latin lower case, with no capitals or ascenders to lift a line,
# and their strokes are thinner: at the same size Thai reads smaller and lighter than English.
# The interface and pages in Thai are set a tenth larger.
LANGUAGE_SIZE = {"th": 1.1}


_registered: set[str] = set()


def register_fonts(styles: tuple[str, ...] = ("Regular", "Bold")) -> list[str]:
    """Add bundled fonts of these styles to Qt's database (each file once).

    Start-up registers Regular and Bold, which the first screen uses; the warm-up after the
    first paint registers the rest (``register_fonts(ALL_STYLES)``).
    """
    families: set[str] = set()
    for path in sorted(resources.fonts_dir().glob("*.ttf")):
        if path.name in _registered or path.stem.rsplit("-", 1)[-1] not in styles:
            continue
        _registered.add(path.name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def language_size(lang: str) -> float:
    """How much larger than English a language's text is set (see :data:`LANGUAGE_SIZE`)."""
    return LANGUAGE_SIZE.get(lang, 1.0)


def app_font(scale: int = 100, lang: str = "en") -> QFont:
    """The program's font at a text scale in percent, for a language (Thai falls back to Noto
    Sans Thai, and is set a little larger)."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100 * language_size(lang))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
