"""Tables for narrow screens: what a table's columns must hold whole, and the table stacked.

A table of four or five columns has no room on a portrait screen or at large text: Qt then breaks
words and evidence badges inside ("Guidelin/e"). The page knows each column's widest word or
badge (:func:`table_units`, measured by the screen) and, when a table cannot give every column
that much, shows it stacked (:func:`stack_tables`): one bordered block a row, the row's first
cell as its title and each other cell after its column's heading.

This works on the HTML our own Markdown extension writes (see ``_style_table`` in
:mod:`edu_app.core.markdown_ext`): data tables are the ones with a border; callouts have none.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from edu_app.core.thai import GLUE, ZWSP

DATA_TABLE = re.compile(r'<table border="1"[^>]*>.*?</table>', re.DOTALL)
_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.DOTALL)
_CELL = re.compile(r"<(td|th)([^>]*)>(.*?)</\1>", re.DOTALL)
_BADGE = re.compile(r'<span[^>]*white-space:nowrap;[^>]*>(.*?)</span>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_LINE_TAG = re.compile(r"<(?:br|/?p|/?li|/?div)\b[^>]*>", re.IGNORECASE)  # words either side are apart
_BREAKS = re.compile(f"[ \t\n{ZWSP}]+")  # where a line may break (not a no-break space)
_BGCOLOR = re.compile(r'bgcolor="([^"]*)"')


class Unit(NamedTuple):
    """Text that stays on one line: a word, or a whole evidence badge (drawn bold)."""

    text: str
    bold: bool


def _cell_units(inner: str, bold: bool) -> list[Unit]:
    units = [Unit(html.unescape(m.group(1)).replace(GLUE, ""), True)
             for m in _BADGE.finditer(inner)]
    rest = html.unescape(_TAG.sub("", _LINE_TAG.sub(" ", _BADGE.sub(" ", inner))))
    units += [Unit(word, bold) for word in _BREAKS.split(rest) if word]
    return units


def _rows(table: str) -> list[list[tuple[str, str, str]]]:
    """The table's rows, each a list of (tag, attributes, inner HTML) cells."""
    return [[(m.group(1), m.group(2), m.group(3)) for m in _CELL.finditer(row.group(1))]
            for row in _ROW.finditer(table)]


def table_units(page_html: str) -> list[list[list[Unit]]]:
    """For each data table of the page, for each column, the units its cells hold."""
    tables = []
    for table in DATA_TABLE.finditer(page_html):
        columns: list[list[Unit]] = []
        for row in _rows(table.group(0)):
            for index, (tag, _attributes, inner) in enumerate(row):
                while len(columns) <= index:
                    columns.append([])
                columns[index].extend(_cell_units(inner, tag == "th"))
        tables.append(columns)
    return tables


def _stacked(table: str) -> str:
    rows = _rows(table)
    headings = [inner for tag, _a, inner in rows[0] if tag == "th"] if rows else []
    body = rows[1:] if headings else rows
    opening = table[: table.index(">") + 1]
    out = [opening]
    for row in body:
        if not row:
            continue
        colour = _BGCOLOR.search(row[0][1])
        attributes = f' bgcolor="{colour.group(1)}"' if colour else ""
        parts = [f'<p style="font-weight:700; margin-top:0; margin-bottom:4px;">{row[0][2]}</p>']
        for index, (_tag, _a, inner) in enumerate(row[1:], start=1):
            heading = headings[index] if index < len(headings) else ""
            label = f"<b>{heading}:</b> " if heading else ""
            parts.append(f'<p style="margin-top:0; margin-bottom:4px;">{label}{inner}</p>')
        out.append(f"<tr><td{attributes}>{''.join(parts)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def stack_tables(page_html: str) -> str:
    """The page with every data table stacked: a block a row, each cell after its heading."""
    return DATA_TABLE.sub(lambda m: _stacked(m.group(0)), page_html)
