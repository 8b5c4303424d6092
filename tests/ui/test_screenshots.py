"""Every screen and page rendered to PNG (look at them in screenshots/): landscape and portrait
kiosk sizes, 200 % text and high contrast."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from edu_app import resources
from edu_app.core.content import load_library
from edu_app.ui.main_window import MainWindow

from ui_helpers import clipped_labels

OUT = Path(__file__).resolve().parents[2] / "screenshots"
SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}
PAGES = [p.id for p in load_library(resources.content_dir(), resources.illustrations_dir())
         .language("en").pages]


@pytest.fixture(autouse=True)
def speech_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same screens on every machine: a page's "Read aloud" button (the widest part of its
    button bar) is shown whether or not this machine has a speech engine such as espeak-ng.
    Nothing is read aloud here, so the engine is never started."""
    from edu_app.ui import speech

    monkeypatch.setattr(speech, "find_engine", lambda: speech.Engine("espeak-ng", lambda _l, _s, _v: []))


def distinct_colours(image: QImage, step: int = 16) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def shoot(qtbot, window: MainWindow, name: str, size: tuple[int, int]) -> QImage:  # type: ignore[no-untyped-def]
    window.resize(*size)
    qtbot.wait(50)  # queued shows and layouts settle, as in the running program
    qtbot.waitUntil(lambda: clipped_labels(window) == [], timeout=2000)
    image = window.grab().toImage()
    OUT.mkdir(exist_ok=True)
    assert image.save(str(OUT / f"{name}.png"))
    assert (image.width(), image.height()) == size
    assert distinct_colours(image) > 12  # not a blank or single-colour screen
    return image


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", ["home", "faq", "search"])
def test_screens(qtbot, bundled_window: MainWindow, screen: str, size: str) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    if screen == "faq":
        window.open_faq(window.library.language("en").faq[0].id)
    elif screen == "search":
        window.open_search("cord")
    shoot(qtbot, window, f"{screen}-{size}", SIZES[size])
    if screen == "search":
        assert window.search.cards and all(c.isVisible() for c in window.search.cards)


@pytest.mark.parametrize("page", PAGES)
def test_pages(qtbot, bundled_window: MainWindow, page: str) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    assert window.open_page(page)
    for size in SIZES:
        shoot(qtbot, window, f"page-{page}-{size}", SIZES[size])
    assert window.topic.read_aloud.isVisible()
    window.set_text_scale(200)
    shoot(qtbot, window, f"page-{page}-200pc", SIZES["landscape"])
    shoot(qtbot, window, f"page-{page}-200pc-portrait", SIZES["portrait"])
    window.set_text_scale(100)
    window.set_high_contrast(True)
    shoot(qtbot, window, f"page-{page}-contrast", SIZES["portrait"])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("pseudo", ["qpl", "qpr"])
def test_pseudo_locales(qtbot, library, pseudo: str, size: str) -> None:  # type: ignore[no-untyped-def]
    """40 % longer strings and right-to-left: nothing clipped, nothing overlapping."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from edu_app.core.search import SearchIndex
    from edu_app.core.settings import ClinicConfig
    from edu_app.ui.preferences_store import PreferencesStore

    window = MainWindow(library, SearchIndex(library), ClinicConfig(),
                        PreferencesStore(None, persist=False), language=pseudo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.top_bar.contrast.text().startswith("[")  # the pseudo translation is in use
    if pseudo == "qpr":
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shoot(qtbot, window, f"pseudo-{pseudo}-home-{size}", SIZES[size])
    window.open_page("treatments")
    shoot(qtbot, window, f"pseudo-{pseudo}-page-{size}", SIZES[size])


KIOSK_SIZES = {"1920x1080": (1920, 1080), "1080x1920": (1080, 1920)}


@pytest.mark.parametrize("size", KIOSK_SIZES)
def test_kiosk_screens(qtbot, library, size: str) -> None:  # type: ignore[no-untyped-def]
    """The attract screen, the countdown and the PIN pad at kiosk sizes."""
    from edu_app.core.kiosk import PinGuard, hash_pin
    from edu_app.core.search import SearchIndex
    from edu_app.core.settings import ClinicConfig
    from edu_app.ui.kiosk.controller import KioskController
    from edu_app.ui.preferences_store import PreferencesStore

    window = MainWindow(library, SearchIndex(library), ClinicConfig(),
                        PreferencesStore(None, persist=False))
    kiosk = KioskController(window)
    qtbot.addWidget(window, before_close_func=lambda _w: kiosk.shutdown())
    window.show()
    qtbot.waitExposed(window)
    kiosk.show_attract()
    shoot(qtbot, window, f"kiosk-attract-{size}", KIOSK_SIZES[size])
    kiosk.leave_attract("")
    window.open_page("uc-msc-therapy")
    kiosk.still_reading.start()
    shoot(qtbot, window, f"kiosk-countdown-{size}", KIOSK_SIZES[size])
    kiosk.still_reading.stop()
    kiosk.pin_pad.guard = PinGuard(hash_pin("1234", iterations=100_000), lambda: 0.0)
    kiosk.pin_pad.start()
    shoot(qtbot, window, f"kiosk-pin-{size}", KIOSK_SIZES[size])
    kiosk.pin_pad.close_pad()


@pytest.mark.parametrize("size", SIZES)
def test_clinician_screens(qtbot, bundled_window: MainWindow, size: str) -> None:  # type: ignore[no-untyped-def]
    """The visit planner, a step with a drawing, the patient's view and the teach-back."""
    from PySide6.QtCore import QPointF

    window = bundled_window
    window.open_explain()
    shoot(qtbot, window, f"clinician-plan-{size}", SIZES[size])
    window.explain.start_visit(["uc-msc-therapy", "skin-barrier"])
    view = window.explain
    view.go(2)
    view.stage.repaint()
    target = view.stage.target
    view.tools.choose("pen1")
    view.stage.pen_down(QPointF(target.x() + target.width() * 0.3, target.y() + target.height() * 0.8))
    view.stage.pen_up(QPointF(target.x() + target.width() * 0.7, target.y() + target.height() * 0.8))
    shoot(qtbot, window, f"clinician-step-{size}", SIZES[size])
    view.screen_button.setChecked(True)
    patient = view.patient
    assert patient is not None
    patient.resize(*SIZES[size])
    qtbot.wait(50)
    image = patient.grab().toImage()
    assert image.save(str(OUT / f"clinician-patient-{size}.png")) and distinct_colours(image) > 12
    patient.close()
    window.open_teach_back()
    shoot(qtbot, window, f"clinician-teach-back-{size}", SIZES[size])
