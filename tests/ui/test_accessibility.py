"""Accessibility: every control has a name (and, where a name is not enough, a description),
everything works by keyboard, and the shortcuts are listed in the help."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from edu_app.core.model import Library
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.shortcuts import KEYS
from edu_app.ui.widgets import ClickableFrame

from ui_helpers import make_window

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QListWidget,
               QAbstractSlider, ClickableFrame)


@pytest.fixture
def restore_hook() -> Iterator[None]:
    before = sys.excepthook
    yield
    sys.excepthook = before


def controls(root: QWidget) -> list[QWidget]:
    """Visible widgets a person can reach and use (by Tab, or by pointer and a screen reader)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # scroll bars, a line edit's clear button: parts of another control
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue  # the text part of an editable combo box: the combo box is the control
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says first. On Linux Qt names a combo box by its current text (its
    label comes through a relation), so a combo box needs its own accessible name set."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


def _screens(window: MainWindow) -> dict[str, object]:
    return {
        "home": window.go_home,
        "page with a compare picture": lambda: window.open_page("skin-barrier"),
        "faq": window.open_faq,
        "search": lambda: window.open_search("itch"),
        "handout": lambda: window.open_handout(whole=["skin-barrier"]),
        "help": window.shortcuts.show_help,
        "visit planner": window.open_explain,
        "explain step": lambda: (window.open_explain(), window.explain.start_visit(["skin-barrier"])),
        "teach-back": lambda: (window.open_explain(), window.explain.start_visit(["skin-barrier"]),
                               window.open_teach_back()),
    }


@pytest.mark.parametrize("screen", ["home", "page with a compare picture", "faq", "search",
                                    "handout", "help", "visit planner", "explain step",
                                    "teach-back"])
def test_every_control_has_a_name(qtbot, bundled_window: MainWindow, screen: str) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    _screens(window)[screen]()  # type: ignore[operator]
    qtbot.wait(20)
    found = controls(window)
    assert len(found) >= 8
    nameless = [f"{type(w).__name__} {w.objectName()}" for w in found if not accessible_name(w).strip()]
    assert nameless == []


@pytest.mark.parametrize("screen", ["home", "page with a compare picture", "search", "handout"])
def test_cards_and_icon_like_controls_have_descriptions(qtbot, bundled_window: MainWindow,  # type: ignore[no-untyped-def]
                                                        screen: str) -> None:
    """Cards, the A−/A+ and "?" buttons, the tone and language buttons, and the combo boxes."""
    window = bundled_window
    _screens(window)[screen]()  # type: ignore[operator]
    qtbot.wait(20)
    top = window.top_bar
    must = [w for w in controls(window)
            if isinstance(w, ClickableFrame | QComboBox)
            or (isinstance(w, QAbstractButton) and len(w.text().strip()) <= 2)
            or w in (top.contrast, *top.language_buttons.values())]
    if screen.startswith("page"):
        must += list(window.topic.panel.tone_buttons.values())
        assert window.topic.illustration.has_compare
        assert accessible_description(window.topic.illustration)  # says what both pictures show
    assert len(must) >= 5
    bare = [accessible_name(w) or type(w).__name__ for w in must if not accessible_description(w)]
    assert bare == []


def _tab_cycle(qtbot, window: MainWindow, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start = QApplication.focusWidget()
    assert start is not None
    seen = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        seen.append(focused)
    raise AssertionError("Tab never came back to where it started")


def test_tab_goes_through_home_in_a_sensible_order(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.activateWindow()
    window.home.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.home.search)
    cycle = _tab_cycle(qtbot, window)
    cards = [w for w in cycle if isinstance(w, ClickableFrame)]
    pages = window.library.language("en").pages
    # search, then the topic cards in reading order, the FAQ, decision aid, handout and clinician
    # cards, then the bar
    assert cycle[0] is window.home.search
    assert [c.accessibleName() for c in cards] == [p.title for p in pages] + [
        "Questions people ask", "Thinking about stem cells?", "Make a handout", "Explain to a patient"]
    assert cycle[1:len(cards) + 1] == cards
    top = window.top_bar
    assert cycle[len(cards) + 1:] == [top.language_buttons["en"], top.contrast, top.help, top.larger]
    assert _tab_cycle(qtbot, window, backwards=True) == [cycle[0], *reversed(cycle[1:])]
    # the focus is visible: the style sheet draws it on buttons, fields and cards
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert "QPushButton:focus" in sheet and "QFrame#Card:focus" in sheet


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_on_a_focused_card_opens_its_page(qtbot, bundled_window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    card = window.home.cards[2]
    card.setFocus()
    qtbot.keyClick(card, key)
    assert window.current == ("page", window.library.language("en").pages[2].id)


def test_shortcuts(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    pages = window.library.language("en").pages
    window.open_page(pages[0].id)
    window.open_page(pages[1].id)
    focus = window.topic
    qtbot.keyClick(focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current == ("page", pages[0].id)
    qtbot.keyClick(window.topic, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ("handout", "")
    assert window.handout.request().topics == (pages[0].id,)
    qtbot.keyClick(window.handout, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current == ("home", "")
    window.home.search.setText("itch")
    qtbot.keyClick(window.home, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ("search", "") and window.search.field.hasFocus()
    assert window.search.field.text() == "itch" and window.search.cards
    qtbot.keyClick(window.search, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.text_scale == 150
    qtbot.keyClick(window.search, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.text_scale == 125


def test_help_shows_how_to_use_the_program_and_every_shortcut(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from edu_app.ui.help_pictures import HelpPicture

    window = bundled_window
    qtbot.keyClick(window.home, Qt.Key.Key_F1)
    assert window.current == ("help", "")
    help_view = window.help
    words = " ".join(label.text() for label in help_view.findChildren(QLabel)
                     if label.isVisibleTo(help_view))
    for expected in ("Read a topic", "What a word means", "Compare two pictures",
                     "Bigger or smaller words", "Easier to see", "Find an answer",
                     "Take it home", "Keyboard shortcuts"):
        assert expected in words, expected
    pictures = [p for p in help_view.findChildren(HelpPicture) if p.isVisibleTo(help_view)]
    assert len(pictures) >= 8  # a picture on every card, and one for the keys
    for keys, _action in KEYS:
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in words, keys
    assert "Tab" in words and "Enter" in words
    assert "PageDown" in words and "blank or freeze" in words  # clinician mode's keys
    qtbot.mouseClick(help_view.back_button, Qt.MouseButton.LeftButton)
    assert window.current == ("home", "")
    qtbot.mouseClick(window.top_bar.help, Qt.MouseButton.LeftButton)  # the "?" button
    assert window.current == ("help", "")
    qtbot.keyClick(window.help, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current[0] == "search"
    window.set_language("th")
    window.open_help()
    qtbot.waitUntil(  # in Thai too (with its word-break marks)
        lambda: help_view.heading.text().replace("\u200b", "") == "วิธีใช้โปรแกรมนี้")


def test_a_kiosk_keeps_swallowing_its_keys(qtbot, small_library: Library, restore_hook: None) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    kiosk = KioskController(window, idle_ms=60_000)
    qtbot.addWidget(window, before_close_func=lambda _w: kiosk.shutdown())
    kiosk.start()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.current == ("attract", "")  # the attract screen waits for a touch (no help)
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    window.open_page("barrier")
    qtbot.keyClick(window.topic, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ("page", "barrier")  # Ctrl+P stays swallowed in a kiosk
    qtbot.keyClick(window.topic, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current == ("home", "")
