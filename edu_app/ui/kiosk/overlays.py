"""Layers shown over the kiosk window: "Still reading?" and the staff menu (the PIN pad is in
:mod:`edu_app.ui.kiosk.pin_pad`).

They are child widgets, not dialogs: nothing can open behind them, they need no window manager,
and a reset simply hides them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from edu_app.ui.widgets import wrapped_label

COUNTDOWN_SECONDS = 20
CARD_WIDTH = 620


class Overlay(QWidget):
    """A see-through layer over the whole parent with a card in the middle."""

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("Scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.card = QFrame()
        self.card.setObjectName(object_name)
        self.layout_ = QVBoxLayout(self.card)
        self.layout_.setContentsMargins(32, 28, 32, 28)
        self.layout_.setSpacing(16)
        row = QHBoxLayout()  # centred by stretches, not alignment, so wrapped text gets its height
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            self.setGeometry(0, 0, event.size().width(), event.size().height())
            self._fit_card(event.size().width())
        return False

    def _fit_card(self, width: int) -> None:
        # A fixed width lets wrapped text work out its height (it never clips).
        self.card.setFixedWidth(max(280, min(CARD_WIDTH, width - 48)))

    def open(self) -> None:
        """Cover the parent and take the focus."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            self._fit_card(parent.width())
        self.show()
        self.raise_()
        self.setFocus()


class StillReading(Overlay):
    """Counts down before the kiosk starts over; any touch keeps the reader where they were."""

    expired = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "Popup")
        self.title = wrapped_label("", "ScreenTitle")
        self.text = wrapped_label()
        self.count = wrapped_label("", "Countdown")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep = QPushButton()
        self.keep.setObjectName("Primary")
        self.keep.clicked.connect(self.dismiss)
        for widget in (self.title, self.text, self.count, self.keep):
            self.layout_.addWidget(widget)
        self.left = COUNTDOWN_SECONDS
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.title.setText(self.tr("Still reading?"))
        self.text.setText(self.tr("Touch the screen to keep reading. Otherwise this screen "
                                  "starts over for the next person, and what you chose is cleared."))
        self.keep.setText(self.tr("Keep reading"))
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Starting over in %1 s").replace("%1", str(self.left)))

    def start(self, seconds: int = COUNTDOWN_SECONDS) -> None:
        """Show the countdown from ``seconds``."""
        self.left = seconds
        self._show_count()
        self.open()
        self.tick.start()

    def dismiss(self) -> None:
        """The reader is still there."""
        if self.isVisible():
            self.tick.stop()
            self.hide()
            self.dismissed.emit()

    def stop(self) -> None:
        """Hide without a signal (the kiosk is resetting)."""
        self.tick.stop()
        self.hide()

    def _tick(self) -> None:
        self.left -= 1
        self._show_count()
        if self.left <= 0:
            self.stop()
            self.expired.emit()


class StaffMenu(Overlay):
    """What staff can do once the PIN is right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "Popup")
        self.title = wrapped_label("", "ScreenTitle")
        self.info = wrapped_label("", "Muted")
        self.notice = wrapped_label("")  # for staff: a PIN not saved, settings left out at start
        self.notice.hide()
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.info)
        self.layout_.addWidget(self.notice)
        self.buttons: dict[str, QPushButton] = {}
        self.retranslate()

    def set_notice(self, text: str) -> None:
        """Something staff should know (shown above the buttons; '' hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def add_action(self, key: str, action: Callable[[], object]) -> QPushButton:
        """A full-width button that hides the menu, then runs ``action``."""
        button = QPushButton()

        def run() -> None:
            self.hide()
            action()

        button.clicked.connect(run)
        self.layout_.addWidget(button)
        self.buttons[key] = button
        return button

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.title.setText(self.tr("Staff menu"))
