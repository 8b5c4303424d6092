"""``edu-app check-layout``: build every screen and report what a designer would send back.

For one window size, language, text size and contrast (and kiosk mode or not), the program
opens each screen the way a person would — home, every topic page, the FAQ, search with
results, the handout builder, help, the clinician's planner, step and teach-back screens, or the
kiosk's attract screen, "Still reading?" card, PIN pad and staff menu — and describes every
visible widget to the rules in :mod:`edu_app.core.layout_rules`: text clipped in its widget,
laid-out siblings covering each other, anything outside the window, a sideways scroll bar, a
touch target under 48 px in a kiosk; on topic pages, a line of the text that ends inside a
word or an evidence badge (Qt cuts what has no room). It also takes the top bar through a language round trip
and a text-size round trip and checks it comes back to its height. Each problem is one line
naming the screen and the widget; the exit code is 1 when there is any.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from edu_app.core.layout_rules import Box, Rect, bar_heights_agree, problems
from edu_app.core.settings import TEXT_SCALES
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.table_fit import cuts_in

TOUCHED = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider)


def settle(rounds: int = 6) -> None:
    """Let layouts, deferred builds and posted events run."""
    for _ in range(rounds):
        QApplication.processEvents()


def _label(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    text = " ".join(text.split())
    return f"{name} {text[:28]!r}" if text else name


def _in_layout(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _in_layout(inner, widget):
            return True
    return False


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether the widget sits in a scrolling area's content (it may lie beyond the view)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        child, parent = parent, grand
    del child
    return False


def _needs(widget: QWidget) -> tuple[int, int]:
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            return (0, widget.heightForWidth(widget.width()))
        hint = widget.sizeHint()
        return (hint.width(), hint.height())
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        return (hint.width(), hint.height())
    return (0, 0)


def _sideways(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractScrollArea):
        return False
    if widget.horizontalScrollBar().isVisible():
        return True
    content = widget.widget() if isinstance(widget, QScrollArea) else None
    return content is not None and content.width() > widget.viewport().width() + 1


def boxes_of(window: QWidget) -> list[Box]:
    """Every visible widget of the window, described for the rules."""
    boxes = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
            continue  # a scrolling area's own parts
        parent = widget.parentWidget()
        corner = widget.mapTo(window, QPoint(0, 0))
        managed = parent is not None and _in_layout(parent.layout(), widget)
        boxes.append(Box(
            name=f"{_label(parent)}/{_label(widget)}" if parent is not None else _label(widget),
            rect=Rect(corner.x(), corner.y(), widget.width(), widget.height()),
            parent=str(id(parent)),
            needs=_needs(widget),
            managed=managed,
            scrolled=_scrolled(widget, window),
            touch=isinstance(widget, TOUCHED),
            horizontal_bar=_sideways(widget),
        ))
    return boxes


def look(window: QWidget, kiosk: bool) -> list[str]:
    """The problems of what the window shows now."""
    settle()
    return problems(boxes_of(window), Rect(0, 0, window.width(), window.height()), kiosk)


Route = Callable[[], object]


def _screens(window: MainWindow, kiosk: KioskController | None) -> Iterator[tuple[str, Route]]:
    """(name, how to get there) for every screen, in the order a visitor might meet them."""
    language = window.library.language(window.lang)
    yield "home", window.go_home
    for page in language.pages:
        yield f"page {page.id}", partial(window.open_page, page.id)
    yield "faq", window.open_faq
    yield "search", lambda: window.open_search(SEARCH_WORDS.get(window.lang, "eczema"))
    yield "handout builder", window.open_handout
    if language.decision_aid is not None:
        for step in range(5):  # the decision aid, each of its five steps
            yield f"decision aid step {step + 1}", partial(_decision_step, window, step)
    yield "help", window.open_help
    if kiosk is None:
        topics = [p.id for p in language.pages[:2]]
        yield "visit planner", window.open_explain
        yield "explain step", lambda: window.explain.start_visit(topics)
        yield "teach-back", window.open_teach_back
        yield "after the visit", window.end_visit
        return
    yield "attract", kiosk.show_attract
    yield "still reading", _then(lambda: kiosk.leave_attract(""), kiosk.still_reading.start)
    yield "PIN pad", _then(kiosk.still_reading.stop, kiosk.pin_pad.start)
    yield "staff menu", _then(kiosk.pin_pad.close_pad, kiosk.open_staff_menu)
    yield "after staff", _then(kiosk.staff_menu.hide, kiosk.reset)


def _decision_step(window: MainWindow, step: int) -> None:
    window.open_decision_aid()
    window.decision.show_step(step)


def _then(*steps: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        for step in steps:
            step()
    return run


SEARCH_WORDS = {"en": "steroid", "th": "สเตียรอยด์"}


def check_window(window: MainWindow, kiosk: KioskController | None) -> list[str]:
    """Every screen's problems, and the top bar's round trips; one line each."""
    found: list[str] = []
    width, height = window.width(), window.height()  # the screen's size
    for name, go in _screens(window, kiosk):
        go()
        found += [f"{name}: {problem}" for problem in look(window, kiosk is not None)]
        if name.startswith("page "):
            found += [f"{name}: the text is cut inside a word or badge: {cut!r}"
                      for cut in cuts_in(window.topic.browser.document())]
        found += [f"{name}: {problem}" for problem in grew(window, width, height)]
    if kiosk is not None:
        kiosk.leave_attract("")
    window.go_home()
    found += [f"home: {problem}" for problem in round_trips(window)]
    return found


def round_trips(window: MainWindow) -> list[str]:
    """The top bar after a language round trip and a text-size round trip (up to 200 % and
    back), against its height before."""
    lang, scale = window.lang, window.preferences.text_scale
    settle()
    size = window.width(), window.height()
    before = window.top_bar.height()
    found = []
    # (a pseudo-locale is not a language a person can switch back to: only the text sizes)
    others = [] if window.pseudo else [code for code in window.library.languages if code != lang]
    for other in others:
        window.set_language(other)
        settle()
        window.set_language(lang)
        settle()
        found += bar_heights_agree(before, window.top_bar.height(), f"{lang} → {other} → {lang}")
        found += grew(window, *size)
    for step in (*TEXT_SCALES[TEXT_SCALES.index(scale) + 1:], *reversed(TEXT_SCALES), scale):
        window.set_text_scale(step)
        settle()
        found += [f"at {step} %: {problem}" for problem in grew(window, *size)]
    found += bar_heights_agree(before, window.top_bar.height(), "text sizes up to 200 % and back")
    return found


def grew(window: QWidget, width: int, height: int) -> list[str]:
    """A window larger than the screen it was given: its content has a minimum size the screen
    does not have (a full-screen kiosk cannot grow; the bottom or side is simply cut off). The
    window is put back to the screen's size for the next screen."""
    settle()
    if window.width() <= width and window.height() <= height:
        return []
    problem = (f"the window needs {window.width()}x{window.height()}, more than the screen's "
               f"{width}x{height}")
    window.resize(width, height)
    settle()
    return [problem]


