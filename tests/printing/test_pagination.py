"""Printed handouts laid out as a designer would: the real content, measured on the real layout.

Each rule is checked on the laid-out text (where every heading, table row and page starts) and,
where a reader would notice, in the PDF itself.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter, QTextDocument, QTextTable

from edu_app.core.handout import HandoutRequest, build
from edu_app.core.model import Library
from edu_app.core.pages import fill, page_of
from edu_app.core.settings import ClinicConfig
from edu_app.printing.pdf import Laid, lay_out, write_pdf

CLINIC = ClinicConfig(clinic_name="Riverside Skin Clinic", clinic_contact="02 123 4567",
                      clinic_website="https://example.org/eczema")


@pytest.fixture(autouse=True)
def fonts(qapp):  # type: ignore[no-untyped-def]
    from edu_app.paint.fonts import ALL_STYLES, register_fonts

    register_fonts(ALL_STYLES)


def laid(library: Library, tmp_path: Path, request: HandoutRequest) -> Laid:
    from edu_app.ui.texts import labels_in

    words, page_words = labels_in(request.lang)
    handout = build(library, request, words, page_words)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(300)
    return lay_out(writer, handout, library, CLINIC, request.lang, request.paper,
                   request.large_print, words, page_words)


def headings(document: QTextDocument) -> list[tuple[float, float, str]]:
    """Each heading's top, the bottom of the first line after it, and its text."""
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            after = block.next()
            while after.isValid() and not after.text().strip():
                after = after.next()
            if after.isValid():
                top = layout.blockBoundingRect(block).top()
                rect = layout.blockBoundingRect(after)
                first_line = after.layout().lineAt(0) if after.layout().lineCount() else None
                bottom = rect.top() + (first_line.height() if first_line else rect.height())
                found.append((top, bottom, block.text()))
        block = block.next()
    return found


def table_rows(document: QTextDocument) -> list[tuple[float, float]]:
    """The top and bottom of every row of every table of more than one row."""
    layout = document.documentLayout()
    rows = []
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.rows() < 2:
            continue
        for row in range(frame.rows()):
            tops, bottoms = [], []
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            rows.append((min(tops), max(bottoms)))
    return rows


CASES = [
    HandoutRequest(topics=("treatments",)),
    HandoutRequest(topics=("uc-msc-therapy",), lang="th"),
    HandoutRequest(topics=("skin-barrier", "treatments"), faq=("all",), large_print=True),
    HandoutRequest(topics=("children",), paper="letter", lang="th", large_print=True),
]


@pytest.mark.parametrize("request_", CASES, ids=["treatments", "uc-msc-th", "faq-large",
                                                 "children-th-letter-large"])
def test_no_heading_alone_no_split_row_no_nearly_empty_page(library: Library, tmp_path: Path,
                                                             request_: HandoutRequest) -> None:
    result = laid(library, tmp_path, request_)
    tops = result.tops
    assert len(tops) > 2  # (several pages, or the rules are not being tried)
    for top, bottom, text in headings(result.document):
        # a heading and the first line after it are on the same page
        assert page_of(tops, top) == page_of(tops, bottom - 1), text
    rows = table_rows(result.document)
    assert rows
    for top, bottom in rows:
        assert page_of(tops, top) == page_of(tops, bottom - 1), (top, bottom)
    page_height = max(b - a for a, b in itertools.pairwise(tops))  # (a full page's text)
    for share in fill(tops, page_height)[:-1]:
        assert share >= 0.25


def test_summaries_share_a_page(library: Library, tmp_path: Path) -> None:
    three = ("itch-scratch-cycle", "urgent-help", "questions-to-ask")
    result = laid(library, tmp_path, HandoutRequest(topics=three, summary_only=frozenset(three)))
    assert len(result.tops) - 1 < 3  # before: one page each


