"""Lay a handout out on paper: header, footer with page numbers, a QR code, vector figures.

Illustrations are drawn with QSvgRenderer through a text-object handler, so they stay vector in
the PDF (no bitmap of an SVG); the QR code is drawn as filled squares; Qt embeds and subsets the
bundled fonts. The same function serves a PDF file and a printer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from edu_app.core.drawing import Annotated, Stroke
from edu_app.core.handout import Handout, HandoutLabels
from edu_app.core.model import IllustrationText, Library
from edu_app.core.qr import qr_matrix
from edu_app.core.render import FIGURE_WIDTH, Labels
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import FAMILIES
from edu_app.paint.illustrations import load_renderer, paint_illustration
from edu_app.paint.strokes import paint_strokes
from edu_app.printing.unbroken import UNBROKEN_OBJECT, UnbrokenText, hold_together

SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
ID_PROPERTY = QTextFormat.Property.UserProperty + 1
SIZE_PROPERTY = QTextFormat.Property.UserProperty + 2
DRAWING_PREFIX = "drawing:"  # a picture drawn on during a visit: drawing:<index>
BODY_PT = 11.0
LARGE_BODY_PT = 14.5  # body text at least 14 pt after rounding to device pixels
MM = 300 / 25.4  # device pixels per millimetre at 300 dpi
HEADER_MM, FOOTER_MM = 19, 14
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


class TooManyPages(PrintError):
    """The handout is longer than the sheets a kiosk may print now."""

    def __init__(self, pages: int, most: int) -> None:
        super().__init__(f"the handout has {pages} pages; at most {most} may be printed now")
        self.pages, self.most = pages, most


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
    max_pages: int | None = None,
) -> int:
    """Paint ``handout`` onto ``device`` (a QPdfWriter or QPrinter); returns the page count.
    With ``max_pages``, a longer handout raises :class:`TooManyPages` before anything is
    painted (a kiosk's sheet limit: nothing reaches the printer)."""
    labels = labels or HandoutLabels()
    page_labels = page_labels or Labels()
    today = today or dt.date.today()
    device.setPageLayout(QPageLayout(_page_size(paper), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    document, body = _lay_out(device, handout, library, lang, large_print)
    if max_pages is not None and document.pageCount() > max_pages:
        raise TooManyPages(document.pageCount(), max_pages)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("cannot start printing (is the file or printer available?)")
    try:
        return _paint(painter, device, document, body, handout, clinic, labels, page_labels,
                      today)
    finally:
        painter.end()


def _lay_out(device: QPagedPaintDevice, handout: Handout, library: Library, lang: str,
             large_print: bool) -> tuple[QTextDocument, QRectF]:
    """The handout's text laid out in pages of the body area (returned with it)."""
    area = _area(device)
    mm = MM * device.logicalDpiX() / 300
    header_h, footer_h = HEADER_MM * mm, FOOTER_MM * mm
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
    document.documentLayout().registerHandler(UNBROKEN_OBJECT, UnbrokenText(document))
    hold_together(document)  # Thai badges: one piece, and whole words in the PDF's text
    figure_px = min(body.width() * 0.85, FIGURE_WIDTH * device.logicalDpiX() / 96 * 1.1)
    _swap_figures(document, handout.figures, figure_px)
    document.setPageSize(QSizeF(body.width(), body.height()))
    return document, body


def _area(device: QPagedPaintDevice) -> QRectF:
    area = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    area.moveTo(0, 0)
    return area


def _paint(painter: QPainter, device: QPagedPaintDevice, document: QTextDocument, body: QRectF,
           handout: Handout, clinic: ClinicConfig, labels: HandoutLabels, page_labels: Labels,
           today: dt.date) -> int:
    mm = MM * device.logicalDpiX() / 300
    area = _area(device)
    header_h, footer_h = HEADER_MM * mm, FOOTER_MM * mm
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


def _header(painter: QPainter, rect: QRectF, clinic: ClinicConfig, program: str, first: bool,
            mm: float) -> None:
    painter.save()
    left = rect.left()
    if clinic.clinic_logo is not None:
        from edu_app.paint.logo import clinic_logo  # checked, decoded and scaled once

        drawn = clinic_logo(clinic.clinic_logo).draw(painter, QPointF(left, rect.top()),
                                                     rect.height() * 0.8)
        if drawn is not None:
            left = drawn.right() + 4 * mm
    name = print_font(13, bold=True)
    painter.setFont(name)
    painter.setPen(QColor(ACCENT))
    title = clinic.clinic_name or program
    code = qr_matrix(clinic.clinic_website) if first else None  # None: the address stays text
    qr_size = rect.height() if code is not None else 0
    text_rect = QRectF(left, rect.top(), rect.right() - left - qr_size - 4 * mm, rect.height())
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    small = print_font(9)
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    contact = clinic.clinic_contact or (program if clinic.clinic_name else "")
    painter.drawText(text_rect.adjusted(0, 7 * mm, 0, 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), contact)
    if code is not None:
        _draw_matrix(painter, QRectF(rect.right() - qr_size, rect.top(), qr_size, qr_size), code)
    painter.setPen(QPen(QColor(ACCENT), 0.6 * mm))
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    painter.restore()


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
