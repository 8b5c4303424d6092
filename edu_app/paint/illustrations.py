"""Drawing illustrations: SVG renderers per skin tone, labels or a numbered legend, thumbnails,
and figure images for page text, on screen and on paper. The widget that shows them is
``edu_app.ui.illustration``; ``edu_app.ui.illustration_cache`` keeps them drawn."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPixmap,
)

from edu_app import code_version
from edu_app.core import cache
from edu_app.core.model import IllustrationText
from edu_app.core.tones import apply_tone, has_skin
from edu_app.paint.thai_breaks import breaks

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

LABEL_COLOUR = "#1f2a30"
THUMBNAIL_CODE = ("edu_app.paint.illustrations", "edu_app.core.tones")  # part of thumbnail keys
PREMULTIPLIED = QImage.Format.Format_ARGB32_Premultiplied


class Outline(NamedTuple):
    """What placing an illustration needs without parsing it: its view box and where its label
    boxes are, in the SVG's own units. ``key`` names the file version in caches."""

    key: str
    view: tuple[float, float, float, float]
    boxes: dict[str, tuple[float, float, float, float]]

    def viewBoxF(self) -> QRectF:
        """The view box (named as QSvgRenderer's, which an outline stands in for)."""
        return QRectF(*self.view)


if TYPE_CHECKING:
    Shape = QSvgRenderer | Outline  # what the placing functions below accept


def outline_of(renderer: QSvgRenderer, key: str, ids: list[str]) -> Outline:
    """A parsed SVG's outline, for the label elements ``ids`` it has."""
    boxes = {}
    for element_id in ids:
        if renderer.elementExists(element_id):
            box = renderer.transformForElement(element_id).mapRect(
                renderer.boundsOnElement(element_id))
            boxes[element_id] = (box.x(), box.y(), box.width(), box.height())
    view = renderer.viewBoxF()
    return Outline(key, (view.x(), view.y(), view.width(), view.height()), boxes)


@lru_cache(maxsize=6)
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


def forget_parsed() -> None:
    """Drop every parsed SVG and worked-out label size (as a new start of the program has
    none; for measurements and tests)."""
    _renderer.cache_clear()
    _SIZES.clear()
    _HEIGHTS.clear()


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

    Kept in the cache folder as raw pixels, keyed by the SVG's size and time and by the code that
    draws it (edu_app.code_version), so later starts read one small file instead of parsing and
    drawing the SVG (or decoding a PNG).
    """
    source = Path(path)
    size = QSize(int(width * ratio), int(height * ratio))
    try:
        stat = source.stat()
        key = (f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}-{code_version.of(*THUMBNAIL_CODE)}"
               f"-{size.width()}x{size.height()}")
    except OSError:
        key = ""
    cached = cache.file_for("thumb", key, ".argb32") if key else None
    image = read_pixels(cached, size) if cached is not None else None
    if image is None:
        # Transparent from zeroed pixels: QImage.fill() would build QtCore.Qt's enums (it has
        # an overload for Qt.GlobalColor), which start-up avoids (see edu_app.ui.widgets).
        image = image_from(bytes(size.width() * size.height() * 4), size)
        renderer = load_renderer(source)
        if renderer is not None:
            image.setDevicePixelRatio(ratio)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, fit_rect(renderer, QRectF(0, 0, width, height)))
            painter.end()
            if cached is not None:
                write_pixels(cached, image)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def read_pixels(path: Path, size: QSize, kind: QImage.Format = PREMULTIPLIED) -> QImage | None:
    """Cached pixels, or None when missing, damaged (then dropped, see :mod:`edu_app.core.cache`)
    or not the expected size."""
    expected = size.width() * size.height() * 4
    data = cache.read_checked(path, expected, cache.FAST)
    if data is None:
        return None
    if len(data) != expected:
        cache.drop(path, "wrong size")
        return None
    return image_from(data, size, kind)


def image_from(pixels: bytes, size: QSize, kind: QImage.Format = PREMULTIPLIED) -> QImage:
    """An image holding a copy of raw 32-bit pixels (premultiplied ARGB32 or RGB32)."""
    image = QImage(pixels, size.width(), size.height(), kind)
    return image.copy()  # (its own pixels: ``pixels`` may be freed once this returns)


def write_pixels(path: Path, image: QImage) -> None:
    """Keep an image's pixels, checked (best effort: an unwritable cache is not an error)."""
    # 32 bits a pixel, one row after another with no padding
    cache.write_checked(path, bytes(image.constBits())[: image.width() * image.height() * 4],
                        cache.FAST)


