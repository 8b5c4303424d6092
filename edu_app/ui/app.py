"""Start-up of the window: the QApplication, fonts, the crash guard and the main window."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from edu_app.core.settings import APP_NAME
from edu_app.crash import log_unexpected
from edu_app.startup import BENCH_ENV, Loaded, bench_mark
from edu_app.ui.fonts import register_fonts

log = logging.getLogger("edu_app")


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log unexpected errors instead of letting a slot's exception end the program."""
    log_unexpected(kind, tb)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled fonts registered."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
        app.setApplicationDisplayName("Eczema Explained")
    register_fonts()
    return app


def run(loaded: Loaded, language: str, kiosk: bool = False) -> int:
    """Open the window on loaded content and run until it closes (as a kiosk when asked)."""
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore, default_settings

    app = application()
    bench_mark("application")
    sys.excepthook = _excepthook
    kiosk = kiosk or loaded.config.kiosk_enabled
    window = MainWindow(
        loaded.library,
        loaded.search_index,
        loaded.config,
        # a kiosk keeps no preferences: every person starts on the clinic's defaults
        PreferencesStore(None, persist=False) if kiosk else PreferencesStore(default_settings()),
        loaded.messages,
        language,
    )
    if kiosk:
        from edu_app.ui.kiosk.controller import KioskController

        controller = KioskController(window)
        controller.start()
        if not loaded.config.admin_pin_hash:
            log.warning("kiosk mode has no staff PIN: set one with 'edu-app set-pin'")
    else:
        bench_mark("window")
        window.show()
    window.warm_up()
    if os.environ.get("EDU_APP_TEST_GEOMETRY"):  # end-to-end tests only: ui/geometry_probe.py
        from edu_app.ui.geometry_probe import start_if_asked

        start_if_asked(window)
    if os.environ.get(BENCH_ENV):
        from edu_app.ui.bench_probe import quit_after_first_paint

        quit_after_first_paint(window)
    return app.exec()
