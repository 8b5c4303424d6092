"""Browsers of dropped pages are emptied and reused for new pages: nothing of the old page
(text, marked search match, scroll position, figure images) shows through, and the number of
browsers stays bounded however many pages are opened."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from edu_app.core.model import Library
from edu_app.ui.page_text import KEPT_PAGES, _PageBrowser

from ui_helpers import make_window


def test_a_reused_browser_shows_only_its_new_page(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.resize(1280, 800)
    window.open_page("itch-scratch-cycle", find="filaggrin")
    old = window.topic.browser
    assert old.extraSelections()
    old.verticalScrollBar().setValue(400)  # the reader had scrolled down
    assert old.verticalScrollBar().value() == 400
    figure = QUrl("figure:type2-inflammation")
    kind = QTextDocument.ResourceType.ImageResource
    assert isinstance(old.document().resource(kind, figure), QImage)  # drawn and kept
    assert list(window.topic.texts.browsers.values()) == [old]
    window.topic.texts.forget()  # as a new language, theme, text size or tone does
    assert old.toPlainText() == "" and not old.document().resource(kind, figure)  # emptied
    window.open_page("treatments")
    browser = window.topic.browser
    assert browser is old  # reused, not made anew
    fresh = _PageBrowser()
    fresh.setHtml(window.topic.html_for(window.library.language("en").page("treatments")))
    assert browser.toPlainText() == fresh.toPlainText()
    assert browser.extraSelections() == [] and browser.verticalScrollBar().value() == 0
    assert "figure:type2-inflammation" not in browser.figures
    assert "figure:fingertip-unit" in browser.figures  # this page's own figure, drawn when shown
    browser.scrollToAnchor("")
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                 "figure:fingertip-unit")
    assert isinstance(image, QImage) and not image.isNull()
    fresh.deleteLater()


def test_browsers_stay_bounded(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    pages = [p.id for p in window.library.language("en").pages]
    for round_ in range(3):
        for page in pages:
            window.open_page(page)
        window.set_language("th" if round_ % 2 == 0 else "en")
        QApplication.processEvents()
    made = window.topic.texts.findChildren(_PageBrowser)
    assert len(made) <= 1 + 2 * KEPT_PAGES  # the blank one, the kept pages, the spares
