"""Presentation clickers and keys in explain mode: the same action whatever has keyboard focus.

A clicker is a small keyboard. The common ones send Right/PageDown/Space/N (next),
Left/PageUp/Backspace/P (back), B or "." (black screen), and F5 / Escape from their "start/stop
show" button. Qt gives a key to the widget with focus first, so without this filter Space
pressed a focused button (the patient view's Close) and the arrows only moved focus. The filter
sits on every widget of the clinician's step screen and of the patient's window, and turns
those keys into the visit's actions before any button sees them; typing in a text field is left
alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

Key = Qt.Key
ACTIONS: dict[int, str] = {
    **dict.fromkeys((Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space, Key.Key_N), "next"),
    **dict.fromkeys((Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P), "previous"),
    **dict.fromkeys((Key.Key_B, Key.Key_Period), "blank"),
    Key.Key_F: "freeze",
    Key.Key_F5: "present",
    Key.Key_Escape: "leave",
}
TYPING = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def clicker_action(event: QKeyEvent) -> str | None:
    """The action a key stands for: next, previous, blank, freeze, present, leave or None.

    Only plain keys (Shift allowed, for Shift+F5): with Ctrl, Alt or Meta a key is a shortcut
    of the window, not a clicker.
    """
    held = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
    if held != Qt.KeyboardModifier.NoModifier:
        return None
    return ACTIONS.get(event.key())


class ClickerKeys(QObject):
    """Watches widgets and hands their clicker keys to ``act`` (the explain view)."""

    def __init__(self, act: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._act = act

    def watch(self, root: QWidget) -> None:
        """Filter ``root`` and every widget inside it (also those added later to its layouts)."""
        for widget in (root, *root.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or isinstance(watched, TYPING):
            return False
        action = clicker_action(event) if isinstance(event, QKeyEvent) else None
        return action is not None and self._act(action)
