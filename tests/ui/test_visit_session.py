"""Nothing of one person reaches the next: every way out of the handout builder (and of a
clinician's visit) ends what was typed there. For each route: type a name, a note and an action
plan, leave by that route, come back, build a handout: the old name and note are nowhere (not in
the handout's HTML, not in any field, not behind Ctrl+Z). The clinician's visit handout, where
"Prepared for Somchai" once came back, is checked on its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from test_kiosk import make_kiosk, restore_hook  # noqa: F401  (a fixture)

from edu_app.core.model import Library
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow

from ui_helpers import make_window

NAME = "Somchai"
NOTE = "Apply the cream after the bath, private note"
PLAN = "Zinc paste on the knees"
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def fill_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Someone makes a handout: topics, a name, a note and an action plan."""
    window.open_handout(whole=["barrier"])
    view = window.handout
    qtbot.keyClicks(view.name, NAME)
    qtbot.keyClicks(view.note, NOTE)
    view.plan.box.setChecked(True)
    qtbot.keyClicks(view.plan.fields["green"].lineEdit(), PLAN)
    assert f"Prepared for {NAME}" in handout_html(window)  # what is typed reaches the handout
    assert NOTE in handout_html(window) and PLAN in handout_html(window)


def handout_html(window: MainWindow) -> str:
    view = window.handout
    return view._build(view.request()).html


