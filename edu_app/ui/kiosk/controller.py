"""Kiosk mode: full screen and locked down, self-resetting, with a hidden staff exit.

The controller wraps an ordinary main window. It owns the attract screen, the idle watcher,
the "Still reading?" countdown, the PIN pad, the print limits and the daily counts, and an
application-wide event filter that swallows the ways out (see ``ESCAPE_KEYS``).
"""

from __future__ import annotations

import logging
import sys
import time
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller

from edu_app.core import paths
from edu_app.core.kiosk import LOCK_FILE, DayCounts, KioskError, PinGuard, PrintQuota, write_pin_hash
from edu_app.core.settings import default_config_path
from edu_app.crash import log_unexpected
from edu_app.ui.kiosk.attract import AttractView
from edu_app.ui.kiosk.idle import IdleWatcher
from edu_app.ui.kiosk.overlays import COUNTDOWN_SECONDS, StaffMenu, StillReading
from edu_app.ui.kiosk.pin_pad import PinPad
from edu_app.ui.kiosk.window_guard import WindowGuard
from edu_app.ui.main_window import MainWindow

log = logging.getLogger("edu_app")
CORNER = 96  # px: the staff corner at the top left
HOLD_MS = 5000  # how long staff hold it
USAGE_FILE = "kiosk-usage.json"
# Staff layers left alone go back to the attract screen (a full reset), so the next person
# never finds an open PIN pad or an unlocked staff menu with "Close the program".
PIN_PAD_IDLE_MS = 30_000
STAFF_MENU_IDLE_MS = 60_000

# Keys that would leave, close, minimise, print through the system or reach the desktop.
ESCAPE_KEYS = (
    "Alt+F4", "Ctrl+Q", "Ctrl+W", "Ctrl+F4", "Escape", "F11", "Alt+Tab", "Alt+Space",
    "Ctrl+P", "Ctrl+O", "Ctrl+S", "Meta+D", "Meta+M", "Ctrl+Esc",
)
_SWALLOWED = {QKeySequence(k)[0].toCombined() for k in ESCAPE_KEYS}  # type: ignore[index]
_SWALLOWED_KEYS = {Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu,
                   Qt.Key.Key_Escape, Qt.Key.Key_F11}


