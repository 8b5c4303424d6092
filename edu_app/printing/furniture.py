"""A printed page's furniture: the header (clinic, logo, QR code) and the footer (disclaimer, page
number, dates), each in the language of the text on that page.

Sizes follow the handout's print size: in large print every word here is at least 14 pt, like
the text. The QR code keeps a quiet zone of four modules (the margin a scanner needs to find it)
and a caption says what it opens.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from edu_app.core.handout import HandoutLabels
from edu_app.core.qr import qr_matrix
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import FAMILIES

ACCENT = "#0b6e6e"
MUTED = "#4f5d65"
QUIET_MODULES = 4  # white modules around a QR code (ISO/IEC 18004)
QR_MM = 17.0  # the printed code without its quiet zone; a phone reads it from 30 cm
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class Sizes(NamedTuple):
    """Point sizes of the furniture (normal or large print)."""

    name: float
    small: float

    @classmethod
    def of(cls, large_print: bool) -> Sizes:
        return cls(16.5, 14.25) if large_print else cls(13.0, 9.0)

    @property
    def large(self) -> bool:
        """Large print: the footer's disclaimer and page line run on as one text (each alone
        takes a line and a bit at 14 pt)."""
        return self.small >= 14


class Placed(NamedTuple):
    """Where the header put things (for tests and for the page's own checks)."""

    qr: QRectF | None  # the code's dark-module area
    quiet: QRectF | None  # the code with its quiet zone
    rule_y: float


def print_font(points: float, bold: bool = False) -> QFont:
    """The handout font. Glyph composition ('ccmp') is off: with it, Thai tone marks become
    glyph variants that a PDF's text layer cannot map back to letters, so copied or searched
    Thai text would lose them; mark positioning still places them correctly."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("ccmp"), 0)
    return font


def _font(points: float, bold: bool = False) -> QFont:
    return print_font(points, bold)


def _metrics(points: float, device: QPaintDevice, bold: bool = False) -> QFontMetricsF:
    """Font measures at the device's resolution (not the screen's)."""
    return QFontMetricsF(_font(points, bold), device)


def header_height(clinic: ClinicConfig, sizes: Sizes, mm: float, first: bool,
                  device: QPaintDevice) -> float:
    """The header's height on a page, rule included (the first page carries the QR code)."""
    name = _metrics(sizes.name, device, True).height()
    small = _metrics(sizes.small, device).height()
    text = name + small * 1.2
    if first and qr_matrix(clinic.clinic_website) is not None:
        module = QR_MM * mm / 21  # at least this for the smallest code (version 1, 21 modules)
        text = max(text, QR_MM * mm + 2 * QUIET_MODULES * module)
    return text + 3 * mm


def draw_header(painter: QPainter, width: float, clinic: ClinicConfig, labels: HandoutLabels,
                sizes: Sizes, mm: float, first: bool) -> Placed:
    """Clinic logo and name, contact, and on the first page the website's QR code (with its
    quiet zone kept white and a caption), above an accent rule."""
    device = painter.device()
    height = header_height(clinic, sizes, mm, first, device) - 3 * mm
    painter.save()
    left = 0.0
    if clinic.clinic_logo is not None:
        from edu_app.paint.logo import clinic_logo  # checked, decoded and scaled once

        drawn = clinic_logo(clinic.clinic_logo).draw(painter, QPointF(0, 0),
                                                     min(height, 14 * mm) * 0.9)
        if drawn is not None:
            left = drawn.right() + 4 * mm
    code = qr_matrix(clinic.clinic_website) if first else None
    qr = quiet = None
    right = width
    if code is not None:
        module = QR_MM * mm / len(code)
        side = QR_MM * mm + 2 * QUIET_MODULES * module
        quiet = QRectF(width - side, 0, side, side)
        qr = quiet.adjusted(QUIET_MODULES * module, QUIET_MODULES * module,
                            -QUIET_MODULES * module, -QUIET_MODULES * module)
        painter.fillRect(quiet, QColor("#ffffff"))
        _draw_matrix(painter, qr, code)
        caption = labels.qr.format(address=_short_address(clinic.clinic_website))
        painter.setFont(_font(sizes.small))
        painter.setPen(QColor(MUTED))
        box = QRectF(width * 0.55, qr.top(), quiet.left() - width * 0.55 - 1 * mm, qr.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                  | Qt.TextFlag.TextWordWrap), caption)
        right = box.left() - 2 * mm
    painter.setFont(_font(sizes.name, True))
    painter.setPen(QColor(ACCENT))
    name_h = _metrics(sizes.name, device, True).height()
    text_rect = QRectF(left, 0, right - left, name_h)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     clinic.clinic_name or labels.program)
    painter.setFont(_font(sizes.small))
    painter.setPen(QColor(MUTED))
    contact = clinic.clinic_contact or (labels.program if clinic.clinic_name else "")
    painter.drawText(QRectF(left, name_h * 1.1, right - left, height - name_h * 1.1), WRAP, contact)
    rule_y = height + 1.5 * mm
    painter.setPen(QPen(QColor(ACCENT), 0.6 * mm))
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
    painter.restore()
    return Placed(qr, quiet, rule_y)


