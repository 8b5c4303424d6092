"""An exception in a real slot is logged with its place in the code, and the program goes on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from edu_app.ui import app
from edu_app.ui.main_window import MainWindow

TYPED = "Quintessa Zebulon"


@pytest.fixture
def program_hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The program's own excepthook, as ui.app.run installs it."""
    monkeypatch.setattr(sys, "excepthook", app._excepthook)
    yield


@pytest.mark.qt_no_exception_capture  # the program's hook, not pytest-qt's, sees the error
def test_an_exception_in_a_slot_is_logged_and_the_window_carries_on(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, program_hook: None, caplog: pytest.LogCaptureFixture) -> None:
    window.open_search(TYPED)
    calls: list[str] = []

    def broken_slot() -> None:
        calls.append("broken")
        raise RuntimeError(f"nothing found for {window.search.field.text()}")

    target = window.search.home_button  # its own slot takes the reader home as well
    target.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR, logger="edu_app"):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert calls == ["broken"] and window.current == ("home", "")
    record = next(r for r in caplog.records if "unexpected error" in r.getMessage())
    assert f"RuntimeError at {__file__}:" in record.getMessage()
    assert "in broken_slot" in record.getMessage()
    assert TYPED not in caplog.text  # what was typed never reaches the log
    target.clicked.disconnect(broken_slot)
    # the interface carries on
    assert window.open_page("barrier")
    window.open_search("itch")
    assert window.search.cards
