"""Drawing a visit's strokes as vector paths: on screen, on the patient's screen and on paper."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from edu_app.core.drawing import Stroke

LASER = "#e53935"
HIGHLIGHTER_ALPHA = 0.45


def paint_strokes(painter: QPainter, target: QRectF, strokes: list[Stroke]) -> None:
    """Draw ``strokes`` (points relative to the picture) over the picture at ``target``."""
    if target.width() <= 0 or target.height() <= 0:
        return
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        colour = QColor(stroke.colour)
        if stroke.tool == "highlighter":
            colour.setAlphaF(HIGHLIGHTER_ALPHA)
        pen = QPen(colour, max(1.0, stroke.width * target.width()))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        points = [QPointF(target.x() + x * target.width(), target.y() + y * target.height())
                  for x, y in stroke.points]
        if len(points) == 1:
            painter.drawPoint(points[0])
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
    painter.restore()
