"""Keeps the kiosk window full screen, shown and on top, whatever the window manager does.

The window state is checked at once when Qt reports a change, and every second in any case,
because not every change reaches Qt: a window iconified by the window manager may still report
full screen, and "always on top" taken away (``wmctrl -b remove,above``) is not reported at all.
On X11 the real state comes from the X server (:mod:`edu_app.ui.kiosk.x11`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from edu_app.ui.kiosk import x11

log = logging.getLogger("edu_app")
CHECK_MS = 1000


class WindowGuard(QObject):
    """Puts ``window`` back to full screen and on top while ``active()`` says so."""

    def __init__(self, window: QWidget, active: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window, self._active = window, active
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.x11: x11.X11 | None = None
        self.restored = 0  # how often the window had to be put back (for the log and tests)

    def start(self) -> None:
        """Begin checking."""
        if self.x11 is None:
            self.x11 = x11.connect(QGuiApplication.platformName())
        self.timer.start()

    def stop(self) -> None:
        """Stop checking (staff closed the program)."""
        self.timer.stop()
        if self.x11 is not None:
            self.x11.close()
            self.x11 = None

    def soon(self) -> None:
        """Check once the event that changed the state has been handled."""
        QTimer.singleShot(0, self.check)

    def problems(self) -> list[str]:
        """What is wrong with the window now (empty when it is full screen and on top)."""
        window = self.window
        found = []
        if not window.isVisible():
            found.append("hidden")
        state = window.windowState() & ~Qt.WindowState.WindowActive
        if state != Qt.WindowState.WindowFullScreen:  # exactly: full screen and minimised is not
            found.append(f"state {state!r}")
        if self.x11 is not None and window.isVisible():
            wm = self.x11.state(int(window.winId()))
            if wm is not None:
                if wm.hidden:
                    found.append("iconified by the window manager")
                if not wm.fullscreen:
                    found.append("not full screen for the window manager")
                if not wm.above:
                    found.append("not on top")
        return found

    def check(self) -> None:
        """Put the window back if anything is wrong with it."""
        if not self._active():
            return
        found = self.problems()
        if not found:
            return
        self.restored += 1
        if self.restored <= 20 or self.restored % 500 == 0:  # a window manager that keeps
            # fighting back must not fill the log
            log.warning("kiosk window was changed from outside (%s): putting it back (%d)",
                        ", ".join(found), self.restored)
        window = self.window
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        if QGuiApplication.platformName() != "offscreen":  # it has no stacking (and says so)
            window.raise_()
        window.activateWindow()
        if self.x11 is not None:
            self.x11.keep_above_and_full_screen(int(window.winId()))
