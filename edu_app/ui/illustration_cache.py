"""Illustrations ready to paint without parsing their SVG again.

Opening a page used to parse its illustration (0.5–1.3 ms), work out where its labels go and draw
it (1–3 ms): a quarter of a frame. Two things are kept instead, so a page opens by copying pixels
(``make bench``, Dec 2026: a page's first open 5.2 ms with its picture kept, 11.0 ms without):

- each SVG's **outline** (its view box and label boxes, in the SVG's own units), in memory and
  in one small file in the cache folder, checked against the file's size and time;
- each **picture** as drawn (the SVG with its labels or numbered badges, at one size, skin tone,
  text size and screen density), as raw pixels in the cache folder, like the card thumbnails.
  Only the newest ``KEEP_PICTURES`` files are kept.

The pictures on screen stay in memory (at most ``IN_MEMORY``); :func:`drop` lets them go when
the reader pauses. The cache holds only drawings of our own illustrations, never anything a
person typed or drew; without a cache folder everything still works, drawn each time.
"""

from __future__ import annotations

import contextlib
import os
import re
import zlib
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QImage, QPainter

from edu_app import code_version
from edu_app.core import cache
from edu_app.core.model import IllustrationText
from edu_app.paint.illustrations import (
    Outline,
    forget_parsed,
    image_from,
    load_renderer,
    outline_of,
    paint_labels,
    read_pixels,
    shows_skin,
    write_pixels,
)

KEEP_PICTURES = 40  # picture files kept in the cache folder (under 1 MB each at 1×)
IN_MEMORY = 3  # pictures kept in memory: a compare pair, and the clinician's stage
FORMAT = 1  # part of every key: raised when what is stored changes shape
# The modules whose code measures outlines and draws pictures: a change to any of them makes new
# keys (edu_app.code_version), so a change in how pictures are drawn needs no FORMAT change.
PICTURE_CODE = ("edu_app.ui.illustration_cache", "edu_app.paint.illustrations", "edu_app.core.tones")
_LABEL_ID = re.compile(r'\bid="(label-[^"]+)"')
_RGB32 = QImage.Format.Format_RGB32  # opaque: copied to the screen without blending

_outlines: dict[str, tuple[int, int, Outline | None]] | None = None
_pictures: dict[str, QImage] = {}  # most recently used last


def _code() -> str:
    """This code's part of every key (worked out once per process)."""
    return f"f{FORMAT}-{code_version.of(*PICTURE_CODE)}"


def _table() -> dict[str, tuple[int, int, Outline | None]]:
    global _outlines
    if _outlines is None:
        stored = cache.load("outlines", _code())
        _outlines = stored if isinstance(stored, dict) else {}
    return _outlines


def outline(path: Path) -> Outline | None:
    """The SVG's outline, or None when the file is missing or not a valid SVG."""
    try:
        stat = path.stat()
    except OSError:
        return None
    table, name = _table(), str(path)
    entry = table.get(name)
    if (isinstance(entry, tuple) and len(entry) == 3 and entry[:2] == (stat.st_size, stat.st_mtime_ns)
            and (entry[2] is None or isinstance(entry[2], Outline))):
        return entry[2]
    key = f"{path.stem}-{zlib.crc32(name.encode()):08x}-{stat.st_size}-{stat.st_mtime_ns}"
    found = _measure(path, key)
    table[name] = (stat.st_size, stat.st_mtime_ns, found)
    cache.store("outlines", _code(), table)
    return found


def _measure(path: Path, key: str) -> Outline | None:
    renderer = load_renderer(path)
    if renderer is None:
        return None
    try:
        ids = sorted(set(_LABEL_ID.findall(path.read_text(encoding="utf-8"))))
    except (OSError, UnicodeDecodeError):
        return None
    return outline_of(renderer, key, ids)


def snap(rect: QRectF, ratio: float) -> QRectF:
    """``rect`` moved and sized to whole device pixels, so a picture is copied, not resampled."""
    return QRectF(round(rect.x() * ratio) / ratio, round(rect.y() * ratio) / ratio,
                  max(1, round(rect.width() * ratio)) / ratio,
                  max(1, round(rect.height() * ratio)) / ratio)


def picture(
    path: Path, shape: Outline, tone: str, target: QRectF, ratio: float,
    texts: IllustrationText | None, font: QFont, first_number: int = 0,
) -> QImage | None:
    """The illustration drawn to fill ``target`` (snapped, see :func:`snap`) on white, with its
    labels (or, with ``first_number``, numbered badges); None if the SVG cannot be drawn."""
    size = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
    tone = tone if shows_skin(str(path)) else "light"  # the same picture in every tone
    labels = tuple(texts.labels.items()) if texts else ()
    detail = zlib.crc32(repr((labels, font.key(), first_number, ratio)).encode())
    key = f"{shape.key}-{tone}-{size.width()}x{size.height()}-{detail:08x}-{_code()}"
    image = _pictures.pop(key, None)
    if image is None:
        file = cache.file_for("picture", key, ".rgb32")
        image = read_pixels(file, size, _RGB32) if file is not None else None
        if image is None:
            image = _draw(path, shape, tone, size, ratio, texts, font, first_number)
            if image is None:
                return None
            if file is not None:
                write_pixels(file, image)
                cache.prune("picture", KEEP_PICTURES)
        elif file is not None:
            _touch(file)  # recently used: pruned last
        image.setDevicePixelRatio(ratio)
    _pictures[key] = image
    while len(_pictures) > IN_MEMORY:
        _pictures.pop(next(iter(_pictures)))
    return image


def _draw(
    path: Path, shape: Outline, tone: str, size: QSize, ratio: float,
    texts: IllustrationText | None, font: QFont, first_number: int,
) -> QImage | None:
    renderer = load_renderer(path, tone)
    if renderer is None:
        return None
    # White from bytes: QImage.fill() would build QtCore.Qt's enums (see edu_app.ui.widgets).
    image = image_from(b"\xff" * (size.width() * size.height() * 4), size, _RGB32)
    image.setDevicePixelRatio(ratio)
    frame = QRectF(0, 0, size.width() / ratio, size.height() / ratio)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, frame)
    if texts is not None:
        paint_labels(painter, shape, frame, texts, font, first_number)
    painter.end()
    return image


def _touch(file: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(file)


def drop() -> None:
    """Let the pictures kept in memory go (they are read back from the cache folder)."""
    _pictures.clear()


def reset() -> None:
    """Forget everything kept in memory, parsed SVGs included, as a new start of the program
    has it (for measurements and tests; the cache folder is left as it is)."""
    global _outlines
    _outlines = None
    _pictures.clear()
    forget_parsed()
