"""Whether a page's tables fit its width, and where laid-out text was cut inside a word.

Qt's rich text breaks a word (or a glued evidence badge) anywhere when it has no room for it: in
a table column narrower than its widest word, or a web address wider than the page. The page
text measures what each column must hold (:func:`tables_fit`) and checks Qt's own layout
(:func:`cut_inside`); ``check-layout`` reports every cut (:func:`cuts_in`).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextDocument

from edu_app.core.tables import Unit
from edu_app.core.thai import GLUE, NBSP

CELL_PADDING, BORDER = 7, 1  # as edu_app.core.markdown_ext styles a table


def cut_inside(block: QTextBlock) -> int:
    """Where a line of the block ends inside a word of Latin letters or digits, right after a
    no-break space, or inside a glued badge (where Qt cut what had no room rather than broke
    it at a break): the position in the block's text, or -1."""
    layout, text = block.layout(), block.text()
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        if not 0 < end < len(text):
            continue
        before, after = text[end - 1], text[end]
        if before == NBSP or (after == NBSP and not before.isspace()) or GLUE in (before, after) or (
            before.isascii() and after.isascii() and before.isalnum() and after.isalnum()
        ):
            return end
    return -1


def cuts_in(document: QTextDocument) -> list[str]:
    """Each place the laid-out document cuts a word or a badge, with the text around it."""
    document.size()  # laid out to the end
    found = []
    block = document.begin()
    while block.isValid():
        end = cut_inside(block)
        if end >= 0:
            text = block.text().replace(GLUE, "")
            end -= block.text()[:end].count(GLUE)
            found.append(f"{text[max(0, end - 20):end]}|{text[end:end + 20]}")
        block = block.next()
    return found


def tables_fit(tables: list[list[list[Unit]]], font: QFont, width: float) -> bool:
    """Whether every table can give each column its widest word or badge within ``width``."""
    bold_font = QFont(font)
    bold_font.setWeight(QFont.Weight.Bold)
    plain, bold = QFontMetricsF(font), QFontMetricsF(bold_font)
    for columns in tables:
        needed = BORDER + sum(
            max((bold if unit.bold else plain).horizontalAdvance(unit.text) for unit in column)
            + 2 * CELL_PADDING + BORDER
            for column in columns if column
        )
        if needed > width:
            return False
    return True
