"""The small pictures of the help screen, drawn as vectors in the theme's colours.

Each is drawn in a 120 × 90 box scaled to the widget (crisp at any text size and on any screen),
with the theme's text, accent and surface colours so high contrast needs nothing else. They show
the gesture or control a card explains: a finger on a topic card, an underlined word with its
bubble, the compare line, A− and A+, light and dark, the search field, a page from a printer, a
speaker, the screen starting again, and keyboard keys.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from edu_app.core.theme import NORMAL, Theme

KINDS = ("topic", "word", "compare", "size", "contrast", "search", "print", "listen", "restart",
         "keys")
ECZEMA = "#d9604c"
SKIN = "#f1c9a8"


class HelpPicture(QWidget):
    """One help picture (``kind`` is one of :data:`KINDS`)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert kind in KINDS, kind
        self.kind, self.theme = kind, NORMAL
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("")  # decoration: the card's words say it all

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()  # grows with the text size
        return QSize(round(line * 4.4), round(line * 3.3))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / 120, self.height() / 90)
        painter.translate((self.width() - 120 * scale) / 2, (self.height() - 90 * scale) / 2)
        painter.scale(scale, scale)
        getattr(self, f"_draw_{self.kind}")(painter, self.theme)
        painter.end()

    # --- the pictures, in a 120 x 90 box ---------------------------------------------------
    @staticmethod
    def _pen(colour: str, width: float = 2.5) -> QPen:
        pen = QPen(QColor(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _card(self, painter: QPainter, theme: Theme, rect: QRectF) -> None:
        painter.setPen(self._pen(theme.border, 2))
        painter.setBrush(QColor(theme.surface))
        painter.drawRoundedRect(rect, 6, 6)

    def _finger(self, painter: QPainter, theme: Theme, tip: QPointF) -> None:
        """A pointing hand seen from the side: a finger down to ``tip``, and a ring of touch."""
        painter.setPen(self._pen(theme.accent, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(tip, 7, 7)
        path = QPainterPath(QPointF(tip.x() - 5, tip.y() + 28))
        path.lineTo(tip.x() - 5, tip.y() + 4)
        path.arcTo(QRectF(tip.x() - 5, tip.y() - 1, 10, 10), 180, -180)
        path.lineTo(tip.x() + 5, tip.y() + 16)
        path.lineTo(tip.x() + 16, tip.y() + 20)
        path.lineTo(tip.x() + 14, tip.y() + 34)
        painter.setPen(self._pen(theme.text, 2.2))
        painter.setBrush(QColor(SKIN))
        painter.drawPath(path)

    def _draw_topic(self, painter: QPainter, theme: Theme) -> None:
        self._card(painter, theme, QRectF(14, 8, 70, 62))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SKIN))
        painter.drawRoundedRect(QRectF(20, 14, 58, 30), 4, 4)
        painter.setPen(self._pen(theme.text, 3))
        painter.drawLine(QPointF(22, 54), QPointF(70, 54))
        painter.setPen(self._pen(theme.muted, 2))
        painter.drawLine(QPointF(22, 62), QPointF(58, 62))
        self._finger(painter, theme, QPointF(72, 50))

    def _draw_word(self, painter: QPainter, theme: Theme) -> None:
        painter.setPen(self._pen(theme.muted, 3))
        for y, right in ((62, 104), (74, 80)):
            painter.drawLine(QPointF(12, y), QPointF(right, y))
        painter.setPen(self._pen(theme.link, 3))
        painter.drawLine(QPointF(40, 50), QPointF(74, 50))
        painter.setPen(self._pen(theme.link, 1.5))
        painter.drawLine(QPointF(40, 54), QPointF(74, 54))
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(30, 6, 78, 32), 6, 6)
        bubble.moveTo(52, 38)
        bubble.lineTo(57, 46)
        bubble.lineTo(62, 38)
        painter.setPen(self._pen(theme.accent, 2))
        painter.setBrush(QColor(theme.surface))
        painter.drawPath(bubble.simplified())
        painter.setPen(self._pen(theme.text, 2.5))
        painter.drawLine(QPointF(38, 17), QPointF(98, 17))
        painter.drawLine(QPointF(38, 27), QPointF(84, 27))

    def _draw_compare(self, painter: QPainter, theme: Theme) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SKIN))
        painter.drawRect(QRectF(14, 14, 46, 62))
        painter.setBrush(QColor(ECZEMA))
        painter.drawRect(QRectF(60, 14, 46, 62))
        painter.setPen(self._pen(theme.accent, 4))
        painter.drawLine(QPointF(60, 8), QPointF(60, 82))
        painter.setBrush(QColor(theme.accent))
        painter.drawEllipse(QPointF(60, 45), 10, 10)
        painter.setPen(self._pen(theme.accent_text, 2))
        for direction in (-1, 1):
            painter.drawLine(QPointF(60 + 5 * direction, 45), QPointF(60 + 2 * direction, 42))
            painter.drawLine(QPointF(60 + 5 * direction, 45), QPointF(60 + 2 * direction, 48))

    def _letter(self, painter: QPainter, theme: Theme, rect: QRectF, size: float) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(size))
        painter.setFont(font)
        painter.setPen(QColor(theme.text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "A")

    def _draw_size(self, painter: QPainter, theme: Theme) -> None:
        for rect in (QRectF(8, 22, 44, 46), QRectF(58, 10, 56, 70)):
            self._card(painter, theme, rect)
        self._letter(painter, theme, QRectF(8, 22, 44, 46), 20)
        self._letter(painter, theme, QRectF(58, 10, 56, 70), 44)

    def _draw_contrast(self, painter: QPainter, theme: Theme) -> None:
        painter.setPen(self._pen(theme.text, 2.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(25, 5, 80, 80))
        painter.setBrush(QColor("#000000"))
        half = QPainterPath(QPointF(65, 5))
        half.arcTo(QRectF(25, 5, 80, 80), 90, -180)
        half.closeSubpath()
        painter.drawPath(half)

    def _draw_search(self, painter: QPainter, theme: Theme) -> None:
        self._card(painter, theme, QRectF(8, 30, 104, 30))
        painter.setPen(self._pen(theme.text, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(26, 45), 8, 8)
        painter.drawLine(QPointF(32, 51), QPointF(38, 57))
        painter.setPen(self._pen(theme.muted, 3))
        painter.drawLine(QPointF(48, 45), QPointF(92, 45))
        painter.setPen(self._pen(theme.accent, 2))
        painter.drawLine(QPointF(96, 37), QPointF(96, 53))  # the cursor

    def _draw_print(self, painter: QPainter, theme: Theme) -> None:
        painter.setPen(self._pen(theme.text, 2.5))
        painter.setBrush(QColor(theme.surface_alt))
        painter.drawRoundedRect(QRectF(14, 30, 92, 36), 6, 6)
        painter.setBrush(QColor(theme.surface))
        painter.drawRect(QRectF(34, 6, 52, 26))
        painter.drawRect(QRectF(34, 52, 52, 34))
        painter.setPen(self._pen(theme.muted, 2))
        for y in (62, 70, 78):
            painter.drawLine(QPointF(40, y), QPointF(80, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.accent))
        painter.drawEllipse(QPointF(96, 40), 3.5, 3.5)

    def _draw_listen(self, painter: QPainter, theme: Theme) -> None:
        speaker = QPainterPath(QPointF(20, 36))
        for x, y in ((36, 36), (56, 18), (56, 72), (36, 54), (20, 54)):
            speaker.lineTo(x, y)
        speaker.closeSubpath()
        painter.setPen(self._pen(theme.text, 2.5))
        painter.setBrush(QColor(theme.surface_alt))
        painter.drawPath(speaker)
        painter.setPen(self._pen(theme.accent, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for radius in (12, 24, 36):
            painter.drawArc(QRectF(56 - radius, 45 - radius, 2 * radius, 2 * radius),
                            -45 * 16, 90 * 16)

    def _draw_restart(self, painter: QPainter, theme: Theme) -> None:
        self._card(painter, theme, QRectF(10, 8, 100, 74))
        painter.setPen(self._pen(theme.accent, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(38, 21, 44, 44), 60 * 16, 300 * 16)
        head = QPainterPath(QPointF(72, 18))
        head.lineTo(74, 30)
        head.lineTo(62, 28)
        painter.setBrush(QBrush(QColor(theme.accent)))
        painter.drawPath(head)

    def _draw_keys(self, painter: QPainter, theme: Theme) -> None:
        for row, y in enumerate((14, 40)):
            for column in range(4 - row):
                self._card(painter, theme, QRectF(8 + row * 13 + column * 27, y, 22, 22))
        self._card(painter, theme, QRectF(28, 66, 64, 18))
