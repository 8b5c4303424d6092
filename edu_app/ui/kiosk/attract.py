"""The attract screen: a calm, bright loop of the topics that invites the next person in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import IllustrationText, Language
from edu_app.paint.fonts import BASE_POINT_SIZE
from edu_app.paint.illustrations import figure_image
from edu_app.ui.i18n import native_name
from edu_app.ui.widgets import wrapped_label

SLIDE_MS = 6000  # a new topic every six seconds
PICTURE_WIDTH = 960
LABELS_AT_WIDTH = 560  # px: a picture this wide has labels in the text's size; wider, larger


class AttractView(QWidget):
    """Shows one topic at a time (picture, title, one line); a touch anywhere starts.

    The language buttons start in that language, so a Thai reader never meets English first.
    """

    start_requested = Signal(str)  # language code ("" keeps the current one)

    def __init__(self, languages: list[str], picture_path: Callable[[str], Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Attract")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # It takes the height the screen has (its picture shrinks); hidden behind the other
        # screens, its own minimum must not make the window taller than a 768 px screen.
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self._picture_path = picture_path
        self._slides: list[tuple[str, str, str]] = []  # title, summary, illustration id
        self._labels: dict[str, IllustrationText] = {}
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        self.headline = wrapped_label("", "AttractTitle")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel()
        self.picture.setObjectName("AttractPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The picture is drawn to fit the room it is given; it never makes the screen taller.
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.topic_title = wrapped_label("", "CardTitle")
        self.topic_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.topic_line = wrapped_label("", "Muted")
        self.topic_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel()
        self.dots.setObjectName("AttractDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QPushButton()
        self.prompt.setObjectName("AttractStart")
        self.prompt.clicked.connect(lambda: self.start_requested.emit(""))
        languages_row = QHBoxLayout()
        languages_row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in languages if len(languages) > 1 else []:
            button = QPushButton(native_name(code))
            button.setObjectName("AttractLanguage")
            button.clicked.connect(lambda _=False, c=code: self.start_requested.emit(c))
            languages_row.addWidget(button)
            self.language_buttons[code] = button
        languages_row.addStretch(1)
        # The picture beside the words on a landscape screen (above them, it would be a small
        # strip between the headline and the button); above them on a portrait screen.
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addStretch(1)
        for widget in (self.topic_title, self.topic_line, self.dots):
            words.addWidget(widget)
        words.addSpacing(12)
        words.addWidget(self.prompt, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addLayout(languages_row)
        words.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(32)
        self.body.addWidget(self.picture, 1)
        self.body.addLayout(words)
        layout.addWidget(self.headline)
        layout.addLayout(self.body, 1)
        self.staff_notice = QLabel()  # small, in the corner: for staff, nothing to dismiss
        self.staff_notice.setObjectName("StaffNotice")
        self.staff_notice.hide()
        layout.addWidget(self.staff_notice, 0, Qt.AlignmentFlag.AlignRight)
        self.timer = QTimer(self)
        self.timer.setInterval(SLIDE_MS)
        self.timer.timeout.connect(self.next_slide)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.headline.setText(self.tr("Eczema: what helps, and what is still being tested"))
        self.prompt.setText(self.tr("Touch to start"))
        self.prompt.setAccessibleName(self.tr("Touch to learn about eczema"))
        self.setAccessibleName(self.tr("Welcome screen"))

    def set_staff_notice(self, text: str) -> None:
        """A short line for staff in the bottom corner ('' hides it)."""
        self.staff_notice.setText(text)
        self.staff_notice.setVisible(bool(text))

    def set_content(self, language: Language) -> None:
        """The topics to show (their titles in ``language``)."""
        self._slides = [(p.title, p.summary, p.illustration) for p in language.pages]
        self._labels = language.illustrations
        self.index = 0
        self._show_slide()

    def begin(self) -> None:
        """Start the loop from the first topic."""
        self.index = 0
        self._show_slide()
        self.timer.start()

    def end(self) -> None:
        """Stop the loop (someone started reading)."""
        self.timer.stop()

    def next_slide(self) -> None:
        """Show the next topic (after the last comes the first again)."""
        if self._slides:
            self.index = (self.index + 1) % len(self._slides)
            self._show_slide()

    def _show_slide(self) -> None:
        if not self._slides:
            return
        title, summary, illustration = self._slides[self.index]
        self.topic_title.setText(title)
        self.topic_line.setText(summary)
        path = self._picture_path(illustration) if illustration else None
        if path is not None and path.is_file():
            # as large as fits the room the layout gives it (the white frame has 16 px padding)
            room = self.picture.size()
            width = int(max(200, min(PICTURE_WIDTH, room.width() - 40, (room.height() - 40) * 1.25)))
            # labels grow with a large picture (a portrait kiosk's is 960 px wide): read from
            # a step back, not 17 px high in a sea of white
            ratio = self.devicePixelRatioF()
            font = QFont(self.font())  # the attract screen's type grows to 125 % at most
            size = min(font.pointSizeF(), BASE_POINT_SIZE * 1.25)
            font.setPointSizeF(size * max(1.0, width / LABELS_AT_WIDTH))
            image = figure_image(path, self._labels.get(illustration), width, font, ratio)
            if image.height() / ratio > room.height() > 0:  # (a legend adds height): shrink
                image = image.scaledToHeight(int(room.height() * ratio),
                                             Qt.TransformationMode.SmoothTransformation)
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.clear()
        self.dots.setText(" ".join("●" if i == self.index else "○" for i in range(len(self._slides))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        landscape = event.size().width() > event.size().height()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                               else QBoxLayout.Direction.TopToBottom)
        self.body.setStretch(0, 11 if landscape else 1)  # the picture
        self.body.setStretch(1, 9 if landscape else 0)  # the words
        # drawn for the picture's room once the layout has given it (after this event)
        QTimer.singleShot(0, self._show_slide)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # a touch anywhere starts
        self.start_requested.emit("")
        super().mouseReleaseEvent(event)
