"""Questions and answers, grouped by tag, expandable, filtered as you type."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import FaqItem, Language, Source
from edu_app.core.render import render_answer
from edu_app.core.search import SEARCH_MAX_CHARS, plain_text
from edu_app.core.thai import html_breaks, segmenter_for
from edu_app.core.theme import NORMAL, Theme
from edu_app.ui.texts import render_labels
from edu_app.ui.widgets import AdaptiveBar, ClickableFrame, discard, hbox, wrapped_label


def _answer_html(text: str, sources: dict[str, Source], theme: Theme, words: frozenset[str]) -> str:
    # Thai word breaks, so the answer wraps between words without libthai
    return html_breaks(render_answer(text, sources, theme, render_labels()).html, segmenter_for(words))


class QuestionItem(QWidget):
    """One question; tapping it shows or hides the answer."""

    page_requested = Signal(str)

    def __init__(self, item: FaqItem, render: Callable[[], str], page_title: str) -> None:
        super().__init__()
        self.item = item
        self._render: Callable[[], str] | None = render
        self.haystack = " ".join(
            (item.question, plain_text(item.answer), " ".join(item.tags))
        ).casefold()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = ClickableFrame("Question")
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(16, 10, 16, 10)
        self.question = wrapped_label(item.question, "CardTitle")
        self.chevron = QLabel("+")
        self.chevron.setObjectName("CardTitle")
        header_layout.addWidget(self.question, 1)
        header_layout.addWidget(self.chevron, 0, Qt.AlignmentFlag.AlignTop)
        self.header.clicked.connect(lambda: self.set_expanded(not self.expanded))
        self.header.setAccessibleName(item.question)
        self.answer = QWidget()
        answer_layout = QVBoxLayout(self.answer)
        answer_layout.setContentsMargins(20, 8, 20, 12)
        self.answer_text = wrapped_label("", rich=True)
        self.answer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.answer_text.setOpenExternalLinks(False)
        answer_layout.addWidget(self.answer_text)
        self.more = QPushButton()
        if item.see and page_title:
            self.more.setText(self.tr("Read more: %1").replace("%1", page_title))
            self.more.clicked.connect(lambda: self.page_requested.emit(item.see))
            answer_layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.header)
        layout.addWidget(self.answer)
        self.answer.hide()

    @property
    def expanded(self) -> bool:
        """Whether the answer shows."""
        return not self.answer.isHidden()

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the answer (rendered the first time it is shown)."""
        if expanded and self._render is not None:
            self.answer_text.setText(self._render())
            self._render = None
        self.answer.setVisible(expanded)
        self.chevron.setText("−" if expanded else "+")
        self.header.setAccessibleDescription(
            self.tr("Expanded") if expanded else self.tr("Collapsed")
        )

    def matches(self, words: list[str]) -> bool:
        """Whether every word occurs in the question, answer or tags."""
        return all(w in self.haystack for w in words)


class FaqView(QWidget):
    """The FAQ screen."""

    back_requested = Signal()
    home_requested = Signal()
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[QuestionItem] = []
        self.groups: list[tuple[QLabel, list[QuestionItem]]] = []
        self._language: Language | None = None
        self._sources: dict[str, Source] = {}
        self._theme: Theme = NORMAL
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        self.back_button = QPushButton()  # where the reader came from (a page, a result's page)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested.emit)
        self.title = wrapped_label("", "PageTitle")
        self.expand_all = QPushButton()
        self.collapse_all = QPushButton()
        self.expand_all.clicked.connect(lambda: self._set_all(True))
        self.collapse_all.clicked.connect(lambda: self._set_all(False))
        # back, home and the title; then open/close all, under them when the row is too narrow
        lead, tail = QWidget(), QWidget()
        lead_row, tail_row = hbox(lead), hbox(tail)
        for widget in (self.back_button, self.home_button):
            lead_row.addWidget(widget)
        lead_row.addWidget(self.title, 1)
        for widget in (self.expand_all, self.collapse_all):
            tail_row.addWidget(widget)
        outer.addWidget(AdaptiveBar(lead, tail, whole_lead=True))
        self.filter = QLineEdit()
        self.filter.setMaxLength(SEARCH_MAX_CHARS)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        outer.addWidget(self.filter)
        self.empty = wrapped_label("", "Muted")
        outer.addWidget(self.empty)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        self.title.setText(self.tr("Questions people ask"))
        self.expand_all.setText(self.tr("Open all"))
        self.collapse_all.setText(self.tr("Close all"))
        self.filter.setPlaceholderText(self.tr("Type to find a question"))
        self.filter.setAccessibleName(self.tr("Filter questions"))
        self.empty.setText(self.tr("No question matches. Try another word."))
        if self._language is not None:
            self.set_content(self._language, self._sources, self._theme)

    def set_content(self, language: Language, sources: dict[str, Source], theme: Theme) -> None:
        """Build the list for a language and theme."""
        self._language, self._sources, self._theme = language, sources, theme
        open_ids = {i.item.id for i in self.items if i.expanded}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.items, self.groups = [], []
        grouped: dict[str, list[FaqItem]] = {}
        words = frozenset(language.words)
        for item in language.faq:
            grouped.setdefault(item.group or self.tr("Other questions"), []).append(item)
        for group, members in grouped.items():
            heading = wrapped_label(group[:1].upper() + group[1:], "GroupTitle")
            layout.addWidget(heading)
            widgets = []
            for item in members:
                page = language.page(item.see) if item.see else None
                widget = QuestionItem(
                    item, partial(_answer_html, item.answer, sources, theme, words),
                    page.title if page else "",
                )
                widget.page_requested.connect(self.page_requested.emit)
                widget.set_expanded(item.id in open_ids)
                layout.addWidget(widget)
                widgets.append(widget)
            self.items.extend(widgets)
            self.groups.append((heading, widgets))
        layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            discard(old)
        self.scroll_area.setWidget(body)
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        """Hide questions that do not contain every typed word."""
        words = text.casefold().split()
        shown = 0
        for heading, widgets in self.groups:
            visible = 0
            for widget in widgets:
                match = widget.matches(words)
                widget.setVisible(match)
                visible += match
            heading.setVisible(visible > 0)
            shown += visible
        self.empty.setVisible(shown == 0)

    def show_item(self, item_id: str) -> bool:
        """Open one question and scroll to it."""
        self.filter.clear()
        for widget in self.items:
            if widget.item.id == item_id:
                widget.set_expanded(True)
                QTimer.singleShot(0, lambda w=widget: self.scroll_area.ensureWidgetVisible(w, 0, 40))
                widget.header.setFocus()
                return True
        return False

    def _set_all(self, expanded: bool) -> None:
        for widget in self.items:
            if widget.isVisibleTo(self) or not expanded:
                widget.set_expanded(expanded)
