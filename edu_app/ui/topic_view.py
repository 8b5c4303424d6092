"""A topic page: illustration and text side by side (landscape) or stacked (portrait)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QUrl, Signal
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
from edu_app.core.render import FIGURE_WIDTH, render_page
from edu_app.core.theme import NORMAL, Theme
from edu_app.ui.illustration_paint import figure_image
from edu_app.ui.illustration_panel import IllustrationPanel
from edu_app.ui.texts import render_labels
from edu_app.ui.widgets import InfoPopup, wrapped_label


class TopicView(QWidget):
    """Shows one page; emits navigation requests."""

    back_requested = Signal()
    home_requested = Signal()
    page_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._sources = library.sources
        self._language: Language | None = None
        self._theme: Theme = NORMAL
        self._cache: dict[tuple[str, str, str], str] = {}
        self._docs: dict[tuple[str, str, str], QTextDocument] = {}
        self._font = QFont()
        self.page: Page | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(10)
        bar = QHBoxLayout()
        self.back_button = QPushButton()
        self.home_button = QPushButton()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button.clicked.connect(self.home_requested.emit)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.title = wrapped_label("", "PageTitle")
        self.clinic_tag = QLabel()
        self.clinic_tag.setObjectName("ClinicTag")
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        outer.addLayout(bar)
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
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self._body.addWidget(self.panel, 4)
        self._body.addWidget(self.browser, 6)
        outer.addLayout(self._body, 1)
        self.popup = InfoPopup(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts (and re-render, since pages hold translated words)."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.previous_button.setAccessibleName(self.tr("Previous topic"))
        self.next_button.setAccessibleName(self.tr("Next topic"))
        self.browser.setAccessibleName(self.tr("Page text"))
        self.clinic_tag.setText(self.tr("FROM YOUR CLINIC"))
        self.popup.retranslate()
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

    def _forget_rendered(self, keep_html: bool = False) -> None:
        """Drop laid-out documents (and rendered HTML), then show the current page afresh."""
        if not keep_html:
            self._cache.clear()
        old, self._docs = self._docs, {}
        if self.page is not None:
            self.show_page(self.page.id)
        for document in old.values():
            if document is not self.browser.document():
                document.deleteLater()

    def html_for(self, page: Page) -> str:
        """The page's rich text (cached per language, page and theme)."""
        assert self._language is not None
        key = (page.lang, page.id, self._theme.name)
        if key not in self._cache:
            self._cache[key] = render_page(
                page, self._sources, self._language.glossary, self._theme, render_labels()
            ).html
        return self._cache[key]

    def document_for(self, page: Page) -> QTextDocument:
        """The page as a rich-text document, kept so that opening it again is quick."""
        key = (page.lang, page.id, self._theme.name)
        document = self._docs.get(key)
        if document is None:
            document = QTextDocument(self)
            document.setDocumentMargin(12)
            document.setDefaultFont(self._font)
            texts = self._language.illustrations if self._language else {}
            for figure in page.figures:
                image = figure_image(
                    self._library.illustration_path(figure), texts.get(figure), FIGURE_WIDTH,
                    self._font, self.devicePixelRatioF(), self.panel.tone,
                )
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(f"figure:{figure}"), image
                )
            document.setHtml(self.html_for(page))
            self._docs[key] = document
        return document

    def show_page(self, page_id: str, find: str = "") -> bool:
        """Show a page; with ``find``, scroll to and mark its first occurrence."""
        page = self._language.page(page_id) if self._language else None
        if page is None:
            return False
        self.popup.hide()
        changed = self.page is None or self.page.id != page.id
        self.page = page
        self.title.setText(page.title)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setDocument(self.document_for(page))
        self.browser.setExtraSelections([])
        if not changed and not find:
            self.browser.verticalScrollBar().setValue(scroll)
        texts = self._language.illustrations if self._language else {}
        library = self._library
        self.panel.show_illustration(
            library.illustration_path(page.illustration) if page.illustration else None,
            texts.get(page.illustration),
            library.illustration_path(page.compare) if page.compare else None,
            texts.get(page.compare),
        )
        self.clinic_tag.setVisible(page.from_clinic)
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

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if not scheme and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
        elif scheme == "glossary" and self._language is not None:
            term = self._language.glossary.get(url.path())
            if term is not None:
                viewport = self.browser.viewport()
                pos = viewport.mapFromGlobal(QCursor.pos())
                if not viewport.rect().contains(pos):
                    pos = viewport.rect().center()
                self.popup.show_term(term, viewport.mapTo(self, pos))
        elif scheme == "page":
            self.page_requested.emit(url.path())

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
