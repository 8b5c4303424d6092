"""Run by test_thai_wrap.py, possibly with libthai hidden: lay out the Thai pages as the program
shows them and print, as JSON, every line start that does not follow a word break, and a
control: how many places Qt may break the same text without our marks."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument, QTextLayout

from edu_app import resources
from edu_app.core.content import load_library
from edu_app.core.render import compile_pages, fill, template_for
from edu_app.core.theme import NORMAL
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.ui.texts import render_labels

ZWSP = "\u200b"
NOT_A_LINE_START = ("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e46"
                    "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")  # vowels, marks, ๆ


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    register_fonts(ALL_STYLES)
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    compile_pages(library)
    bad: list[str] = []
    overflow: list[str] = []
    lines = control = 0
    for page in library.language("th").pages:
        html = fill(template_for(library, "th", page.id, NORMAL) or "", render_labels())
        if "--no-marks" in sys.argv:  # the program as it was: Qt left to break Thai alone
            html = html.replace(ZWSP, "")
        document = QTextDocument()
        document.setHtml(html)
        document.setTextWidth(int(sys.argv[1]))
        document.documentLayout().documentSize()  # lay it out now
        block = document.begin()
        while block.isValid():
            if QTextCursor(block).currentTable() is not None:  # a narrow cell may cut a long
                block = block.next()                           # word anywhere: not our doing
                continue
            text = block.text()
            layout = block.layout()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                begin = line.textStart()
                if line.naturalTextWidth() > line.width() + 0.5 and "\u0e01" <= text[begin] <= "\u0e4f":
                    overflow.append(f"{page.id}: {text[begin:begin + 30]}…")
            for n in range(1, layout.lineCount()):
                start = layout.lineAt(n).textStart()
                lines += 1
                before, first = text[start - 1], text[start]
                thai_before = "\u0e01" <= before <= "\u0e4f"
                if first in NOT_A_LINE_START or (thai_before and "\u0e01" <= first <= "\u0e4f"):
                    bad.append(f"{page.id}: …{text[max(0, start - 8):start]}|{text[start:start + 8]}…")
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
