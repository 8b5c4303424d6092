"""The take-away card drawn for an 80 mm receipt roll: its picture in printer dots, its PDF, its
ESC/POS job and where that job goes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu_app.core import escpos
from edu_app.core.card import Card, Line, build_card
from edu_app.core.model import Library
from edu_app.core.qr import qr_matrix
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.printing import roll
from edu_app.printing.pdf import PrintError

CLINIC = ClinicConfig(clinic_name="Riverside Skin Clinic", clinic_contact="02 123 4567",
                      clinic_website="https://example.org/eczema")
POINTS_PER_MM = 72 / 25.4
BUNDLED = {"NotoSans-Regular", "NotoSans-Bold", "NotoSansThai-Regular", "NotoSansThai-Bold"}


@pytest.fixture
def fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    register_fonts(ALL_STYLES)


def skeleton(text: str) -> str:
    """The text without white space (the card draws Thai word by word; a reader puts white space
    between the words): every letter, vowel and tone mark, in order."""
    return re.sub(r"\s+", "", text)


def thai_card(library: Library) -> Card:
    from edu_app.ui.texts import card_labels_in, labels_in

    return build_card(library, ("skin-barrier",), "th", CLINIC, *labels_in("th"),
                      card_labels_in("th"), today=dt.date(2026, 12, 4))


def english_card(library: Library, topics: tuple[str, ...] = ("skin-barrier",)) -> Card:
    return build_card(library, topics, "en", CLINIC, today=dt.date(2026, 12, 4))


@pytest.mark.parametrize("dots", [576, 512])
def test_the_picture_is_as_wide_as_the_printer_prints_and_black_on_white(
        fonts: None, library: Library, dots: int) -> None:
    rows = roll.card_rows(english_card(library), dots)
    assert {len(row) for row in rows} == {dots}
    assert set(b"".join(rows)) == {0, 1}
    assert rows[0] == bytes(dots) and rows[-1] == bytes(dots)  # white margins top and bottom


def test_the_card_is_as_long_as_its_content(fonts: None, library: Library) -> None:
    one = roll.card_image(english_card(library), 576).height()
    two = roll.card_image(english_card(library, ("skin-barrier", "treatments")), 576).height()
    assert 800 < one < two  # (a card of one topic is 10 cm or more at 8 dots a millimetre)


def test_512_dots_wraps_into_more_lines(fonts: None, library: Library) -> None:
    card = english_card(library)
    assert roll.card_image(card, 512).height() > roll.card_image(card, 576).height()


def test_a_width_other_than_576_or_512_is_refused(fonts: None, library: Library) -> None:
    with pytest.raises(ValueError, match="576 or 512"):
        roll.card_image(english_card(library), 600)


def test_body_text_is_at_least_24_dots_and_headings_bold(fonts: None, library: Library) -> None:
    laid = roll.lay_out(english_card(library), 576)
    for item in laid.placed:
        if item.layout is not None:
            assert item.layout.font().pixelSize() >= 24
            assert all(item.layout.lineAt(n).height() >= 24 for n in range(item.layout.lineCount()))
            if item.line.kind in ("point", "action", "text"):
                assert item.layout.font().pixelSize() >= 28
            if item.line.kind in ("topic", "heading", "clinic", "title"):
                assert item.layout.font().bold()
            assert item.left + max(item.layout.lineAt(n).naturalTextWidth()
                                   for n in range(item.layout.lineCount())) <= 576 - roll.SIDE


def test_the_qr_code_is_whole_dots_inside_a_white_quiet_zone(fonts: None, library: Library) -> None:
    card = english_card(library)
    laid = roll.lay_out(card, 576, roll.card_image(card, 576))
    rows = roll.card_rows(card, 576)
    matrix = qr_matrix("https://example.org/eczema")
    assert matrix is not None and laid.qr == matrix
    item = next(p for p in laid.placed if p.line.kind == "qr")
    module, count = laid.module, len(matrix)
    assert module >= 3 and item.height == (count + 8) * module
    left, top = int(item.left), int(item.top)
    # the quiet zone, 4 modules all round, is white
    for y in range(top, top + int(item.height)):
        inside = top + 4 * module <= y < top + (count + 4) * module
        span = rows[y][left : left + int(item.height)]
        if not inside:
            assert set(span) == {0}, y
        else:
            assert set(span[: 4 * module]) == {0} and set(span[-4 * module :]) == {0}, y
    # every module is printed as it is in the code (its middle dot)
    for r in range(count):
        for c in range(count):
            y = top + (4 + r) * module + module // 2
            x = left + (4 + c) * module + module // 2
            assert rows[y][x] == matrix[r][c], (r, c)


def test_the_pdf_is_80_mm_wide_as_long_as_the_card_with_its_text_in_bundled_fonts(
        fonts: None, library: Library, tmp_path: Path) -> None:
    card = thai_card(library)
    path = tmp_path / "card.pdf"
    length = roll.write_card_pdf(path, card, 576)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 80 * POINTS_PER_MM) < 0.5  # 226.8 points
    assert abs(float(box.height) - length * POINTS_PER_MM) < 0.5
    laid = roll.lay_out(card, 576)
    assert abs(length - laid.height / 203 * 25.4) < 2  # (the PDF's own font metrics)
    # the Thai reads back as written, tone marks and sara am (ำ) included
    text = skeleton(reader.pages[0].extract_text())
    for expected in ("อิฐคือเซลล์ผิว ส่วนไขมันเป็นเหมือนปูน", "ซึ่งช่วยเก็บน้ำไว้", "พิมพ์เมื่อ 4 ธันวาคม 2569",
                     "Riverside Skin Clinic", "https://example.org/eczema",
                     "สแกนเพื่อเปิดเว็บไซต์ของเรา"):
        assert skeleton(expected) in text, expected
    names = set()
    for font in (reader.pages[0]["/Resources"].get("/Font") or {}).values():
        names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    assert names and names <= BUNDLED, names
    assert len(reader.pages[0].images) == 0  # text and QR code are vector, not a picture


def test_a_card_goes_to_a_printer_as_one_escpos_job(fonts: None, library: Library) -> None:
    card = english_card(library)
    height = roll.card_image(card, 576).height()
    printer = escpos.Dummy()
    roll.send_escpos(roll.card_escpos(card, 576), printer)
    data = printer.output
    assert data.startswith(b"\x1b@\x1dv0\x00\x48\x00\xff\x00")  # 72 bytes across, 255 rows
    assert data.endswith(b"\x1bd\x03\x1dVB\x00")
    bands = -(-height // 255)
    assert data.count(b"\x1dv0\x00\x48\x00") == bands
    assert len(data) == 2 + bands * 8 + height * 72 + 3 + 4


def test_a_missing_device_is_a_print_error_of_one_line(fonts: None, library: Library) -> None:
    with pytest.raises(PrintError) as caught:
        roll.send_escpos(b"\x1b@", escpos.DevicePrinter(Path("/dev/usb/lp-edu-app-none")))
    assert "\n" not in str(caught.value) and "is not there" in str(caught.value)


def test_a_card_without_a_website_draws_no_code(fonts: None) -> None:
    card = Card("en", (Line("text", "Hello"), Line("qr"), Line("small", "Bye")), qr="")
    laid = roll.lay_out(card, 512)
    assert [p.line.kind for p in laid.placed] == ["text", "small"]


def test_thai_lines_break_between_words_never_inside_a_cluster(fonts: None,
                                                               library: Library) -> None:
    from edu_app.core.thai import THAI_RUN, cluster_starts

    laid = roll.lay_out(thai_card(library), 576)
    at_marks = elsewhere = 0
    for item in laid.placed:
        if item.layout is None or item.line.kind == "address":
            continue
        text = item.line.text
        inside = set()  # places inside a cluster (a consonant and its vowels and marks)
        for run in THAI_RUN.finditer(text):
            starts = set(cluster_starts(run.group(0)))
            inside |= {run.start() + i for i in range(len(run.group(0))) if i not in starts}
        for n in range(1, item.layout.lineCount()):
            start = item.layout.lineAt(n).textStart()
            assert start not in inside, (text[:start], text[start:])
            if text[start - 1] in " \u200b":
                at_marks += 1
            else:  # (where the system's libthai finds a word break inside a long word)
                elsewhere += 1
    assert at_marks > 5 and elsewhere <= at_marks // 4


def test_the_clinics_receipt_printer_gets_the_card(fonts: None, library: Library,
                                                    tmp_path: Path) -> None:
    card = english_card(library)
    target = tmp_path / "lp0"
    roll.print_card(card, CLINIC._replace(receipt_escpos=target, receipt_dots=512))
    data = target.read_bytes()
    assert data.startswith(b"\x1b@\x1dv0\x00\x40\x00") and data.endswith(b"\x1dVB\x00")
    with pytest.raises(PrintError, match="No receipt printer is set up"):
        roll.print_card(card, CLINIC)
    with pytest.raises(PrintError, match="The receipt printer 'No Such Queue' is not available"):
        roll.print_card(card, CLINIC._replace(receipt_printer="No Such Queue"))
