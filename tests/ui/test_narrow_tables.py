"""Tables on narrow screens: where a table's columns cannot each hold their widest word or
evidence badge, the table is shown stacked, a block a row, so no word or badge is ever broken
inside ("Guidelin/e", "Randomi/sed trial" at 1024×768 and 150 % text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from edu_app.core.model import Library
from edu_app.core.thai import GLUE
from edu_app.ui import page_text

from ui_helpers import make_window


def broken_inside(document: QTextDocument) -> list[str]:
    """Every line that ends inside a Latin word or inside a glued (Thai) badge."""
    broken = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            before, after = text[end - 1], text[end]
            latin = before.isascii() and after.isascii() and before.isalpha() and after.isalpha()
            if latin or GLUE in (before, after):
                broken.append(f"{text[max(0, end - 15):end]}|{text[end:end + 15]}")
        block = block.next()
    return broken


def tables_in(document: QTextDocument) -> list[int]:
    """The number of columns of each table in the document."""
    columns: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(document)
        cursor.setPosition(block.position())
        table = cursor.currentTable()
        here = (table.firstPosition(), table.columns()) if table is not None else None
        if here is not None and (not columns or columns[-1] != here):
            columns.append(here)
        block = block.next()
    return [count for _first, count in columns]


def shown(qtbot, library: Library, lang: str, size: tuple[int, int], scale: int,  # type: ignore[no-untyped-def]
          page: str) -> QTextBrowser:
    window = make_window(qtbot, library)
    window.set_language(lang)
    window.set_text_scale(scale)
    window.resize(*size)
    window.open_page(page)
    QApplication.processEvents()
    browser = window.topic.browser
    browser.document().size()  # the whole page laid out
    return browser


@pytest.mark.parametrize(("lang", "size", "scale"), [
    ("en", (1024, 768), 150), ("en", (768, 1024), 200), ("th", (1024, 768), 150),
    ("th", (768, 1024), 200), ("en", (1080, 1920), 200),
])
def test_no_word_or_badge_is_broken_inside_a_table_page(  # type: ignore[no-untyped-def]
    qtbot, library: Library, lang: str, size: tuple[int, int], scale: int
) -> None:
    for page in ("treatments", "uc-msc-therapy"):
        browser = shown(qtbot, library, lang, size, scale, page)
        assert broken_inside(browser.document()) == [], (page, lang, size, scale)


def test_the_check_sees_broken_words_when_tables_are_never_stacked(  # type: ignore[no-untyped-def]
    qtbot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_text, "tables_fit", lambda *_args: True)
    monkeypatch.setattr(page_text.PageTexts, "_broken_in_tables", lambda *_args: False)
    browser = shown(qtbot, library, "en", (1024, 768), 150, "treatments")
    assert broken_inside(browser.document()) != []  # "Guidelin|e": what stacking prevents


def test_a_wide_screen_keeps_the_table_and_a_narrower_window_stacks_it(  # type: ignore[no-untyped-def]
    qtbot, library: Library
) -> None:
    browser = shown(qtbot, library, "en", (1920, 1080), 100, "treatments")
    assert 4 in tables_in(browser.document())  # "At a glance" as a table of four columns
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the reader is half way down
    window = browser.window()
    window.resize(1024, 768)
    window.set_text_scale(150)
    QApplication.processEvents()
    narrow = window.topic.browser
    assert window.topic.page.id == "treatments"
    assert 4 not in tables_in(narrow.document())  # stacked: one column a block
    assert broken_inside(narrow.document()) == []
    window.resize(1920, 1080)  # and back, by a resize alone (the text size stays)
    QApplication.processEvents()
    wide = window.topic.browser
    assert 4 in tables_in(wide.document())
    assert wide.verticalScrollBar().value() > 0  # not thrown back to the top