def run_check(size: tuple[int, int], lang: str, text_size: int, high_contrast: bool, kiosk: bool,
              config: Path | None) -> int:
    """``edu-app check-layout``: print the problems (or that there are none); exit 1 on any."""
    from edu_app.paint.fonts import ALL_STYLES, register_fonts
    from edu_app.startup import load_everything, setup_logging
    from edu_app.ui.app import application
    from edu_app.ui.preferences_store import PreferencesStore

    setup_logging()
    application()
    register_fonts(ALL_STYLES)
    loaded = load_everything(config, config is not None)
    code = lang or loaded.config.default_language
    if code not in loaded.library.languages and code not in ("qpl", "qpr"):  # (pseudo-locales)
        sys.stderr.write(f"edu-app: there is no content in language '{code}'\n")
        return 2
    window = MainWindow(loaded.library, loaded.search_index, loaded.config,
                        PreferencesStore(None, persist=False), loaded.messages, code)
    controller = KioskController(window) if kiosk else None
    try:
        window.set_text_scale(text_size)
        window.set_high_contrast(high_contrast)
        window.resize(*size)
        window.show()
        found = check_window(window, controller)
    finally:
        if controller is not None:
            controller.shutdown()
        window.may_close = lambda: True
        window.close()
        window.deleteLater()
    where = (f"{size[0]}x{size[1]}, {code}, text {text_size} %"
             f"{', high contrast' if high_contrast else ''}{', kiosk' if kiosk else ''}")
    for line in found:
        print(line)
    print(f"check-layout ({where}): {len(found)} problem{'' if len(found) == 1 else 's'}")
    return 1 if found else 0