def fit_rect(shape: Shape, area: QRectF, top: bool = False) -> QRectF:
    """The largest rectangle with the SVG's aspect ratio, centred in ``area`` (or at its top)."""
    view = shape.viewBoxF()
    if view.width() <= 0 or view.height() <= 0:
        return area
    scale = min(area.width() / view.width(), area.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    y = area.y() if top else area.y() + (area.height() - height) / 2
    return QRectF(area.x() + (area.width() - width) / 2, y, width, height)


def label_boxes(shape: Shape, target: QRectF, ids: list[str]) -> dict[str, QRectF]:
    """Where each label box of the SVG lands inside ``target`` (widget coordinates)."""
    if not isinstance(shape, Outline):
        shape = outline_of(shape, "", ids)
    x0, y0, width, height = shape.view
    sx, sy = target.width() / width, target.height() / height
    return {
        element_id: QRectF(target.x() + (x - x0) * sx, target.y() + (y - y0) * sy, w * sx, h * sy)
        for element_id in ids if element_id in shape.boxes
        for x, y, w, h in (shape.boxes[element_id],)
    }


def _fits(font: QFont, size: float, text: str, box: QRectF) -> bool:
    trial = QFont(font)
    trial.setPointSizeF(size)
    needed = QFontMetricsF(trial).boundingRect(box, int(QtCore.Qt.TextFlag.TextWordWrap),
                                               breaks(text))
    return needed.width() <= box.width() + 0.5 and needed.height() <= box.height() + 0.5


def fitted_font(base: QFont, text: str, box: QRectF, minimum: float = 6.0) -> QFont:
    """``base`` shrunk (in half points, found by bisection) until ``text`` wraps inside ``box``."""
    font = QFont(base)
    top = base.pointSizeF()
    if _fits(base, top, text, box):
        return font
    low, high = 0, int((top - minimum) * 2)  # steps of half a point below ``top``
    while low < high:
        middle = (low + high) // 2
        if _fits(base, top - (middle + 1) * 0.5, text, box):
            high = middle
        else:
            low = middle + 1
    font.setPointSizeF(max(minimum, top - (low + 1) * 0.5))
    return font


LEGEND_RATIO = 0.75  # below this share of the reading size, labels move to a legend
BADGE = "#0b6e6e"


def label_size(shape: Shape, target: QRectF, texts: IllustrationText, font: QFont) -> float:
    """The largest point size at which every label fits its box (at most the reading size)."""
    key = (shape.key if isinstance(shape, Outline) else id(shape), round(target.width()),
           round(target.height()), tuple(texts.labels.items()), font.key())
    if key not in _SIZES:
        boxes = label_boxes(shape, target, list(texts.labels))
        _SIZES[key] = font.pointSizeF() if not boxes else min(
            fitted_font(font, texts.labels[i], box).pointSizeF() for i, box in boxes.items()
        )
        while len(_SIZES) > 256:
            _SIZES.pop(next(iter(_SIZES)))
    return _SIZES[key]


_SIZES: dict[tuple[object, ...], float] = {}  # label sizes already worked out


def legend_items(texts: list[IllustrationText | None]) -> list[str]:
    """Label texts in legend order (first illustration's, then its compare partner's)."""
    return [text for t in texts if t is not None for text in t.labels.values()]


def legend_height(items: list[str], width: float, font: QFont) -> float:
    """Height of the legend for ``items`` at ``font`` in ``width``."""
    metrics = QFontMetricsF(font)
    flags = int(QtCore.Qt.TextFlag.TextWordWrap)
    indent = metrics.height() * 1.8
    return sum(metrics.boundingRect(QRectF(0, 0, width - indent, 10_000), flags,
                                    breaks(item)).height() + 6 for item in items)


def plan(
    shape: Shape, area: QRectF, texts: list[IllustrationText | None], font: QFont,
    least: float = LEGEND_RATIO,
) -> tuple[QRectF, QRectF | None]:
    """Where the picture goes, and the legend's rectangle when labels would be too small.

    Labels are written inside the picture when they fit at three quarters of the reading size
    or more. At large text sizes they become numbered badges with a legend underneath at the
    full reading size, so labels always grow with the text.
    """
    target = fit_rect(shape, area, top=True)
    main = texts[0] if texts else None
    if main is None or not main.labels:
        return target, None
    if label_size(shape, target, main, font) >= font.pointSizeF() * least:
        return target, None
    items = legend_items(texts)
    height = legend_height(items, area.width(), font)
    picture = QRectF(area.x(), area.y(), area.width(), max(area.height() - height - 10,
                                                           area.height() * 0.45))
    target = fit_rect(shape, picture, top=True)
    return target, QRectF(area.x(), target.bottom() + 10, area.width(), height)


def paint_labels(
    painter: QPainter, shape: Shape, target: QRectF, texts: IllustrationText, font: QFont,
    first_number: int = 0, within: QRectF | None = None,
) -> dict[str, QRectF]:
    """Write each label into its box (all at one size), or, with ``first_number``, a numbered
    badge for the legend. With ``within``, only the labels (or badges) wholly inside it are
    drawn, and returned: one side of a compare wipe shows its labels whole or not at all."""
    boxes = every = label_boxes(shape, target, list(texts.labels))
    if not boxes:
        return boxes
    if within is not None:
        if first_number:  # a badge is a circle at the box's centre, at most a line across
            reach = QFontMetricsF(font).height() * 0.6 + 2
            boxes = {k: b for k, b in every.items()
                     if within.contains(QRectF(b.center().x() - reach, b.center().y() - reach,
                                               2 * reach, 2 * reach))}
        else:
            boxes = {k: b for k, b in every.items() if within.contains(b)}
        if not boxes:
            return boxes
    if first_number:
        badge_font = QFont(font)
        badge_font.setBold(True)
        smallest = min(min(b.height(), b.width()) for b in every.values())  # (all: one size)
        line = QFontMetricsF(font).height()  # in the painter's own pixels (screen or paper)
        radius = max(line * 0.4, min(line * 0.6, smallest * 0.45))
        badge_font.setPixelSize(max(8, int(radius * 1.15)))
        painter.setFont(badge_font)
        for number, element_id in enumerate(texts.labels, start=first_number):
            if element_id not in boxes:
                continue
            centre = boxes[element_id].center()
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(QColor(BADGE))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                             int(QtCore.Qt.AlignmentFlag.AlignCenter), str(number))
        return boxes
    label_font = QFont(font)
    label_font.setPointSizeF(label_size(shape, target, texts, font))  # (over all its labels)
    painter.setFont(label_font)
    painter.setPen(QColor(LABEL_COLOUR))
    flags = int(QtCore.Qt.AlignmentFlag.AlignCenter | QtCore.Qt.TextFlag.TextWordWrap)
    for element_id, box in boxes.items():
        painter.drawText(box, flags, breaks(texts.labels[element_id]))
    return boxes


