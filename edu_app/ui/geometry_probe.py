"""For end-to-end tests only: where the things a visitor taps are on the screen.

Off unless the environment variable ``EDU_APP_TEST_GEOMETRY`` names a file (nothing reads or
sets it in normal use). Then, every 200 ms, the probe writes that file (whole, by renaming a
temporary file, and only when something changed) as one JSON object::

    {"screen": "handout", "overlay": "", "countdown": 0, "prints": 1, "print_outcome": "sent",
     "print_enabled": true, "focus": "name", "marks": 3,
     "places": {"name": [x, y, width, height], ...},
     "lengths": {"name": 16, "note": 40, "search": 0, "search_field": 0}}

``print_outcome`` is how the last Print ended, as a code ("sent", "failed", "too-many",
"nothing-chosen", "limit"; "" before any). ``marks`` counts the F12 presses the program has
taken (F12 does nothing else; a test presses it and waits for the count, so it knows all it
sent before has been handled). ``focus`` names the target that has the keyboard focus (for
another control: its class and
place). ``places`` are the parts of the tap targets one can see (not hidden or scrolled away), in
screen coordinates; ``lengths`` count the characters in the typed fields. It never holds text,
so it cannot carry anything a visitor typed onto the disk. tests/ui/test_kiosk_replay.py drives
the real program with it (xdotool, xclip).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from edu_app.ui.handout_view import HandoutView
from edu_app.ui.main_window import MainWindow
from edu_app.ui.search_view import SearchView

PROBE_ENV = "EDU_APP_TEST_GEOMETRY"  # (edu_app/ui/app.py checks it by name)
INTERVAL_MS = 200


def _place(widget: QWidget | None) -> list[int] | None:
    """The part of ``widget`` one can see (not scrolled away), in screen coordinates."""
    if widget is None or not widget.isVisible():
        return None
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty():
        return None
    corner = widget.mapToGlobal(seen.topLeft())
    return [corner.x(), corner.y(), seen.width(), seen.height()]


class GeometryProbe(QObject):
    """Writes the geometry file described above while the window lives."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window, self.path, self._last = window, path, ""
        self.marks = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count F12 presses (a key the program does not use): the tests' "done so far" mark.
        A press reaches the window first, then widget after widget; it counts at the window."""
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWindow) \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_F12:
            self.marks += 1
        return False

    def state(self) -> dict[str, object]:
        """What the file holds now: screen kind, overlay, places and field lengths only."""
        from edu_app.ui.kiosk.controller import KioskController

        window = self.window
        kiosk = window.findChild(KioskController)
        search: SearchView | None = getattr(window, "_search", None)  # (None until first shown)
        handout: HandoutView | None = getattr(window, "_handout", None)
        decision = getattr(window, "_decision", None)
        targets: dict[str, QWidget | None] = {
            "start": kiosk.attract.prompt if kiosk else None,
            "search": window.home.search,
            "handout_card": window.home.handout_card,
            "decision_card": window.home.decision_card,
            "decision_next": decision.next_button if decision else None,
            "decision_print": decision.print_button if decision else None,
            "search_field": search.field if search else None,
            "first_result": search.cards[0] if search and search.cards else None,
            "name": handout.name if handout else None,
            "note": handout.note if handout else None,
            "print": handout.print_button if handout else None,
            "keep_reading": kiosk.still_reading.keep if kiosk else None,
        }
        places = {key: place for key, widget in targets.items() if (place := _place(widget))}
        focus = next((key for key, widget in targets.items() if widget and widget.hasFocus()), "")
        focused = QApplication.focusWidget()
        if not focus and focused is not None:  # another control: its kind and place
            corner = focused.mapToGlobal(QPoint(0, 0))
            focus = f"{type(focused).__name__}@{corner.x()},{corner.y()}"
        reading = kiosk is not None and kiosk.still_reading.isVisible()
        return {
            "screen": window.current[0],
            "overlay": "still-reading" if reading else "",
            "countdown": kiosk.still_reading.left if kiosk and reading else 0,
            "prints": window.print_quota.session if window.print_quota else 0,
            "print_outcome": handout.print_outcome if handout else "",
            "print_enabled": bool(handout and handout.print_button.isEnabled()),
            "decision_outcome": decision.print_outcome if decision else "",
            "decision_step": decision.step if decision else 0,
            "places": places,
            "focus": focus,
            "marks": self.marks,
            "lengths": {
                "search": len(window.home.search.text()),
                "search_field": len(search.field.text()) if search else 0,
                "name": len(handout.name.text()) if handout else 0,
                "note": len(handout.note.toPlainText()) if handout else 0,
            },
        }

    def write(self) -> None:
        """Rewrite the file when the state changed (a failed write is tried again next time)."""
        text = json.dumps(self.state(), sort_keys=True)
        if text == self._last:
            return
        part = self.path.with_name(self.path.name + ".part")
        try:
            part.write_text(text, encoding="utf-8")
            os.replace(part, self.path)
        except OSError:
            return
        self._last = text


def start_if_asked(window: MainWindow) -> None:
    """Start the probe when a test asked for it through the environment."""
    target = os.environ.get(PROBE_ENV)
    if target:
        GeometryProbe(window, Path(target))
