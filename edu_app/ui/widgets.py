"""Small reusable widgets: clickable cards, wrapped labels, the staff message banner.

The home screen is built from these before the first paint, so they never name an enum of
``QtCore.Qt`` while they are built: PySide6 creates the Python enums of that whole namespace
(about 90 enums, 1,200 values) the first time any of them is touched: the program paints first
13 ms later when they are built before it (``make bench-tricks``, Dec 2026, 19 of 21 runs; once
about 40 ms, before PySide6 6.7's lazier enums). They set such properties by name (:func:`set_enum`, as a
``.ui`` file or a style sheet's ``qproperty-`` does) and reach ``QtCore.Qt`` only in code that
runs later, on a click or a key. A test checks that the first paint happens without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QEnterEvent, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import GlossaryTerm
from edu_app.ui.style import TOUCH
from edu_app.ui.thai_text import WrappedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QListView, QPlainTextEdit

ListT = TypeVar("ListT", bound="QListView")


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Set an enum or flags property by its key names ("AlignCenter", "AlignLeft|AlignTop").

    Qt converts the names itself, so PySide6 need not build its Python enums for them.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name} = {keys}")


def wrapped_label(text: str = "", object_name: str = "", rich: bool = False) -> QLabel:
    """A label that wraps and never clips (Thai between words: :class:`WrappedLabel`)."""
    label = WrappedLabel()
    label.setWordWrap(True)
    set_enum(label, "textFormat", "RichText" if rich else "PlainText")
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


class StatusLabel(QLabel):
    """A message about what just happened (printed, saved, or why not), in full-size text on
    a tinted band; it takes no room while it has nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        set_enum(self, "textFormat", "PlainText")
        self.setObjectName("StatusMessage")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def limit_plain_text(edit: QPlainTextEdit, max_chars: int, max_lines: int) -> None:
    """Keep a multi-line field to ``max_chars`` characters in ``max_lines`` lines: what is typed
    or pasted beyond that is cut off at once (a QPlainTextEdit has no maximum of its own)."""

    def trim() -> None:
        text = edit.toPlainText()
        if len(text) <= max_chars and text.count("\n") < max_lines:
            return
        kept = "\n".join(text.split("\n")[:max_lines])[:max_chars]
        position = min(edit.textCursor().position(), len(kept))
        edit.setPlainText(kept)  # (textChanged again, now within the limits)
        cursor = edit.textCursor()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)

    edit.textChanged.connect(trim)


class ClickableFrame(QFrame):
    """A frame that acts like a button: click, tap, Enter or Space activates it."""

    clicked = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        set_enum(self, "focusPolicy", "StrongFocus")
        self.setMinimumHeight(TOUCH)
        self._press: QPoint | None = None
        self._hand = False

    def enterEvent(self, event: QEnterEvent) -> None:
        if not self._hand:  # the pointing hand is set when the pointer first comes over it
            self._hand = True
            self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self._press = self._press, None
        inside = self.rect().contains(event.position().toPoint())
        # A drag (flick scrolling) is not a tap.
        if start is not None and inside and (event.position().toPoint() - start).manhattanLength() < 24:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter,
                           QtCore.Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class Banner(QFrame):
    """A dismissible message strip for staff (configuration or content problems)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.text = wrapped_label()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        button_column = QVBoxLayout()  # the button stays at the top beside a long message
        button_column.addWidget(self.close_button)
        button_column.addStretch(1)
        layout.addLayout(button_column)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))

    def show_messages(self, title: str, messages: list[str]) -> None:
        """Show a title and a few messages (more are counted, not listed)."""
        if not messages:
            self.hide()
            return
        shown = messages[:4]
        more = len(messages) - len(shown)
        lines = [title, *("• " + m for m in shown)]
        if more:
            lines.append(self.tr("… and %1 more").replace("%1", str(more)))
        self.text.setText("\n".join(lines))
        self.show()


def swatch(colour: str, bar: bool = False) -> QIcon:
    """A small colour sample for a button: a dot, or a bar (the highlighter)."""
    from PySide6.QtGui import QIcon  # not on the first screen (first paint 3 ms sooner: bench-tricks)

    pixmap = QPixmap(28, 28)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#37474f"))
    painter.setBrush(QColor(colour))
    if bar:
        painter.drawRoundedRect(3, 8, 22, 12, 3, 3)
    else:
        painter.drawEllipse(2, 2, 24, 24)
    painter.end()
    return QIcon(pixmap)


def hbox(parent: QWidget, spacing: int = 8) -> QHBoxLayout:
    """A horizontal row with no margins."""
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


def vbox(parent: QWidget, margins: int = 0, spacing: int = 12) -> QVBoxLayout:
    """A vertical layout with the given margins and spacing."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout


def wrapping_list(view: ListT) -> ListT:
    """A list whose long lines wrap at its width instead of scrolling sideways (a FAQ question,
    a topic with its step count, in large text or on a portrait screen)."""
    view.setWordWrap(True)
    set_enum(view, "textElideMode", "ElideNone")
    set_enum(view, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_enum(view, "resizeMode", "Adjust")  # wrap again when the width changes
    return view


def discard(widget: QWidget) -> None:
    """Take a widget off screen now and delete it when the event loop next runs."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class InfoPopup(QFrame):
    """A tap-to-open bubble: a glossary definition, or what a part of an illustration is."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Popup")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.term = wrapped_label("", "CardTitle")
        self.definition = wrapped_label()
        self.qr = QLabel()  # a web address as a QR code (the program never opens the web)
        set_enum(self.qr, "alignment", "AlignCenter")
        self.qr.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.term)
        layout.addWidget(self.definition)
        layout.addWidget(self.qr)
        button_row = QHBoxLayout()  # the button on the right
        button_row.addStretch(1)
        button_row.addWidget(self.close_button)
        layout.addLayout(button_row)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.close_button.setText(self.tr("Close"))

    def show_term(self, term: GlossaryTerm, near: QPoint) -> None:
        """Show a glossary definition next to ``near`` (parent coordinates)."""
        self.show_text(term.term[:1].upper() + term.term[1:], term.definition, near)
        self.setAccessibleName(self.tr("Meaning of %1").replace("%1", term.term))

    def show_address(self, url: str, near: QPoint) -> None:
        """A web address with its QR code, to open on the reader's own phone (an address too
        long for a code is named by its start only, with a short message)."""
        code = qr_pixmap(url, 200, self.devicePixelRatioF())
        if code is None:
            shown = url if len(url) <= 80 else url[:80] + "…"
            self.show_text(self.tr("Read this on your phone"),
                           self.tr("This web address is too long to show as a code. Ask at the "
                                   "desk for it:") + "\n" + shown, near)
            return
        self.show_text(self.tr("Read this on your phone"),
                       self.tr("Point your phone's camera at the code to open:") + "\n" + url, near,
                       qr=code)
        self.qr.setAccessibleName(self.tr("QR code for %1").replace("%1", url))

    def show_text(self, title: str, text: str, near: QPoint, qr: QPixmap | None = None) -> None:
        """Show a title and text next to ``near`` (parent coordinates), inside the parent."""
        self.qr.setVisible(qr is not None)
        if qr is not None:
            self.qr.setPixmap(qr)
        self.term.setText(title)
        self.definition.setText(text)
        self.setAccessibleName(title)
        parent = self.parentWidget()
        assert parent is not None
        width = min(460, parent.width() - 32)
        self.setFixedWidth(width)
        layout = self.layout()
        self.adjustSize()
        if layout is not None and layout.hasHeightForWidth():  # wrapped text: as tall as it needs
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))
        x = min(max(16, near.x() - width // 2), parent.width() - width - 16)
        y = near.y() + 12
        if y + self.height() > parent.height() - 16:
            y = near.y() - self.height() - 28
        y = max(16, min(y, parent.height() - self.height() - 16))
        self.move(x, y)
        self.show()
        self.raise_()
        self.close_button.setFocus()


def qr_pixmap(text: str, size: int, ratio: float = 1.0) -> QPixmap | None:
    """``text`` as a QR code with a white quiet zone, ``size`` px square (made offline), or None
    when ``text`` cannot be a QR code (too long)."""
    from edu_app.core.qr import qr_matrix  # segno is loaded only when a code is shown
    from edu_app.printing.pdf import draw_qr

    if qr_matrix(text) is None:
        return None
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    margin = size * 0.08
    draw_qr(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin), text)
    painter.end()
    return pixmap


class AdaptiveBar(QWidget):
    """Two parts side by side when they fit the width, otherwise the second under the first.

    Used for bars whose controls would be clipped at large text sizes or on portrait screens.
    The lead may be squeezed to its minimum (a title that wraps); with ``whole_lead`` it needs
    its natural width too (buttons: the style's 48 px minimum would let a layout cut their words).
    With ``tail_at_end`` the tail stays where it is when the bar stacks: at the end of the first
    line, the lead going under it (A− and A+, tapped again and again as the words grow, stay
    under the finger; a taller lead beside it does not move it down either).
    """

    def __init__(self, lead: QWidget, tail: QWidget, parent: QWidget | None = None,
                 whole_lead: bool = False, tail_at_end: bool = False) -> None:
        super().__init__(parent)
        self.lead, self.tail = lead, tail
        self._whole_lead, self._tail_at_end = whole_lead, tail_at_end
        self._tail_cell: QWidget = tail
        if tail_at_end:  # at the top of its cell: a stretch under it (no alignment enums)
            self._tail_cell = QWidget()
            column = QVBoxLayout(self._tail_cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(tail)
            column.addStretch(1)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self.stacked: bool | None = None
        self._shown = False  # measured from the first show on, when fonts and style are final
        self._arrange()

    def _fits(self, width: int) -> bool:
        spacing = self._grid.horizontalSpacing()
        lead = self.lead.sizeHint() if self._whole_lead else self.lead.minimumSizeHint()
        return lead.width() + self.tail.sizeHint().width() + spacing <= width

    def _arrange(self) -> None:
        stacked = self._shown and self.width() > 0 and not self._fits(self.width())
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self._grid.removeWidget(self.lead)
        self._grid.removeWidget(self._tail_cell)
        # The stretching column takes the spare width, so the tail keeps its natural width:
        # on the right beside the lead, or on the left under it.
        at_end = not stacked or self._tail_at_end
        if stacked and self._tail_at_end:
            self._grid.addWidget(self._tail_cell, 0, 1)
            self._grid.addWidget(self.lead, 1, 0, 1, 2)
        elif stacked:
            self._grid.addWidget(self.lead, 0, 0, 1, 2)
            self._grid.addWidget(self._tail_cell, 1, 0)
        else:
            self._grid.addWidget(self.lead, 0, 0)
            self._grid.addWidget(self._tail_cell, 0, 1)
        self._grid.setColumnStretch(0, 1 if at_end else 0)
        self._grid.setColumnStretch(1, 0 if at_end else 1)
        # The height for a width that the layouts above cached belongs to the old arrangement
        # (after a language round trip the top bar kept a stacked bar's height).
        self._grid.invalidate()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # As wide as side by side, whatever the arrangement now: a bar stacked while it was
        # narrow (at large text, or before a window reached full size) asks for the width that
        # lets it go back to one row once that width is there.
        hint = super().sizeHint()
        side_by_side = (self.lead.sizeHint().width() + self._grid.horizontalSpacing()
                        + self.tail.sizeHint().width())
        return QSize(max(hint.width(), side_by_side), hint.height())

    def minimumSizeHint(self) -> QSize:
        # As narrow as the stacked arrangement, so a window can always shrink; the bar then
        # re-arranges itself when it is resized.
        hint = super().minimumSizeHint()
        width = max(self.lead.minimumSizeHint().width(), self.tail.minimumSizeHint().width())
        return QSize(width, hint.height())

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._shown = True
        if kind in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._arrange()
        return super().event(event)
