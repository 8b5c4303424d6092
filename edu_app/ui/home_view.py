"""Home: a search field and a card per topic, plus the FAQ card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import BrokenPage, Language, Page
from edu_app.core.search import SEARCH_MAX_CHARS
from edu_app.paint.illustrations import thumbnail
from edu_app.ui.widgets import ClickableFrame, discard, set_enum, wrapped_label

CARD_MIN_WIDTH = 330


class TopicCard(ClickableFrame):
    """A topic: thumbnail, title and one-line summary."""

    def __init__(
        self, page: Page, scale: int, illustrations: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__("Card", parent)
        self.page_id = page.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(6)
        height = int(150 * max(1.0, scale / 150))
        width = height * 4 // 3
        picture = QLabel()
        picture.setObjectName("Thumbnail")
        set_enum(picture, "alignment", "AlignCenter")
        picture.setMinimumHeight(height + 8)
        picture.setPixmap(
            thumbnail(str(illustrations / f"{page.illustration}.svg"), width, height,
                      self.devicePixelRatioF())
        )
        self.title = wrapped_label(page.title, "CardTitle")
        self.summary = wrapped_label(page.summary)
        layout.addWidget(picture)
        if page.from_clinic:
            layout.addWidget(wrapped_label(self.tr("FROM YOUR CLINIC"), "ClinicTag"))
        elif page.fallback:
            layout.addWidget(wrapped_label(self.tr("NOT YET TRANSLATED: SHOWN IN ENGLISH"), "ClinicTag"))
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setAccessibleName(page.title)
        self.setAccessibleDescription(page.summary)


class BrokenCard(ClickableFrame):
    """Stands in for a page that could not be loaded."""

    def __init__(self, broken: BrokenPage, parent: QWidget | None = None) -> None:
        super().__init__("Broken", parent)
        self.page_id = broken.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        title = wrapped_label(self.tr("This page could not be shown"), "CardTitle")
        body = wrapped_label(
            self.tr("Please ask a member of staff. The other pages work as usual.")
        )
        layout.addWidget(title)
        layout.addWidget(body)
        self.setAccessibleName(title.text())
        self.setAccessibleDescription(body.text())


class FaqCard(ClickableFrame):
    """Opens the questions and answers."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__("Card", parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        self.title = wrapped_label(self.tr("Questions people ask"), "CardTitle")
        self.summary = wrapped_label(
            self.tr("Short answers to %1 common questions.").replace("%1", str(count))
        )
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.summary.text())


class ActionCard(ClickableFrame):
    """A card for something to do rather than read (the FAQ, making a handout)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__("Card", parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        self.title = wrapped_label(title, "CardTitle")
        self.summary = wrapped_label(text)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)


class HomeView(QWidget):
    """The first screen."""

    page_requested = Signal(str)
    faq_requested = Signal()
    handout_requested = Signal()
    explain_requested = Signal()
    decision_requested = Signal()
    search_requested = Signal(str)
    show_explain = True  # the clinician's card (a kiosk has none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language: Language | None = None
        self._illustrations = Path()
        self._scale = 100
        self._columns = 0
        self.cards: list[ClickableFrame] = []
        self.handout_card: ActionCard | None = None  # (the end-to-end tests tap these)
        self.decision_card: ActionCard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        set_enum(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum(scroll, "focusPolicy", "NoFocus")  # Tab goes card to card; it follows them
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(32, 24, 32, 32)
        self._layout.setSpacing(16)
        self.heading = wrapped_label("", "ScreenTitle")
        self.intro = wrapped_label("", "Muted")
        self.search = QLineEdit()
        self.search.setMaxLength(SEARCH_MAX_CHARS)
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._on_search)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.search)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._layout.addLayout(self._grid)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.heading.setText(self.tr("Learn about eczema"))
        self.intro.setText(
            self.tr("Tap a topic to read about it, or search for a word.")
        )
        self.search.setPlaceholderText(self.tr("Search, for example “steroid” or “stem cells”"))
        self.search.setAccessibleName(self.tr("Search all topics and questions"))
        if self._language is not None:
            self.set_content(self._language, self._scale, self._illustrations)

    def set_content(self, language: Language, scale: int, illustrations: Path) -> None:
        """Build one card per topic (broken pages get a placeholder card)."""
        self._language, self._scale, self._illustrations = language, scale, illustrations
        for old in self.cards:
            self._grid.removeWidget(old)
            discard(old)
        self.cards = []
        for entry in language.entries():
            card: ClickableFrame
            if isinstance(entry, Page):
                card = TopicCard(entry, scale, illustrations)
                card.clicked.connect(lambda pid=entry.id: self.page_requested.emit(pid))
            else:
                card = BrokenCard(entry)
            self.cards.append(card)
        faq_card = FaqCard(len(language.faq))
        faq_card.clicked.connect(self.faq_requested.emit)
        self.cards.append(faq_card)
        aid = language.decision_aid
        self.decision_card = None
        if aid is not None:  # the decision aid's card, its words from its content
            self.decision_card = ActionCard(aid.short_title, aid.card_text)
            self.decision_card.clicked.connect(self.decision_requested.emit)
            self.cards.append(self.decision_card)
        self.handout_card = ActionCard(self.tr("Make a handout"),
                                       self.tr("Print or save the topics you read today."))
        self.handout_card.clicked.connect(self.handout_requested.emit)
        self.cards.append(self.handout_card)
        if self.show_explain:
            explain_card = ActionCard(self.tr("Explain to a patient"),
                                      self.tr("For clinicians: step through pictures, draw on them "
                                              "and show them on a second screen."))
            explain_card.clicked.connect(self.explain_requested.emit)
            self.cards.append(explain_card)
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        width = max(1, self.width() - 64)
        columns = max(1, min(3, width // int(CARD_MIN_WIDTH * max(1.0, self._scale / 100))))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def scroll_to_top(self) -> None:
        """Back to the top, a flick under way stopped (for the next person after a reset)."""
        from PySide6.QtWidgets import QScroller  # only in a kiosk

        viewport = self.scroller.viewport()
        if QScroller.hasScroller(viewport):
            QScroller.scroller(viewport).stop()
        self.scroller.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _on_search(self, text: str) -> None:
        if text.strip():
            self.search_requested.emit(text)
            self.search.clear()
