"""Start-up of the window: the QApplication, fonts, the crash guard and the main window."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from edu_app.core.settings import APP_NAME
from edu_app.crash import log_unexpected
from edu_app.paint.fonts import register_fonts
from edu_app.startup import BENCH_ENV, Loaded, bench_mark

if TYPE_CHECKING:
    from edu_app.ui.kiosk.controller import KioskController

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


def run(loaded: Loaded, language: str, kiosk: bool = False, fallback: int = 0) -> int:
    """Open the window on loaded content and run until it closes (as a kiosk when asked).
    ``fallback`` says that an earlier try to start failed (see edu_app.cli), so staff are told."""
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
        if fallback:
            _tell_kiosk_staff(controller, fallback)
        from edu_app.ui.liveness import Liveness

        # a hang ends the program so that its watchdog restarts it (see core/watchdog.py)
        Liveness(window, loaded.config.kiosk_stall_seconds).start()
    else:
        window.use_keyboard(kiosk=False)  # only if clinic.toml asks for it ("always")
        bench_mark("window")
        window.show()
        if fallback:
            window.banner.show_messages(
                QCoreApplication.translate("StartUp", "For staff: the program started without "
                                           "some of the clinic's settings"),
                [fallback_notice(fallback), *[m.text for m in loaded.messages]])
    window.warm_up()
    if os.environ.get("EDU_APP_TEST_GEOMETRY"):  # end-to-end tests only: ui/geometry_probe.py
        from edu_app.ui.geometry_probe import start_if_asked

        start_if_asked(window)
    if os.environ.get(BENCH_ENV):
        from edu_app.ui.bench_probe import quit_after_first_paint

        quit_after_first_paint(window)
    from edu_app import startup

    QTimer.singleShot(startup.STEADY_MS, window, startup.started_steadily)
    code = app.exec()
    startup.started_steadily()  # a clean end is a finished start, too
    return code


def fallback_notice(level: int) -> str:
    """What staff are told after a start that fell back (``level``: see edu_app.startup)."""
    from edu_app.startup import WITHOUT_EXTRAS, log_dir

    if level == WITHOUT_EXTRAS:
        text = QCoreApplication.translate(
            "StartUp", "The program could not start with the clinic's logo and extra pages, so "
            "it started without them. Please check clinic.toml and the clinic's files; the log "
            "in %1 says where it failed.")
    else:
        text = QCoreApplication.translate(
            "StartUp", "The program could not start with the clinic's settings, so it started on "
            "the default settings; the kiosk lock, staff PIN and print limits are kept. Please "
            "check clinic.toml; the log in %1 says where it failed.")
    return text.replace("%1", str(log_dir()))


def _tell_kiosk_staff(controller: KioskController, level: int) -> None:
    """In the staff menu, and as one small line in the attract screen's corner: nothing that a
    patient has to read or dismiss. Kept in the window's language."""

    def show() -> None:
        controller.start_notice = fallback_notice(level)
        controller.staff_menu.set_notice(controller.start_notice)
        controller.attract.set_staff_notice(QCoreApplication.translate(
            "StartUp", "For staff: started without some of the clinic's settings (see the staff "
            "menu)"))

    show()
    controller.window.retranslated.connect(show)


def discard_failed_start() -> None:
    """After a start that failed half-way: the windows it made go, with the cursor and error
    hook it set, so that the next try starts clean."""
    import shiboken6

    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.hide()
            shiboken6.delete(widget)
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()
    sys.excepthook = sys.__excepthook__
