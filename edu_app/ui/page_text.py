"""The text side of a topic page: one laid-out QTextBrowser per recent page, stacked.

Laying out a long page takes longer than a frame, so the last few pages keep their own browser
(laid out at the current width); switching to one of them only raises it. At most
``KEPT_PAGES`` are kept, so memory stays flat however long the program runs. A browser whose page
is dropped is emptied and kept as a spare for the next page: a new browser costs about 3 ms more
than a used one, most of it styling it the first time it is shown (measured when this was made,
November 2026; ``make bench``'s page rows include it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QResizeEvent, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QStackedWidget, QTextBrowser, QWidget

from edu_app.core.model import Language, Library, Page
from edu_app.core.render import FIGURE_WIDTH, fill, render_page, template_for
from edu_app.core.tables import Unit, stack_tables, table_units
from edu_app.core.thai import html_breaks, segmenter_for
from edu_app.core.theme import NORMAL, Theme
from edu_app.paint.illustrations import figure_height, figure_image
from edu_app.ui.table_fit import cut_inside, tables_fit
from edu_app.ui.texts import render_labels

KEPT_PAGES = 3  # the page shown and the two visited before it (the warm-up lays out the first three)
Key = tuple[str, str, str]
ROUNDING_PX = 2  # how far past the width a page may lay out without a sideways scroll bar
DOCUMENT_MARGIN = 12


class _PageBrowser(QTextBrowser):
    """A page's text; its figures are drawn when first needed."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, Callable[[], QImage]] = {}
        self.stacked = False  # its tables shown a block a row (too narrow for their columns)
        self.checked_width = -1  # the width its tables were last seen whole at
        # Qt lays a bordered 100 %-wide table out a pixel wider than the text (half-pixel
        # borders rounded up): no sideways scroll bar for that; a real overflow still gets one.
        self.horizontalScrollBar().rangeChanged.connect(self._sideways_if_needed)

    def _sideways_if_needed(self, _low: int, high: int) -> None:
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if high <= ROUNDING_PX \
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = name if isinstance(name, QUrl) else QUrl(name)
        draw = self.figures.pop(url.toString(), None)
        if draw is None:
            return super().loadResource(kind, name)
        image = draw()
        self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
        return image