def texts_on_screen(root: QWidget) -> str:
    """Every text any field or label of the window holds now."""
    parts = [w.text() for w in root.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    parts += [w.currentText() for w in root.findChildren(QComboBox)]
    parts += [w.text() for w in root.findChildren(QLabel)]
    return "\n".join(parts)


def assert_forgotten(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Back in the builder, nothing of the last person is there."""
    window.open_handout(whole=["itch"])
    view = window.handout
    html = handout_html(window)
    for old in (NAME, NOTE, PLAN, "Prepared for"):
        assert old not in html
    assert not window.handout.plan.box.isChecked()
    on_screen = texts_on_screen(window)
    assert NAME not in on_screen and NOTE not in on_screen and PLAN not in on_screen
    for field in (view.name, view.note, view.plan.fields["green"].lineEdit()):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # undo brings nothing back
    assert view.name.text() == "" and view.note.toPlainText() == ""
    assert view.plan.fields["green"].currentText() == ""
    assert window.session.handout.texts() == []


def by_home_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.handout.home_button, Qt.MouseButton.LeftButton)


def press(qtbot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed while typing in the name field (shortcuts need the window active)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.handout.name.setFocus()
    qtbot.keyClick(window.handout.name, key, modifier)


def by_alt_home(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_Home, ALT)


def by_alt_left(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_Left, ALT)


def by_search_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_F, CTRL)


DESK_ROUTES: dict[str, Callable[..., None]] = {
    "Home button": by_home_button, "Alt+Home": by_alt_home, "Alt+Left": by_alt_left,
    "Ctrl+F": by_search_key,
}


@pytest.mark.parametrize("route", list(DESK_ROUTES))
def test_every_way_out_of_the_builder_forgets_name_and_note(qtbot, small_library: Library,  # type: ignore[no-untyped-def]
                                                            route: str) -> None:
    window = make_window(qtbot, small_library)
    window.open_page("itch")  # so that Alt+Left has somewhere to go back to
    fill_in(qtbot, window)
    DESK_ROUTES[route](qtbot, window)
    assert window.current[0] != "handout"
    assert_forgotten(qtbot, window)


@pytest.mark.parametrize("route", list(DESK_ROUTES))
def test_a_later_clinician_visit_handout_has_nothing_of_the_last_one(qtbot, small_library: Library,  # type: ignore[no-untyped-def]
                                                                     route: str) -> None:
    window = make_window(qtbot, small_library)
    window.open_page("itch")
    fill_in(qtbot, window)
    DESK_ROUTES[route](qtbot, window)
    # a clinician's visit: steps, a picture handed over, teach-back, the visit's handout
    window.open_explain()
    window.explain.start_visit(["barrier"])
    window.explain.add_to_handout()
    window.open_teach_back()
    window.open_visit_handout()
    html = handout_html(window)
    assert "Prepared for" not in html and NAME not in html and NOTE not in html and PLAN not in html
    assert window.handout.drawings  # the visit's own picture is there
    assert_forgotten(qtbot, window)


def test_leaving_a_visit_handout_by_a_key_ends_the_visit(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    window.open_explain()
    window.explain.start_visit(["barrier"])
    window.explain.add_to_handout()
    window.open_teach_back()
    window.open_visit_handout()
    qtbot.keyClicks(window.handout.name, NAME)
    by_alt_left(qtbot, window)  # back towards the teach-back screen: the visit is over
    assert window.current == ("home", "")
    assert not window.visit.active and window.visit.handed_over == [] and window.session.empty
    window.open_visit_handout()
    assert window.handout.drawings == () and window.handout.request().topics == ()
    assert_forgotten(qtbot, window)


def explain_card(window: MainWindow) -> QWidget:
    return next(c for c in window.home.cards
                if getattr(c, "title", None) is not None and c.title.text() == "Explain to a patient")


def test_end_visit_forgets_the_whole_session(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    qtbot.mouseClick(explain_card(window), Qt.MouseButton.LeftButton)
    assert window.current == ("explain", "")
    window.open_search(NAME)
    window.open_faq()
    qtbot.keyClicks(window.faq.filter, "contagious")
    window.open_page("itch")
    window.open_explain()
    window.explain.start_visit(["barrier"])
    window.open_teach_back()
    window.open_visit_handout()
    qtbot.keyClicks(window.handout.name, NAME)
    window.open_teach_back()  # the visit is over once its handout is left...
    assert window.session.empty and window.visited == []
    window.open_search("")
    assert window.search.field.text() == ""
    window.open_faq()
    assert window.faq.filter.text() == ""
    window.go_home()
    qtbot.mouseClick(explain_card(window), Qt.MouseButton.LeftButton)  # the next visit
    assert window.current == ("explain", "")
    window.explain.start_visit(["barrier"])
    window.open_teach_back()
    qtbot.mouseClick(window.teach_back.end_button, Qt.MouseButton.LeftButton)  # ...or ended
    assert window.current == ("home", "") and window.session.empty


# --- kiosk routes ------------------------------------------------------------------------

def idle_reset(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    kiosk.countdown_seconds = 1
    kiosk.still_reading.tick.setInterval(20)
    kiosk.idle.timer.setInterval(30)
    with qtbot.waitSignal(kiosk.reset_done, timeout=3000):
        qtbot.waitUntil(kiosk.still_reading.isVisible, timeout=2000)


def staff(action: str) -> Callable[..., None]:
    def route(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
        kiosk.open_staff_menu()
        qtbot.mouseClick(kiosk.staff_menu.buttons[action], Qt.MouseButton.LeftButton)
    return route


def kiosk_alt_home(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    by_alt_home(qtbot, kiosk.window)


KIOSK_ROUTES: dict[str, Callable[..., None]] = {
    "idle reset": idle_reset, "staff: start over": staff("reset"),
    "staff: back to the kiosk": staff("back"), "Alt+Home": kiosk_alt_home,
}


@pytest.mark.parametrize("route", list(KIOSK_ROUTES))
def test_kiosk_routes_forget_name_note_and_clipboard(qtbot, small_library: Library, restore_hook,  # type: ignore[no-untyped-def]  # noqa: F811
                                                     route: str) -> None:
    kiosk = make_kiosk(qtbot, small_library)
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    fill_in(qtbot, window)
    window.handout.name.selectAll()
    window.handout.name.copy()
    assert QGuiApplication.clipboard().text() == NAME
    KIOSK_ROUTES[route](qtbot, kiosk)
    if window.current == ("attract", ""):
        qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ""
    window.open_search("")
    window.search.field.paste()  # Ctrl+V into search: nothing of the last person
    assert window.search.field.text() == ""
    assert_forgotten(qtbot, window)


# --- the clipboard at a desk, and the X11 selection --------------------------------------

def test_at_a_desk_the_clipboard_forgets_what_was_typed_and_what_a_visit_copied(  # type: ignore[no-untyped-def]
        qtbot, small_library: Library) -> None:
    window = make_window(qtbot, small_library)
    clipboard = QGuiApplication.clipboard()
    fill_in(qtbot, window)
    window.handout.name.selectAll()
    window.handout.name.copy()
    assert clipboard.text() == NAME
    by_home_button(qtbot, window)
    assert clipboard.text() == ""  # it held the name typed in the builder
    fill_in(qtbot, window)
    clipboard.setText("Moisturisers help as treatment")  # copied from a topic page
    by_home_button(qtbot, window)
    assert clipboard.text() == "Moisturisers help as treatment"  # not this person's: kept
    window.end_visit()  # the patient has gone: what this program copied goes too
    assert clipboard.text() == ""


def test_the_selection_is_emptied_at_a_reset(qtbot, small_library: Library, restore_hook) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        pytest.skip(f"the {QGuiApplication.platformName()} platform has no selection clipboard: "
                    "tests/ui/test_kiosk_xvfb.py checks it in a real X server with xclip")
    kiosk = make_kiosk(qtbot, small_library)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    fill_in(qtbot, kiosk.window)
    clipboard.setText(NAME, QClipboard.Mode.Selection)
    kiosk.reset()
    assert clipboard.text(QClipboard.Mode.Selection) == ""


def test_closing_a_kiosk_empties_the_clipboard(qtbot, small_library: Library, restore_hook) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A clipboard manager keeps what a closing program owned: staff closing the kiosk first
    end the session."""
    kiosk = make_kiosk(qtbot, small_library)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    fill_in(qtbot, kiosk.window)
    kiosk.window.handout.name.selectAll()
    kiosk.window.handout.name.copy()
    kiosk.open_staff_menu()
    qtbot.mouseClick(kiosk.staff_menu.buttons["quit"], Qt.MouseButton.LeftButton)
    assert not kiosk.window.isVisible()
    assert QGuiApplication.clipboard().text() == "" and kiosk.window.session.empty
