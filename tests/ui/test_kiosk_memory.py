"""What a kiosk holds in memory after the idle reset: nothing of the visitor before.

The in-process half of the two-visitor replay (tests/ui/test_kiosk_replay.py drives the real
program in a real X server). Here visitor one searches, reads a page and types a name and a note
into the handout builder; the idle reset fires; then every widget the program still has — shown,
hidden or not yet shown — is read: texts, documents (with their undo histories undone), list
and combo items, accessible names, tool tips. None may hold the name, the note or the query.
"""

from __future__ import annotations

import gc
import sys
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from edu_app.core.model import Library
from edu_app.ui.kiosk.controller import KioskController

from ui_helpers import running_kiosk

# Built here, with a tag of this run, so that no source line (which Python may keep in memory)
# and no other test's words (the replay's visitor is a Somchai too) can be taken for them.
TAG = uuid.uuid4().hex[:8]
NAME = f"Somchai Testname {TAG}"
NOTE = f"Apply the cream twice daily, memo {TAG}"
QUERY = "itch"
SECRETS = (NAME, NOTE, f"Testname {TAG}", f"memo {TAG}")  # (the query is a word pages use: see below)


@pytest.fixture
def kiosk(qtbot, small_library: Library) -> Iterator[KioskController]:  # type: ignore[no-untyped-def]
    hook = sys.excepthook
    yield running_kiosk(qtbot, small_library)
    sys.excepthook = hook


def visitor_one(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    """Search, read a page, type a name and a note into the builder (real key events)."""
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.home.search, QUERY[0])  # the first key opens search
    qtbot.keyClicks(window.search.field, QUERY[1:])
    assert window.search.field.text() == QUERY and window.search.cards
    qtbot.mouseClick(window.search.cards[0], Qt.MouseButton.LeftButton)
    assert window.current[0] == "page"
    window.go_home()
    window.home.handout_requested.emit()
    assert window.current[0] == "handout"
    qtbot.keyClicks(window.handout.name, NAME)
    qtbot.keyClicks(window.handout.note, NOTE)
    assert (window.handout.name.text(), window.handout.note.toPlainText()) == (NAME, NOTE)


def idle_reset(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    """Nobody touches the screen: the card counts down (made short here), then the reset."""
    kiosk.countdown_seconds = 1
    kiosk.still_reading.tick.setInterval(20)
    kiosk.idle.timer.setInterval(30)
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        qtbot.waitUntil(kiosk.still_reading.isVisible, timeout=3000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # discarded screens go
    QApplication.processEvents()


def undone(document: QTextDocument | QLineEdit) -> list[str]:
    """The text and every earlier text its undo history gives back (Ctrl+Z), then redone."""
    def text() -> str:
        return document.text() if isinstance(document, QLineEdit) else document.toPlainText()

    texts, steps = [text()], 0
    blocked = document.blockSignals(True)  # reading must not run a search or open a screen
    while document.isUndoAvailable() and steps < 500:
        document.undo()
        texts.append(text())
        steps += 1
    for _ in range(steps):
        document.redo()
    document.blockSignals(blocked)
    return texts


def texts_of(widget: QWidget) -> list[str]:
    """Everything a widget shows or could show again."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
             widget.accessibleDescription(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts += [widget.placeholderText(), *undone(widget)]
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):  # (QTextBrowser too)
        texts += [widget.placeholderText(), *undone(widget.document())]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    # other documents it owns (each descendant widget is read on its own)
    for document in widget.findChildren(QTextDocument, "", Qt.FindChildOption.FindDirectChildrenOnly):
        texts += undone(document)
    return texts


def traces(secrets: tuple[str, ...]) -> list[tuple[str, str]]:
    """Widgets (of every kind, shown or not) holding one of ``secrets``: (widget, secret)."""
    found = []
    for widget in QApplication.allWidgets():
        for text in texts_of(widget):
            found += [(f"{type(widget).__name__} {widget.objectName()!r}", secret)
                      for secret in secrets if secret in text]
    return found


def typed_queries() -> list[str]:
    """What the text fields (and their undo histories) hold: the query visitor one typed is a
    word the pages themselves use, so it is looked for here only."""
    return [text for field in QApplication.allWidgets() if isinstance(field, QLineEdit)
            for text in undone(field) if QUERY in text]


def test_the_walk_finds_what_visitor_one_typed(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    """Before the reset the walk sees the name, note and query (it is not blind)."""
    visitor_one(qtbot, kiosk)
    assert QUERY in typed_queries()
    assert {NAME, NOTE} <= {secret for _widget, secret in traces(SECRETS)}


def test_no_widget_holds_visitor_one_after_the_idle_reset(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    visitor_one(qtbot, kiosk)
    idle_reset(qtbot, kiosk)
    assert kiosk.window.current[0] == "attract"
    assert typed_queries() == []
    assert traces(SECRETS) == []
    # the screens visitor two opens are new and empty, too
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    window.open_search("")
    window.home.handout_requested.emit()
    assert typed_queries() == []
    assert traces(SECRETS) == []


def test_no_python_object_holds_the_name_or_note_after_the_idle_reset(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    """Beyond widgets: no list, tuple, dict or object attribute still holds the name or note (a
    visit record, a request kept for the preview ...). This test's constants are the only
    copies allowed."""
    visitor_one(qtbot, kiosk)
    idle_reset(qtbot, kiosk)
    gc.collect()
    ours = {id(NAME), id(NOTE)}
    held = []
    for holder in gc.get_objects():
        if isinstance(holder, dict):
            values = list(holder.values())
        elif isinstance(holder, (list, tuple)):
            values = list(holder)
        else:
            continue
        held += [f"{type(holder).__name__}: {value[:60]!r}" for value in values
                 if isinstance(value, str) and id(value) not in ours
                 and (NAME in value or NOTE in value)]
    assert held == []


def test_no_text_field_can_undo_after_the_idle_reset(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z in a field after the reset brings nothing back (on main: the query's first letter)."""
    visitor_one(qtbot, kiosk)
    idle_reset(qtbot, kiosk)
    undoable = [(type(field).__name__, undone(field)) for field in QApplication.allWidgets()
                if isinstance(field, QLineEdit) and field.isUndoAvailable()]
    assert undoable == []


def test_alt_home_out_of_the_builder_leaves_no_name_behind(qtbot, kiosk: KioskController) -> None:  # type: ignore[no-untyped-def]
    visitor_one(qtbot, kiosk)
    qtbot.keyClick(kiosk.window.handout.name, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert kiosk.window.current[0] == "home"  # the shortcut did act
    assert traces((NAME, NOTE)) == []
