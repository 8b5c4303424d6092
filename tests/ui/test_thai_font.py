"""The bundled Thai face draws a tone mark above an upper vowel (ที่, นี้, หนึ่ง).

Debian's Noto Looped Thai (2020), tried for body text (issue 18), drops those stacked marks in
Qt's shaping: "ที่" (that) came out as "ที" — a different word. docs/thai.md records the choice;
this keeps whatever face we bundle honest.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from edu_app.paint.fonts import register_fonts


def _ink_rows(text: str, family: str) -> list[int]:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(80)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(10, 10, 220, 140), int(Qt.AlignmentFlag.AlignLeft), text)
    painter.end()
    return [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 128 for x in range(image.width()))]


def test_the_bundled_thai_face_stacks_tone_marks_over_upper_vowels(qapp) -> None:  # type: ignore[no-untyped-def]
    register_fonts()  # (each file once per process: an earlier test may have done it)
    assert "Noto Sans Thai" in QFontDatabase.families()
    for with_mark, without in (("ที่", "ที"), ("นี้", "นี"), ("หนึ่ง", "หนึง")):
        marked, bare = _ink_rows(with_mark, "Noto Sans Thai"), _ink_rows(without, "Noto Sans Thai")
        assert marked and bare
        assert min(marked) < min(bare) - 5, with_mark  # the tone mark's ink stands above the vowel
