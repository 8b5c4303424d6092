"""The illustration widget: skin tones, a compare wipe, tap-to-explain labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from edu_app.core.model import IllustrationText
from edu_app.core.theme import Theme
from edu_app.paint.illustrations import (
    BADGE,
    Outline,
    label_boxes,
    legend_height,
    legend_items,
    paint_labels,
    paint_legend,
    plan,
    shows_skin,
)
from edu_app.ui.illustration_cache import outline, picture, snap

HANDLE = 24  # the divider's handle reaches this far either side of the line (its radius is 22)


class IllustrationView(QWidget):
    """Shows one illustration, scaled to fit, with its translated labels.

    With a compare illustration, a divider wipes between the two (drag it, or tap a side).
    Tapping a label that has an explanation emits :attr:`label_tapped`.
    """

    label_tapped = Signal(str, str, QPointF)  # label, explanation, where (widget coordinates)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._compare: Path | None = None
        self._texts: IllustrationText | None = None
        self._compare_texts: IllustrationText | None = None
        self._tone = "light"
        self.split = 0.5
        self._boxes: list[tuple[QRectF, str]] = []
        self._dragging = False
        self._press: QPointF | None = None
        self._target = QRectF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def set_illustration(
        self,
        path: Path | None,
        texts: IllustrationText | None,
        compare: Path | None = None,
        compare_texts: IllustrationText | None = None,
    ) -> None:
        """Show the SVG at ``path`` (None or a bad file shows nothing), optionally a pair."""
        self._path, self._texts = path, texts
        self._compare, self._compare_texts = compare, compare_texts
        self.split = 0.5
        # with a pair, the divider is a keyboard control too (Left/Right, Home/End)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if compare else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Illustration"))
        alt = " ".join(t.alt for t in (texts, compare_texts) if t and t.alt)
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and isinstance(self.parentWidget(), QWidget):
            self.updateGeometry()
        super().changeEvent(event)

    def set_tone(self, tone: str) -> None:
        """Draw skin in this tone."""
        self._tone = tone
        self.update()

    def set_theme(self, theme: Theme) -> None:
        """Kept for symmetry with other views; illustrations keep their colours on a light stage."""
        self._theme = theme
        self.update()

    @property
    def has_illustration(self) -> bool:
        """Whether a valid SVG is shown."""
        return self._path is not None and outline(self._path) is not None

    @property
    def has_compare(self) -> bool:
        """Whether a compare pair is shown."""
        return self._compare is not None and outline(self._compare) is not None

    def needed_height(self, width: int) -> int:
        """The least height that shows the picture at a readable size plus any legend."""
        shape = outline(self._path) if self._path else None
        if shape is None or width <= 0:
            return 150
        view = shape.viewBoxF()
        aspect = view.height() / view.width() if view.width() > 0 else 0.75
        picture = min(width * aspect, 360.0)
        texts = [self._texts, self._compare_texts]
        _, legend = plan(shape, QRectF(0, 0, width - 8, picture), texts, self.font())
        if legend is None:
            return int(min(picture, 220))
        items = legend_items(texts)
        return int(picture * 0.8 + legend_height(items, width - 8, self.font()) + 24)

    @property
    def shows_skin(self) -> bool:
        """Whether tone buttons apply to what is shown."""
        return any(p is not None and shows_skin(str(p)) for p in (self._path, self._compare))

    def paintEvent(self, event: QPaintEvent) -> None:
        shape = outline(self._path) if self._path else None
        if shape is None or self._path is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        other = outline(self._compare) if self._compare else None
        self._boxes = []
        ratio = self.devicePixelRatioF()
        target, legend = plan(shape, area, [self._texts, self._compare_texts], self.font())
        target = self._target = snap(target, ratio)
        numbered = legend is not None
        # (path, outline, texts, the part shown, first badge number): the picture, or a pair
        layers: list[tuple[Path, Outline, IllustrationText | None, QRectF | None, int]] = [
            (self._path, shape, self._texts, None, 1)]
        if other is not None and self._compare is not None:
            cut = target.x() + target.width() * self.split
            first = len(self._texts.labels) + 1 if self._texts else 1
            layers = [
                (self._path, shape, self._texts,
                 QRectF(target.x(), target.y(), cut - target.x(), target.height()), 1),
                (self._compare, other, self._compare_texts,
                 QRectF(cut, target.y(), target.right() - cut, target.height()), first),
            ]
        for path, layer_shape, texts, clip, number in layers:
            # a pair: each side's picture without labels, then the labels wholly on its side
            # (away from the divider and its handle) written whole, never cut or run together
            image = picture(path, layer_shape, self._tone, target, ratio,
                            texts if clip is None else None, self.font(),
                            number if numbered and clip is None else 0)
            if image is None:
                continue
            if clip is not None:
                painter.save()
                painter.setClipRect(clip)
            painter.drawImage(target.topLeft(), image)
            if clip is not None:
                painter.restore()
            if texts is None:
                continue
            if clip is None:
                boxes = label_boxes(layer_shape, target, list(texts.labels))
            else:
                left = clip.x() <= target.x() + 0.5
                clear = clip.adjusted(0, 0, -HANDLE, 0) if left else clip.adjusted(HANDLE, 0, 0, 0)
                painter.save()
                boxes = paint_labels(painter, layer_shape, target, texts, self.font(),
                                     number if numbered else 0, within=clear)
                painter.restore()
            self._remember(boxes, texts)
        if other is not None:
            self._paint_divider(painter, target, target.x() + target.width() * self.split)
        if legend is not None:
            paint_legend(painter, legend, legend_items([self._texts, self._compare_texts]), self.font())
        painter.end()

    @staticmethod
    def _paint_divider(painter: QPainter, target: QRectF, cut: float) -> None:
        painter.setPen(QPen(QColor(BADGE), 4))
        painter.drawLine(QPointF(cut, target.top()), QPointF(cut, target.bottom()))
        painter.setBrush(QColor(BADGE))
        painter.drawEllipse(QPointF(cut, target.center().y()), HANDLE - 2, HANDLE - 2)
        painter.setPen(QPen(QColor("#ffffff"), 3))
        y = target.center().y()
        for direction in (-1, 1):
            tip, back = cut + 10 * direction, cut + 4 * direction
            painter.drawLine(QPointF(tip, y), QPointF(back, y - 6))
            painter.drawLine(QPointF(tip, y), QPointF(back, y + 6))

    def _remember(self, boxes: dict[str, QRectF], texts: IllustrationText | None) -> None:
        if texts is None:
            return
        for element_id, box in boxes.items():
            self._boxes.append((box, element_id))

    def _explanation(self, point: QPointF) -> tuple[str, str] | None:
        for box, element_id in self._boxes:
            if box.adjusted(-8, -8, 8, 8).contains(point):
                name = element_id.removeprefix("label-")
                for texts in (self._texts, self._compare_texts):
                    if texts and element_id in texts.labels and texts.info.get(name):
                        return texts.labels[element_id], texts.info[name]
        return None

    def _set_split_at(self, x: float) -> None:
        if self._target.width() > 0:
            self.split = min(1.0, max(0.0, (x - self._target.x()) / self._target.width()))
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -0.1, Qt.Key.Key_Right: 0.1, Qt.Key.Key_Home: -1.0,
                 Qt.Key.Key_End: 1.0}
        if self.has_compare and event.key() in steps:
            self.split = min(1.0, max(0.0, self.split + steps[Qt.Key(event.key())]))
            self.update()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self._press = point
        if self.has_compare and self._target.contains(point):
            cut = self._target.x() + self._target.width() * self.split
            self._dragging = abs(point.x() - cut) < 40
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._set_split_at(event.position().x())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point, start = event.position(), self._press
        dragged, self._dragging, self._press = self._dragging, False, None
        if start is None or dragged or (point - start).manhattanLength() > 24:
            return
        found = self._explanation(point)
        if found is not None:
            self.label_tapped.emit(found[0], found[1], point)
        elif self.has_compare and self._target.contains(point):
            self._set_split_at(point.x())  # a tap moves the divider there