def _short_address(url: str) -> str:
    """A web address as people read it aloud: no scheme, no trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")


def draw_qr(painter: QPainter, rect: QRectF, url: str) -> bool:
    """A QR code as filled squares (vector), generated offline; False (nothing drawn) when
    ``url`` cannot be a QR code (see :func:`edu_app.core.qr.qr_matrix`)."""
    matrix = qr_matrix(url)
    if matrix is None:
        return False
    _draw_matrix(painter, rect, matrix)
    return True


def _draw_matrix(painter: QPainter, rect: QRectF, matrix: list[list[bool]]) -> None:
    count = len(matrix)
    cell = rect.width() / count
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(rect.x() + x * cell, rect.y() + y * cell, cell, cell))
    painter.restore()


class Footer(NamedTuple):
    """One language's footer words for a page."""

    labels: HandoutLabels
    page_labels: Labels


def _footer_lines(footer: Footer, number: int, pages: int, today: dt.date,
                  reviewed: dt.date | None, joined: bool = False) -> tuple[str, ...]:
    labels, words = footer
    parts = [labels.page.format(number=number, total=pages),
             labels.printed.format(date=words.date(today))]
    if reviewed:
        parts.append(labels.content_reviewed.format(date=words.date(reviewed)))
    if joined:  # (single spaces: at 14 pt the wider ones cost the footer a line)
        return (" · ".join([labels.disclaimer, *parts]),)
    return labels.disclaimer, "  ·  ".join(parts)


def footer_height(footers: list[Footer], width: float, sizes: Sizes, mm: float,
                  device: QPaintDevice, most_pages: int = 999) -> float:
    """The height the footers of every language need, for page numbers up to ``most_pages``
    and the longest date of the year in each language (so a handout's pages do not change with
    the day it is printed)."""
    metrics = _metrics(sizes.small, device)
    days = [dt.date(2026, month, 28) for month in range(1, 13)]
    total = 2 * mm
    for footer in footers:
        total += max(sum(metrics.boundingRect(QRectF(0, 0, width, 10_000), WRAP, line).height()
                         for line in _footer_lines(footer, most_pages, most_pages, day, day,
                                                   sizes.large))
                     for day in days)
        total += 1 * mm
    return total


def draw_footers(painter: QPainter, rect: QRectF, footers: list[Footer], number: int, pages: int,
                 today: dt.date, reviewed: dt.date | None, sizes: Sizes, mm: float) -> None:
    """The disclaimer and the page line of each language shown on the page, at its foot."""
    painter.save()
    font = _font(sizes.small)
    metrics = _metrics(sizes.small, painter.device())
    painter.setFont(font)
    blocks = []
    for footer in footers:
        lines = _footer_lines(footer, number, pages, today, reviewed, sizes.large)
        heights = [metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), WRAP, t).height()
                   for t in lines]
        blocks.append((lines, heights))
    used = sum(sum(h) + 1 * mm for _, h in blocks)
    y = rect.bottom() - used
    painter.setPen(QPen(QColor("#c9d3d6"), 0.3 * mm))
    painter.drawLine(QPointF(rect.left(), y - 1.5 * mm), QPointF(rect.right(), y - 1.5 * mm))
    painter.setPen(QColor(MUTED))
    for lines, heights in blocks:
        for text, height in zip(lines, heights, strict=True):
            painter.drawText(QRectF(rect.left(), y, rect.width(), height), WRAP, text)
            y += height
        y += 1 * mm
    painter.restore()
