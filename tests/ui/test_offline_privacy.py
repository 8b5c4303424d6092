"""The main flows open no network connection, and nothing typed stays on disk."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from edu_app.ui.main_window import MainWindow

NAME = "Quintessa"  # appears nowhere else
NOTE = "Elbows twice daily, reviewed by Dr Zebulon"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to connect is recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_main_flows_offline_and_private(qtbot, bundled_window: MainWindow, no_network: list[object],  # type: ignore[no-untyped-def]
                                        hermetic: Path, tmp_path: Path) -> None:
    window = bundled_window
    before = set(Path(tempfile.gettempdir()).iterdir())
    for page in window.library.language("en").pages:
        assert window.open_page(page.id)
    window.open_search("stem cells")
    window.open_faq()
    window.set_language("th")
    window.open_page("urgent-help")
    window.set_language("en")
    window.open_handout(whole=["skin-barrier"])
    view = window.handout
    view.name.setText(NAME)
    view.note.setPlainText(NOTE)
    out = tmp_path / "chosen" / "handout.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    view.preview.updatePreview()
    qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)
    window.warm_up(delay_ms=1)
    qtbot.wait(300)
    assert no_network == []
    # the name and note are in the PDF the person chose to save, and nowhere else
    assert out.exists()
    places = [hermetic, *(set(Path(tempfile.gettempdir()).iterdir()) - before)]
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            if path == out or not os.access(path, os.R_OK):
                continue
            data = path.read_bytes()
            assert NAME.encode() not in data and b"Zebulon" not in data, path
