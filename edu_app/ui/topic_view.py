"""A topic page: illustration and text side by side (landscape) or stacked (portrait)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import Language, Library, Page, Source
from edu_app.core.thai import GLUE
from edu_app.core.theme import NORMAL, Theme
from edu_app.ui.illustration_panel import IllustrationPanel
from edu_app.ui.page_text import PageTexts
from edu_app.ui.speech import ReadAloud
from edu_app.ui.widgets import AdaptiveBar, InfoPopup, wrapped_label

Place = tuple[int, str]  # a reading place: a position in the page's text, and the words there
PLACE_CHARS, PLACE_MIN_CHARS = 60, 12


class TopicView(QWidget):
    """Shows one page; emits navigation requests."""

    back_requested = Signal()
    home_requested = Signal()
    page_requested = Signal(str)
    handout_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._sources = library.sources
        self._language: Language | None = None
        self._theme: Theme = NORMAL
        self._font = QFont()
        self.page: Page | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(10)
        self.back_button = QPushButton()
        self.home_button = QPushButton()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.handout_button = QPushButton()
        self.handout_button.clicked.connect(
            lambda: self.page and self.handout_requested.emit(self.page.id))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button.clicked.connect(self.home_requested.emit)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.title = wrapped_label("", "PageTitle")
        self.clinic_tag = QLabel()
        self.clinic_tag.setObjectName("ClinicTag")
        navigation, speech, tail = QWidget(), QWidget(), QWidget()
        left, middle, right = QHBoxLayout(navigation), QHBoxLayout(speech), QHBoxLayout(tail)
        for box in (left, middle, right):
            box.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.back_button)
        left.addWidget(self.home_button)
        left.addWidget(self.handout_button)
        left.addStretch(1)
        self.read_aloud = ReadAloud(self._speakable)  # (shown only where there is a speech engine)
        middle.addWidget(self.read_aloud)
        right.addWidget(self.previous_button)
        right.addWidget(self.next_button)
        # Wraps on narrow screens or large text: "Read aloud" goes under the other buttons
        # first (at 200 % text on a portrait screen the four do not fit one row), then paging.
        outer.addWidget(AdaptiveBar(AdaptiveBar(navigation, speech), tail))
        titles = QVBoxLayout()  # the title gets a line of its own: long titles never squeeze buttons
        titles.setSpacing(0)
        titles.addWidget(self.clinic_tag)
        titles.addWidget(self.title)
        outer.addLayout(titles)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(20)
        self.panel = IllustrationPanel()
        self.panel.tone_changed.connect(self._on_tone)
        self.illustration = self.panel.view
        self.illustration.label_tapped.connect(self._on_label)
        self.texts = PageTexts(library)
        self.texts.link_clicked.connect(self._on_link)
        self._body.addWidget(self.panel, 4)
        self._body.addWidget(self.texts, 6)
        outer.addLayout(self._body, 1)
        self.popup = InfoPopup(self)
        self._held: Place | None = None  # the reading place kept over a restyle
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts (and re-render, since pages hold translated words)."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.handout_button.setText(self.tr("Print"))
        self.handout_button.setAccessibleName(self.tr("Make a handout of this page"))
        self.previous_button.setAccessibleName(self.tr("Previous topic"))
        self.next_button.setAccessibleName(self.tr("Next topic"))
        self.texts.set_accessible_name(self.tr("Page text"))
        self.clinic_tag.setText(self.tr("FROM YOUR CLINIC"))
        self.popup.retranslate()
        self.read_aloud.retranslate()
        self.panel.retranslate()
        self._forget_rendered()

    def set_content(self, language: Language, sources: dict[str, Source]) -> None:
        """Use another language's pages."""
        self._language, self._sources = language, sources
        self._forget_rendered()

    def set_appearance(self, theme: Theme, font: QFont) -> None:
        """Colours and text size; the current page is re-rendered."""
        self._theme, self._font = theme, font
        self.illustration.setFont(font)
        self.illustration.set_theme(theme)
        self.panel.fit_view()
        self._forget_rendered(keep_html=True)

    @property
    def browser(self) -> QTextBrowser:
        """The text of the page shown."""
        return self.texts.current

    def html_for(self, page: Page) -> str:
        """The page's rich text."""
        return self.texts.html_for(page)

    def prepare(self, page: Page) -> None:
        """Render and lay out a page ahead of time (the warm-up calls this)."""
        self.texts.prepare(page)

    def _forget_rendered(self, keep_html: bool = False) -> None:
        """Drop rendered pages (and their HTML unless kept), then show the current page afresh.

        With the same words (``keep_html``: a new text size, theme or skin tone) the reader
        stays at the sentence that was at the top of the page; a new language starts at the top.
        """
        held, self._held = self._held, None
        place = (held if held is not None else self._reading_place()) if keep_html else None
        self.texts.configure(self._language, self._theme, self._font, self.panel.tone, keep_html)
        if self.page is not None:
            self.show_page(self.page.id)
            if place is not None:
                self._return_to(place)

    def hold_place(self) -> None:
        """Remember where the reader is before the window is restyled (a new font reflows the
        page at once, so afterwards the top line is another one)."""
        self._held = self._reading_place()

    def _reading_place(self) -> Place | None:
        """Where in the text the top line of the page shown is (None at the very top): its
        position, and the words from there (a table stacked or not at the new size puts the
        same words elsewhere)."""
        if self.page is None or self.browser.verticalScrollBar().value() == 0:
            return None
        cursor = self.browser.cursorForPosition(QPoint(0, 0))
        block = cursor.block()
        words = block.text()[cursor.position() - block.position():][:PLACE_CHARS].strip()
        return cursor.position(), words

    def _return_to(self, place: Place) -> None:
        """Scroll so that the text at ``place`` is the top line again, now and once the
        window has settled (a new text size lays the bars and panes out again first)."""
        self._scroll_to(place)
        browser = self.browser
        QTimer.singleShot(0, browser, lambda: self._scroll_to(place, browser))

    def _scroll_to(self, place: Place, only_in: QTextBrowser | None = None) -> None:
        browser = self.browser
        if only_in is not None and only_in is not browser:
            return  # another page is shown by now
        document = browser.document()
        document.size()  # lays the whole page out, so that the scroll range is known
        position, words = place
        found = document.find(words) if len(words) >= PLACE_MIN_CHARS else QTextCursor()
        if not found.isNull():
            position = found.selectionStart()
        cursor = QTextCursor(document)
        cursor.setPosition(min(position, document.characterCount() - 1))
        bar = browser.verticalScrollBar()
        # a pixel into the line: at its very top edge (a fraction off after a new layout) the
        # point at the top of the page can fall in the gap above it, the paragraph before
        bar.setValue(bar.value() + browser.cursorRect(cursor).top() + 1)

    def show_page(self, page_id: str, find: str = "") -> bool:
        """Show a page; with ``find``, scroll to and mark its first occurrence."""
        page = self._language.page(page_id) if self._language else None
        if page is None:
            return False
        self.popup.hide()
        changed = self.page is None or self.page.id != page.id
        if changed:
            self.read_aloud.stop()
        self.page = page
        self.read_aloud.set_language(page.lang)  # hidden where the system has no voice for it
        self.title.setText(page.title)
        browser = self.texts.show_page(page)
        browser.setExtraSelections([])
        if changed or find:
            browser.verticalScrollBar().setValue(0)
        texts = self._library.language(page.lang).illustrations
        library = self._library
        self.panel.show_illustration(
            library.illustration_path(page.illustration) if page.illustration else None,
            texts.get(page.illustration),
            library.illustration_path(page.compare) if page.compare else None,
            texts.get(page.compare),
        )
        self.clinic_tag.setText(self.tr("NOT YET TRANSLATED: SHOWN IN ENGLISH") if page.fallback
                                else self.tr("FROM YOUR CLINIC"))
        self.clinic_tag.setVisible(page.from_clinic or page.fallback)
        pages = self._language.pages if self._language else []
        index = pages.index(page)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(pages) - 1)
        if find:
            self.find_text(find)
        return True

    def find_text(self, text: str) -> bool:
        """Scroll to the first occurrence of ``text`` and mark it."""
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(text)
        if not found:
            found = self.browser.find(text, QTextDocument.FindFlag.FindCaseSensitively)
        if found:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.browser.textCursor()
            mark.format.setBackground(QColor(self._theme.highlight))
            mark.format.setForeground(QColor(self._theme.highlight_text))
            self.browser.setExtraSelections([mark])
            self.browser.ensureCursorVisible()
        return found

    def _on_tone(self, tone: str) -> None:
        """A new skin tone: figures inside the text are drawn again."""
        del tone  # the panel keeps it
        self._forget_rendered(keep_html=True)

    def _on_label(self, title: str, text: str, where: QPointF) -> None:
        self.popup.show_text(title, text, self.illustration.mapTo(self, where.toPoint()))

    def _step(self, delta: int) -> None:
        if self._language is None or self.page is None:
            return
        pages = self._language.pages
        index = pages.index(self.page) + delta
        if 0 <= index < len(pages):
            self.page_requested.emit(pages[index].id)

    def _speakable(self) -> tuple[str, str]:
        """The page's title and text, and its language, for reading aloud."""
        page = self.page
        if page is None:
            return "", "en"
        text = self.texts.current.toPlainText().replace(GLUE, "")  # (glue inside Thai badges)
        return page.title + ".\n" + text, page.lang

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if not scheme and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
        elif scheme == "glossary" and self._language is not None:
            own = self._library.language(self.page.lang) if self.page else self._language
            term = own.glossary.get(url.path())
            if term is not None:
                self.popup.show_term(term, self._near_pointer())
        elif scheme == "page":
            self.page_requested.emit(url.path())
        elif scheme in ("http", "https"):
            self.popup.show_address(url.toString(), self._near_pointer())

    def _near_pointer(self) -> QPoint:
        viewport = self.browser.viewport()
        pos = viewport.mapFromGlobal(QCursor.pos())
        if not viewport.rect().contains(pos):
            pos = viewport.rect().center()
        return viewport.mapTo(self, pos)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._body.setStretch(0, 5 if portrait else 4)
        self._body.setStretch(1, 5 if portrait else 6)
        if self.popup.isVisible():
            self.popup.hide()
