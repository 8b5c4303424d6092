"""Vector illustrations with labels from content: skin tones, a compare wipe, tap-to-explain."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from edu_app.core import cache
from edu_app.core.model import IllustrationText
from edu_app.core.theme import Theme
from edu_app.core.tones import apply_tone, has_skin

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

LABEL_COLOUR = "#1f2a30"


@lru_cache(maxsize=64)
def _renderer(path: str, mtime: float, tone: str) -> QSvgRenderer | None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer  # not needed for the first screen

    del mtime  # part of the cache key only
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    renderer = QSvgRenderer(QByteArray(apply_tone(text, tone).encode("utf-8")))
    return renderer if renderer.isValid() else None


def load_renderer(path: Path, tone: str = "light") -> QSvgRenderer | None:
    """A shared renderer for an SVG file in a skin tone, or None if missing or invalid."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    return _renderer(str(path), mtime, tone)


@lru_cache(maxsize=64)
def shows_skin(path: str) -> bool:
    """Whether the illustration draws skin in tone colours (so tone buttons apply)."""
    try:
        return has_skin(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False


@lru_cache(maxsize=64)
def thumbnail(path: str, width: int, height: int, ratio: float) -> QPixmap:
    """The illustration drawn into a pixmap (no labels), for cards.

    Kept as a PNG in the cache folder, keyed by the SVG's size and time, so later starts read
    a small file instead of parsing and drawing the SVG.
    """
    source = Path(path)
    try:
        stat = source.stat()
        key = f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}-{width}x{height}@{ratio:g}"
    except OSError:
        key = ""
    cached = cache.file_for("thumb", key, ".png") if key else None
    if cached is not None and cached.is_file():
        pixmap = QPixmap(str(cached))
        if not pixmap.isNull():
            pixmap.setDevicePixelRatio(ratio)
            return pixmap
    pixmap = QPixmap(QSize(int(width * ratio), int(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    renderer = load_renderer(source)
    if renderer is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, fit_rect(renderer, QRectF(0, 0, width, height)))
        painter.end()
        if cached is not None:
            pixmap.save(str(cached), "PNG")
    return pixmap


def fit_rect(renderer: QSvgRenderer, area: QRectF, top: bool = False) -> QRectF:
    """The largest rectangle with the SVG's aspect ratio, centred in ``area`` (or at its top)."""
    view = renderer.viewBoxF()
    if view.width() <= 0 or view.height() <= 0:
        return area
    scale = min(area.width() / view.width(), area.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    y = area.y() if top else area.y() + (area.height() - height) / 2
    return QRectF(area.x() + (area.width() - width) / 2, y, width, height)


def label_boxes(renderer: QSvgRenderer, target: QRectF, ids: list[str]) -> dict[str, QRectF]:
    """Where each label box of the SVG lands inside ``target`` (widget coordinates)."""
    view = renderer.viewBoxF()
    sx, sy = target.width() / view.width(), target.height() / view.height()
    boxes = {}
    for element_id in ids:
        if not renderer.elementExists(element_id):
            continue
        box = renderer.transformForElement(element_id).mapRect(renderer.boundsOnElement(element_id))
        boxes[element_id] = QRectF(
            target.x() + (box.x() - view.x()) * sx,
            target.y() + (box.y() - view.y()) * sy,
            box.width() * sx,
            box.height() * sy,
        )
    return boxes


def fitted_font(base: QFont, text: str, box: QRectF, minimum: float = 6.0) -> QFont:
    """``base`` shrunk until ``text`` wraps inside ``box`` (never grown)."""
    font = QFont(base)
    size = base.pointSizeF()
    flags = int(Qt.TextFlag.TextWordWrap)
    while size > minimum:
        font.setPointSizeF(size)
        needed = QFontMetricsF(font).boundingRect(box, flags, text)
        if needed.width() <= box.width() + 0.5 and needed.height() <= box.height() + 0.5:
            break
        size -= 0.5
    return font


def paint_labels(
    painter: QPainter, renderer: QSvgRenderer, target: QRectF, texts: IllustrationText, font: QFont
) -> dict[str, QRectF]:
    """Write each label into its box; all labels share the largest size at which all fit."""
    boxes = label_boxes(renderer, target, list(texts.labels))
    if boxes:
        size = min(fitted_font(font, texts.labels[i], box).pointSizeF() for i, box in boxes.items())
        label_font = QFont(font)
        label_font.setPointSizeF(size)
        painter.setFont(label_font)
        painter.setPen(QColor(LABEL_COLOUR))
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        for element_id, box in boxes.items():
            painter.drawText(box, flags, texts.labels[element_id])
    return boxes


def paint_illustration(
    painter: QPainter, renderer: QSvgRenderer, area: QRectF, texts: IllustrationText | None,
    font: QFont,
) -> QRectF:
    """Draw the SVG at the top of ``area`` with its labels; returns where it was drawn."""
    target = fit_rect(renderer, area, top=True)
    renderer.render(painter, target)
    if texts is not None:
        paint_labels(painter, renderer, target, texts, font)
    return target


def figure_image(
    path: Path, texts: IllustrationText | None, width: int, font: QFont, ratio: float,
    tone: str = "light",
) -> QImage:
    """An illustration with labels as an image for a figure inside page text."""
    renderer = load_renderer(path, tone)
    height = int(width * 0.75)
    if renderer is not None:
        view = renderer.viewBoxF()
        if view.width() > 0:
            height = int(width * view.height() / view.width())
    image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#ffffff"))
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_illustration(painter, renderer, QRectF(0, 0, width, height), texts, font)
        painter.end()
    return image


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
        self.setAccessibleName(self.tr("Illustration"))
        alt = " ".join(t.alt for t in (texts, compare_texts) if t and t.alt)
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.update()

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
        return self._path is not None and load_renderer(self._path, self._tone) is not None

    @property
    def has_compare(self) -> bool:
        """Whether a compare pair is shown."""
        return self._compare is not None and load_renderer(self._compare, self._tone) is not None

    @property
    def shows_skin(self) -> bool:
        """Whether tone buttons apply to what is shown."""
        return any(p is not None and shows_skin(str(p)) for p in (self._path, self._compare))

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = load_renderer(self._path, self._tone) if self._path else None
        if renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        other = load_renderer(self._compare, self._tone) if self._compare else None
        self._boxes = []
        target = fit_rect(renderer, area, top=True)
        self._target = target
        if other is None:
            renderer.render(painter, target)
            self._remember(paint_labels(painter, renderer, target, self._texts, self.font())
                           if self._texts else {}, self._texts)
        else:
            cut = target.x() + target.width() * self.split
            for svg, texts, clip in (
                (renderer, self._texts, QRectF(target.x(), target.y(), cut - target.x(), target.height())),
                (other, self._compare_texts, QRectF(cut, target.y(), target.right() - cut, target.height())),
            ):
                painter.save()
                painter.setClipRect(clip)
                svg.render(painter, target)
                boxes = paint_labels(painter, svg, target, texts, self.font()) if texts else {}
                painter.restore()
                self._remember({k: b for k, b in boxes.items() if clip.contains(b.center())}, texts)
            painter.setPen(QPen(QColor("#0b6e6e"), 4))
            painter.drawLine(QPointF(cut, target.top()), QPointF(cut, target.bottom()))
            painter.setBrush(QColor("#0b6e6e"))
            painter.drawEllipse(QPointF(cut, target.center().y()), 22, 22)
            painter.setPen(QPen(QColor("#ffffff"), 3))
            y = target.center().y()
            painter.drawLine(QPointF(cut - 10, y), QPointF(cut - 4, y - 6))
            painter.drawLine(QPointF(cut - 10, y), QPointF(cut - 4, y + 6))
            painter.drawLine(QPointF(cut + 10, y), QPointF(cut + 4, y - 6))
            painter.drawLine(QPointF(cut + 10, y), QPointF(cut + 4, y + 6))
        painter.end()

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
