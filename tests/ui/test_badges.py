"""An evidence badge never breaks across lines: split, "Expert" and "review" could land on two
lines, or on two pages of a handout."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from edu_app.core.render import Labels, badge_html
from edu_app.core.theme import NORMAL


def lines_of(html: str, width: float) -> list[str]:
    document = QTextDocument()
    font = QFont("Noto Sans")
    font.setPixelSize(14)  # the same whatever other tests did to the application's font
    document.setDefaultFont(font)
    document.setTextWidth(width)
    document.setHtml(html)
    document.size()  # lays the text out
    block = document.firstBlock()
    layout = block.layout()
    return [block.text()[layout.lineAt(i).textStart():][: layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())]


def test_a_badge_stays_on_one_line(qapp) -> None:  # type: ignore[no-untyped-def]
    badge = badge_html("expert", NORMAL, Labels())
    words = "Some text before the badge, long enough to wrap"
    for width in range(160, 420, 7):  # wherever the line ends, the badge moves whole
        lines = lines_of(f"<p>{words} {badge} and after.</p>", width)
        assert any("Expert" in line and "review" in line for line in lines), (width, lines)
