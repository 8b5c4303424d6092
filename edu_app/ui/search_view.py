"""Search as you type over titles, text, FAQ and glossary of the current language."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.search import SEARCH_MAX_CHARS, Hit, SearchIndex
from edu_app.ui.responsive import FlowRow
from edu_app.ui.widgets import ClickableFrame, wrapped_label


class ResultCard(ClickableFrame):
    """One result: its kind, title and a snippet with the matching words marked.

    Cards are reused from one keystroke to the next (:meth:`show_hit`): changing three texts
    costs far less than making and styling a new card.
    """

    def __init__(self, hit: Hit, kind_text: str) -> None:
        super().__init__("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        self.kind = wrapped_label("", "CardKind")
        self.title = wrapped_label("", "CardTitle")
        self.snippet = wrapped_label("", rich=True)
        for label in (self.kind, self.title, self.snippet):
            layout.addWidget(label)
        self.show_hit(hit, kind_text)

    def show_hit(self, hit: Hit, kind_text: str) -> None:
        """Show this result."""
        self.hit = hit
        self.kind.setText(kind_text.upper())
        self.title.setText(hit.title)
        self.snippet.setText(hit.snippet_html)
        self.setAccessibleName(f"{kind_text}: {hit.title}")
        self.setAccessibleDescription(html.unescape(re.sub(r"<[^>]*>", "", hit.snippet_html)))


class SearchView(QWidget):
    """The search screen."""

    back_requested = Signal()
    home_requested = Signal()
    hit_opened = Signal(object)  # Hit

    def __init__(self, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.lang = "en"
        self.cards: list[ResultCard] = []  # the results shown
        self._made: list[ResultCard] = []  # every card made, shown ones first
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        bar = QHBoxLayout()
        self.back_button = QPushButton()  # where the reader came from (a page, a result's page)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested.emit)
        self.field = QLineEdit()
        self.field.setMaxLength(SEARCH_MAX_CHARS)
        self.field.textChanged.connect(self.run)
        # A full-size, named button rather than the field's own 20 px cross: a finger finds it
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.setVisible(False)
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addWidget(self.field, 1)
        bar.addWidget(self.clear_button)
        outer.addLayout(bar)
        self.status = wrapped_label("", "Muted")
        outer.addWidget(self.status)
        # nothing found: the topics, one tap away, rather than a dead end
        self.topics = FlowRow()
        self.topics.setVisible(False)
        self._topic_buttons: list[QPushButton] = []
        outer.addWidget(self.topics)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._list = QVBoxLayout(body)
        self._list.setContentsMargins(0, 0, 8, 0)
        self._list.setSpacing(10)
        self._list.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        self.field.setPlaceholderText(self.tr("Type a word to search"))
        self.field.setAccessibleName(self.tr("Search all topics and questions"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the search"))
        self.run(self.field.text())

    def _clear(self) -> None:
        self.field.clear()
        self.field.setFocus()

    def kind_text(self, kind: str) -> str:
        """A translated name for a kind of result."""
        return {
            "page": self.tr("Topic"),
            "faq": self.tr("Question"),
            "glossary": self.tr("Word meaning"),
        }.get(kind, kind)

    def start(self, text: str, lang: str) -> None:
        """Show the screen with ``text`` typed in."""
        self.lang = lang
        self.field.setText(text)
        self.field.setFocus()
        self.field.end(False)

    def run(self, text: str) -> None:
        """Search and show the results."""
        results = self.index.find(text, self.lang)
        hits = results.hits
        self.clear_button.setVisible(bool(text))
        for position, hit in enumerate(hits):
            if position < len(self._made):
                card = self._made[position]
                card.show_hit(hit, self.kind_text(hit.kind))
            else:
                card = ResultCard(hit, self.kind_text(hit.kind))
                card.clicked.connect(lambda c=card: self.hit_opened.emit(c.hit))
                self._list.insertWidget(position, card)
                self._made.append(card)
            card.setVisible(True)
        for card in self._made[len(hits):]:  # kept for later keystrokes
            card.setVisible(False)
        self.cards = self._made[:len(hits)]
        self.status.setText(self.status_text(text, results.total, len(hits), results.did_you_mean))
        self._show_topics(bool(text.strip()) and not hits)

    def status_text(self, text: str, total: int, shown: int, did_you_mean: str) -> str:
        """What the line above the results says."""
        if not text.strip():
            return self.tr("Type a word, for example “itch” or “cord blood”.")
        if not shown:
            return self.tr("No page talks about “%1”. Try one word, or open a topic:").replace(
                "%1", text.strip())
        if total > shown:
            found = self.tr("The best %1 of %2 results.").replace("%1", str(shown)).replace(
                "%2", str(total))
        else:
            found = self.tr("Results: %1").replace("%1", str(total))
        if did_you_mean:
            return self.tr("Showing results for “%1”.").replace("%1", did_you_mean) + " " + found
        return found

    def _show_topics(self, show: bool) -> None:
        if show:
            topics = self.index.topics(self.lang)
            while len(self._topic_buttons) < len(topics):
                button = QPushButton()
                button.clicked.connect(lambda _=False, b=button: self.hit_opened.emit(b.property("hit")))
                self._topic_buttons.append(button)
                self.topics.add(button)
            for button, (page_id, title) in zip(self._topic_buttons, topics, strict=False):
                button.setText(title)
                button.setProperty("hit", Hit("page", page_id, title, "", ""))
            for number, button in enumerate(self._topic_buttons):
                button.setVisible(number < len(topics))
        self.topics.setVisible(show)
