"""Lay a handout out on paper: header, footer with page numbers, a QR code, vector figures.

Illustrations are drawn with QSvgRenderer through a text-object handler, so they stay vector in
the PDF (no bitmap of an SVG); the QR code is drawn as filled squares; Qt embeds and subsets the
bundled fonts. The same function serves a PDF file and a printer.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QObject, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from edu_app.core.drawing import Annotated, Stroke
from edu_app.core.handout import Handout, HandoutLabels
from edu_app.core.model import IllustrationText, Library
from edu_app.core.pages import Flow, paginate, repeated
from edu_app.core.render import FIGURE_WIDTH, Labels
from edu_app.core.settings import ClinicConfig
from edu_app.paint.illustrations import (
    LEGEND_RATIO,
    figure_height,
    load_renderer,
    paint_illustration,
    plan,
)
from edu_app.paint.strokes import paint_strokes
from edu_app.printing.furniture import (
    Footer,
    Sizes,
    draw_footers,
    draw_header,
    draw_qr,
    footer_height,
    header_height,
    print_font,
)
from edu_app.printing.paginate import measure
from edu_app.printing.thai_text import fix_sara_am
from edu_app.printing.unbroken import UNBROKEN_OBJECT, UnbrokenText, hold_together

SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
ID_PROPERTY = QTextFormat.Property.UserProperty + 1
SIZE_PROPERTY = QTextFormat.Property.UserProperty + 2
DRAWING_PREFIX = "drawing:"  # a picture drawn on during a visit: drawing:<index>
BODY_PT = 11.0
SMALLEST_LABEL_PT = 7.0  # and fit their boxes at 7 pt or more, else the picture prints plain
LARGE_BODY_PT = 14.25  # body text at least 14 pt after rounding to device pixels (59 px at 300 dpi)
LARGE_LABEL_PT = 14.05  # a picture's labels in large print: at least 14 pt, else a legend
MM = 300 / 25.4  # device pixels per millimetre at 300 dpi
__all__ = ["PrintError", "TooManyPages", "draw_qr", "lay_out", "render", "write_pdf"]


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
        self.drawn: list[QRectF] = []  # each picture's rectangle as painted (device pixels)
        self.full_px = 0.0  # a full-width picture's width: a smaller one has smaller labels
        self.least = LEGEND_RATIO  # labels smaller than this share of the font go to a legend

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
            texts, least = self.texts.get(figure), self.least
            if self.least == LEGEND_RATIO and self.full_px > 0 and rect.width() < self.full_px:
                # a smaller picture (beside text) has no room for a legend: its labels print
                # whole, as large as they fit up to the text's size and at SMALLEST_LABEL_PT or
                # more, or not at all (its caption says what it shows); squeezed labels were
                # cut. (A basics sheet's own picture has boxes for 14 pt labels.)
                least = SMALLEST_LABEL_PT / font.pointSizeF()
                if texts is not None and plan(renderer, QRectF(rect), [texts], font, least)[1]:
                    texts = None
            target = paint_illustration(painter, renderer, QRectF(rect), texts, font, least)
            self.drawn.append(target)
            paint_strokes(painter, target, list(strokes))  # vector paths, like the picture


def _swap_figures(document: QTextDocument, width_px: float, small_px: float,
                  handler: SvgTextObject, device: QPagedPaintDevice) -> None:
    """Replace each ``figure:`` image with a vector object: ``width_px`` wide, or a share of
    ``small_px`` when the text asked for a smaller picture (a basics sheet's, beside text)."""
    block = document.begin()
    spots = []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            name = fmt.toImageFormat().name() if fmt.isImageFormat() else ""
            if name.startswith(("figure:", DRAWING_PREFIX)):
                share = fmt.toImageFormat().width() / FIGURE_WIDTH  # a smaller picture asked for
                spots.append((fragment.position(), fragment.length(), name,
                              min(1.0, share) if share > 0 else 1.0))
            iterator += 1
        block = block.next()
    for position, length, name, share in reversed(spots):
        figure = name.removeprefix("figure:")  # drawing:<n> stays whole
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setObjectType(SVG_OBJECT)
        fmt.setProperty(ID_PROPERTY, figure)
        width = width_px if share >= 1 else small_px * share
        height = width * 0.75
        if not figure.startswith(DRAWING_PREFIX) and handler.least != LEGEND_RATIO:
            # large print: as tall as the picture at this width and its legend need
            height = figure_height(handler.library.illustration_path(figure),
                                   handler.texts.get(figure), int(width),
                                   QFont(handler.font, device), least=handler.least)
        fmt.setProperty(SIZE_PROPERTY, QSizeF(width, height))
        cursor.insertText("\ufffc", fmt)


def _page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


class Laid(NamedTuple):
    """A handout laid out for one device: its text, where each page starts, and the furniture."""

    document: QTextDocument
    tops: list[float]  # page i shows [tops[i], tops[i + 1]) of the text
    languages: tuple[tuple[float, int], ...]  # where each language's text starts (0 or 1)
    header: float  # header height on the first page and on the others
    header_rest: float
    footer: float
    width: float
    sizes: Sizes
    figures: SvgTextObject
    flow: Flow  # what the pages were cut from (table headers to repeat)


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
    laid = lay_out(device, handout, library, clinic, lang, paper, large_print, labels, page_labels)
    pages = len(laid.tops) - 1
    if max_pages is not None and pages > max_pages:
        raise TooManyPages(pages, max_pages)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("cannot start printing (is the file or printer available?)")
    try:
        _paint(painter, device, laid, handout, clinic, lang, labels, page_labels,
               today or dt.date.today())
    finally:
        painter.end()
    return pages


def _footers(handout: Handout, lang: str, labels: HandoutLabels | None,
             page_labels: Labels | None) -> dict[str, Footer]:
    """Each language's footer words: the handout's own, else the ones passed in."""
    footers = {lang: Footer(labels or HandoutLabels(), page_labels or Labels())}
    for code, words, page_words in handout.languages:
        footers[code] = Footer(words, page_words)
    return footers


def lay_out(device: QPagedPaintDevice, handout: Handout, library: Library, clinic: ClinicConfig,
            lang: str, paper: str, large_print: bool, labels: HandoutLabels | None = None,
            page_labels: Labels | None = None) -> Laid:
    """The handout's text laid out as one column and cut into pages (edu_app.core.pages)."""
    # large print has narrower margins (12 and 10 mm: still clear of any printer's edge), so
    # its larger text still fits a basics sheet on one page
    narrow = large_print or handout.narrow_margins
    margins = QMarginsF(12, 10, 12, 10) if narrow else QMarginsF(16, 14, 16, 14)
    device.setPageLayout(QPageLayout(_page_size(paper), QPageLayout.Orientation.Portrait,
                                     margins, QPageLayout.Unit.Millimeter))
    area = _area(device)
    mm = MM * device.logicalDpiX() / 300
    sizes = Sizes.of(large_print)
    footers = list(_footers(handout, lang, labels, page_labels).values())
    header_first = header_height(clinic, sizes, mm, True, device)
    header_rest = header_height(clinic, sizes, mm, False, device)
    # the footer's room, for page numbers up to 99 (a longer handout is laid out again)
    footer_h = footer_height(footers, area.width(), sizes, mm, device, 99) + 2 * mm
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
    text = cell_badges_wrap(handout.html)
    document.setHtml(large_print_html(text) if large_print else text)
    # figure labels at the normal print size: large print makes the text larger, and the
    # picture as large or larger (its labels would otherwise squeeze it into a legend)
    # figure labels: at the normal print size, or in large print at 14 pt at least (else a
    # legend under the picture, which then takes more height, never less width)
    handler = SvgTextObject(library, library.language(lang).illustrations,
                            print_font(LARGE_BODY_PT if large_print else BODY_PT),
                            handout.drawings, document)
    if large_print:
        handler.least = LARGE_LABEL_PT / LARGE_BODY_PT
    document.documentLayout().registerHandler(SVG_OBJECT, handler)
    document.documentLayout().registerHandler(UNBROKEN_OBJECT, UnbrokenText(document))
    hold_together(document)  # Thai badges: one piece, and whole words in the PDF's text
    dpi_scale = device.logicalDpiX() / 96
    normal_px = min(area.width() * 0.85, FIGURE_WIDTH * dpi_scale * 1.1)
    figure_px = min(area.width() * 0.95, FIGURE_WIDTH * dpi_scale * 1.35) if large_print else normal_px
    handler.full_px = normal_px
    # a smaller picture (beside text) keeps its normal-print size in large print
    _swap_figures(document, figure_px, normal_px, handler, device)
    document.setTextWidth(area.width())
    page_h = area.height() - max(header_first, header_rest) - footer_h
    measured = measure(document, page_h, SVG_OBJECT)
    tops = paginate(measured.flow, page_h)
    if len(tops) - 1 > 99:  # three-digit page numbers may need another line
        footer_h = footer_height(footers, area.width(), sizes, mm, device) + 2 * mm
        page_h = area.height() - max(header_first, header_rest) - footer_h
        measured = measure(document, page_h, SVG_OBJECT)
        tops = paginate(measured.flow, page_h)
    return Laid(document, tops, measured.languages, header_first, header_rest, footer_h,
                area.width(), sizes, handler, measured.flow)


_CELL = re.compile(r"<td\b.*?</td>", re.DOTALL)


def cell_badges_wrap(text: str) -> str:
    """A badge inside a table cell may break between its words: a cell can be narrower than
    "Randomised trial", and Qt then broke it inside a word ("Randomised tri" / "al")."""
    return _CELL.sub(lambda m: m.group(0).replace("white-space:nowrap;", ""), text)


def large_print_html(text: str) -> str:
    """Large print has no small text: small type, superscript citation numbers and
    headings smaller than the text take the text's size (every word at least 14 pt)."""
    text = re.sub(r"font-size:\s*(?:x-)?small;?", "", text)
    text = re.sub(r"<sup>(.*?)</sup>", r"\1", text, flags=re.DOTALL)
    return text.replace("<h4", "<h3").replace("</h4>", "</h3>")


def _area(device: QPagedPaintDevice) -> QRectF:
    area = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    area.moveTo(0, 0)
    return area


def page_languages(laid: Laid, handout: Handout, index: int, lang: str) -> list[str]:
    """The languages whose text page ``index`` shows, in order (the handout's own first when
    the page starts in it)."""
    top, bottom = laid.tops[index], laid.tops[index + 1]
    codes = [entry[0] for entry in handout.languages] or [lang]
    current = lang
    shown: list[str] = []
    for y, number in laid.languages:
        code = codes[min(number, len(codes) - 1)]
        if y <= top + 0.5:
            current = code
        elif y < bottom and code not in shown:
            shown.append(code)
    return list(dict.fromkeys([current, *shown]))


def _paint(painter: QPainter, device: QPagedPaintDevice, laid: Laid, handout: Handout,
           clinic: ClinicConfig, lang: str, labels: HandoutLabels | None,
           page_labels: Labels | None, today: dt.date) -> None:
    mm = MM * device.logicalDpiX() / 300
    area = _area(device)
    footers = _footers(handout, lang, labels, page_labels)
    pages = len(laid.tops) - 1
    body_top = max(laid.header, laid.header_rest)
    for index in range(pages):
        if index:
            device.newPage()
        shown = page_languages(laid, handout, index, lang)
        first = footers.get(shown[0], footers[lang])
        draw_header(painter, area.width(), clinic, first.labels, laid.sizes, mm, index == 0)
        top, bottom = laid.tops[index], laid.tops[index + 1]
        header = repeated(laid.flow, top, area.height() - body_top - laid.footer) if index else None
        shift = 0.0
        if header is not None:  # the table goes on: its header row again, then its rows
            head, shift = header
            painter.save()
            painter.translate(0, body_top - head)
            laid.document.drawContents(painter, QRectF(0, head, laid.width, shift))
            painter.restore()
        painter.save()
        painter.translate(0, body_top + shift - top)
        # a line touching the cut belongs to one page only: Qt draws every line that meets the
        # clip rectangle, and a clipped line still lands in the PDF's text (twice, for a reader)
        laid.document.drawContents(painter, QRectF(0, top + 1, laid.width, bottom - top - 2))
        painter.restore()
        draw_footers(painter, QRectF(0, area.height() - laid.footer, area.width(), laid.footer),
                     [footers.get(code, first) for code in shown], index + 1, pages, today,
                     handout.reviewed, laid.sizes, mm)


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
            fix_sara_am(temporary)  # Thai ำ reads back as written (edu_app.printing.thai_text)
    except OSError as exc:
        raise PrintError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return pages
