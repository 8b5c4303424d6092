"""UI fixtures: a main window on the small content tree; every test must leave no window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from edu_app.core.model import Library
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.ui import i18n
from edu_app.ui.app import application
from edu_app.ui.main_window import MainWindow

from ui_helpers import make_window


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind."""
    application()
    register_fonts(ALL_STYLES)
    yield
    i18n.set_language("en")  # translators are global: leave English for the next test
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    assert leaked == [], f"windows left open: {leaked}"


@pytest.fixture
def window(qtbot, small_library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on the small content tree."""
    return make_window(qtbot, small_library)


@pytest.fixture
def bundled_window(qtbot, library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on the bundled content."""
    return make_window(qtbot, library)
