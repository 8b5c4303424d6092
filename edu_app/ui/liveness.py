"""The event loop's heartbeat in kiosk mode (the rules are in ``edu_app.core.watchdog``).

Every second a timer on the GUI thread tells the stall watch, and systemd when it runs the
program (``WATCHDOG=1``), that the event loop turns; every few seconds it writes the heartbeat
file the Windows watchdog checks. After the window's first paint it tells systemd it is ready
(``READY=1``). A timer fires inside modal dialogs and prints too, as they turn the event loop.
"""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from edu_app.core import paths
from edu_app.core.watchdog import (
    BEAT_SECONDS,
    HEARTBEAT_FILE,
    HEARTBEAT_FILE_SECONDS,
    StallWatch,
    end_stalled,
    sd_notify,
    write_heartbeat,
)

log = logging.getLogger("edu_app")
TEST_STALL_ENV = "EDU_APP_TEST_STALL"  # tests only: stall the event loop this many seconds


class Liveness(QObject):
    """Heartbeat, stall watch and supervisor messages for one window."""

    def __init__(self, window: QWidget, stall_seconds: float) -> None:
        super().__init__(window)
        self.watch = StallWatch(stall_seconds, lambda s: end_stalled(s, stall_seconds))
        self.heartbeat_path = paths.user_state_dir() / HEARTBEAT_FILE
        self.ready = False
        self._ticks = 0
        self._file_ok = True
        self.timer = QTimer(self)
        self.timer.setInterval(int(BEAT_SECONDS * 1000))
        self.timer.timeout.connect(self.beat)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        """Start the heartbeat and the watch (the first paint sends READY=1)."""
        self.beat()
        self.timer.start()
        self.watch.start()

    def stop(self) -> None:
        """A clean exit: stop watching and tell systemd."""
        self.timer.stop()
        self.watch.stop()
        sd_notify("STOPPING=1")

    def beat(self) -> None:
        """One turn of the event loop: tell everyone who watches."""
        self.watch.beat()
        sd_notify("WATCHDOG=1")
        if self._ticks % HEARTBEAT_FILE_SECONDS == 0:
            ok = write_heartbeat(self.heartbeat_path)
            if not ok and self._file_ok:
                log.warning("cannot write the heartbeat file %s", self.heartbeat_path)
            self._file_ok = ok
        self._ticks += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.ready:
            self.ready = True
            sd_notify("READY=1")
            stall = os.environ.get(TEST_STALL_ENV)
            if stall:
                QTimer.singleShot(0, lambda: _stall(float(stall)))
        return False


def _stall(seconds: float) -> None:
    """The hang test's hidden hook: block the event loop as a layout loop would."""
    log.warning("stalling the event loop for %.0f s (%s)", seconds, TEST_STALL_ENV)
    time.sleep(seconds)
