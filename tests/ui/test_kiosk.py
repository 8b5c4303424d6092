"""Kiosk mode: idle reset, a clean slate after it, the escape routes, staff PIN, print limits."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QScroller,
    QWidget,
)

from edu_app.core import paths
from edu_app.core.kiosk import hash_pin
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.kiosk.controller import ESCAPE_KEYS, USAGE_FILE, KioskController
from edu_app.ui.kiosk.idle import IdleWatcher
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

PIN = "2468"
PIN_HASH = hash_pin(PIN, iterations=100_000)  # made once: the lowest count a kiosk accepts
MODIFIER_KEYS = (Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift)


@pytest.fixture
def restore_hook() -> Iterator[None]:
    before = sys.excepthook
    yield
    sys.excepthook = before


def make_kiosk(qtbot, library: Library, **config: object) -> KioskController:  # type: ignore[no-untyped-def]
    settings = ClinicConfig(languages=("en", "th"), admin_pin_hash=PIN_HASH,
                            printer="PDF")._replace(**config)
    window = MainWindow(library, SearchIndex(library), settings, PreferencesStore(None, persist=False))
    controller = KioskController(window, idle_ms=60_000)
    # staff "unlock" it after the test, so the window may close
    qtbot.addWidget(window, before_close_func=lambda _w: controller.shutdown())
    controller.start()
    qtbot.waitExposed(window)
    return controller


@pytest.fixture
def kiosk(qtbot, small_library: Library, restore_hook: None) -> KioskController:  # type: ignore[no-untyped-def]
    return make_kiosk(qtbot, small_library)


def touch(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:  # type: ignore[no-untyped-def]
    device = QTest.createTouchDevice()
    point = pos or widget.rect().center()
    QTest.touchEvent(widget, device).press(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, point, widget).commit()


# --- the idle controller -----------------------------------------------------------------

def test_idle_fires_after_the_timeout(qtbot) -> None:  # type: ignore[no-untyped-def]
    watcher = IdleWatcher(50)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        watcher.start()
    watcher.stop()


class TouchTarget(QWidget):
    """Takes touch events itself (as a flick-scrolled page does), so Qt makes no mouse events
    out of them; records what it was sent."""

    TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.seen: list[QEvent.Type] = []

    def event(self, event: QEvent) -> bool:
        if event.type() in self.TOUCH:
            self.seen.append(event.type())
            event.accept()
            return True
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            self.seen.append(event.type())
        return super().event(event)


@pytest.mark.parametrize("kind", ["mouse", "touch", "key", "wheel", "move"])
def test_activity_restarts_the_wait(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    target = TouchTarget() if kind == "touch" else QLineEdit()
    qtbot.addWidget(target)
    target.resize(200, 100)
    target.show()
    qtbot.waitExposed(target)
    watcher = IdleWatcher(60_000)
    watcher.start()
    watcher.timer.stop()  # as if the wait had run out: only activity starts it again
    with qtbot.waitSignal(watcher.active, timeout=2000):
        if kind == "mouse":
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        elif kind == "touch":
            touch(qtbot, target)
        elif kind == "key":
            qtbot.keyClick(target, Qt.Key.Key_A)
        elif kind == "wheel":
            centre = QPointF(target.rect().center())
            QApplication.sendEvent(target, QWheelEvent(
                centre, target.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase, False))
        else:
            QTest.mouseMove(target, QPoint(3, 3))
            QTest.mouseMove(target, QPoint(9, 9))
    assert watcher.timer.isActive() and watcher.timer.interval() == 60_000
    if kind == "touch":  # real touch events reached the program, not mouse events made of them
        assert isinstance(target, TouchTarget)
        assert target.seen == [QEvent.Type.TouchBegin, QEvent.Type.TouchEnd]
    watcher.stop()
    assert not watcher.timer.isActive()


# --- start, attract screen, countdown and reset ------------------------------------------

def test_kiosk_starts_full_screen_on_the_attract_screen(kiosk: KioskController) -> None:
    window = kiosk.window
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.stack.currentWidget() is kiosk.attract and not window.top_bar.isVisible()
    first = kiosk.attract.topic_title.text()
    kiosk.attract.next_slide()
    assert kiosk.attract.topic_title.text() != first  # the loop moves on
    assert kiosk.attract.picture.pixmap() is not None


def test_a_language_button_on_the_attract_screen_starts_in_that_language(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.language_buttons["th"], Qt.MouseButton.LeftButton)
    assert kiosk.window.lang == "th" and kiosk.window.current == ("home", "")
    assert kiosk.window.top_bar.isVisible()


def test_countdown_then_everything_is_reset(qtbot, kiosk: KioskController, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    assert window.current == ("home", "")
    # someone uses everything
    window.set_language("th")
    window.set_text_scale(150)
    window.set_high_contrast(True)
    window.open_page("barrier")
    window.topic.browser.verticalScrollBar().setValue(40)
    window.topic.popup.show_text("x", "y", QPoint(10, 10))
    window.open_search("cord")
    window.open_faq()
    window.faq.items[0].set_expanded(True)
    window.open_handout(whole=["barrier"])
    window.handout.name.setText("Somchai")
    window.handout.note.setPlainText("apply twice a day")
    window.handout.large.setChecked(True)
    dialog = QDialog(window)  # an open dialog
    dialog.show()
    old_screens = [window.topic, window.faq, window.search, window.handout]
    kiosk.quota.session = 2
    # nobody touches the screen: the countdown appears, then runs out
    kiosk.countdown_seconds = 1
    kiosk.still_reading.tick.setInterval(20)
    kiosk.idle.timer.setInterval(30)
    with qtbot.waitSignal(kiosk.reset_done, timeout=3000):
        qtbot.waitUntil(kiosk.still_reading.isVisible, timeout=2000)
    # the slate is clean
    assert window.stack.currentWidget() is kiosk.attract
    assert not kiosk.still_reading.isVisible() and not dialog.isVisible()
    assert window.lang == "en" and window.preferences.text_scale == 100
    assert not window.preferences.high_contrast
    assert window.history == [] and window.visited == []
    assert window.home.search.text() == "" and kiosk.quota.session == 0
    for screen in old_screens:  # the screens that held the last person's choices are gone
        assert screen not in window.stack.findChildren(QWidget)
    window.open_page("barrier")
    assert window.topic.browser.verticalScrollBar().value() == 0
    assert not window.topic.popup.isVisible()
    window.open_search("")
    assert window.search.field.text() == ""
    window.open_faq()
    assert not any(item.expanded for item in window.faq.items)
    window.open_handout()
    assert window.handout.name.text() == "" and window.handout.note.toPlainText() == ""
    assert not window.handout.large.isChecked()
    assert window.handout.request().topics == ()


def test_a_touch_keeps_the_reader_where_they_were(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.idle.timer.setInterval(30)
    qtbot.waitUntil(kiosk.still_reading.isVisible, timeout=2000)
    kiosk.idle.timer.setInterval(60_000)  # the next wait may not run out on a busy machine
    with qtbot.assertNotEmitted(kiosk.reset_done):
        touch(qtbot, kiosk.still_reading)
    assert not kiosk.still_reading.isVisible()
    assert kiosk.window.current == ("page", "barrier")


def test_the_attract_screen_itself_never_counts_down(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.window.stack.currentWidget() is kiosk.attract
    kiosk.idle.timer.stop()
    kiosk.idle.idle.emit()  # the wait runs out while the attract screen is showing
    assert not kiosk.still_reading.isVisible() and not kiosk.still_reading.tick.isActive()
    assert kiosk.idle.timer.isActive()  # it just keeps looping
    assert kiosk.window.stack.currentWidget() is kiosk.attract
    # elsewhere the same moment starts the countdown (so the check above can fail)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.idle.idle.emit()
    assert kiosk.still_reading.isVisible()
    kiosk.still_reading.stop()


def test_a_pin_pad_left_open_on_the_attract_screen_is_reset(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    kiosk.pin_pad_idle_ms = 100  # the staff timeout (30 s in use), not the patients' idle wait
    kiosk.open_pin_pad()  # someone found the corner, then walked away
    assert kiosk.window.stack.currentWidget() is kiosk.attract and kiosk.pin_pad.isVisible()
    kiosk.idle.timer.stop()  # (the attract screen's own loop plays no part)
    with qtbot.waitSignal(kiosk.reset_done, timeout=3000):
        pass
    assert not kiosk.pin_pad.isVisible()
    assert kiosk.window.stack.currentWidget() is kiosk.attract


def test_kiosk_help_has_no_keyboard_part_and_a_reset_leaves_it(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.window.top_bar.help, Qt.MouseButton.LeftButton)
    assert kiosk.window.current == ("help", "")
    help_view = kiosk.window.help
    words = " ".join(label.text() for label in help_view.findChildren(QLabel)
                     if label.isVisibleTo(help_view))
    assert "starts again by itself" in words  # what a patient should know about a kiosk
    assert "Keyboard shortcuts" not in words and "Ctrl" not in words  # a kiosk has no keyboard
    kiosk.reset()
    assert kiosk.window.stack.currentWidget() is kiosk.attract
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    assert kiosk.window.current == ("home", "")


def test_an_unexpected_error_goes_back_to_the_attract_screen(qtbot, kiosk, caplog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        info = sys.exc_info()
    with qtbot.waitSignal(kiosk.reset_done, timeout=2000):
        sys.excepthook(*info)  # what Qt calls for an exception in a slot
    assert "RuntimeError at " in caplog.text and "test_kiosk.py" in caplog.text
    assert "boom" not in caplog.text  # a message may quote what someone typed
    assert kiosk.window.stack.currentWidget() is kiosk.attract


# --- locked down -------------------------------------------------------------------------

# The ways out of a kiosk, written down here (not taken from the code's list): close, quit,
# close a tab, leave full screen, switch or minimise windows, reach the desktop or the start
# menu, print or open or save through the system's dialogs.
WAYS_OUT = (
    "Alt+F4", "Ctrl+Q", "Ctrl+W", "Ctrl+F4", "Escape", "F11", "Alt+Tab", "Alt+Space", "Ctrl+P",
    "Ctrl+O", "Ctrl+S", "Meta+D", "Meta+M", "Ctrl+Esc",
)


def test_the_code_swallows_no_key_this_test_does_not_know() -> None:
    assert set(ESCAPE_KEYS) <= set(WAYS_OUT)  # a new way out gets a test above


@pytest.mark.parametrize("keys", [*WAYS_OUT, "A"])
def test_escape_keys_are_swallowed(qtbot, kiosk: KioskController, keys: str) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    combination = QKeySequence(keys)[0]  # type: ignore[index]
    target = QApplication.focusWidget() or window
    seen: list[int] = []

    class Spy(QWidget):
        def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
            if event.key() not in MODIFIER_KEYS:  # pressing Alt or Ctrl alone is harmless
                seen.append(event.key())

    spy = Spy(window)
    spy.setFocus()
    qtbot.keyClick(spy, combination.key(), combination.keyboardModifiers())
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
    if keys == "A":  # an ordinary key reaches the widgets (so the spy can see keys)
        assert seen == [Qt.Key.Key_A]
        return
    assert seen == []  # no widget ever saw it
    assert window.isVisible() and window.isFullScreen()


def test_the_window_refuses_to_close_or_minimise(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    assert not window.close()
    assert window.isVisible()
    window.showMinimized()  # minimised while still flagged full screen: not good enough
    qtbot.waitUntil(lambda: window.windowState() == Qt.WindowState.WindowFullScreen, timeout=2000)
    assert not window.isMinimized()
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)


def test_no_right_click_menus(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    viewport = kiosk.window.topic.browser.viewport()
    point = QPoint(20, 20)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()
    assert [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()] == []


def test_a_web_link_shows_a_qr_code_instead_of_opening(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    topic = kiosk.window.topic
    assert 'href="https://doi.org/10.1038/ng1767"' in topic.browser.toHtml()  # sources link out
    topic.texts.link_clicked.emit(QUrl("https://doi.org/10.1038/ng1767"))
    assert topic.popup.isVisible() and topic.popup.qr.isVisible()
    assert "https://doi.org/10.1038/ng1767" in topic.popup.definition.text()
    image = topic.popup.qr.pixmap().toImage()
    assert image.pixelColor(5, 5).name() == "#ffffff"  # a quiet zone, then black modules
    assert any(image.pixelColor(x, image.height() // 2).name() == "#000000"
               for x in range(image.width()))


def test_no_file_dialog_and_no_system_print_dialog(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_handout(whole=["barrier"])
    handout = kiosk.window.handout
    assert not handout.save_button.isVisibleTo(kiosk.window)
    assert handout.prints_left.isVisibleTo(kiosk.window)


# --- staff exit --------------------------------------------------------------------------

def press_corner(qtbot, window: MainWindow, hold_ms: int) -> None:  # type: ignore[no-untyped-def]
    target = window.childAt(QPoint(10, 10)) or window
    local = target.mapFrom(window, QPoint(10, 10))
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    qtbot.wait(hold_ms)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)


def enter(pad, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        pad.keys[digit].click()
    pad.ok_button.click()


def test_holding_the_corner_opens_the_pin_pad_and_the_right_pin_the_staff_menu(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    target = window.childAt(QPoint(10, 10)) or window
    corner = target.mapFrom(window, QPoint(10, 10))
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert kiosk.hold.isActive() and kiosk.hold.interval() == 5000  # a press starts the 5 s hold
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert not kiosk.hold.isActive()  # a tap lets go before it runs out: nothing opens
    assert not kiosk.pin_pad.isVisible()
    kiosk.hold.setInterval(50)
    inside = target.mapFrom(window, QPoint(60, 60))  # (farther than a double click would be)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside)
    qtbot.waitUntil(kiosk.pin_pad.isVisible, timeout=3000)  # held until it runs out
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside)
    enter(kiosk.pin_pad, "1111")
    assert kiosk.pin_pad.isVisible() and "not right" in kiosk.pin_pad.message.text()
    enter(kiosk.pin_pad, PIN)
    assert not kiosk.pin_pad.isVisible() and kiosk.staff_menu.isVisible()
    kiosk.staff_menu.buttons["quit"].click()
    assert not kiosk.window.isVisible()  # staff may close it


def test_three_wrong_pins_lock_the_pad(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    kiosk.pin_pad.start()
    for _ in range(3):
        enter(kiosk.pin_pad, "0000")
    assert "Wait 30 seconds" in kiosk.pin_pad.message.text()
    assert not kiosk.pin_pad.keys["1"].isEnabled() and not kiosk.pin_pad.ok_button.isEnabled()
    kiosk.pin_pad.close_pad()
    kiosk.pin_pad.start()  # closing and opening again does not lift the lock
    assert not kiosk.pin_pad.ok_button.isEnabled()




# --- print limits and usage counts -------------------------------------------------------

def test_a_kiosk_builder_has_no_clinician_fields_and_no_save_advice(qtbot, kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from edu_app.printing.pdf import PrintError

    def no_printer(*_args: object, **_kwargs: object) -> int:
        raise PrintError("No printer is set up on this computer. Save the handout as a PDF instead.")

    monkeypatch.setattr("edu_app.ui.handout_output.print_handout", no_printer)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_handout(whole=["barrier"])
    handout = kiosk.window.handout
    assert not handout.note.isVisibleTo(kiosk.window)  # the clinician's note
    assert not handout.plan.isVisibleTo(kiosk.window)  # and the action-plan form
    assert handout.name.isVisibleTo(kiosk.window)  # a patient may still put their name on it
    assert not handout.print_now()
    text = handout.status.text()
    assert "ask at the desk" in text and "PDF" not in text  # the kiosk offers no file to save


def test_print_limits_per_session_with_a_counter(qtbot, small_library, restore_hook, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sent: list[str] = []
    monkeypatch.setattr("edu_app.ui.handout_output.print_handout",
                        lambda *args, **_limits: sent.append(args[6]) or 2)
    kiosk = make_kiosk(qtbot, small_library, print_per_session=1, print_per_day=5)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_handout(whole=["barrier"])
    handout = kiosk.window.handout
    assert "Prints left for you: 1" in handout.prints_left.text()
    assert handout.print_now()
    assert sent == ["PDF"]  # the configured printer, no dialog
    assert "Prints left for you: 0" in handout.prints_left.text()
    assert not handout.print_button.isEnabled()
    assert not handout.print_now() and sent == ["PDF"]
    assert "ask at the desk" in handout.status.text()
    kiosk.reset()  # the next person may print again
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_handout(whole=["barrier"])
    assert kiosk.window.handout.print_button.isEnabled()
    assert "today: 4" in kiosk.window.handout.prints_left.text()


def test_usage_counts_hold_only_numbers_per_day(qtbot, small_library, restore_hook) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, small_library, kiosk_usage_counts=True)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.window.open_page("itch")
    kiosk.window.home.search.setText("Somchai")
    kiosk.reset()
    data = json.loads((paths.user_state_dir() / USAGE_FILE).read_text(encoding="utf-8"))
    [counts] = data.values()
    assert counts == {"pages": 2, "resets": 1}
    assert "Somchai" not in json.dumps(data) and "barrier" not in json.dumps(data)


def test_usage_counts_are_off_by_default(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.reset()
    assert not (paths.user_state_dir() / USAGE_FILE).exists()


# --- touch first -------------------------------------------------------------------------

def small_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        control = isinstance(widget, QAbstractButton | QComboBox | QLineEdit)
        if control and widget.isVisibleTo(root) and (widget.width() < 48 or widget.height() < 48):
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r} "
                         f"{widget.width()}x{widget.height()}")
    return found


def test_every_control_is_at_least_48_px(qtbot, small_library, restore_hook) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, small_library)
    window = kiosk.window
    assert small_controls(window) == []  # attract screen
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    for show in (window.go_home, lambda: window.open_page("barrier"), window.open_faq,
                 lambda: window.open_search("skin"), lambda: window.open_handout(whole=["barrier"]),
                 kiosk.pin_pad.start, kiosk.still_reading.start):
        show()
        qtbot.wait(20)
        assert small_controls(window) == [], show


def test_mouse_press_outside_the_corner_does_not_start_the_hold(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    event = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(400, 300),
                        kiosk.window.mapToGlobal(QPointF(400, 300)), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(kiosk.window, event)
    assert not kiosk.hold.isActive()


def test_pages_scroll_with_a_finger_and_links_still_open(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    browser = kiosk.window.topic.browser
    qtbot.waitUntil(lambda: QScroller.grabbedGesture(browser.viewport()) != Qt.GestureType(0))
    kiosk.window.open_faq()
    area = kiosk.window.faq.scroll_area
    qtbot.waitUntil(lambda: QScroller.grabbedGesture(area.viewport()) != Qt.GestureType(0))
    # a tap on a glossary word still opens its meaning
    kiosk.window.open_page("barrier")
    browser = kiosk.window.topic.browser
    cursor = browser.document().find("filaggrin")
    rect = browser.cursorRect(cursor)
    with qtbot.waitSignal(kiosk.window.topic.texts.link_clicked, timeout=3000):
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_pointer_can_be_hidden_for_touch_screens(qtbot, small_library, restore_hook) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, small_library, kiosk_hide_cursor=True)
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    kiosk.shutdown()
    assert QApplication.overrideCursor() is None


def test_time_the_program_was_busy_is_not_the_visitors_idleness(qtbot) -> None:  # type: ignore[no-untyped-def]
    # a print job held the program up for longer than the idle time: the patient is waiting
    # at the printer, so the wait starts again instead of resetting at once
    from edu_app.ui.kiosk.idle import IdleWatcher

    watcher = IdleWatcher(200)
    watcher.stall_grace_s = 0.3
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    watcher.restart()
    armed = watcher._armed
    time.sleep(0.8)  # the event loop is blocked (200 ms wait + 600 ms late)
    # the late timeout is handled: it either started the wait again or fired (waiting for
    # either, not for a fixed time: on a busy machine the next wait may end meanwhile too)
    qtbot.waitUntil(lambda: bool(fired) or watcher._armed != armed, timeout=2000)
    assert fired == []  # late by more than the grace: not idle yet
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=2000)  # a full wait later, it is
    watcher.restart()
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)  # (on time, it fires as before)
    watcher.stop()