def paint_legend(painter: QPainter, rect: QRectF, items: list[str], font: QFont) -> None:
    """Numbered legend lines at the reading size."""
    metrics = QFontMetricsF(font)
    indent = metrics.height() * 1.8
    flags = int(QtCore.Qt.TextFlag.TextWordWrap)
    y = rect.y()
    bold = QFont(font)
    bold.setBold(True)
    for number, item in enumerate(items, start=1):
        painter.setFont(bold)
        painter.setPen(QColor(BADGE))
        painter.drawText(QRectF(rect.x(), y, indent, metrics.height()), 0, str(number))
        painter.setFont(font)
        painter.setPen(QColor(LABEL_COLOUR))
        box = QRectF(rect.x() + indent, y, rect.width() - indent, 10_000)
        item = breaks(item)  # Thai wraps between words without libthai
        used = metrics.boundingRect(box, flags, item).height()
        painter.drawText(QRectF(box.x(), y, box.width(), used), flags, item)
        y += used + 6


def paint_illustration(
    painter: QPainter, renderer: QSvgRenderer, area: QRectF, texts: IllustrationText | None,
    font: QFont, least: float = LEGEND_RATIO,
) -> QRectF:
    """Draw the SVG at the top of ``area`` with its labels (or a legend); returns the picture."""
    target, legend = plan(renderer, area, [texts], font, least)
    renderer.render(painter, target)
    if texts is not None:
        paint_labels(painter, renderer, target, texts, font, 1 if legend else 0)
        if legend is not None:
            paint_legend(painter, legend, legend_items([texts]), font)
    return target


def figure_height(
    path: Path, texts: IllustrationText | None, width: int, font: QFont, tone: str = "light",
    least: float = LEGEND_RATIO,
) -> int:
    """The height of :func:`figure_image` at ``width`` (known without drawing it; remembered,
    so laying out a page again needs no SVG)."""
    key = (str(path), width, font.key(), tone, tuple(texts.labels.items()) if texts else (), least)
    if key not in _HEIGHTS:
        renderer = load_renderer(path, tone)
        if renderer is None:
            return int(width * 0.75)
        target, legend = plan(renderer, QRectF(0, 0, width, 100_000), [texts], font, least)
        _HEIGHTS[key] = int(target.height() + (legend.height() + 14 if legend is not None else 0))
        while len(_HEIGHTS) > 256:
            _HEIGHTS.pop(next(iter(_HEIGHTS)))
    return _HEIGHTS[key]


_HEIGHTS: dict[tuple[object, ...], int] = {}  # figure heights already worked out


def figure_image(
    path: Path, texts: IllustrationText | None, width: int, font: QFont, ratio: float,
    tone: str = "light",
) -> QImage:
    """An illustration with labels (or a legend) as an image for a figure inside page text."""
    renderer = load_renderer(path, tone)
    height = figure_height(path, texts, width, font, tone)
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


