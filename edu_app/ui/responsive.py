"""Layouts that stay usable on any screen: two parts side by side when both fit, one above the
other when not; rows of buttons that wrap; scrolling forms whose combo boxes do not swallow
the wheel.

The handout builder uses both: its form beside its print preview on a landscape screen, the
preview under the form on a portrait screen or at large text (where the form's own words would
not fit half the width and it would scroll sideways).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QComboBox,
    QWidget,
)


class ResponsiveSplit(QWidget):
    """``first`` and ``second`` side by side (``first`` taking ``share`` per cent of the width)
    when the window is landscape and ``first`` gets the width ``needs()`` says it must have;
    otherwise ``first`` above ``second``."""

    def __init__(self, first: QWidget, second: QWidget, needs: Callable[[], int],
                 share: int = 55, watch: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needs, self._share = needs, share
        if watch is not None:  # what ``needs`` measures: arrange again when its layout changes
            watch.installEventFilter(self)  # (new words, another text size)
        # stacked until a size shows side by side fits: the side-by-side minimum (both parts'
        # widths) shown first on a narrow screen made the window wider than the screen
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(16)
        self._box.addWidget(first, 60)
        self._box.addWidget(second, 40)
        self.stacked = True

    def side_by_side_fits(self, width: int, height: int) -> bool:
        """Whether the first part gets the width it needs beside the second, on a landscape
        area."""
        room = (width - self._box.spacing()) * self._share // 100
        return width >= height and self._needs() <= room

    def arrange(self) -> None:
        """Choose the arrangement for the size now (also after the text size changed)."""
        stacked = not self.side_by_side_fits(self.width(), self.height())
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self._box.setDirection(QBoxLayout.Direction.TopToBottom if stacked
                               else QBoxLayout.Direction.LeftToRight)
        # stacked, the form gets a little more of the height than the preview
        self._box.setStretch(0, 60 if stacked else self._share)
        self._box.setStretch(1, 40 if stacked else 100 - self._share)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange()
        return False


class _WheelPasser(QObject):
    """A combo box that does not have focus lets the wheel scroll the form around it (else
    scrolling a long form changes whatever choice passes under the pointer)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:  # the form's scroll bar takes the turn of the wheel
            QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_PASSER: _WheelPasser | None = None


def pass_wheel_on(form: QWidget) -> None:
    """Every combo box in ``form`` (now) passes the wheel on unless it has focus."""
    global _PASSER
    if _PASSER is None:
        _PASSER = _WheelPasser()
    for combo in form.findChildren(QComboBox):
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it focus
        combo.removeEventFilter(_PASSER)  # (once each, however often this runs)
        combo.installEventFilter(_PASSER)


def _size(widget: QWidget) -> QSize:
    """The size a layout would give the widget: its hint within its minimum and maximum."""
    hint = widget.sizeHint().expandedTo(QSize(0, 0))
    return hint.expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize())


class FlowRow(QWidget):
    """Widgets left to right, going on to a new row when the next one would not fit (buttons
    whose words grow with the text size or a longer language never get cut or pushed off the
    side). Each keeps its own size hint; rows are as high as their highest widget.

    A widget rather than a ``QLayout`` subclass: Qt calls a layout's methods from C++ at times
    when a Python layout object may already be gone (a crash on restyling), a widget's not.
    """

    def __init__(self, spacing: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gap = spacing
        self._items: list[QWidget] = []
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        """Put ``widget`` at the end of the row."""
        widget.setParent(self)
        self._items.append(widget)
        widget.show()
        self.updateGeometry()

    def take_all(self) -> list[QWidget]:
        """Empty the row; its widgets are returned (still its children until put elsewhere)."""
        items, self._items = self._items, []
        self.updateGeometry()
        return items

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:  # all on one row
        hints = [_size(item) for item in self._items if not item.isHidden()]
        width = sum(hint.width() for hint in hints) + self._gap * max(0, len(hints) - 1)
        return QSize(width, max((hint.height() for hint in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        # as narrow as the widest widget (whole), as low as one row: the layout above asks
        # heightForWidth for the height at the width it gives (as for a label that wraps; a
        # minimum of every widget on its own row would make a window taller than its screen)
        hints = [_size(item) for item in self._items if not item.isHidden()]
        return QSize(max((hint.width() for hint in hints), default=0),
                     max((hint.height() for hint in hints), default=0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.width(), move=True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a child's size hint changed
            self.updateGeometry()
            self._place(self.width(), move=True)
        return super().event(event)

    def _place(self, width: int, move: bool) -> int:
        """Place the widgets in ``width`` (or only measure); the height used."""
        x = y = row_height = 0
        for item in self._items:
            if item.isHidden():
                continue
            hint = _size(item)
            if x > 0 and x + hint.width() > width:
                x, y, row_height = 0, y + row_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height
