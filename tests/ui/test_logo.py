"""The clinic's logo is checked before it is decoded, decoded once, and never loads other files;
the clinic's name is plain text. (Issue 15: a 24-megapixel PNG froze the handout builder, a FIFO
hung start-up, an SVG loaded local pictures, and the name was read as HTML.)"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from edu_app.core.settings import ClinicConfig
from edu_app.paint.logo import Logo, clinic_logo, forget_logos
from edu_app.ui.top_bar import TopBar

from ui_helpers import make_window

PLAIN_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20" viewBox="0 0 60 20">'
             '<defs><linearGradient id="g"><stop offset="0" stop-color="#7a1fa2"/></linearGradient>'
             '</defs><rect width="60" height="20" fill="url(#g)"/></svg>')


@pytest.fixture(autouse=True)
def fresh_logos() -> Iterator[None]:
    forget_logos()
    yield
    forget_logos()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (the pixels themselves are missing)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b""))
            + chunk(b"IEND", b""))


def test_a_24_megapixel_png_is_refused_from_its_header(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(png_header_only(6000, 4000))
    logo = Logo(path)
    assert not logo.usable and logo.image(48) is None
    assert logo.problem == ("is 6000 × 4000 pixels; a logo may have at most 16 million (a few "
                            "hundred pixels high is plenty)")


def test_a_large_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(png_header_only(100, 50) + b"\0" * 5_000_001)
    assert Logo(path).problem == f"is {path.stat().st_size} bytes; a logo may have at most 5000000"


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    path = tmp_path / "logo.png"
    os.mkfifo(path)
    # Should the logo code open the pipe after all, this writer unblocks it (and the test then
    # fails on the message): it never makes a correct result pass.
    done = threading.Event()

    def unblock() -> None:
        if not done.wait(10):
            with open(path, "wb") as pipe:
                pipe.write(b"not a picture")

    helper = threading.Thread(target=unblock, daemon=True)
    helper.start()
    problem = Logo(path).problem
    done.set()
    assert problem == "is not a regular file"


def test_a_big_photo_is_kept_small_and_shown_48_px_high(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "logo.png"
    photo = QImage(3000, 1500, QImage.Format.Format_RGB32)
    photo.fill(QColor("#7a1fa2"))
    assert photo.save(str(path))
    logo = clinic_logo(path)
    assert logo.problem == "" and logo._image is not None
    assert (logo._image.width(), logo._image.height()) == (2048, 1024)  # decoded scaled down
    image = logo.image(48)
    assert image is not None and (image.width(), image.height()) == (96, 48)
    assert logo.image(48) is image  # made once
    assert clinic_logo(path) is logo  # read once
    bar = TopBar("Riverside", path, ["en"])
    qtbot.addWidget(bar)
    pixmap = bar.logo.pixmap()
    assert (pixmap.width(), pixmap.height()) == (96, 48)


@pytest.mark.parametrize("body", [
    '<image href="file:///etc/secret.png" width="10" height="10"/>',
    '<image xlink:href="secret.png" width="10" height="10"/>',
    '<use href="other.svg#shape"/>',
    '<rect width="5" height="5" fill="url(file:///tmp/x.svg#p)"/>',
    '<rect width="5" height="5" style="fill:url(other.svg#p)"/>',
    '<style>rect { fill: url("pattern.svg#p"); }</style>',
    '<style>@import "theme.css";</style>',
    '<feImage href="#x"/>',
    '<foreignObject width="5" height="5"/>',
])
def test_an_svg_that_loads_anything_else_is_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "logo.svg"
    (tmp_path / "secret.png").write_bytes(b"")
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/'
                    f'xlink" width="60" height="20" viewBox="0 0 60 20">{body}</svg>',
                    encoding="utf-8")
    logo = Logo(path)
    assert not logo.usable
    assert logo.problem.startswith("the SVG "), logo.problem


def test_an_svg_with_entities_or_without_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<svg xmlns="http://www.w3.org/2000/svg" width="6" height="2">&x;</svg>')
    assert Logo(path).problem == "the SVG has a DOCTYPE or entities; save it as plain SVG"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 0"/>')
    assert Logo(path).problem == "the SVG has no size (check its width, height or viewBox)"


def test_a_self_contained_svg_is_drawn_at_the_asked_size(tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(PLAIN_SVG, encoding="utf-8")
    logo = Logo(path)
    assert logo.problem == "" and logo.usable
    image = logo.image(48)
    assert image is not None and (image.width(), image.height()) == (144, 48)
    canvas = QImage(300, 100, QImage.Format.Format_ARGB32)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    drawn = logo.draw(painter, QPointF(10, 10), 30)
    painter.end()
    assert drawn is not None and (drawn.width(), drawn.height()) == (90, 30)
    assert canvas.pixelColor(50, 25).name() == "#7a1fa2"


def test_a_missing_logo_is_a_staff_message_and_no_picture(qtbot, small_library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nowhere.png"
    window = make_window(qtbot, small_library, ClinicConfig(clinic_logo=missing))
    assert not window.top_bar.logo.isVisible()
    assert f"[clinic] logo {missing} cannot be read" in window.banner.text.text()


def test_the_clinic_name_is_plain_text(qtbot, small_library) -> None:  # type: ignore[no-untyped-def]
    name = '<b>Riverside</b> <img src="/etc/x.png"> &amp; Co'
    window = make_window(qtbot, small_library, ClinicConfig(clinic_name=name))
    label = window.top_bar.clinic
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == name


def test_an_svg_named_as_a_png_is_not_read_as_a_picture(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text(PLAIN_SVG.replace("<defs>", '<image href="secret.png" width="5" height="5"/>'
                                      "<defs>"), encoding="utf-8")
    logo = Logo(path)
    assert not logo.usable and logo.problem == "is not a picture (use PNG, JPEG or SVG)"


def test_a_photo_logo_is_printed_at_the_header_size(small_library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from edu_app.core.handout import HandoutRequest, build
    from edu_app.printing.pdf import write_pdf

    noise = QImage(os.urandom(1600 * 1000 * 4), 1600, 1000, QImage.Format.Format_RGB32)
    path = tmp_path / "logo.png"  # about 5 MB of noise: it compresses to nothing smaller
    assert noise.save(str(path), "PNG", 0) and path.stat().st_size <= 5_000_000
    clinic = ClinicConfig(clinic_name="Riverside", clinic_logo=path)
    handout = build(small_library, HandoutRequest(topics=("barrier", "itch"), large_print=True))
    pdf = tmp_path / "x.pdf"
    pages = write_pdf(pdf, handout, small_library, clinic, "en", "a4", True)
    assert pages >= 2
    heights = set()
    for page in PdfReader(pdf).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            if xobject.get_object().get("/Subtype") == "/Image":
                heights.add(int(xobject.get_object()["/Height"]))
    # 12 mm at 300 dpi is about 142 px: the logo is embedded at that size, once per size
    assert heights and max(heights) < 200
    assert pdf.stat().st_size < 1_000_000  # the full photo alone would be about 5 MB
