"""Notices when nobody has touched the kiosk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without mouse, touch, pen or key activity anywhere in
    the program. Any such activity starts the wait again."""

    idle = Signal()
    active = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle.emit)
        self._app: QApplication | None = None

    def start(self) -> None:
        """Begin watching the whole application."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._app is None:
            app.installEventFilter(self)
            self._app = app
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (staff have taken over)."""
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.timer.start()  # restarts the wait
            self.active.emit()
        return False
