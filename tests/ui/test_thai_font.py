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


def test_thai_is_set_a_tenth_larger_and_no_button_is_squeezed(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Thai letters stand as high as Latin lower case and are thinner: the interface and pages
    in Thai are set 10 % larger than in English at the same text size; a row of buttons whose
    words are Thai and Latin gives every one the height its words need."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from ui_helpers import make_window

    window = make_window(qtbot, library)
    window.resize(1366, 768)
    window.open_page("skin-barrier")
    sizes = {}
    for lang in ("en", "th"):
        window.set_language(lang)
        window.set_text_scale(200)
        QApplication.processEvents()
        sizes[lang] = (QApplication.font().pointSizeF(),
                       window.topic.browser.document().defaultFont().pointSizeF())
        for button in window.top_bar.findChildren(QPushButton):
            if button.isVisibleTo(window):
                assert button.height() >= button.sizeHint().height(), (lang, button.text())
    assert sizes["en"][0] == 24.0  # 12 pt at 200 %
    assert [round(size, 2) for size in sizes["th"]] == [26.4, 26.4]  # a tenth larger, both
