"""Helpers for UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

PIN_HASH = "pbkdf2_sha256$200000$" + "0f" * 16 + "$" + "a5" * 32  # a whole one: no PIN step first


def make_window(qtbot, library: Library, config: ClinicConfig | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        library, SearchIndex(library), config or ClinicConfig(languages=("en", "th")),
        PreferencesStore(None, persist=False),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def running_kiosk(qtbot, library: Library) -> KioskController:  # type: ignore[no-untyped-def]
    """A kiosk (English and Thai, a staff PIN set) started and shown; staff "unlock" it after
    the test so that its window may close. The caller restores ``sys.excepthook``."""
    window = MainWindow(library, SearchIndex(library),
                        ClinicConfig(languages=("en", "th"), kiosk_enabled=True,
                                     admin_pin_hash=PIN_HASH),
                        PreferencesStore(None, persist=False))
    controller = KioskController(window, idle_ms=60_000)
    qtbot.addWidget(window, before_close_func=lambda _w: controller.shutdown())
    controller.start()
    qtbot.waitExposed(window)
    return controller


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text needs more height (or width) than they were given."""
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 1:
            continue
        hint = label.sizeHint()
        needed = label.heightForWidth(label.width()) if label.wordWrap() else hint.height()
        too_narrow = not label.wordWrap() and hint.width() > label.width() + 1
        if needed > label.height() + 1 or too_narrow:
            clipped.append(f"{label.text()[:40]!r}: {label.size().toTuple()} needs {needed}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and \
                button.width() + 1 < button.sizeHint().width():
            clipped.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    return clipped
