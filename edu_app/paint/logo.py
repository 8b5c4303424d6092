"""The clinic's logo: read once, bounded, scaled once per size it is shown at, kept in memory.

``clinic.toml`` names any file, so it is checked before anything decodes it: a regular file (a
FIFO or a device would block start-up), at most LOGO_MAX_BYTES, a picture whose header says it
has at most LOGO_MAX_PIXELS (a 24-megapixel photo froze the handout builder on every keystroke),
and an SVG that draws only itself: no ``<image>``, no reference to another file or address, no
DOCTYPE. A logo that fails a check is left out, and :attr:`Logo.problem` says why, for the staff
strip. The top bar shows the logo 48 px high; the printed header draws an SVG as vectors and a
bitmap from a copy scaled once to the printer's size, so a PDF stays small.
"""

from __future__ import annotations

import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

LOGO_MAX_BYTES = 5_000_000
SVG_MAX_BYTES = 1_000_000
LOGO_MAX_PIXELS = 16_000_000  # e.g. 4000 × 4000; a logo needs a small fraction of this
LARGEST_KEPT = 1024  # px high: the decoded copy kept in memory (a print header needs ~150–600)
_URL_RE = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_FORBIDDEN_TAGS = {"image", "feimage", "script", "foreignobject", "iframe", "video", "audio"}


def bitmap_format(data: bytes) -> str | None:
    """The picture format from the file's first bytes (PNG, JPEG, GIF, BMP, WebP), or None. Qt
    is told this format, so it never guesses from the content: it could guess SVG, and reading
    an SVG's size already loads the pictures it names."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"BM"):
        return "bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def svg_problem(data: bytes) -> str | None:
    """Why an SVG may not be used as a logo, or None: it must draw only itself (references to
    its own parts, ``#id``, are fine; pictures and other files or addresses are not)."""
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        return "the SVG has a DOCTYPE or entities; save it as plain SVG"
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, ValueError):
        return "the SVG cannot be read"
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1].lower()
        if tag in _FORBIDDEN_TAGS:
            return f"the SVG contains <{tag}>; a logo must be drawn shapes only (or use a PNG)"
        for name, value in element.attrib.items():
            targets = [value] if name.rsplit("}", 1)[-1].lower() == "href" else []
            targets += _URL_RE.findall(value)
            if any(target and not target.startswith("#") for target in targets):
                return "the SVG refers to another file or address; a logo must be self-contained"
        sheet = (element.text or "") if tag == "style" else ""
        if "@import" in sheet.lower() or any(not t.startswith("#") for t in _URL_RE.findall(sheet)):
            return "the SVG refers to another file or address; a logo must be self-contained"
    return None


class Logo:
    """One logo file, checked and decoded once (see the module's notes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""
        self._svg: QByteArray | None = None
        self._renderer: QSvgRenderer | None = None
        self._image: QImage | None = None  # at most LARGEST_KEPT high
        self._scaled: dict[int, QImage] = {}
        self.problem = self._load() or ""

    def _load(self) -> str | None:
        try:
            info = self.path.stat()
        except OSError as exc:
            return f"cannot be read ({exc.strerror})"
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file"
        svg = self.path.suffix.lower() in (".svg", ".svgz")
        most = SVG_MAX_BYTES if svg else LOGO_MAX_BYTES
        if info.st_size > most:
            return f"is {info.st_size} bytes; a logo may have at most {most}"
        try:
            with self.path.open("rb") as handle:
                data = handle.read(most + 1)
        except OSError as exc:
            return f"cannot be read ({exc.strerror})"
        return self._load_svg(data) if svg else self._load_bitmap(data)

    def _load_svg(self, data: bytes) -> str | None:
        from PySide6.QtSvg import QSvgRenderer

        if self.path.suffix.lower() == ".svgz":
            return "a compressed SVG (.svgz) is not used; save it as .svg"
        problem = svg_problem(data)
        if problem is not None:
            return problem
        renderer = QSvgRenderer(QByteArray(data))
        size = renderer.defaultSize()
        if not renderer.isValid() or size.width() <= 0 or size.height() <= 0:
            return "the SVG has no size (check its width, height or viewBox)"
        self._svg, self._renderer = QByteArray(data), renderer  # parsed once
        return None

    def _load_bitmap(self, data: bytes) -> str | None:
        kind = bitmap_format(data)
        if kind is None:  # (an SVG named logo.png, too)
            return "is not a picture (use PNG, JPEG or SVG)"
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(kind.encode("ascii")))
        reader.setDecideFormatFromContent(False)
        size = reader.size()  # from the file's header: nothing is decoded yet
        if not size.isValid() or size.width() <= 0 or size.height() <= 0:
            return "is not a picture (use PNG, JPEG or SVG)"
        pixels = size.width() * size.height()
        if pixels > LOGO_MAX_PIXELS:
            return (f"is {size.width()} × {size.height()} pixels; a logo may have at most "
                    f"{LOGO_MAX_PIXELS // 1_000_000} million (a few hundred pixels high is plenty)")
        if size.height() > LARGEST_KEPT:
            reader.setScaledSize(QSize(max(1, round(size.width() * LARGEST_KEPT / size.height())),
                                       LARGEST_KEPT))
        image = reader.read()
        if image.isNull():
            return f"cannot be decoded ({reader.errorString()})"
        self._image = image
        return None

    @property
    def usable(self) -> bool:
        """Whether there is a logo to show."""
        return self._svg is not None or self._image is not None

    def aspect(self) -> float:
        """Width over height."""
        if self._renderer is not None:
            size = self._renderer.defaultSize()
            return size.width() / size.height()
        if self._image is not None:
            return self._image.width() / max(1, self._image.height())
        return 1.0

    def image(self, height: int) -> QImage | None:
        """The logo ``height`` pixels high (made once per height), or None."""
        if not self.usable or height <= 0:
            return None
        if height not in self._scaled:
            if len(self._scaled) > 8:  # text sizes and screens: a handful of heights at most
                self._scaled.clear()
            width = max(1, round(height * self.aspect()))
            if self._renderer is not None:
                image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.transparent)
                painter = QPainter(image)
                self._renderer.render(painter, QRectF(0, 0, width, height))
                painter.end()
            else:
                assert self._image is not None
                image = self._image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
            self._scaled[height] = image
        return self._scaled[height]

    def draw(self, painter: QPainter, corner: QPointF, height: float) -> QRectF | None:
        """Draw the logo ``height`` high at ``corner`` (an SVG as vectors); the rectangle drawn,
        or None when there is no usable logo."""
        if not self.usable or height <= 0:
            return None
        target = QRectF(corner.x(), corner.y(), height * self.aspect(), height)
        if self._renderer is not None:
            self._renderer.render(painter, target)
        else:
            image = self.image(max(1, round(height)))
            assert image is not None
            painter.drawImage(target, image)
        return target


_loaded: dict[Path, Logo] = {}


def clinic_logo(path: Path) -> Logo:
    """The logo at ``path``, checked and decoded on first use and kept (a clinic has one)."""
    logo = _loaded.get(path)
    if logo is None:
        _loaded.clear()
        logo = _loaded[path] = Logo(path)
    return logo


def forget_logos() -> None:
    """Drop the kept logos (tests; a changed configuration)."""
    _loaded.clear()
