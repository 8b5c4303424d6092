"""Vector illustrations with labels that come from content (so they translate and scale)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from edu_app.core import cache
from edu_app.core.model import IllustrationText
from edu_app.core.theme import NORMAL, Theme

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


@lru_cache(maxsize=32)
def renderer_for(path: str, mtime: float) -> QSvgRenderer:
    """A shared renderer per file (re-read when the file changes)."""
    from PySide6.QtSvg import QSvgRenderer  # not needed for the first screen

    del mtime  # part of the cache key only
    return QSvgRenderer(path)


def load_renderer(path: Path) -> QSvgRenderer | None:
    """The renderer for an SVG file, or None when it is missing or invalid."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    renderer = renderer_for(str(path), mtime)
    return renderer if renderer.isValid() else None


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


def paint_illustration(
    painter: QPainter,
    renderer: QSvgRenderer,
    area: QRectF,
    texts: IllustrationText | None,
    font: QFont,
    theme: Theme,
) -> None:
    """Draw the SVG at the top of ``area`` and write each label into its box.

    All labels of one illustration share one font size: the largest at which every label fits
    its box (never larger than ``font``), so they read as a set.
    """
    target = fit_rect(renderer, area, top=True)
    renderer.render(painter, target)
    if texts is None:
        return
    boxes = label_boxes(renderer, target, list(texts.labels))
    if not boxes:
        return
    size = min(fitted_font(font, texts.labels[i], box).pointSizeF() for i, box in boxes.items())
    label_font = QFont(font)
    label_font.setPointSizeF(size)
    painter.setFont(label_font)
    painter.setPen(QColor(theme.text))
    for element_id, box in boxes.items():
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), texts.labels[element_id]
        )


class IllustrationView(QWidget):
    """Shows one illustration, scaled to fit, with its translated labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._texts: IllustrationText | None = None
        self._theme = NORMAL
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def set_illustration(self, path: Path | None, texts: IllustrationText | None) -> None:
        """Show the SVG at ``path`` (None or a bad file shows nothing)."""
        self._renderer = load_renderer(path) if path is not None else None
        self._texts = texts
        self.setAccessibleName(self.tr("Illustration"))
        self.setAccessibleDescription(texts.alt if texts else "")
        self.setToolTip(texts.alt if texts else "")
        self.update()

    def set_theme(self, theme: Theme) -> None:
        """Colours for the labels."""
        self._theme = theme
        self.update()

    @property
    def has_illustration(self) -> bool:
        """Whether a valid SVG is shown."""
        return self._renderer is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._theme.name != "normal":
            # Illustrations keep their colours; give them a light stage in high contrast.
            painter.fillRect(self.rect(), QColor("#ffffff"))
        paint_illustration(
            painter, self._renderer, QRectF(self.rect()).adjusted(4, 4, -4, -4),
            self._texts, self.font(), NORMAL,
        )
        painter.end()
