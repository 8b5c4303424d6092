"""Keyboard shortcuts of the main window, listed on the help screen (F1 or "?").

Everything also works with Tab, Shift+Tab, Enter and Space; these keys are shortcuts to the
common places. A kiosk swallows some of them (Ctrl+P prints through the system elsewhere; see
``edu_app.ui.kiosk.controller.ESCAPE_KEYS``) before they reach these shortcuts, and none of them
acts on the attract screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut

from edu_app.core.settings import TEXT_SCALES

if TYPE_CHECKING:
    from edu_app.ui.main_window import MainWindow

# (keys, what they do: an id for the help text)
KEYS: tuple[tuple[str, str], ...] = (
    ("Alt+Left", "back"), ("Alt+Home", "home"), ("Ctrl+F", "search"), ("Ctrl+P", "handout"),
    ("Ctrl++", "larger"), ("Ctrl+=", "larger"), ("Ctrl+-", "smaller"), ("F1", "help"),
)


class Shortcuts(QObject):
    """The window's shortcuts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions: dict[str, Callable[[], None]] = {
            "back": window.go_back, "home": window.go_home, "search": self.search,
            "handout": self.handout, "larger": lambda: self.step(1),
            "smaller": lambda: self.step(-1), "help": self.show_help,
        }
        self.shortcuts: list[QShortcut] = []
        for keys, action in KEYS:
            shortcut = QShortcut(QKeySequence(keys), window)  # (acts anywhere in the window)
            shortcut.activated.connect(lambda a=actions[action]: self._run(a))
            self.shortcuts.append(shortcut)
        window.top_bar.help_requested.connect(self.show_help)

    def _run(self, action: Callable[[], None]) -> None:
        if self.window.current[0] != "attract":  # a kiosk's attract screen waits for a touch
            action()

    def search(self) -> None:
        """The search screen with the cursor in its field."""
        if self.window.current[0] != "search":
            self.window.open_search(self.window.home.search.text())
        self.window.search.field.setFocus()
        self.window.search.field.selectAll()

    def handout(self) -> None:
        """The handout builder: the page shown, else this visit's pages as summaries."""
        kind, page = self.window.current
        if kind == "page":
            self.window.open_handout(whole=[page])
        else:
            self.window.open_handout(summaries=self.window.visited)

    def step(self, direction: int) -> None:
        """One text size larger or smaller."""
        scales = list(TEXT_SCALES)
        current = self.window.preferences.text_scale
        index = scales.index(current) if current in scales else 0
        self.window.set_text_scale(scales[max(0, min(len(scales) - 1, index + direction))])

    def entries(self) -> list[tuple[str, str]]:
        """(keys as this system writes them, what they do), for the help."""
        native = QKeySequence.SequenceFormat.NativeText
        words = {
            "back": self.tr("Back to the previous screen"), "home": self.tr("Home"),
            "search": self.tr("Search"), "handout": self.tr("Make a handout"),
            "larger": self.tr("Larger text"), "smaller": self.tr("Smaller text"),
            "help": self.tr("How to use this program, with this list"),
        }
        seen: dict[str, list[str]] = {}
        for keys, action in KEYS:
            seen.setdefault(action, []).append(QKeySequence(keys).toString(native))
        rows = [(self.tr("Tab, Shift+Tab"), self.tr("Move to the next or previous control")),
                (self.tr("Enter, Space"), self.tr("Open the card or press the button"))]
        rows += [(", ".join(keys), words[action]) for action, keys in seen.items()]
        rows += [
            (self.tr("Left, Right, Home, End"), self.tr("Move the line between two pictures")),
            (self.tr("Right, Left, PageDown, PageUp, Space"),
             self.tr("Explaining: next or previous step (a presentation clicker works too)")),
            (self.tr("B, F"), self.tr("Explaining: blank or freeze the patient's screen")),
        ]
        return rows

    def show_help(self) -> None:
        """The help screen: how to use the program, and these shortcuts."""
        self.window.open_help()
