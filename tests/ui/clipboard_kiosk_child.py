"""Run by tests/ui/test_kiosk_xvfb.py in a real X server: a kiosk where a visitor types a name
in the handout builder, selects it (the X11 primary selection) and copies it (the clipboard);
then, when the test says so, the kiosk resets. Files in the folder given as the argument are
the hand-shake: this writes "ready" and "reset", the test writes "go" and "quit"."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from edu_app import resources
from edu_app.core.content import load_library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

NAME = "Somchai"


def main() -> int:
    folder = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    window = MainWindow(library, SearchIndex(library), ClinicConfig(languages=("en",)),
                        PreferencesStore(None, persist=False))
    kiosk = KioskController(window, idle_ms=600_000)
    kiosk.start()
    state = {"step": "start"}

    def tick() -> None:
        if state["step"] == "start" and window.isVisible():
            kiosk.leave_attract("")
            window.open_handout(whole=[library.language("en").pages[0].id])
            field = window.handout.name
            field.setFocus()
            QTest.keyClicks(field, NAME)
            # a drag over the name selects it; on X11 that is the primary selection
            y = field.height() // 2
            QTest.mousePress(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 4, y))
            QTest.mouseMove(field, QPoint(2, y))
            QTest.mouseRelease(field, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
            field.copy()  # Ctrl+C: the clipboard
            state["step"] = "typed"
            (folder / "ready").write_text(NAME, encoding="utf-8")
        elif state["step"] == "typed" and (folder / "go").exists():
            kiosk.reset()
            state["step"] = "reset"
            (folder / "reset").write_text("", encoding="utf-8")
        elif (folder / "quit").exists():
            kiosk.shutdown()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
