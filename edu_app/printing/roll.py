"""Draw a take-away card (:mod:`edu_app.core.card`) for an 80 mm receipt roll.

A thermal printer prints dots, black or nothing, 8 a millimetre (203 dpi): 576 across the 72 mm
it can reach on 80 mm paper, or 512 on some models. The card is laid out in those dots, with
text large enough to stay readable on thermal paper (body text 28 dots, about 3.5 mm; Thai a
tenth larger), and is as long as its content. The same layout gives:

- a picture of the card (``card_image``), black on white, and its dots (``card_rows``) for
  ESC/POS raster printing (:mod:`edu_app.core.escpos`);
- a PDF 80 mm wide whose one page is as long as the card, with the text as text in the bundled
  fonts (``write_card_pdf``), for a receipt printer set up in the system's print service.

Only the bundled fonts are used; the QR code is drawn with whole dots per module and a quiet
zone of 4 modules, as a phone needs to read it from paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from edu_app.core import escpos
from edu_app.core.card import Card, Line
from edu_app.core.qr import qr_matrix
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import FAMILIES, language_size
from edu_app.printing.pdf import PrintError
from edu_app.printing.thai_text import fix_sara_am

DPI = 203  # dots per inch of an 80 mm thermal printer
DOTS = (576, 512)  # printable dots across: 72 mm at 203 dpi, or 64 mm on some models
PAPER_MM = 80.0
SIDE = 6  # dots kept clear at each side (a printer's head may not reach its last dots)
TOP, BOTTOM = 12, 24
QUIET = 4  # modules of white around a QR code
QR_TARGET = 232  # dots a QR code aims to fill (29 mm): whole dots per module, 3 at least
DARK = 150  # a grey darker than this prints (Thai marks are thin: a little below half)

# kind -> (pixel size, bold, centred, space above in dots)
STYLE: dict[str, tuple[int, bool, bool, int]] = {
    "program": (24, False, True, 0),
    "clinic": (36, True, True, 6),
    "title": (32, True, True, 4),
    "topic": (34, True, False, 24),
    "heading": (30, True, False, 14),
    "point": (28, False, False, 8),
    "action": (28, False, False, 8),
    "text": (28, False, False, 8),
    "contact": (28, False, True, 4),
    "small": (24, False, False, 12),
    "address": (26, False, True, 8),
    "caption": (26, True, True, 4),
}
MARKER = 38  # dots of indent for the dot or box before a point or an action
BAND = 8  # dots of black around a topic's title (printed white on black)


class Placed(NamedTuple):
    """One block of the card laid out: where it starts and how tall it is."""

    line: Line
    top: float
    height: float
    layout: QTextLayout | None
    left: float


class CardLayout(NamedTuple):
    """The card laid out for a width in dots."""

    dots: int
    height: int
    placed: tuple[Placed, ...]
    qr: list[list[bool]] | None
    module: int


def card_font(kind: str, lang: str) -> QFont:
    """The bundled font for a kind of line, in pixels (dots), larger for Thai."""
    size, bold, _centred, _above = STYLE[kind]
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(round(size * language_size(lang)))
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # as on paper (edu_app.printing.furniture.print_font): tone marks stay characters in a PDF
    font.setFeature(QFont.Tag("ccmp"), 0)
    return font


def qr_module(matrix_size: int) -> int:
    """Dots per QR module: whole dots, the code with its quiet zone near :data:`QR_TARGET`."""
    return max(3, min(8, QR_TARGET // (matrix_size + 2 * QUIET)))


def lay_out(card: Card, dots: int, device: QPaintDevice | None = None) -> CardLayout:
    """Lines broken to ``dots`` across (on ``device``'s font metrics: an image's or a PDF's)."""
    if dots not in DOTS:
        raise ValueError(f"a receipt printer prints 576 or 512 dots across, not {dots}")
    width = dots - 2 * SIDE
    y = float(TOP)
    placed: list[Placed] = []
    matrix = qr_matrix(card.qr) if card.qr else None
    module = qr_module(len(matrix)) if matrix else 0
    for line in card.lines:
        if line.kind == "rule":
            y += 16
            placed.append(Placed(line, y, 3, None, SIDE))
            y += 3
            continue
        if line.kind == "qr":
            if matrix is None:
                continue
            side = (len(matrix) + 2 * QUIET) * module
            placed.append(Placed(line, y, side, None, (dots - side) // 2))
            y += side
            continue
        _size, _bold, centred, above = STYLE[line.kind]
        indent = MARKER if line.kind in ("point", "action") else BAND if line.kind == "topic" else 0
        right = BAND if line.kind == "topic" else 0
        layout = QTextLayout(line.text, card_font(line.kind, card.lang), device)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        inner = 0.0
        while True:
            text_line = layout.createLine()
            if not text_line.isValid():
                break
            text_line.setLineWidth(width - indent - right)
            text_line.setPosition(QPointF(0, inner))
            inner += text_line.height()
        layout.endLayout()
        band = BAND if line.kind == "topic" else 0
        y += above + band
        placed.append(Placed(line, y, inner, layout, SIDE + indent))
        y += inner + band
    return CardLayout(dots, int(y + BOTTOM + 0.999), tuple(placed), matrix, module)


def paint(painter: QPainter, laid: CardLayout, left: float = 0.0) -> None:
    """Draw the laid-out card, black on white, its left edge at ``left`` (dots)."""
    black = QColor(0, 0, 0)
    painter.setPen(black)
    for item in laid.placed:
        kind = item.line.kind
        x = left + item.left
        if kind == "rule":
            pen = QPen(black, 3, Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([4, 3])
            painter.setPen(pen)
            painter.drawLine(QPointF(x, item.top + 1.5), QPointF(left + laid.dots - SIDE, item.top + 1.5))
            painter.setPen(black)
        elif kind == "qr" and laid.qr is not None:
            _draw_qr(painter, laid.qr, left + item.left, item.top, laid.module)
        elif item.layout is not None:
            if kind == "topic":  # white on a black band: where each topic starts
                painter.fillRect(QRectF(left + SIDE, item.top - BAND, laid.dots - 2 * SIDE,
                                        item.height + 2 * BAND), black)
                painter.setPen(QColor(255, 255, 255))
                item.layout.draw(painter, QPointF(x, item.top))
                painter.setPen(black)
                continue
            if kind in ("point", "action") and item.layout.lineCount():
                first = item.layout.lineAt(0)
                middle = item.top + first.ascent() * 0.62
                _marker(painter, kind, left + SIDE, middle, first.ascent())
            item.layout.draw(painter, QPointF(x, item.top))


def _marker(painter: QPainter, kind: str, x: float, middle: float, ascent: float) -> None:
    """A dot before a key point, a box to tick before a step (drawn: no font needed)."""
    painter.save()
    if kind == "point":
        radius = max(4.0, ascent * 0.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0))
        painter.drawEllipse(QPointF(x + 12, middle), radius, radius)
    else:
        side = max(14.0, ascent * 0.66)
        painter.setPen(QPen(QColor(0, 0, 0), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x + 3, middle - side / 2, side, side))
    painter.restore()


def _draw_qr(painter: QPainter, matrix: list[list[bool]], x: float, y: float, module: int) -> None:
    """The code in whole modules of ``module`` dots, inside its quiet zone (left white)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0))
    origin = QUIET * module
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.drawRect(QRectF(x + origin + column * module, y + origin + row * module,
                                        module, module))
    painter.restore()


def card_image(card: Card, dots: int = 576) -> QImage:
    """The card as a greyscale picture ``dots`` wide (antialiased; :func:`card_rows` makes the
    printer's black and white of it)."""
    laid = lay_out(card, dots, card_image_probe(dots))
    image = QImage(dots, laid.height, QImage.Format.Format_Grayscale8)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # whole-dot shapes
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint(painter, laid)
    painter.end()
    return image


def image_rows(image: QImage, dark: int = DARK) -> list[bytes]:
    """Each row of a greyscale picture as bytes of 1 (print) and 0 (leave white)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, stride = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    table = bytes(1 if value < dark else 0 for value in range(256))
    return [data[y * stride : y * stride + width].translate(table) for y in range(gray.height())]


def card_rows(card: Card, dots: int = 576) -> list[bytes]:
    """The card's dots, row by row (1 prints), ``dots`` wide."""
    return image_rows(card_image(card, dots))


def mono_image(rows: list[bytes]) -> QImage:
    """Rows of dots as a 1-bit picture: what the printer prints (for previews and PNGs)."""
    width = len(rows[0]) if rows else 0
    image = QImage(width, len(rows), QImage.Format.Format_Mono)
    image.setColorTable([0xFFFFFFFF, 0xFF000000])  # 0 white, 1 black
    stride = (width + 7) // 8
    for y, row in enumerate(rows):
        packed = escpos.pack_row(row, stride)
        line = image.scanLine(y)
        line[:stride] = packed  # type: ignore[index]
    return image


def card_escpos(card: Card, dots: int = 576) -> bytes:
    """The card as an ESC/POS job: initialise, raster bands, feed, partial cut."""
    return escpos.job(card_rows(card, dots))


def send_escpos(data: bytes, printer: escpos.Dummy | escpos.DevicePrinter) -> None:
    """Send a job to a receipt printer; :class:`PrintError` (one line) when it cannot be done."""
    try:
        printer.send(data)
    except escpos.DeviceError as exc:
        raise PrintError(str(exc)) from exc


def page_size(height_dots: int) -> QPageSize:
    """An 80 mm wide page as long as ``height_dots`` at :data:`DPI`."""
    height_mm = height_dots / DPI * 25.4
    return QPageSize(QSizeF(PAPER_MM, height_mm), QPageSize.Unit.Millimeter, "Roll 80 mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def write_card_pdf(path: Path, card: Card, dots: int = 576, title: str = "Eczema card") -> float:
    """Save the card as a one-page PDF 80 mm wide and as long as the card; returns its length
    in millimetres. Written beside ``path`` and moved into place whole; PrintError on failure."""
    from edu_app.core.files import replacing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(DPI)
            writer.setTitle(title)
            writer.setCreator("Eczema Explained")
            laid = lay_out(card, dots, writer)
            size = page_size(laid.height)
            writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                             QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
            painter = QPainter()
            if not painter.begin(writer):
                raise PrintError(f"cannot write {path}")
            try:
                # the printable width centred on the paper (4 mm each side at 576 dots)
                paint(painter, laid, left=(PAPER_MM / 25.4 * DPI - dots) / 2)
            finally:
                painter.end()
                del writer  # the file is closed before it is renamed (Windows needs that)
            fix_sara_am(temporary)  # Thai ำ reads back as written (edu_app.printing.thai_text)
    except OSError as exc:
        raise PrintError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return size.size(QPageSize.Unit.Millimeter).height()



def print_card(card: Card, config: ClinicConfig, dots: int | None = None) -> None:
    """Print the card on the clinic's receipt printer (clinic.toml): as ESC/POS to
    ``receipt_escpos`` when it is set, else through the system's print service to
    ``receipt_printer``. :class:`PrintError` (one line) when neither can print."""
    dots = dots or config.receipt_dots
    if config.receipt_escpos is not None:
        send_escpos(card_escpos(card, dots), escpos.DevicePrinter(config.receipt_escpos))
        return
    name = config.receipt_printer
    if not name:
        raise PrintError("No receipt printer is set up: set receipt_printer or receipt_escpos in "
                         "clinic.toml.")
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(f"The receipt printer '{name}' is not available.")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Eczema Explained card")
    laid = lay_out(card, dots, card_image_probe(dots))
    printer.setPageLayout(QPageLayout(page_size(laid.height), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"The receipt printer '{name}' cannot start printing.")
    try:
        scale = printer.resolution() / DPI  # the layout is in the roll's dots
        painter.scale(scale, scale)
        paint(painter, laid, left=(PAPER_MM / 25.4 * DPI - dots) / 2)
    finally:
        painter.end()


def card_image_probe(dots: int) -> QImage:
    """A small picture with the card's metrics (dots as pixels), to lay a card out on."""
    return QImage(dots, 8, QImage.Format.Format_Grayscale8)
