"""After a kiosk reset the next person finds the screen as a fresh start shows it: the home
screen scrolled to the top, and the top bar in the rows and height of a fresh start at the
default text size, whatever text size the last person chose (1366 × 768, a common kiosk)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QScrollBar, QScroller

from edu_app.core.kiosk import hash_pin
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore
from edu_app.ui.widgets import AdaptiveBar


@pytest.fixture
def kiosk_at_size(qtbot, library: Library, request: pytest.FixtureRequest) -> Iterator[KioskController]:  # type: ignore[no-untyped-def]
    """A kiosk on a window of the size asked for (1366 × 768 unless a test asks for another:
     (the offscreen screen has another size, so the window is
    shown at that size rather than full screen; the reset and the attract screen are the
    kiosk's own)."""
    config = ClinicConfig(languages=("en", "th"), admin_pin_hash=hash_pin("2468", iterations=100_000))
    window = MainWindow(library, SearchIndex(library), config, PreferencesStore(None, persist=False))
    kiosk = KioskController(window, idle_ms=60_000)
    qtbot.addWidget(window, before_close_func=lambda _w: kiosk.shutdown())
    window.resize(*getattr(request, "param", (1366, 768)))
    window.show()
    qtbot.waitExposed(window)
    kiosk.show_attract()
    yield kiosk
    kiosk.shutdown()


def start_reading(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    assert kiosk.window.current == ("home", "")


def home_scroll(kiosk: KioskController) -> QScrollBar:
    return kiosk.window.home.scroller.verticalScrollBar()


def top_bar_layout(qtbot, kiosk: KioskController) -> tuple[int, list[bool | None]]:  # type: ignore[no-untyped-def]
    """The top bar's height and, for each of its adaptive rows, whether it is in two rows, once
    the layout has settled."""
    window = kiosk.window
    qtbot.wait(1)  # (let queued layout requests run)

    def measure() -> tuple[int, list[bool | None]]:
        return window.top_bar.height(), [b.stacked for b in window.top_bar.findChildren(AdaptiveBar)]

    settled = measure()
    for _ in range(5):  # until two measurements in a row agree
        qtbot.wait(20)
        now = measure()
        if now == settled:
            break
        settled = now
    return settled


@pytest.mark.parametrize(("kiosk_at_size", "scale"), [
    ((1366, 768), 125), ((1366, 768), 150), ((1080, 1920), 125), ((1080, 1920), 150),
], indirect=["kiosk_at_size"])
def test_after_a_reset_the_top_bar_is_as_at_a_fresh_start(qtbot, kiosk_at_size, scale: int) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_at_size
    start_reading(qtbot, kiosk)
    fresh = top_bar_layout(qtbot, kiosk)
    kiosk.window.set_text_scale(scale)
    assert kiosk.window.preferences.text_scale == scale
    kiosk.reset()
    start_reading(qtbot, kiosk)
    assert top_bar_layout(qtbot, kiosk) == fresh


def test_a_flick_under_way_at_the_reset_does_not_scroll_the_next_home(qtbot, kiosk_at_size) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_at_size
    start_reading(qtbot, kiosk)
    kiosk.flick_scrolling()
    bar = home_scroll(kiosk)
    qtbot.waitUntil(lambda: bar.maximum() > 200, timeout=5000)
    scroller = QScroller.scroller(kiosk.window.home.scroller.viewport())
    bar.setValue(bar.maximum())  # the last person scrolled down...
    scroller.scrollTo(QPointF(0, 200), 300)  # ...and flicked: the page is still gliding
    assert scroller.state() == QScroller.State.Scrolling
    kiosk.reset()
    start_reading(qtbot, kiosk)
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)
    assert home_scroll(kiosk).value() == 0
