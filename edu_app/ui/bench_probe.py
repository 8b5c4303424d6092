"""For ``make bench``: report the moment the first window has painted, then quit."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    sys.stdout.write(f"FIRST_PAINT {time.time():.6f}\n")
    sys.stdout.flush()
    QApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    """Print ``FIRST_PAINT <epoch seconds>`` after the window's first paint and quit."""
    window.installEventFilter(_FirstPaint(window))
