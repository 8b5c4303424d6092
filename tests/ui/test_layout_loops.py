"""No scroll area shows and hides its scroll bars for ever (a layout loop freezes a kiosk).

The event loop is turned a fixed number of times and the scroll bars' show and hide events
are counted: a screen that has settled shows none, a layout loop shows some at every turn.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from edu_app.core.model import Library
from edu_app.ui.main_window import MainWindow
from edu_app.ui.print_preview import steady_preview

from ui_helpers import make_window

TURNS = 20  # event-loop turns watched once a screen has had its chance to settle
RUNAWAY = 200  # toggles after which a loop is broken, so that a failing test still ends


class ToggleCounter(QObject):
    """Counts scroll bars shown or hidden; past RUNAWAY it hides ``brake`` to end a loop."""

    def __init__(self, brake: QWidget) -> None:
        super().__init__()
        self.toggles = 0
        self.braked = False
        self.brake = brake

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QScrollBar) and event.type() in (QEvent.Type.Show,
                                                                 QEvent.Type.Hide):
            self.toggles += 1
            if self.toggles >= RUNAWAY and not self.braked:
                self.braked = True
                self.brake.hide()
        return False


@pytest.fixture
def counter(qapp: QApplication) -> Iterator[ToggleCounter]:
    holder = QWidget()
    watcher = ToggleCounter(holder)
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)


def toggles_after_settling(counter: ToggleCounter, brake: QWidget) -> int:
    """Turn the event loop TURNS times to settle, then count the toggles in TURNS more turns
    (a runaway loop broken while settling counts as RUNAWAY)."""
    counter.brake, counter.braked, counter.toggles = brake, False, 0
    for _ in range(TURNS):
        QApplication.processEvents()
    if counter.braked:
        return RUNAWAY
    counter.toggles = 0
    for _ in range(TURNS):
        QApplication.processEvents()
    return RUNAWAY if counter.braked else counter.toggles


def three_pages(printer: QPrinter) -> None:
    painter = QPainter(printer)
    for page in range(3):
        if page:
            printer.newPage()
        painter.drawText(QRectF(0, 0, 200, 50), f"page {page + 1}")
    painter.end()


@pytest.mark.parametrize("height", [1820, 680])
def test_print_preview_settles_at_every_width(qtbot, counter: ToggleCounter, height: int) -> None:  # type: ignore[no-untyped-def]
    # A portrait kiosk gives the preview a tall, narrow view (462 × 1820 at 1080 × 1920); the
    # loop happened at some widths only (448-461 px), so every width of a band is tried.
    preview = steady_preview()
    qtbot.addWidget(preview)
    preview.paintRequested.connect(three_pages)
    preview.resize(300, height)
    preview.show()
    preview.updatePreview()
    restless = []
    for width in range(300, 720, 3):
        preview.resize(width, height)
        if toggles_after_settling(counter, preview):
            restless.append(width)
            preview.show()
    assert restless == []


SIZES = [(1080, 1920, 100, "en"), (1366, 768, 100, "en"), (1024, 768, 100, "en"),
         (1080, 1920, 200, "en"), (1366, 768, 200, "en"), (1024, 768, 200, "en"),
         (1080, 1920, 100, "th")]


@pytest.mark.parametrize(("width", "height", "scale", "lang"), SIZES)
def test_every_scrolling_screen_settles(qtbot, library: Library, counter: ToggleCounter,  # type: ignore[no-untyped-def]
                                        width: int, height: int, scale: int, lang: str) -> None:
    window: MainWindow = make_window(qtbot, library)
    window.resize(width, height)
    window.set_text_scale(scale)
    window.set_language(lang)
    first = library.language(lang).pages[0].id
    screens = {
        "home": window.go_home,
        "topic": lambda: window.open_page(first),
        "handout": lambda: window.topic.handout_button.click(),
        "faq": window.open_faq,
        "search": lambda: window.open_search("itch"),
    }
    restless = {}
    for name, show in screens.items():
        show()
        toggles = toggles_after_settling(counter, window)
        if toggles:
            restless[name] = toggles
            window.show()
    assert restless == {}
