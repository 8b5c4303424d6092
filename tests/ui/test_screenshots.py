"""Screens rendered to PNG at landscape and portrait kiosk sizes (look at them in screenshots/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from edu_app.ui.main_window import MainWindow

from ui_helpers import clipped_labels

OUT = Path(__file__).resolve().parents[2] / "screenshots"
SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}


def distinct_colours(image: QImage, step: int = 16) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", ["home", "page", "faq", "search"])
def test_screenshot(qtbot, bundled_window: MainWindow, screen: str, size: str) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.resize(*SIZES[size])
    if screen == "page":
        window.open_page("uc-msc-therapy")
    elif screen == "faq":
        window.open_faq(window.library.language("en").faq[0].id)
    elif screen == "search":
        window.open_search("cord")
    qtbot.wait(50)  # queued shows and layouts settle, as in the running program
    qtbot.waitUntil(lambda: clipped_labels(window) == [], timeout=2000)
    if screen == "search":
        assert window.search.cards and all(c.isVisible() for c in window.search.cards)
    image = window.grab().toImage()
    OUT.mkdir(exist_ok=True)
    assert image.save(str(OUT / f"{screen}-{size}.png"))
    assert (image.width(), image.height()) == SIZES[size]
    assert distinct_colours(image) > 12  # not a blank or single-colour screen
