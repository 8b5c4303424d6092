"""Help: how to use the program, in pictures ("?" in the top bar, or F1).

A card a thing to do — read a topic, look up a word, compare two pictures, change the text
size or contrast, search, print, listen — each with a small picture of the control or gesture
(:mod:`edu_app.ui.help_pictures`). A kiosk adds that the screen starts again by itself and keeps
nothing; a desk adds the keyboard shortcuts. Two columns of cards where they fit, else one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.theme import NORMAL, Theme
from edu_app.ui.help_pictures import HelpPicture
from edu_app.ui.widgets import hbox, wrapped_label

CARD_EMS = 30  # a card's comfortable width, in average characters (two columns need twice)


class HelpCard(QWidget):
    """A picture beside a title and a sentence."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.setObjectName("HelpCard")
        self.picture = HelpPicture(kind)
        self.title = wrapped_label("", "CardTitle")
        self.text = wrapped_label("")
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(16)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def set_words(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(f"{title}. {text}")


class HelpView(QWidget):
    """The help screen."""

    back_requested = Signal()
    home_requested = Signal()

    def __init__(self, kiosk: bool, speech: bool, shortcuts: Callable[[], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk, self.speech, self._shortcuts = kiosk, speech, shortcuts
        kinds = ["topic", "word", "compare", "size", "contrast", "search", "print"]
        kinds += ["listen"] if speech else []
        kinds += ["restart"] if kiosk else []
        self.cards = {kind: HelpCard(kind) for kind in kinds}
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        self.back_button, self.home_button = QPushButton(), QPushButton()
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button.clicked.connect(self.home_requested.emit)
        self.heading = wrapped_label("", "PageTitle")
        bar = QWidget()
        row = hbox(bar)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.addWidget(self.heading, 1)
        outer.addWidget(bar)
        body = QWidget()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(32)
        self._grid.setVerticalSpacing(16)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 8, 8)
        column.addLayout(self._grid)
        self.keys_title = wrapped_label("", "GroupTitle")
        self.keys_picture = HelpPicture("keys")
        self.keys = QGridLayout()
        self.keys.setHorizontalSpacing(24)
        if not kiosk:  # a kiosk has no keyboard (and swallows most of these keys)
            title_row = QHBoxLayout()
            title_row.addWidget(self.keys_picture)
            title_row.addWidget(self.keys_title, 1)
            column.addSpacing(12)
            column.addLayout(title_row)
            column.addLayout(self.keys)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        self._columns = 0
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        self.heading.setText(self.tr("How to use this program"))
        words = {
            "topic": (self.tr("Read a topic"),
                      self.tr("Tap a card on the home screen. ← Back goes back; Next › goes on "
                              "to the next topic.")),
            "word": (self.tr("What a word means"),
                     self.tr("Tap a word with a line under it to see what it means.")),
            "compare": (self.tr("Compare two pictures"),
                        self.tr("Drag the line across the picture, or tap either side, to see "
                                "healthy skin and skin with eczema.")),
            "size": (self.tr("Bigger or smaller words"),
                     self.tr("Tap A+ for bigger words, A− for smaller ones.")),
            "contrast": (self.tr("Easier to see"),
                         self.tr("High contrast shows light words on a dark background.")),
            "search": (self.tr("Find an answer"),
                       self.tr("Type a word or a question in the search box on the home "
                               "screen, or open Questions people ask.")),
            "print": (self.tr("Take it home"),
                      self.tr("Print makes a handout of the page to take home.")),
            "listen": (self.tr("Listen"), self.tr("Read aloud reads the page to you.")),
            "restart": (self.tr("Private"),
                        self.tr("When no one has touched the screen for a while, it starts "
                                "again by itself. Nothing you type is kept.")),
        }
        for kind, card in self.cards.items():
            card.set_words(*words[kind])
        self.keys_title.setText(self.tr("Keyboard shortcuts"))
        self._fill_keys()

    def _fill_keys(self) -> None:
        while self.keys.count():
            item = self.keys.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.kiosk:
            return
        for row, (keys, what) in enumerate(self._shortcuts()):
            key_label = wrapped_label(keys.replace(", ", ",\u200b "), "CardTitle")  # may wrap
            self.keys.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.keys.addWidget(wrapped_label(what), row, 1)
        self.keys.setColumnStretch(0, 2)
        self.keys.setColumnStretch(1, 3)

    def set_theme(self, theme: Theme = NORMAL) -> None:
        """Colours of the pictures (the style sheet colours the rest)."""
        for picture in (*(card.picture for card in self.cards.values()), self.keys_picture):
            picture.set_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Two columns of cards where two fit side by side, else one."""
        picture = next(iter(self.cards.values())).picture.sizeHint().width()
        card = picture + 16 + self.fontMetrics().averageCharWidth() * CARD_EMS
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 24  # (scroll bar, margin)
        columns = 2 if room >= 2 * card + 32 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card_widget in self.cards.values():
            self._grid.removeWidget(card_widget)
        for index, card_widget in enumerate(self.cards.values()):
            self._grid.addWidget(card_widget, index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._columns = 0  # a new text size: cards wider or narrower
            self._arrange()
