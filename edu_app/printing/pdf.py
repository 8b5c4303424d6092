"""Lay a handout out on paper: header, footer with page numbers, a QR code, vector figures.

Illustrations are drawn with QSvgRenderer through a text-object handler, so they stay vector in
the PDF (no bitmap of an SVG); the QR code is drawn as filled squares; Qt embeds and subsets the
bundled fonts. The same function serves a PDF file and a printer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QObject, QPointF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from edu_app.core.drawing import Annotated, Stroke
from edu_app.core.handout import Handout, HandoutLabels
from edu_app.core.model import IllustrationText, Library
from edu_app.core.render import FIGURE_WIDTH, Labels
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import FAMILIES
from edu_app.paint.illustrations import load_renderer, paint_illustration
from edu_app.paint.strokes import paint_strokes

SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
ID_PROPERTY = QTextFormat.Property.UserProperty + 1
SIZE_PROPERTY = QTextFormat.Property.UserProperty + 2
DRAWING_PREFIX = "drawing:"  # a picture drawn on during a visit: drawing:<index>
BODY_PT = 11.0
LARGE_BODY_PT = 14.5  # body text at least 14 pt after rounding to device pixels
MM = 300 / 25.4  # device pixels per millimetre at 300 dpi
ACCENT = "#0b6e6e"
MUTED = "#4f5d65"


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


class PrintError(RuntimeError):
    """A printing problem, worded for the person printing."""


class SvgTextObject(QPyTextObject):
    """Draws an illustration (with its labels) wherever the text holds one."""

    def __init__(self, library: Library, texts: dict[str, IllustrationText], font: QFont,
                 drawings: tuple[Annotated, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.texts, self.font, self.drawings = library, texts, font, drawings

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        size = fmt.property(SIZE_PROPERTY)
        return size if isinstance(size, QSizeF) else QSizeF(100, 75)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
        fmt: QTextFormat,
    ) -> None:
        figure, tone = str(fmt.property(ID_PROPERTY)), "light"
        strokes: tuple[Stroke, ...] = ()
        if figure.startswith(DRAWING_PREFIX):  # the illustration in its skin tone, and the strokes
            item = self.drawings[int(figure.removeprefix(DRAWING_PREFIX))]
            figure, tone, strokes = item.illustration, item.tone, item.strokes
        renderer = load_renderer(self.library.illustration_path(figure), tone)
        if renderer is not None:
            # Measure labels for the printer's resolution, not the screen's.
            font = QFont(self.font, painter.device())
            target = paint_illustration(painter, renderer, QRectF(rect), self.texts.get(figure), font)
            paint_strokes(painter, target, list(strokes))  # vector paths, like the picture


def _swap_figures(document: QTextDocument, figures: list[str], width_px: float) -> None:
    """Replace each ``figure:`` image in the text with a vector illustration object."""
    block = document.begin()
    spots = []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            name = fmt.toImageFormat().name() if fmt.isImageFormat() else ""
            if name.startswith(("figure:", DRAWING_PREFIX)):
                spots.append((fragment.position(), fragment.length(), fmt.toImageFormat().name()))
            iterator += 1
        block = block.next()
    for position, length, name in reversed(spots):
        figure = name.removeprefix("figure:")  # drawing:<n> stays whole
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setObjectType(SVG_OBJECT)
        fmt.setProperty(ID_PROPERTY, figure)
        fmt.setProperty(SIZE_PROPERTY, QSizeF(width_px, width_px * 0.75))
        cursor.insertText("\ufffc", fmt)


def _page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def render(
    device: QPagedPaintDevice,
    handout: Handout,
    library: Library,
    clinic: ClinicConfig,
    lang: str,
    paper: str,
    large_print: bool,
    labels: HandoutLabels | None = None,
    page_labels: Labels | None = None,
    today: dt.date | None = None,
) -> int:
    """Paint ``handout`` onto ``device`` (a QPdfWriter or QPrinter); returns the page count."""
    labels = labels or HandoutLabels()
    page_labels = page_labels or Labels()
    today = today or dt.date.today()
    device.setPageLayout(QPageLayout(_page_size(paper), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("cannot start printing (is the file or printer available?)")
    try:
        return _paint(painter, device, handout, library, clinic, lang, large_print, labels,
                      page_labels, today)
    finally:
        painter.end()


def _paint(painter: QPainter, device: QPagedPaintDevice, handout: Handout, library: Library,
           clinic: ClinicConfig, lang: str, large_print: bool, labels: HandoutLabels,
           page_labels: Labels, today: dt.date) -> int:
    scale = device.logicalDpiX() / 300
    mm = MM * scale
    area = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    area.moveTo(0, 0)
    header_h, footer_h = 19 * mm, 14 * mm
    body = QRectF(0, header_h, area.width(), area.height() - header_h - footer_h)

    font = print_font(LARGE_BODY_PT if large_print else BODY_PT)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    names = [f"figure:{f}" for f in handout.figures]
    names += [f"{DRAWING_PREFIX}{n}" for n in range(len(handout.drawings))]
    for name in names:  # stand-ins, replaced by vector objects below
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             QImage(1, 1, QImage.Format.Format_ARGB32))
    document.setHtml(handout.html)
    handler = SvgTextObject(library, library.language(lang).illustrations, font, handout.drawings,
                            document)
    document.documentLayout().registerHandler(SVG_OBJECT, handler)
    figure_px = min(body.width() * 0.85, FIGURE_WIDTH * device.logicalDpiX() / 96 * 1.1)
    _swap_figures(document, handout.figures, figure_px)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    for index in range(pages):
        if index:
            device.newPage()
        _header(painter, QRectF(0, 0, area.width(), header_h - 4 * mm), clinic, labels.program,
                index == 0, mm)
        painter.save()
        painter.translate(0, body.top() - index * body.height())
        document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
        painter.restore()
        _footer(painter, QRectF(0, area.height() - footer_h + 3 * mm, area.width(), footer_h - 3 * mm),
                index + 1, pages, handout, labels, page_labels, today, mm)
    return pages


def _draw_logo(painter: QPainter, path: Path, corner: QPointF, height: float) -> QRectF | None:
    """The clinic's logo ``height`` high at ``corner``, keeping its proportions (an SVG stays
    vector in the PDF); the rectangle drawn, or None when the file is not a picture."""
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        size = renderer.defaultSize()
        if renderer.isValid() and size.width() > 0 and size.height() > 0:
            target = QRectF(corner.x(), corner.y(), height * size.width() / size.height(), height)
            renderer.render(painter, target)
            return target
        return None
    logo = QPixmap(str(path))
    if logo.isNull():
        return None
    target = QRectF(corner.x(), corner.y(), height * logo.width() / max(1, logo.height()), height)
    painter.drawPixmap(target, logo, QRectF(logo.rect()))
    return target


def _header(painter: QPainter, rect: QRectF, clinic: ClinicConfig, program: str, first: bool,
            mm: float) -> None:
    painter.save()
    left = rect.left()
    if clinic.clinic_logo is not None and clinic.clinic_logo.is_file():
        drawn = _draw_logo(painter, clinic.clinic_logo, QPointF(left, rect.top()),
                           rect.height() * 0.8)
        if drawn is not None:
            left = drawn.right() + 4 * mm
    name = print_font(13, bold=True)
    painter.setFont(name)
    painter.setPen(QColor(ACCENT))
    title = clinic.clinic_name or program
    qr_size = rect.height() if first and clinic.clinic_website else 0
    text_rect = QRectF(left, rect.top(), rect.right() - left - qr_size - 4 * mm, rect.height())
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    small = print_font(9)
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    contact = clinic.clinic_contact or (program if clinic.clinic_name else "")
    painter.drawText(text_rect.adjusted(0, 7 * mm, 0, 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), contact)
    if qr_size:
        draw_qr(painter, QRectF(rect.right() - qr_size, rect.top(), qr_size, qr_size), clinic.clinic_website)
    painter.setPen(QPen(QColor(ACCENT), 0.6 * mm))
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    painter.restore()


def draw_qr(painter: QPainter, rect: QRectF, url: str) -> None:
    """A QR code as filled squares (vector), generated offline."""
    matrix = [list(row) for row in segno.make(url, error="m").matrix]
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


def _footer(painter: QPainter, rect: QRectF, number: int, pages: int, handout: Handout,
            labels: HandoutLabels, page_labels: Labels, today: dt.date, mm: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#c9d3d6"), 0.3 * mm))
    painter.drawLine(rect.topLeft(), rect.topRight())
    painter.setFont(print_font(8.5))
    painter.setPen(QColor(MUTED))
    painter.drawText(rect.adjusted(0, 1.5 * mm, 0, 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), labels.disclaimer)
    parts = [labels.page.format(number=number, total=pages),
             labels.printed.format(date=page_labels.date(today))]
    if handout.reviewed:
        parts.append(labels.content_reviewed.format(date=page_labels.date(handout.reviewed)))
    painter.drawText(rect.adjusted(0, 6 * mm, 0, 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), "  ·  ".join(parts))
    painter.restore()


def write_pdf(path: Path, handout: Handout, library: Library, clinic: ClinicConfig, lang: str,
              paper: str, large_print: bool, title: str = "Eczema handout",
              labels: HandoutLabels | None = None, page_labels: Labels | None = None) -> int:
    """Save the handout as a PDF file; returns the page count. Raises PrintError on failure.

    The PDF is written beside ``path`` under a temporary name and takes its place only when
    complete: a failure or a killed program never leaves a half-written file at ``path``."""
    from edu_app.core.files import replacing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(300)
            writer.setTitle(title)
            writer.setCreator("Eczema Explained")
            try:
                pages = render(writer, handout, library, clinic, lang, paper, large_print, labels,
                               page_labels)
            finally:
                del writer  # the file is closed before it is renamed (Windows needs that)
    except OSError as exc:
        raise PrintError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return pages
