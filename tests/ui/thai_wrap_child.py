"""Run by test_thai_wrap.py, possibly with libthai hidden: lay out Thai text as the program shows
it (``pages``: the pages; ``handout``: a handout of every Thai topic and question; ``labels``:
every illustration label and FAQ question as the program draws or shows them) and print, as
JSON, every line start that does not follow a word break, and a control: how many places Qt
may break the same text without our marks."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument, QTextLayout

from edu_app import resources
from edu_app.core import handout
from edu_app.core.content import load_library
from edu_app.core.render import compile_pages, fill, template_for
from edu_app.core.theme import NORMAL
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.paint.thai_breaks import breaks
from edu_app.ui.texts import render_labels

ZWSP = "\u200b"
NOT_A_LINE_START = ("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e46"
                    "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")  # vowels, marks, ๆ


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4f"


def _check_lines(name: str, text: str, layout: QTextLayout, bad: list[str],
                 overflow: list[str]) -> int:
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        begin = line.textStart()
        if line.naturalTextWidth() > line.width() + 0.5 and _is_thai(text[begin]):
            overflow.append(f"{name}: {text[begin:begin + 30]}…")
    for n in range(1, layout.lineCount()):
        start = layout.lineAt(n).textStart()
        before, first = text[start - 1], text[start]
        if first in NOT_A_LINE_START or (_is_thai(before) and _is_thai(first)):
            bad.append(f"{name}: …{text[max(0, start - 8):start]}|{text[start:start + 8]}…")
    return max(0, layout.lineCount() - 1)


def _documents(library, what: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    thai = library.language("th")
    if what == "handout":
        request = handout.HandoutRequest(lang="th", topics=tuple(p.id for p in thai.pages),
                                         faq=("all",))
        return [("handout", handout.build(library, request, page_labels=render_labels()).html)]
    return [(page.id, fill(template_for(library, "th", page.id, NORMAL) or "", render_labels()))
            for page in thai.pages]


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    register_fonts(ALL_STYLES)
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    compile_pages(library)
    what = sys.argv[2]
    marks = "--no-marks" not in sys.argv  # without: the program as it was, Qt left alone
    bad: list[str] = []
    overflow: list[str] = []
    lines = control = 0
    if what == "labels":  # drawn in a box or shown in a wrapping label: plain text
        thai = library.language("th")
        texts = [(f"{ill}/{key}", label) for ill, t in thai.illustrations.items()
                 for key, label in t.labels.items()] + [(q.id, q.question) for q in thai.faq]
        for name, text in texts:
            text = breaks(text) if marks else text
            layout = QTextLayout(text, app.font())
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(int(sys.argv[1]))
            layout.endLayout()
            lines += _check_lines(name, text, layout, bad, overflow)
    for name, html in ([] if what == "labels" else _documents(library, what)):
        if not marks:
            html = html.replace(ZWSP, "")
        document = QTextDocument()
        document.setHtml(html)
        document.setTextWidth(int(sys.argv[1]))
        document.documentLayout().documentSize()  # lay it out now
        block = document.begin()
        while block.isValid():
            if QTextCursor(block).currentTable() is None:  # a narrow cell may cut a long word
                lines += _check_lines(name, block.text(), block.layout(), bad, overflow)
            block = block.next()
    # the control: the summaries without marks, narrow; a line that begins inside a Thai run
    # was broken by Qt's own Thai breaking (libthai); without it there is none
    plain = " ".join(p.summary for p in library.language("th").pages).replace(ZWSP, "")
    layout = QTextLayout(plain, app.font())
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(200)
        start = line.textStart()
        if start and "\u0e01" <= plain[start - 1] <= "\u0e4f" and "\u0e01" <= plain[start] <= "\u0e4f":
            control += 1
    layout.endLayout()
    print(json.dumps({"bad": bad, "overflow": overflow, "lines": lines,
                      "breaks_inside_thai_runs": control}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
