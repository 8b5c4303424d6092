"""The picture of one step, with what the clinician draws on it (pen, highlighter, eraser, laser).

The same widget shows the step on the patient's screen (not interactive there). Drawing works
with a mouse, a stylus (tablet events) and a finger (touch events); with no tool chosen, a
sideways swipe moves to the next or previous step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

from edu_app.core.drawing import Drawing, LaserTrail, Point
from edu_app.core.model import IllustrationText
from edu_app.paint.illustrations import legend_items, paint_legend, plan
from edu_app.paint.strokes import LASER, paint_strokes
from edu_app.ui.illustration_cache import outline, picture, snap

SWIPE_PX = 120  # a sideways drag this long (and mostly sideways) is a swipe


class StepStage(QWidget):
    """Paints the step's illustration and its strokes; records strokes when interactive."""

    changed = Signal()  # strokes or the laser trail changed (mirror them elsewhere)
    swiped = Signal(int)  # +1 next, -1 previous

    def __init__(self, interactive: bool, trail: LaserTrail | None = None,
                 clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.tool = ""  # "", "pen", "highlighter", "eraser" or "laser"
        self.colour = "#1b4f9c"
        self.drawing: Drawing | None = None
        self.trail = trail or LaserTrail()
        self.clock = clock
        self.target = QRectF()  # where the picture is, in widget pixels
        self._path: Path | None = None
        self._texts: IllustrationText | None = None
        self._tone = "light"
        self._press: QPointF | None = None
        self.fade_timer = QTimer(self)
        self.fade_timer.setInterval(40)
        self.fade_timer.timeout.connect(self._fade)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, interactive)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 150)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_step(self, path: Path | None, texts: IllustrationText | None, drawing: Drawing | None,
                  tone: str = "light") -> None:
        """Show a picture and the strokes drawn on it."""
        self._path, self._texts, self.drawing, self._tone = path, texts, drawing, tone
        self.update()

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        shape = outline(self._path) if self._path else None
        if shape is not None and self._path is not None:
            area = QRectF(self.rect()).adjusted(16, 16, -16, -16)
            target, legend = plan(shape, area, [self._texts], self.font())
            used = (legend.bottom() if legend is not None else target.bottom()) - area.top()
            shift = max(0.0, (area.height() - used) / 2)  # centred in the room it has
            ratio = self.devicePixelRatioF()
            self.target = snap(target.translated(0, shift), ratio)
            # drawn once and kept (see illustration_cache): strokes repaint many times a second
            image = picture(self._path, shape, self._tone, self.target, ratio, self._texts,
                            self.font(), 1 if legend is not None else 0)
            if image is not None:
                painter.drawImage(self.target.topLeft(), image)
            if legend is not None and self._texts is not None:
                paint_legend(painter, legend.translated(0, shift), legend_items([self._texts]),
                             self.font())
        if self.drawing is not None:
            current = self.drawing.current()
            paint_strokes(painter, self.target, self.drawing.strokes + ([current] if current else []))
        for point, strength in self.trail.visible(self.clock()):
            colour = QColor(LASER)
            colour.setAlphaF(max(0.0, min(1.0, strength)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = 4 + 6 * strength
            painter.drawEllipse(self._to_widget(point), radius, radius)
        painter.end()

    def _fade(self) -> None:
        visible = self.trail.visible(self.clock())
        self.update()
        self.changed.emit()
        if not visible:
            self.fade_timer.stop()

    # --- coordinates ----------------------------------------------------------------------
    def _to_picture(self, pos: QPointF) -> Point:
        target = self.target if self.target.width() > 0 else QRectF(self.rect())
        return ((pos.x() - target.x()) / target.width(), (pos.y() - target.y()) / target.height())

    def _to_widget(self, point: Point) -> QPointF:
        return QPointF(self.target.x() + point[0] * self.target.width(),
                       self.target.y() + point[1] * self.target.height())

    # --- input: one press / move / release, from any device --------------------------------
    def pen_down(self, pos: QPointF) -> None:
        """A pen, finger or mouse touches down at ``pos`` (widget pixels)."""
        self._press = pos
        point = self._to_picture(pos)
        if self.drawing is not None and self.tool in ("pen", "highlighter"):
            self.drawing.begin(self.tool, self.colour, point)
        elif self.drawing is not None and self.tool == "eraser":
            self.drawing.erase_at(point)
        elif self.tool == "laser":
            self._laser(point)
        self._changed()

    def pen_move(self, pos: QPointF) -> None:
        """The pen, finger or mouse moves while down."""
        point = self._to_picture(pos)
        if self.drawing is not None and self.drawing.drawing:
            self.drawing.extend(point)
        elif self.drawing is not None and self.tool == "eraser" and self._press is not None:
            self.drawing.erase_at(point)
        elif self.tool == "laser":
            self._laser(point)
        self._changed()

    def pen_up(self, pos: QPointF) -> None:
        """The pen, finger or mouse lifts."""
        start, self._press = self._press, None
        if self.drawing is not None and self.drawing.drawing:
            self.drawing.extend(self._to_picture(pos))
            self.drawing.end()
        elif not self.tool and start is not None:
            dx, dy = pos.x() - start.x(), pos.y() - start.y()
            if abs(dx) >= SWIPE_PX and abs(dy) < abs(dx) / 2:
                self.swiped.emit(-1 if dx > 0 else 1)  # drag to the left: next
        self._changed()

    def _laser(self, point: Point) -> None:
        self.trail.add(point, self.clock())
        if not self.fade_timer.isActive():
            self.fade_timer.start()

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            self.pen_down(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interactive and event.buttons() & Qt.MouseButton.LeftButton:
            self.pen_move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            self.pen_up(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        if not self.interactive:
            return
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.pen_down(event.position())
        elif kind == QEvent.Type.TabletMove and self._press is not None:
            self.pen_move(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.pen_up(event.position())
        event.accept()  # no mouse events are made up from the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if self.interactive and kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                                         QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.pen_down(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self.pen_move(pos)
                else:
                    self.pen_up(pos)
            event.accept()
            return True
        return super().event(event)
