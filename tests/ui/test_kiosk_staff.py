"""Kiosk staff layers: they time out, a kiosk without a PIN lets staff set one on the screen,
the lock counts down and survives a restart."""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_kiosk import PIN, PIN_HASH, enter, make_kiosk, press_corner

from edu_app.core import paths
from edu_app.core.kiosk import PinGuard, verify_pin
from edu_app.core.model import Library
from edu_app.core.settings import load_config
from edu_app.ui.kiosk.controller import KioskController

SALT, DIGEST = "00112233445566778899aabbccddeeff", "ab" * 32


@pytest.fixture
def restore_hook() -> Iterator[None]:
    before = sys.excepthook
    yield
    sys.excepthook = before


@pytest.fixture
def kiosk(qtbot, small_library: Library, restore_hook: None) -> KioskController:  # type: ignore[no-untyped-def]
    return make_kiosk(qtbot, small_library)


# --- staff layers time out -----------------------------------------------------------------

def test_the_staff_timeouts_are_short() -> None:
    from edu_app.ui.kiosk import controller

    assert controller.PIN_PAD_IDLE_MS == 30_000
    assert controller.STAFF_MENU_IDLE_MS == 60_000


def test_an_unlocked_staff_menu_left_alone_goes_back_to_the_attract_screen(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.staff_menu_idle_ms = 150
    kiosk.open_pin_pad()
    enter(kiosk.pin_pad, PIN)
    assert kiosk.staff_menu.isVisible()  # staff walk away here
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        pass
    assert not kiosk.staff_menu.isVisible() and not kiosk.staff_menu.buttons["quit"].isVisible()
    assert kiosk.window.stack.currentWidget() is kiosk.attract
    assert kiosk.window.isVisible() and not kiosk.unlocked  # nobody can close it now
    assert not kiosk.window.close()


def test_a_touch_keeps_the_staff_menu_open(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.open_pin_pad()
    enter(kiosk.pin_pad, PIN)
    watcher = kiosk.staff_idle
    assert watcher.timer.isActive() and watcher.timer.interval() == 60_000  # the menu's timeout
    with qtbot.waitSignal(watcher.active, timeout=2000):  # a touch starts the wait again
        qtbot.mouseClick(kiosk.staff_menu.info, Qt.MouseButton.LeftButton)
    assert watcher.timer.isActive() and kiosk.staff_menu.isVisible()


def test_a_pin_pad_left_open_on_the_attract_screen_starts_over(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.window.current == ("attract", "")
    kiosk.pin_pad_idle_ms = 700  # longer than the press below, or the pad could time out
    kiosk.hold.setInterval(50)   # before the finger is lifted and the test looks
    press_corner(qtbot, kiosk.window, 200)  # the corner opens the pad
    assert kiosk.pin_pad.isVisible()
    kiosk.pin_pad.press("1")  # half a PIN, then nobody
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        pass
    assert not kiosk.pin_pad.isVisible() and kiosk.pin_pad.entered == ""
    assert kiosk.window.stack.currentWidget() is kiosk.attract


def test_a_pin_pad_left_open_over_a_page_starts_over(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.pin_pad_idle_ms = 150
    kiosk.open_pin_pad()
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        pass
    assert not kiosk.pin_pad.isVisible()
    assert kiosk.window.current == ("attract", "")


def test_back_to_the_kiosk_stops_the_staff_timeout(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    kiosk.window.open_page("barrier")
    kiosk.staff_menu_idle_ms = 100
    kiosk.open_pin_pad()
    enter(kiosk.pin_pad, PIN)
    with qtbot.waitSignal(kiosk.reset_done, timeout=2000):
        kiosk.staff_menu.buttons["back"].click()  # starts over: nothing of the person before
    with qtbot.assertNotEmitted(kiosk.reset_done, wait=400):  # and the staff timeout is off
        pass
    assert kiosk.window.current == ("attract", "")


# --- a kiosk without a PIN never traps staff ------------------------------------------------

def no_pin_kiosk(qtbot, library: Library, config: Path, **settings: object) -> KioskController:  # type: ignore[no-untyped-def]
    return make_kiosk(qtbot, library, admin_pin_hash="", source=config, **settings)


def test_without_a_pin_staff_choose_one_on_the_screen(qtbot, small_library, restore_hook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic" / "clinic.toml"
    config.parent.mkdir()
    config.write_text('[clinic]\nname = "Riverside"\n\n[kiosk]\nenabled = true\n', encoding="utf-8")
    kiosk = no_pin_kiosk(qtbot, small_library, config)
    pad = kiosk.pin_pad
    assert pad.isVisible()  # the first-start staff step
    assert "no staff PIN" in pad.message.text() and pad.ok_button.isEnabled()
    assert "choose a PIN" in pad.title.text()
    enter(pad, "97")
    assert "4 to 8 digits" in pad.message.text()
    enter(pad, "9731")
    assert "same PIN again" in pad.title.text()
    enter(pad, "9731")
    assert not pad.isVisible() and kiosk.staff_menu.isVisible()
    assert "saved" in kiosk.staff_menu.notice.text() and kiosk.staff_menu.notice.isVisible()
    text = config.read_text(encoding="utf-8")
    assert "9731" not in text
    data = tomllib.loads(text)
    assert data["clinic"] == {"name": "Riverside"} and data["kiosk"] == {"enabled": True}
    loaded, messages = load_config(config)
    assert messages == [] and verify_pin("9731", loaded.admin_pin_hash)
    assert sorted(p.name for p in config.parent.iterdir()) == ["clinic.toml"]  # no temporary left
    kiosk.staff_menu.buttons["back"].click()
    kiosk.open_pin_pad()  # from now on the pad asks for that PIN
    assert "enter the PIN" in pad.title.text()
    enter(pad, "1111")
    assert "not right" in pad.message.text()
    enter(pad, "9731")
    assert kiosk.staff_menu.isVisible() and not kiosk.staff_menu.notice.isVisible()


def test_two_different_pins_start_the_choice_again(qtbot, small_library, restore_hook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic" / "clinic.toml"
    config.parent.mkdir()
    kiosk = no_pin_kiosk(qtbot, small_library, config)
    enter(kiosk.pin_pad, "9731")
    enter(kiosk.pin_pad, "9732")
    assert "differ" in kiosk.pin_pad.message.text() and "choose a PIN" in kiosk.pin_pad.title.text()
    assert not kiosk.staff_menu.isVisible() and not config.exists()
    kiosk.pin_pad.close_pad()  # "Cancel": the corner offers it again
    assert not config.exists()
    kiosk.hold.setInterval(50)
    press_corner(qtbot, kiosk.window, 200)
    assert kiosk.pin_pad.isVisible() and "choose a PIN" in kiosk.pin_pad.title.text()


def test_an_unwritable_clinic_file_keeps_the_pin_for_this_run_and_says_so(  # type: ignore[no-untyped-def]
        qtbot, small_library, restore_hook, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    config = blocker / "clinic.toml"  # cannot be written, even as root
    kiosk = no_pin_kiosk(qtbot, small_library, config)
    enter(kiosk.pin_pad, "9731")
    enter(kiosk.pin_pad, "9731")
    notice = kiosk.staff_menu.notice.text()
    assert kiosk.staff_menu.isVisible() and "could not be saved" in notice
    assert "until the program closes" in notice and str(config) in notice
    kiosk.staff_menu.buttons["back"].click()
    kiosk.open_pin_pad()
    enter(kiosk.pin_pad, "9731")  # the PIN works for this run
    assert kiosk.staff_menu.isVisible()


def test_a_damaged_pin_hash_says_so_and_lets_staff_set_a_new_one(  # type: ignore[no-untyped-def]
        qtbot, small_library, restore_hook, tmp_path) -> None:
    config = tmp_path / "clinic" / "clinic.toml"
    config.parent.mkdir()
    config.write_text(f'[admin]\npin_hash = "pbkdf2_sha256$10000000${SALT}${DIGEST}"\n', encoding="utf-8")
    loaded, _messages = load_config(config)
    kiosk = make_kiosk(qtbot, small_library, admin_pin_hash=loaded.admin_pin_hash,
                       admin_pin_damaged=loaded.admin_pin_damaged, source=config)
    pad = kiosk.pin_pad
    assert pad.isVisible()
    assert "The staff PIN in clinic.toml is damaged" in pad.message.text()
    assert "edu-app set-pin" in pad.message.text()
    enter(pad, "9731")
    enter(pad, "9731")
    assert kiosk.staff_menu.isVisible()
    assert verify_pin("9731", load_config(config)[0].admin_pin_hash)  # replaced in place
    assert tomllib.loads(config.read_text(encoding="utf-8")).keys() == {"admin"}


def test_with_a_pin_the_pad_does_not_open_at_start(kiosk) -> None:  # type: ignore[no-untyped-def]
    assert not kiosk.pin_pad.isVisible()


# --- the lock counts down and survives a restart ----------------------------------------------

def test_the_lock_counts_down_on_the_pad(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    kiosk.pin_pad.guard = PinGuard(PIN_HASH, lambda: now[0])
    kiosk.pin_pad.tick.setInterval(20)
    kiosk.open_pin_pad()
    for _ in range(3):
        enter(kiosk.pin_pad, "0000")
    assert "Wait 30 seconds" in kiosk.pin_pad.message.text()
    now[0] += 12
    qtbot.waitUntil(lambda: "Wait 18 seconds" in kiosk.pin_pad.message.text(), timeout=2000)
    now[0] += 17.5
    qtbot.waitUntil(lambda: "Wait 1 seconds" in kiosk.pin_pad.message.text(), timeout=2000)
    assert not kiosk.pin_pad.ok_button.isEnabled()
    now[0] += 0.5
    qtbot.waitUntil(kiosk.pin_pad.ok_button.isEnabled, timeout=2000)
    assert kiosk.pin_pad.message.text() == "" and kiosk.pin_pad.keys["5"].isEnabled()
    enter(kiosk.pin_pad, PIN)
    assert kiosk.staff_menu.isVisible()


def test_the_lock_survives_a_restart(qtbot, small_library, restore_hook) -> None:  # type: ignore[no-untyped-def]
    first = make_kiosk(qtbot, small_library)
    first.open_pin_pad()
    for _ in range(3):
        enter(first.pin_pad, "0000")
    assert not first.pin_pad.ok_button.isEnabled()
    first.shutdown()
    first.window.close()
    saved = json.loads((paths.user_state_dir() / "kiosk-pin-lock.json").read_text(encoding="utf-8"))
    assert saved["failures"] == 3
    second = make_kiosk(qtbot, small_library)  # a restart: three fresh tries? no
    second.open_pin_pad()
    assert not second.pin_pad.ok_button.isEnabled() and not second.pin_pad.keys["1"].isEnabled()
    assert "Wait" in second.pin_pad.message.text()


# --- the window stays full screen ---------------------------------------------------------------

def test_a_minimised_window_that_still_says_full_screen_is_put_back(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.setWindowState(Qt.WindowState.WindowMinimized | Qt.WindowState.WindowFullScreen)
    assert window.isFullScreen()  # what the old check looked at
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)
    assert window.windowState() == Qt.WindowState.WindowFullScreen and window.isVisible()
    assert kiosk.window_guard.restored >= 1


def test_a_hidden_window_is_shown_again(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.window.hide()
    qtbot.waitUntil(kiosk.window.isVisible, timeout=3000)
    assert kiosk.window.isFullScreen()


def test_after_a_staff_exit_the_window_is_left_alone(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.window_guard.soon()  # a check already on its way when staff close the program
    kiosk.shutdown()
    assert not kiosk.window_guard.timer.isActive()
    kiosk.window.showNormal()
    qtbot.wait(50)
    assert not kiosk.window.isFullScreen() and kiosk.window_guard.restored == 0