class KioskController(QObject):
    """Turns a main window into a kiosk."""

    reset_done = Signal()
    exit_requested = Signal()

    def __init__(self, window: MainWindow, idle_ms: int | None = None) -> None:
        super().__init__(window)
        config = window.config
        self.window = window
        self.unlocked = False  # staff may close the program
        self.start_notice = ""  # for staff: what start-up left out (edu_app.ui.app sets it)
        usage_on = config.kiosk_usage_counts
        self.counts = DayCounts(paths.user_state_dir() / USAGE_FILE,
                                days_kept=400 if usage_on else 1)
        self.usage_on = usage_on
        self.quota = PrintQuota(config.print_per_session, config.print_per_day, self.counts,
                                config.print_sheets_per_handout, config.print_sheets_per_day)
        window.print_quota = self.quota
        window.kiosk_mode = True  # every end of a session empties the clipboard and selection
        window.use_keyboard(kiosk=True)  # a touch screen has no other way to type
        window.home.show_explain = False  # clinician mode is not for the waiting room
        window.home.retranslate()
        window.may_close = lambda: self.unlocked
        self.attract = AttractView(window.offered, window.library.illustration_path)
        self.attract.start_requested.connect(self.leave_attract)
        window.stack.addWidget(self.attract)
        self.countdown_seconds = COUNTDOWN_SECONDS
        self.still_reading = StillReading(window)
        self.still_reading.expired.connect(self.reset)
        # where a PIN chosen on the screen is stored (cli sets source even for a missing file)
        self.config_path = config.source or default_config_path()
        self.pin_pad = PinPad(window, PinGuard(config.admin_pin_hash, time.monotonic,
                                               paths.user_state_dir() / LOCK_FILE))
        self.pin_pad.damaged = config.admin_pin_damaged
        self.pin_pad.accepted.connect(self.open_staff_menu)
        self.pin_pad.new_hash.connect(self.store_new_pin)
        self.staff_menu = StaffMenu(window)
        self.staff_menu.add_action("back", self.back_to_kiosk)
        self.staff_menu.add_action("reset", self.reset)
        self.staff_menu.add_action("quit", self.quit_program)
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else config.kiosk_idle_seconds * 1000,
                                self)
        self.idle.idle.connect(self._on_idle)
        self.idle.active.connect(self._on_activity)
        self.pin_pad_idle_ms, self.staff_menu_idle_ms = PIN_PAD_IDLE_MS, STAFF_MENU_IDLE_MS
        self.staff_idle = IdleWatcher(PIN_PAD_IDLE_MS, self)
        self.staff_idle.idle.connect(self._staff_left)
        self.pin_pad.closed.connect(self.staff_idle.stop)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self.open_pin_pad)
        self.window_guard = WindowGuard(window, lambda: not self.unlocked)
        window.page_opened.connect(lambda _page: self._count("pages"))
        window.retranslated.connect(self.retranslate)
        # screens and page texts are made when first needed: each gets flick scrolling
        window.stack.currentChanged.connect(lambda _i: QTimer.singleShot(0, self.flick_scrolling))
        window.page_opened.connect(lambda _page: QTimer.singleShot(0, self.flick_scrolling))
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts of the staff menu."""
        buttons = self.staff_menu.buttons
        buttons["back"].setText(self.tr("Back to the kiosk"))
        buttons["reset"].setText(self.tr("Start over now"))
        buttons["quit"].setText(self.tr("Close the program"))
        self.staff_menu.info.setText(
            self.tr("Prints today: %1 of %2.").replace("%1", str(self.counts.today("prints")))
            .replace("%2", str(self.quota.per_day)))
        for view in (self.attract, self.still_reading, self.pin_pad, self.staff_menu):
            view.retranslate()

    # --- starting -------------------------------------------------------------------------
    def start(self, screen_index: int | None = None) -> None:
        """Frameless, on top, full screen on the configured screen, then the attract screen."""
        window = self.window
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        screens = QGuiApplication.screens()
        index = self.window.config.kiosk_screen if screen_index is None else screen_index
        if screens:
            screen = screens[index] if 0 <= index < len(screens) else screens[0]
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
        if self.window.config.kiosk_hide_cursor:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        sys.excepthook = self._excepthook
        window.showFullScreen()
        self.window_guard.start()
        self.show_attract()
        self.idle.start()
        if not self.pin_pad.guard.has_pin:
            # the first-start staff step: choose a PIN now (left alone, it times out to the
            # attract screen; holding the corner offers it again)
            log.warning("kiosk mode has no valid staff PIN: it can be set on the screen")
            self.open_pin_pad()

    def flick_scrolling(self) -> None:
        """Every scrolling area scrolls with a finger (and with a dragged mouse on touch screens
        that send mouse events)."""
        for area in self.window.findChildren(QAbstractScrollArea):
            if area.objectName() == "IllustrationScroller":
                continue  # its drag moves the compare line
            viewport = area.viewport()
            if not viewport.property("flick"):
                QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
                viewport.setProperty("flick", True)

    # --- the attract screen and resets ----------------------------------------------------
    def show_attract(self) -> None:
        """The calm loop shown until someone touches the screen."""
        self.window.top_bar.hide()
        self.attract.set_content(self.window.library.language(self.window.lang))
        self.window.stack.setCurrentWidget(self.attract)
        self.window.current = ("attract", "")
        self.attract.begin()

    def leave_attract(self, language: str) -> None:
        """Someone touched the screen: home, in the language they chose."""
        self.attract.end()
        self.window.top_bar.show()
        if language and language != self.window.lang:
            self.window.set_language(language)
        self.window.go_home()
        self.window.history.clear()

    def reset(self) -> None:
        """Everything back to how the next person should find it."""
        self.still_reading.stop()
        self.pin_pad.close_pad()
        self.staff_menu.hide()
        self.staff_idle.stop()
        self.hold.stop()
        for widget in QApplication.topLevelWidgets():  # menus, pop-ups, dialogs
            if widget is not self.window and widget.isVisible():
                widget.close()
        self.window.reset_session()
        self.quota.new_session()
        self._count("resets")
        self.show_attract()
        self.idle.start()
        self.reset_done.emit()

    def _count(self, field: str) -> None:
        if self.usage_on:
            self.counts.add(field)

    # --- idle -----------------------------------------------------------------------------
    def _on_idle(self) -> None:
        if self.window.current[0] == "attract":
            self.idle.restart()  # nothing to clear (an open PIN pad has its own timeout)
            return
        self.still_reading.start(self.countdown_seconds)

    def _on_activity(self) -> None:
        if self.still_reading.isVisible():
            self.still_reading.dismiss()

    # --- staff ----------------------------------------------------------------------------
    def open_pin_pad(self) -> None:
        """The corner was held (or no PIN is set at start): the pad, which times out."""
        self.pin_pad.start()
        self._watch_staff(self.pin_pad_idle_ms)

    def open_staff_menu(self, notice: str = "") -> None:
        """The PIN was right (or was just chosen)."""
        self.idle.stop()
        self.retranslate()
        self.staff_menu.set_notice("\n\n".join(text for text in (notice, self.start_notice) if text))
        self.staff_menu.open()
        self._watch_staff(self.staff_menu_idle_ms)

    def _watch_staff(self, timeout_ms: int) -> None:
        self.staff_idle.timer.setInterval(timeout_ms)
        self.staff_idle.start()

    def _staff_left(self) -> None:
        """Nobody touched the PIN pad or staff menu for a while: back to the attract screen."""
        log.info("staff layer left alone: the kiosk starts over")
        self.reset()

    def store_new_pin(self, pin_hash: str) -> None:
        """A first PIN was chosen on the screen: save only its hash in clinic.toml. If the
        file cannot be written, the PIN still works until the program closes, and staff are
        told so."""
        self.pin_pad.guard.set_hash(pin_hash)
        self.pin_pad.damaged = False
        try:
            write_pin_hash(self.config_path, pin_hash)
        except KioskError as exc:
            log.warning("the staff PIN was not saved: %s", exc)
            self.open_staff_menu(
                self.tr("The PIN could not be saved in %1, so it works only until the program "
                        "closes. Set it with 'edu-app set-pin' on this computer.")
                .replace("%1", str(self.config_path)))
            return
        log.info("a staff PIN was set on the kiosk's screen in %s", self.config_path)
        self.open_staff_menu(self.tr("The staff PIN is saved in %1.")
                             .replace("%1", str(self.config_path)))

    def back_to_kiosk(self) -> None:
        """Staff are done: the next person finds a fresh kiosk (nothing of the one before)."""
        self.staff_idle.stop()
        self.reset()

    def quit_program(self) -> None:
        """Staff close the program (the watchdog does not restart a clean exit)."""
        self.shutdown()
        self.exit_requested.emit()
        self.window.close()

    def shutdown(self) -> None:
        """Let the window close and stop watching the application."""
        self.unlocked = True
        self.idle.stop()
        self.staff_idle.stop()
        self.window_guard.stop()
        self.attract.end()
        self.still_reading.stop()
        self.hold.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.window.config.kiosk_hide_cursor:
            QApplication.restoreOverrideCursor()
        if sys.excepthook == self._excepthook:
            sys.excepthook = sys.__excepthook__

    # --- the lockdown ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if self._is_escape(event):
                event.accept()
                return True
        elif kind == QEvent.Type.ContextMenu:
            return True  # no right-click menus
        elif kind == QEvent.Type.WindowStateChange and watched is self.window:
            self.window_guard.soon()  # minimised or restored: put back full screen at once
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._maybe_hold(event)
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self.hold.stop()
        return False

    @staticmethod
    def _is_escape(event: QKeyEvent) -> bool:
        if event.key() in _SWALLOWED_KEYS:
            return True
        return event.keyCombination().toCombined() in _SWALLOWED

    def _maybe_hold(self, event: QEvent) -> None:
        point: QPoint | None = None
        if isinstance(event, QMouseEvent):
            point = event.globalPosition().toPoint()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition().toPoint()
        if point is None:
            return
        local = self.window.mapFromGlobal(point)
        if 0 <= local.x() < CORNER and 0 <= local.y() < CORNER:
            if not self.hold.isActive():
                self.hold.start()
        else:
            self.hold.stop()

    def _excepthook(self, kind: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> None:
        """A patient never sees a traceback: log it and start over."""
        log_unexpected(kind, tb, then="the kiosk starts over")
        QTimer.singleShot(0, self.reset)

