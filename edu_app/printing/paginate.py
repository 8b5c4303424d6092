"""Measure a laid-out handout for :func:`edu_app.core.pages.paginate`.

The text is laid out as one long column; this module walks its blocks and tables and reports
where a page may end and what must stay together (see ``edu_app.core.pages`` for the rules):

- a heading stays with the first two lines of what follows (or the first row of a table);
- a figure stays with its caption;
- a paragraph keeps its first two and last two lines together;
- a table row never splits, and a table's first row stays with its second; a box (a table of
  one row) taller than :data:`BOX_SPLITS` of a page may break between its lines instead;
- a table with a header row (``<thead>``) repeats it on each page it goes on to;
- a block marked ``page-break-before`` starts a section.

It also finds the headings the handout marks (``-qt-user-state``: 0 for its first language, 1 for
its second) where each language's text starts, so each page gets the header and footer of the
languages it shows.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument, QTextFormat, QTextTable

from edu_app.core.pages import Flow

BOX_SPLITS = 0.4  # a one-row table taller than this share of a page may break between lines


class Measured(NamedTuple):
    flow: Flow
    languages: tuple[tuple[float, int], ...]  # (height, language 0 or 1) where each starts


class _Unit(NamedTuple):
    top: float
    bottom: float
    lines: tuple[tuple[float, float], ...]  # each line's (top, bottom)
    heading: bool  # keep with what follows
    section: bool


def _lines(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> list[tuple[float, float]]:
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    origin = rect.top() - text_layout.boundingRect().top()
    lines = []
    for index in range(text_layout.lineCount()):
        line = text_layout.lineAt(index)
        lines.append((origin + line.y(), origin + line.y() + line.height()))
    return lines


def _is_figure(block: QTextBlock, figure_type: int) -> bool:
    iterator = block.begin()
    while not iterator.atEnd():
        fmt = iterator.fragment().charFormat()
        if fmt.objectType() == figure_type:
            return True
        iterator += 1
    return False


def measure(document: QTextDocument, page_height: float, figure_type: int) -> Measured:
    """Describe ``document`` (laid out with a text width and no page height) for pagination."""
    layout = document.documentLayout()
    units: list[_Unit] = []
    fallback: list[float] = []
    languages: list[tuple[float, int]] = []
    iterator = document.rootFrame().begin()
    repeats: list[tuple[float, float, float]] = []
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            found = _table_units(layout, frame, page_height, fallback)
            head = frame.format().headerRowCount()
            if 0 < head < len(found):  # (its header's top, its body's top, its bottom)
                repeats.append((found[0].top, found[head].top, found[-1].bottom))
            units.extend(found)
        elif frame is None:
            block = iterator.currentBlock()
            lines = _lines(layout, block) if block.text().strip() else []
            if lines:
                policy = block.blockFormat().pageBreakPolicy()
                section = bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                heading = block.blockFormat().headingLevel() > 0 or _is_figure(block, figure_type)
                units.append(_Unit(lines[0][0], lines[-1][1], tuple(lines), heading, section))
                if block.userState() >= 0:
                    languages.append((lines[0][0], block.userState()))
        iterator += 1
    flow = _flow(units, document.size().height(), fallback)
    return Measured(flow._replace(repeats=tuple(repeats)), tuple(languages))


def _table_units(layout: QAbstractTextDocumentLayout, table: QTextTable, page_height: float,
                 fallback: list[float]) -> list[_Unit]:
    rows: list[tuple[float, float, list[tuple[float, float]]]] = []
    for row in range(table.rows()):
        top, bottom, lines = float("inf"), float("-inf"), []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            while block.isValid():
                found = _lines(layout, block)
                lines.extend(found)
                rect = layout.blockBoundingRect(block)
                top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
                if block == last:
                    break
                block = block.next()
        if lines:
            rows.append((top, bottom, sorted(lines)))
    frame = layout.frameBoundingRect(table)
    fmt = table.format()
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0  # HTML pixels to the page's
    edge = (fmt.cellPadding() + fmt.border() + fmt.cellSpacing() + fmt.topMargin()) * scale
    units = []
    for index, (top, bottom, lines) in enumerate(rows):
        # a row ends halfway between its text and the next row's (in the cell spacing)
        # (a table's frame is its text: its padding, border and margin start above it)
        above = frame.top() - edge if index == 0 else (rows[index - 1][1] + top) / 2
        below = frame.bottom() if index == len(rows) - 1 else (bottom + rows[index + 1][0]) / 2
        fallback.extend(line[0] for line in lines)
        # (a box is its colour strip and its text: a picture beside text never splits)
        if len(rows) == 1 and table.columns() <= 2 and below - above > BOX_SPLITS * page_height:
            # a long box: its lines may end a page, its title stays with two lines and its last
            # two lines stay together (rows of lines: the lines of two columns side by side are
            # one row; a column's last line alone went over to the next page)
            inner = tuple(lines)
            tail = _last_rows(inner, 2)
            middle = tuple(line for line in inner[3:] if line[0] < tail - 0.5)
            units.append(_Unit(above, below, ((above, inner[min(2, len(inner) - 1)][1]),
                                              *middle, (tail, below)), False, False))
        else:
            units.append(_Unit(above, below, ((above, below),), index == 0 and len(rows) > 1,
                               False))
    return units


def _last_rows(lines: tuple[tuple[float, float], ...], count: int) -> float:
    """The top of the ``count``-th last row of lines (lines whose tops are less than half a
    line apart are one row)."""
    heights = sorted(bottom - top for top, bottom in lines)
    half = heights[len(heights) // 2] / 2 if heights else 0.0
    rows: list[float] = []
    for top in sorted(top for top, _ in lines):
        if not rows or top - rows[-1] > half:
            rows.append(top)
    return rows[-count] if len(rows) >= count else rows[0]


def _flow(units: list[_Unit], end: float, fallback: list[float]) -> Flow:
    breaks: list[float] = []
    keeps: list[tuple[float, float]] = []
    sections: list[float] = []
    # a table's frame reaches into the margin of what follows: a unit ends where the next begins
    # (otherwise a figure kept with a box would also hold the heading under the box)
    units = [u._replace(bottom=min(u.bottom, units[i + 1].top),
                        lines=tuple((a, min(b, units[i + 1].top)) for a, b in u.lines))
             if i + 1 < len(units) and units[i + 1].top > u.top else u
             for i, u in enumerate(units)]
    for index, unit in enumerate(units):
        lines = unit.lines
        breaks.extend(line[0] for line in lines)
        if unit.section and index:
            sections.append(unit.top)
        if len(lines) >= 2:  # no first or last line alone
            keeps.append((lines[0][0], lines[min(1, len(lines) - 1)][1]))
            keeps.append((lines[-2][0], lines[-1][1]))
        if unit.heading and index + 1 < len(units):
            after = units[index + 1].lines
            keeps.append((unit.top, after[min(1, len(after) - 1)][1]))
    return Flow(end, tuple(breaks), tuple(keeps), tuple(sections), tuple(fallback))
