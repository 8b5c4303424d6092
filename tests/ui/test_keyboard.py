"""The on-screen keyboard (issue 16, item 11): a touch kiosk can type, in English and Thai."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from test_kiosk import make_kiosk

from edu_app.core.keyboards import ENGLISH, THAI
from edu_app.core.layout_rules import Rect, problems
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.keyboard import OnScreenKeyboard
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.layout_check import boxes_of, settle
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

# Kedmanee, written down from the Thai keyboard itself (key: plain, shifted), not from the code
KEDMANEE = {"q": ("ๆ", "๐"), "d": ("ก", "ฏ"), "k": ("า", "ษ"), "l": ("ส", "ศ"),
            "i": ("ร", "ณ"), "o": ("น", "ฯ"), "n": ("ื", "์"), "4": ("ภ", "๓"),
            "0": ("จ", "๗"), "h": ("้", "็"), "v": ("อ", "ฮ"), ".": ("ใ", "ฬ")}
QWERTY_ROWS = ("1234567890-", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")


def key(keyboard: OnScreenKeyboard, character: str) -> QPushButton:
    return next(b for b in keyboard.letters if b.property("plain") == character)


def tap(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focus_search(qtbot, window: MainWindow) -> OnScreenKeyboard:  # type: ignore[no-untyped-def]
    """Focus the home search field, as a tap would; the keyboard comes up."""
    window.activateWindow()
    window.home.search.setFocus()
    qtbot.waitUntil(lambda: window.keyboard is not None and window.keyboard.keyboard is not None
                    and window.keyboard.keyboard.isVisible())
    assert window.keyboard is not None and window.keyboard.keyboard is not None
    return window.keyboard.keyboard


@pytest.fixture
def kiosk(qtbot, small_library: Library) -> Iterator[KioskController]:  # type: ignore[no-untyped-def]
    hook = sys.excepthook  # (the kiosk installs its own)
    controller = make_kiosk(qtbot, small_library)
    controller.leave_attract("")
    settle()
    yield controller
    sys.excepthook = hook


def test_the_kedmanee_keys_are_where_a_thai_keyboard_has_them() -> None:
    for name, (plain, shifted) in KEDMANEE.items():
        row = next(i for i, keys in enumerate(QWERTY_ROWS) if name in keys)
        position = QWERTY_ROWS[row].index(name)
        assert THAI[row][position] == (plain, shifted), name
    assert [len(row) for row in THAI] == [12, 13, 11, 10]  # every key of the four rows
    assert "".join(p for p, _ in ENGLISH[1]) == "qwertyuiop"


def test_a_focused_field_on_a_kiosk_brings_the_keyboard_and_it_types(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    keyboard = focus_search(qtbot, window)
    for letter in "itch":  # (the first letter opens the search screen, its field focused)
        tap(qtbot, key(keyboard, letter))
    qtbot.waitUntil(lambda: window.current[0] == "search")
    field = window.search.field
    assert field.text() == "itch"
    assert field.hasFocus()  # the keys never took the focus
    tap(qtbot, keyboard.backspace)
    assert field.text() == "itc"
    tap(qtbot, key(keyboard, "h"))
    assert field.text() == "itch" and window.search.cards  # results for what was typed


def test_shift_is_for_one_letter_and_thai_types_thai(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    keyboard = focus_search(qtbot, window)
    tap(qtbot, keyboard.shift)
    tap(qtbot, key(keyboard, "s"))
    qtbot.waitUntil(lambda: window.current[0] == "search")
    tap(qtbot, key(keyboard, "k"))
    field = window.search.field
    assert field.text() == "Sk"
    field.setText("")
    tap(qtbot, keyboard.switch)  # to Thai: ผื่น is ผ (the z key), ื (n), ่ (j), น (o)
    for plain in ("ผ", "ื", "่", "น"):
        tap(qtbot, key(keyboard, plain))
    assert field.text() == "ผื่น"


def test_the_keyboard_is_hidden_and_forgets_its_state_at_the_reset(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    keyboard = focus_search(qtbot, window)
    tap(qtbot, keyboard.switch)
    tap(qtbot, keyboard.shift)
    kiosk.reset()
    assert not keyboard.isVisible()
    assert keyboard.layout_name == "en" and not keyboard.shifted


def test_no_keyboard_at_a_desk_unless_the_clinic_asks(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    for setting, expected in (("kiosk", False), ("always", True)):
        window = MainWindow(small_library, SearchIndex(small_library),
                            ClinicConfig(touch_keyboard=setting), PreferencesStore(None, persist=False))
        qtbot.addWidget(window)
        window.use_keyboard(kiosk=False)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.home.search.setFocus()
        settle()
        shown = window.keyboard is not None and window.keyboard.keyboard is not None \
            and window.keyboard.keyboard.isVisible()
        assert shown is expected, setting


@pytest.mark.parametrize("size", [(1024, 768), (768, 1024)])
def test_every_key_is_a_touch_target_with_its_label_whole(qtbot, kiosk, size) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.set_text_scale(200)
    window.resize(*size)
    keyboard = focus_search(qtbot, window)
    for layout in ("en", "th"):
        keyboard.show_layout(layout)
        settle()
        # with the keyboard up the window still fits the screen (a kiosk window is the screen)
        least = window.minimumSizeHint()
        assert least.width() <= size[0] and least.height() <= size[1], least
        window.resize(*size)
        settle()
        keys = keyboard.findChildren(QPushButton)
        assert all(b.width() >= 48 and b.height() >= 48 for b in keys if b.isVisible())
        found = problems(boxes_of(window), Rect(0, 0, window.width(), window.height()),
                         kiosk=True)
        assert [line for line in found if "Key" in line or "Keyboard" in line] == [], found


def test_hide_then_a_tap_on_the_field_brings_it_back(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    keyboard = focus_search(qtbot, window)
    tap(qtbot, keyboard.close_key)
    assert not keyboard.isVisible() and window.home.search.hasFocus()
    qtbot.mouseClick(window.home.search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)


def test_a_tall_top_bar_takes_room_from_the_screens_not_the_keys(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    # regression: with the top bar on two lines (long words at 200 % on a 768 px screen) the
    # layout shared the height between the search screen and the keyboard: its rows overlapped
    window = kiosk.window
    window.set_text_scale(200)
    window.resize(1366, 768)
    window.top_bar.setMinimumHeight(142)  # as a two-line bar is
    window.open_search("itch")
    settle()
    keyboard = focus_search_screen(qtbot, window)
    settle()
    assert keyboard.height() >= keyboard.sizeHint().height()
    found = problems(boxes_of(window), Rect(0, 0, window.width(), window.height()), kiosk=True)
    assert [line for line in found if "Key" in line] == [], found
    keyboard.hide()
    settle()
    assert window.stack.maximumHeight() == (1 << 24) - 1  # the screens get it all back


def focus_search_screen(qtbot, window: MainWindow) -> OnScreenKeyboard:  # type: ignore[no-untyped-def]
    window.activateWindow()
    field = window.stack.currentWidget().findChild(QLineEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: window.keyboard is not None and window.keyboard.keyboard is not None
                    and window.keyboard.keyboard.isVisible())
    assert window.keyboard is not None and window.keyboard.keyboard is not None
    return window.keyboard.keyboard