def text_sizes(path: Path) -> list[tuple[str, float]]:
    """Every text run of a PDF with its printed size in points."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = math.hypot(cm[0], cm[1]) * math.hypot(tm[0], tm[1])
            runs.append((text.strip(), size * scale))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return runs


def test_large_print_has_no_word_under_14_points(library: Library, tmp_path: Path) -> None:
    from edu_app.ui.texts import labels_in

    words, page_words = labels_in("en")
    request = HandoutRequest(topics=("treatments",), faq=("contagious",), large_print=True,
                             basics=frozenset({"treatments"}))
    handout = build(library, request, words, page_words)
    out = tmp_path / "large.pdf"
    write_pdf(out, handout, library, CLINIC, "en", "a4", True, labels=words, page_labels=page_words)
    runs = text_sizes(out)
    # (a picture's numbered markers are exempt: each repeats a number of the legend beside the
    # words it stands for, which is printed at the text's size)
    small = [(text, round(size, 1)) for text, size in runs
             if size < 13.95 and not (text.isdigit() and len(text) <= 2)]
    assert not small, small[:10]
    texts = " ".join(" ".join(text for text, _ in runs).split())
    # the furniture is there too, at that size: header, QR caption, disclaimer, page line
    for expected in ("Riverside Skin Clinic", "Scan to open", "does not replace advice",
                     "Page 1 of"):
        assert expected in texts


def test_large_print_pictures_are_as_large_or_larger(library: Library, tmp_path: Path) -> None:
    from PySide6.QtGui import QPainter

    drawn = {}
    for large in (False, True):
        result = laid(library, tmp_path, HandoutRequest(topics=("skin-barrier",),
                                                        large_print=large))
        painter = QPainter(result.document.documentLayout().paintDevice())
        result.document.drawContents(painter)
        painter.end()
        drawn[large] = result.figures.drawn[0]
    assert drawn[True].width() >= drawn[False].width() * 0.999
    assert drawn[True].height() >= drawn[False].height() * 0.999


def test_sources_are_short_numbered_once_and_without_web_addresses(library: Library,
                                                                    tmp_path: Path) -> None:
    from edu_app.ui.texts import labels_in

    words, page_words = labels_in("en")
    # both pages cite the 2023 topical-therapy guideline (sidbury-2023)
    request = HandoutRequest(topics=("treatments", "steroid-safety"))
    handout = build(library, request, words, page_words)
    out = tmp_path / "sources.pdf"
    write_pdf(out, handout, library, CLINIC, "en", "a4", False, labels=words,
              page_labels=page_words)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "://" not in text  # no raw web address
    # a source without a DOI names its website, which never runs across lines
    assert "Drugs@FDA (label 215309s007). www.accessdata.fda.gov [" in text
    assert text.count("Sidbury R, et al. 2023. Guidelines of care for the management of atopic "
                      "dermatitis in adults with topical therapies. J Am Acad Dermatol.") == 1
    assert "doi:10.1016/j.jaad.2022.12.029" in text


def test_the_qr_code_keeps_its_quiet_zone_and_says_what_it_opens(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from edu_app.core.handout import HandoutLabels
    from edu_app.printing.furniture import Sizes, draw_header

    image = QImage(2000, 400, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi, as a PDF is laid out
    image.setDotsPerMeterY(11811)
    image.fill(QColor("#ff00ff"))  # anything not drawn white stays magenta
    painter = QPainter(image)
    placed = draw_header(painter, 2000, CLINIC, HandoutLabels(), Sizes.of(False), 300 / 25.4,
                         True)
    painter.end()
    assert placed.qr is not None and placed.quiet is not None
    module = placed.qr.width() / 25  # (example.org/eczema: a version-2 code, 25 modules)
    assert placed.quiet.width() == pytest.approx(placed.qr.width() + 8 * module)
    ring = [(x, y) for x in range(int(placed.quiet.left()) + 1, int(placed.quiet.right()) - 1, 3)
            for y in range(int(placed.quiet.top()) + 1, int(placed.quiet.bottom()) - 1, 3)
            if not placed.qr.adjusted(-2, -2, 2, 2).contains(x, y)]
    assert ring and all(image.pixelColor(x, y) == QColor("#ffffff") for x, y in ring)
    assert placed.rule_y > placed.quiet.bottom()  # the header rule passes under it
    assert QRectF(0, 0, 2000, 400).contains(placed.quiet)


# every shipped topic, in both languages (written out, not read from the library's own list)
TOPICS = ("skin-barrier", "eczema-skin", "itch-scratch-cycle", "treatments", "steroid-safety",
          "herbal-remedies", "uc-msc-therapy", "cost-and-access", "questions-to-ask",
          "urgent-help", "children", "food-and-diet", "pregnancy", "living-with-eczema")


@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["en", "th"])
def test_every_basics_sheet_is_one_page(library: Library, tmp_path: Path, lang: str,
                                        large_print: bool) -> None:
    # A4 and Letter, normal and large print (in large print the sheet has no "What to know":
    # the summary, the steps, the picture and the words fill the page; docs/handouts.md)
    too_long = []
    for topic in TOPICS:
        for paper in ("a4", "letter"):
            result = laid(library, tmp_path, HandoutRequest(topics=(topic,), lang=lang,
                                                            paper=paper, large_print=large_print,
                                                            basics=frozenset({topic})))
            if len(result.tops) - 1 != 1:
                too_long.append((topic, paper, len(result.tops) - 1))
    assert not too_long


@pytest.mark.parametrize("lang", ["en", "th"])
def test_a_basics_picture_prints_its_labels_in_it_at_14_points_in_large_print(
        library: Library, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # each sheet has a picture of its own, drawn with room for big labels: no legend, no
    # picture without its labels (PEMAT-P item 18); normal print: at 9 pt or more
    from edu_app.paint import illustrations
    from edu_app.printing import pdf
    from edu_app.ui.texts import labels_in

    seen: list[tuple[str, float | None, bool]] = []
    real = pdf.paint_illustration

    def spy(painter, renderer, area, texts, font, least=illustrations.LEGEND_RATIO):  # type: ignore[no-untyped-def]
        if texts is None:
            seen.append(("", None, False))
        else:
            target, legend = illustrations.plan(renderer, area, [texts], font, least)
            size = illustrations.label_size(renderer, target, texts, font)
            seen.append((next(iter(texts.labels.values())), size, legend is not None))
        return real(painter, renderer, area, texts, font, least)

    monkeypatch.setattr(pdf, "paint_illustration", spy)
    wrong = []
    for topic in TOPICS:
        for large_print in (False, True):
            seen.clear()
            request = HandoutRequest(topics=(topic,), lang=lang, large_print=large_print,
                                     basics=frozenset({topic}))
            write_pdf(tmp_path / "sheet.pdf", build(library, request, *labels_in(lang)),
                      library, CLINIC, lang, "a4", large_print)
            least = 14.0 if large_print else 9.0
            if len(seen) != 1 or seen[0][1] is None or seen[0][1] < least or seen[0][2]:
                wrong.append((topic, large_print, seen[:]))
    assert not wrong


def test_a_table_going_on_to_the_next_page_repeats_its_header_row(library: Library,
                                                                  tmp_path: Path) -> None:
    request = HandoutRequest(topics=("uc-msc-therapy",))
    result = laid(library, tmp_path, request)
    layout = result.document.documentLayout()
    goes_on = []  # (page index, the header's first cell, the first cell of the page's first row)
    for frame in result.document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() != 1:
            continue
        tops = [layout.blockBoundingRect(frame.cellAt(r, 0).firstCursorPosition().block()).top()
                for r in range(frame.rows())]
        for index, page_top in enumerate(result.tops[1:-1], start=1):
            if tops[1] < page_top < tops[-1] + 1:  # the page starts inside the table's body
                first = next(r for r, top in enumerate(tops) if top >= page_top)
                goes_on.append((index, frame.cellAt(0, 0).firstCursorPosition().block().text(),
                                frame.cellAt(first, 0).firstCursorPosition().block().text()))
    assert goes_on  # (the UC-MSC page's trial table is long: it goes on to another page)
    path = tmp_path / "table.pdf"
    from edu_app.ui.texts import labels_in

    write_pdf(path, build(library, request, *labels_in("en")), library, CLINIC, "en", "a4", False)
    pages = PdfReader(path).pages
    for index, header, first_row in goes_on:
        text = " ".join(pages[index].extract_text().split())
        assert header in text and first_row.split()[0] in text, (index, text[:300])
        assert text.index(header) < text.index(first_row.split()[0])  # above the rows


def test_a_badge_in_a_narrow_table_cell_breaks_between_its_words(library: Library,
                                                                 tmp_path: Path) -> None:
    # the UC-MSC trial table's first column is narrower than "Randomised trial": it broke
    # inside a word ("Randomised tri" / "al")
    import re

    from edu_app.ui.texts import labels_in

    path = tmp_path / "badges.pdf"
    request = HandoutRequest(topics=("uc-msc-therapy",))
    write_pdf(path, build(library, request, *labels_in("en")), library, CLINIC, "en", "a4", False)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert text.count("Randomised") >= 5
    assert len(re.findall(r"Randomised\s+trial", text)) == text.count("Randomised")


def test_a_long_two_column_box_keeps_its_last_two_rows_of_lines_together(qapp) -> None:  # type: ignore[no-untyped-def]
    # a words box in two columns of 12 lines, the right one a few pixels lower (its first line
    # is larger, as a bold term can be): a page may end inside the box (it is more than 40 % of
    # a page), but not before its last row (a column's last line went over alone)
    from edu_app.core.pages import allowed_breaks
    from edu_app.printing.paginate import measure

    document = QTextDocument()
    document.setTextWidth(600)
    left = "<br>".join(f"left {n}" for n in range(12))
    right = '<span style="font-size:large;">right 0</span><br>' + "<br>".join(
        f"right {n}" for n in range(1, 12))
    document.setHtml(f'<table width="100%"><tr><td>{left}</td><td>{right}</td></tr></table>')
    page = document.size().height() * 1.5  # the box is two thirds of a page
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    block = table.cellAt(0, 0).firstCursorPosition().block()
    origin = document.documentLayout().blockBoundingRect(block).top()
    row_11 = origin + block.layout().lineAt(10).y()  # the top of the second-to-last row
    flow = measure(document, page, -1).flow
    inside = [y for y in allowed_breaks(flow, page) if 1 < y < document.size().height() - 1]
    assert inside  # (it may break between its lines)
    assert max(inside) <= row_11 + 0.5