class PageTexts(QStackedWidget):
    """Rendered pages, most recently used last."""

    link_clicked = Signal(QUrl)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._language: Language | None = None
        self._theme: Theme = NORMAL
        self._font = QFont()
        self._tone = "light"
        self._html: dict[Key, str] = {}
        self._tables: dict[Key, list[list[list[Unit]]]] = {}
        self._verdicts: dict[Key, tuple[int, str, bool]] = {}  # width, font: stacked
        self._pages: dict[Key, Page] = {}
        self.browsers: dict[Key, _PageBrowser] = {}
        self._spares: list[_PageBrowser] = []  # emptied browsers, already styled, for new pages
        self._blank = self._new_browser()
        self.addWidget(self._blank)
        self.accessible_name = ""

    def configure(
        self, language: Language | None, theme: Theme, font: QFont, tone: str, keep_html: bool
    ) -> None:
        """New language, colours, text size or skin tone: everything is rendered again."""
        self._language, self._theme, self._font, self._tone = language, theme, font, tone
        if not keep_html:
            self._html.clear()
            self._tables.clear()
            self._verdicts.clear()
        self.forget()

    def forget(self) -> None:
        """Drop every kept page (the next show renders afresh)."""
        self.setCurrentWidget(self._blank)
        for browser in self.browsers.values():
            self._retire(browser, later=True)
        self.browsers.clear()

    @property
    def current(self) -> QTextBrowser:
        """The browser on top."""
        widget = self.currentWidget()
        assert isinstance(widget, QTextBrowser)
        return widget

    def html_for(self, page: Page) -> str:
        """The page's rich text: made from its compiled template when the library has one (it
        does when loaded for a window), else rendered from Markdown and kept (per language,
        page and theme)."""
        assert self._language is not None
        template = template_for(self._library, page.lang, page.id, self._theme)
        if template is not None:
            return fill(template, render_labels())  # a fraction of a millisecond: not kept
        key = (page.lang, page.id, self._theme.name)
        if key not in self._html:
            language = self._library.language(page.lang)
            html = render_page(page, self._library.sources, language.glossary, self._theme,
                               render_labels()).html
            # Thai word breaks, as compile_pages makes them (no libthai needed to wrap)
            self._html[key] = html_breaks(html, segmenter_for(language.words))
        return self._html[key]

    def prepare(self, page: Page) -> QTextBrowser:
        """A browser holding the page, laid out at the current width (made if not kept).

        Figures get their size in the HTML, so laying out the page does not draw them; each is
        drawn the first time it is painted (usually after the first screenful).
        """
        key = (page.lang, page.id, self._theme.name)
        html = self.html_for(page)
        stacked = self._stacks(key, html)
        browser = self.browsers.pop(key, None)
        if browser is not None and browser.stacked != stacked:  # laid out for another width
            self._retire(browser, later=True)
            browser = None
        if browser is None:
            browser = self._build(page, html, stacked)
        width = self._viewport_width()
        if not stacked and self._tables[key] and browser.checked_width != width:
            browser.checked_width = width
            if self._broken_in_tables(browser):
                # Qt shares a table's width out its own way: where it still cuts a word or a
                # badge, the table is stacked after all (and stays so at this width)
                self._verdicts[key] = (width, self._font.key(), True)
                self._retire(browser, later=True)
                browser = self._build(page, html, stacked=True)
        self.browsers[key] = browser  # most recently used last
        self._pages[key] = page
        self._trim(keep=browser)
        return browser

    def _build(self, page: Page, html: str, stacked: bool) -> _PageBrowser:
        """A browser (a spare or a new one) holding the page, its tables stacked or not."""
        browser = self._spares.pop() if self._spares else self._new_browser()
        browser.document().setDefaultFont(self._font)
        texts = self._library.language(page.lang).illustrations
        for figure in page.figures:
            path = self._library.illustration_path(figure)
            height = figure_height(path, texts.get(figure), FIGURE_WIDTH, self._font, self._tone)
            html = html.replace(
                f'src="figure:{figure}" width="{FIGURE_WIDTH}"',
                f'src="figure:{figure}" width="{FIGURE_WIDTH}" height="{height}"',
            )
            browser.figures[f"figure:{figure}"] = partial(
                figure_image, path, texts.get(figure), FIGURE_WIDTH, self._font,
                self.devicePixelRatioF(), self._tone,
            )
        browser.setHtml(stack_tables(html) if stacked else html)
        browser.stacked, browser.checked_width = stacked, -1
        if self.indexOf(browser) < 0:
            self.addWidget(browser)
        browser.resize(self.size())
        return browser

    def _viewport_width(self) -> int:
        return self.width() - self._blank.verticalScrollBar().sizeHint().width() \
            - 2 * self._blank.frameWidth()

    def _stacks(self, key: Key, html: str) -> bool:
        """Whether the page's tables are shown stacked at the current width and text size:
        when some column cannot hold its widest word or badge (measured here), or when Qt's
        table layout was seen to cut one at this width."""
        if key not in self._tables:
            self._tables[key] = table_units(html)
        tables = self._tables[key]
        if not tables:
            return False
        width = self._viewport_width()
        verdict = self._verdicts.get(key)
        if verdict is not None and verdict[:2] == (width, self._font.key()):
            return verdict[2]
        return not tables_fit(tables, self._font, width - 2 * DOCUMENT_MARGIN)

    def _broken_in_tables(self, browser: QTextBrowser) -> bool:
        """Whether, laid out at the current width, a line in a table ends inside a word (of
        Latin letters or digits) or a badge."""
        document = browser.document()
        document.setTextWidth(self._viewport_width())  # as the browser will: laid out once
        layout = document.documentLayout()
        for frame in document.rootFrame().childFrames():
            if not isinstance(frame, QTextTable):
                continue
            for row in range(frame.rows()):
                for column in range(frame.columns()):
                    cell = frame.cellAt(row, column)
                    block = document.findBlock(cell.firstPosition())
                    while block.isValid() and block.position() < cell.lastPosition():
                        layout.blockBoundingRect(block)  # (laid out up to here, no further)
                        if cut_inside(block) >= 0:
                            return True
                        block = block.next()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        current = self.currentWidget()
        if not isinstance(current, _PageBrowser):
            return
        key = next((k for k, b in self.browsers.items() if b is current), None)
        if key is None:
            return
        stacked = self._stacks(key, self.html_for(self._pages[key]))
        if stacked == current.stacked:
            width = self._viewport_width()
            if stacked or not self._tables[key] or current.checked_width == width:
                return
            current.checked_width = width
            if not self._broken_in_tables(current):
                return
            self._verdicts[key] = (width, self._font.key(), True)
        # the tables now fit, or no longer do: the page again, at the words the reader was at
        # (or the same share of its length at the very top or when they are not found)
        bar = current.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        top = current.cursorForPosition(QPoint(0, 0))
        start = top.position() - top.block().position()
        words = top.block().text()[start:start + 60].strip() if bar.value() else ""
        browser = self.show_page(self._pages[key])
        browser.document().size()

        def scroll() -> None:
            new = browser.verticalScrollBar()
            found = browser.document().find(words) if len(words) >= 12 else None
            if found is not None and not found.isNull():
                at = QTextCursor(browser.document())
                at.setPosition(found.selectionStart())
                new.setValue(new.value() + browser.cursorRect(at).top() + 1)  # (in the line)
            else:
                new.setValue(round(share * new.maximum()))

        scroll()
        QTimer.singleShot(0, browser, scroll)

    def show_page(self, page: Page) -> QTextBrowser:
        """Raise the page's browser."""
        browser = self.prepare(page)
        self.setCurrentWidget(browser)
        return browser

    def _trim(self, keep: QTextBrowser) -> None:
        while len(self.browsers) > KEPT_PAGES:
            oldest = next(iter(self.browsers))
            browser = self.browsers.pop(oldest)
            if browser is keep or browser is self.currentWidget():
                self.browsers[oldest] = browser
                break
            self._retire(browser)

    def _retire(self, browser: _PageBrowser, later: bool = False) -> None:
        """Empty a dropped page's browser and keep it as a spare, or free it when there are
        enough spares (now, or at the next idle moment when it may be handling an event)."""
        if len(self._spares) < KEPT_PAGES:
            browser.figures.clear()
            browser.document().clear()  # its text, layout, figure images and scroll range
            self._spares.append(browser)
            return
        self.removeWidget(browser)
        if later:
            browser.deleteLater()
        else:
            browser.setParent(None)  # freed now, not at the next idle moment

    def _new_browser(self) -> _PageBrowser:
        browser = _PageBrowser()
        # Pages are long: with the scroll bar always there, the text is laid out once, at its
        # final width (otherwise a second time when the bar appears).
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        browser.setOpenLinks(False)
        browser.setOpenExternalLinks(False)
        browser.document().setDocumentMargin(DOCUMENT_MARGIN)
        browser.anchorClicked.connect(self.link_clicked.emit)
        browser.setAccessibleName(self.accessible_name if hasattr(self, "accessible_name") else "")
        return browser

    def set_accessible_name(self, name: str) -> None:
        """The screen-reader name of every page browser."""
        self.accessible_name = name
        for browser in (self._blank, *self.browsers.values()):
            browser.setAccessibleName(name)
