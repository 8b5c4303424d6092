"""Glued text (an evidence badge in Thai) printed as one object, so a PDF holds its words whole.

On screen a Thai badge is kept on one line by glue between its clusters (see
:func:`edu_app.core.thai.unbreakable`); Qt then writes each cluster to a PDF as a text run of its
own, and a PDF reader (or a screen reader) gets the badge back as letters on separate lines.
On paper each glued fragment becomes an inline object that draws its text in one piece: it still
never breaks, and the PDF's text is the badge's words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from edu_app.core.thai import GLUE

UNBROKEN_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
TEXT_PROPERTY = QTextFormat.Property.UserProperty + 3


class UnbrokenText(QPyTextObject):
    """Draws a fragment's text, with its colours and font, as one piece on the baseline."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _font(doc: QTextDocument, fmt: QTextFormat) -> QFont:
        # the format holds what the text set (weight, colour); the rest is the document's font
        font = fmt.toCharFormat().font().resolve(doc.defaultFont())
        # set again, so a painter with another font takes these and not its own
        font.setFamilies(font.families())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF())
        else:
            font.setPixelSize(font.pixelSize())
        device = doc.documentLayout().paintDevice()
        return QFont(font, device) if device is not None else font

    def _metrics(self, doc: QTextDocument, fmt: QTextFormat) -> QFontMetricsF:
        return QFontMetricsF(self._font(doc, fmt))

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = self._metrics(doc, fmt)
        # the font's height: Qt puts the object's baseline at the descent above its bottom
        # (vertical alignment "baseline", set below)
        return QSizeF(metrics.horizontalAdvance(str(fmt.property(TEXT_PROPERTY))), metrics.height())

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
        fmt: QTextFormat,
    ) -> None:
        char = fmt.toCharFormat()
        metrics = self._metrics(doc, fmt)
        area = QRectF(rect)
        painter.save()
        background = char.background()
        if background.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(area, QBrush(background))
        painter.setFont(self._font(doc, fmt))
        painter.setPen(char.foreground().color())
        baseline = area.bottom() - metrics.descent()
        painter.drawText(QPointF(area.left(), baseline), str(fmt.property(TEXT_PROPERTY)))
        painter.restore()


def hold_together(document: QTextDocument) -> int:
    """Replace each glued fragment of ``document`` with an :class:`UnbrokenText` object (the
    handler must be registered on the document's layout); how many were replaced."""
    spots = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if GLUE in fragment.text():
                spots.append((fragment.position(), fragment.length(), fragment.text(),
                              fragment.charFormat()))
            iterator += 1
        block = block.next()
    for position, length, text, char in reversed(spots):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat(char)
        fmt.setObjectType(UNBROKEN_OBJECT)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBaseline)
        fmt.setProperty(TEXT_PROPERTY, text.replace(GLUE, ""))
        cursor.insertText("\ufffc", fmt)
    return len(spots)
