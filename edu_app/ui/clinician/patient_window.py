"""The patient's screen: the current step, full screen, with no controls.

On a second screen it follows the clinician's window; with one screen it is the full-screen
presentation view (keys, a clicker or a swipe move on; Escape or the corner button leaves;
the keys are handled by ``clicker.ClickerKeys``, whatever has focus).
The clinician can blank it (a calm screen with the program's name) or freeze it (it keeps
showing what it showed while the clinician looks ahead).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPixmap, QScreen
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from edu_app.core.drawing import LaserTrail
from edu_app.ui.clinician.stage import StepStage
from edu_app.ui.widgets import wrapped_label


def other_screen(current: QScreen | None) -> QScreen | None:
    """A connected screen other than ``current`` (the patient's), or None with one screen."""
    return next((s for s in QGuiApplication.screens() if s is not current), None)


class PatientWindow(QWidget):
    """What the patient sees."""

    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, trail: LaserTrail, presentation: bool, program: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("PatientWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.presentation = presentation
        self.frozen = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = wrapped_label("", "ScreenTitle")
        self.points = wrapped_label("", "PatientPoints", rich=True)
        self.stage = StepStage(interactive=presentation, trail=trail)
        self.stage.swiped.connect(self.step_requested.emit)
        self.blank = wrapped_label(program, "AttractTitle")
        self.blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still = QLabel()  # the frozen picture
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.setContentsMargins(0, 0, 0, 0)
        live_layout.addWidget(self.title)
        live_layout.addWidget(self.stage, 1)
        live_layout.addWidget(self.points)
        self.pages = QStackedWidget()
        for widget in (live, self.blank, self.still):
            self.pages.addWidget(widget)
        layout.addWidget(self.pages, 1)
        self.leave = QPushButton(self.tr("Close"))  # only in the one-screen presentation view
        self.leave.setVisible(presentation)
        self.leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window (clickers)
        self.leave.clicked.connect(self.close)
        self.leave.setParent(self)
        self.stage.changed.connect(self._follow)

    def place_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (or the primary one)."""
        target = screen or QGuiApplication.primaryScreen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()

    def set_blank(self, on: bool) -> None:
        """Show the calm blank screen instead of the step."""
        self.pages.setCurrentIndex(1 if on else (2 if self.frozen else 0))

    def set_frozen(self, on: bool) -> None:
        """Keep showing what is on screen now, whatever the clinician does."""
        current = self.pages.currentWidget()
        if on and not self.frozen and current is not None:
            self.still.setPixmap(current.grab())
        self.frozen = on
        if self.pages.currentIndex() != 1:
            self.pages.setCurrentIndex(2 if on else 0)

    def snapshot(self) -> QPixmap:
        """What the patient sees now."""
        return self.grab()

    def _follow(self) -> None:
        self.update()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.leave.adjustSize()
        self.leave.move(self.width() - self.leave.width() - 12, 12)
        self.leave.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
