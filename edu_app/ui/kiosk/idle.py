"""Notices when nobody has touched the kiosk for a while."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without mouse, touch, pen or key activity anywhere in
    the program. Any such activity starts the wait again.

    Time the program itself was busy does not count as the person's idleness: when the timer
    fires more than ``stall_grace_s`` late (the event loop was held up, e.g. by a slow print
    job), the wait starts again, so a patient waiting for a printer is not reset the moment
    the program answers again.
    """

    idle = Signal()
    active = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self._timed_out)
        self.stall_grace_s = 5.0
        self._armed = time.monotonic()
        self._app: QApplication | None = None

    def restart(self) -> None:
        """Start the wait again."""
        self._armed = time.monotonic()
        self.timer.start()

    def _timed_out(self) -> None:
        late = time.monotonic() - self._armed - self.timer.interval() / 1000
        if late > self.stall_grace_s:  # the program was busy, not the person away
            self.restart()
            return
        self.idle.emit()

    def start(self) -> None:
        """Begin watching the whole application."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._app is None:
            app.installEventFilter(self)
            self._app = app
        self.restart()

    def stop(self) -> None:
        """Stop watching (staff have taken over)."""
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.restart()  # restarts the wait
            self.active.emit()
        return False
