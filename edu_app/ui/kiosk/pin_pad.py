"""The staff PIN pad: checks the PIN, shows a lock's countdown, and sets a first PIN.

A kiosk without a (whole) PIN must never trap staff, so the same pad then asks for a new PIN
twice; the controller stores its hash (see README "Running a kiosk").
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.kiosk import PinGuard, hash_pin, valid_pin
from edu_app.ui.kiosk.overlays import Overlay
from edu_app.ui.widgets import wrapped_label

PAD_BUTTON = 88  # px: a PIN key is much larger than the 48 px minimum
WIDE_CARD_WIDTH = 900  # px: the pad beside its words on a landscape screen


class PinPad(Overlay):
    """Digits for the staff PIN; the guard decides, and slows down guessing.

    ``mode`` is "check" (a PIN is set), or "new" then "again" (choosing a first PIN).
    """

    accepted = Signal()
    new_hash = Signal(str)  # a first PIN was chosen and repeated: its salted hash
    closed = Signal()

    def __init__(self, parent: QWidget, guard: PinGuard) -> None:
        super().__init__(parent, "Popup")
        self.guard = guard
        self.damaged = False  # clinic.toml had a pin_hash, but not a whole one
        self.mode = "check"
        self.entered = ""
        self._first = ""  # the new PIN's first entry, until it is repeated
        self.title = wrapped_label("", "ScreenTitle")
        self.dots = QLabel()
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = wrapped_label("", "Muted")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789C0<"):
            button = QPushButton(key)
            button.setObjectName("PadKey")
            button.setFixedSize(PAD_BUTTON, PAD_BUTTON)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        actions = QHBoxLayout()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.close_pad)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("Primary")
        self.ok_button.clicked.connect(self.submit)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.ok_button)
        # Words on one side, keys on the other on a landscape screen (stacked, a 768 px high
        # screen at large text has no room for them); words above the keys on a portrait one.
        words = QVBoxLayout()
        words.setSpacing(16)
        for widget in (self.title, self.dots, self.message):
            words.addWidget(widget)
        words.addStretch(1)
        words.addLayout(actions)
        self.sides = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.sides.setSpacing(24)
        self.sides.addLayout(words, 1)
        self.sides.addLayout(grid)
        self.layout_.addLayout(self.sides)
        self.tick = QTimer(self)  # the lock's countdown
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        self.retranslate()

    def _fit_card(self, width: int) -> None:
        parent = self.parentWidget()
        landscape = parent is not None and parent.width() > parent.height()
        self.sides.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                else QBoxLayout.Direction.TopToBottom)
        if landscape:  # room for the words beside the keys
            self.card.setFixedWidth(max(280, min(WIDE_CARD_WIDTH, width - 48)))
        else:
            super()._fit_card(width)

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.keys["C"].setAccessibleName(self.tr("Clear"))
        self.keys["<"].setAccessibleName(self.tr("Delete last digit"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))
        self._show_title()
        self._show()

    def _show_title(self) -> None:
        if self.mode == "check":
            self.title.setText(self.tr("Staff only: enter the PIN"))
        elif self.mode == "new":
            self.title.setText(self.tr("Staff: choose a PIN of 4 to 8 digits"))
        else:
            self.title.setText(self.tr("Enter the same PIN again"))

    def start(self) -> None:
        """Open the pad empty: to check the PIN, or to choose one when none is set."""
        self.entered, self._first = "", ""
        self.mode = "check" if self.guard.has_pin else "new"
        self._show_title()
        self._show()
        self.open()
        if self.mode == "new":
            self.message.setText(self._no_pin_text())
            self._set_keys(True)
        elif self.guard.wait() > 0:
            self._lock()
        else:
            self._unlocked()

    def _no_pin_text(self) -> str:
        if self.damaged:
            return self.tr("The staff PIN in clinic.toml is damaged. Choose a new PIN here, "
                           "or set one with 'edu-app set-pin' on this computer.")
        return self.tr("This kiosk has no staff PIN yet. Choose one now: it is needed to "
                       "close the program.")

    def press(self, key: str) -> None:
        """One key of the pad."""
        if key == "C":
            self.entered = ""
        elif key == "<":
            self.entered = self.entered[:-1]
        elif len(self.entered) < 8:
            self.entered += key
        self._show()

    def submit(self) -> None:
        """Check the PIN entered (or take the next step in choosing one)."""
        entered, self.entered = self.entered, ""
        self._show()
        if self.mode != "check":
            self._choose(entered)
            return
        result = self.guard.attempt(entered)
        if result.outcome == "ok":
            self.hide()
            self.accepted.emit()
        elif result.outcome == "wrong":
            self.message.setText(self.tr("That PIN is not right. Try again."))
        elif result.outcome == "locked":
            self._lock()

    def _choose(self, entered: str) -> None:
        if not valid_pin(entered):
            self.message.setText(self.tr("A PIN has 4 to 8 digits."))
        elif self.mode == "new":
            self._first, self.mode = entered, "again"
            self.message.setText("")
        elif entered != self._first:
            self._first, self.mode = "", "new"
            self.message.setText(self.tr("The two PINs differ. Choose a PIN again."))
        else:
            self._first, self.mode = "", "check"
            self.hide()
            self.new_hash.emit(hash_pin(entered))
        self._show_title()

    def close_pad(self) -> None:
        """Leave without unlocking; the digits are forgotten."""
        self.entered, self._first = "", ""
        self.tick.stop()
        self.hide()
        self.closed.emit()

    def _lock(self) -> None:
        self._set_keys(False)
        self._count_down()
        self.tick.start()

    def _count_down(self) -> None:
        left = self.guard.wait()
        if left <= 0:
            self.tick.stop()
            self._unlocked()
            return
        self.message.setText(self.tr("Too many wrong PINs. Wait %1 seconds.")
                             .replace("%1", str(math.ceil(left))))

    def _unlocked(self) -> None:
        self._set_keys(True)
        self.message.setText("")

    def _set_keys(self, enabled: bool) -> None:
        for button in (*self.keys.values(), self.ok_button):
            button.setEnabled(enabled)

    def _show(self) -> None:
        self.dots.setText("●" * len(self.entered) or " ")
        self.dots.setAccessibleName(self.tr("%1 digits entered").replace("%1", str(len(self.entered))))
