"""The kiosk's heartbeat goes on while a modal dialog runs its own event loop, and the first
paint tells systemd the program is ready."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from edu_app.ui.liveness import Liveness


def test_heartbeat_goes_on_inside_a_modal_dialog(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    live = Liveness(window, stall_seconds=60)
    beats: list[int] = []
    monkeypatch.setattr(live.watch, "beat", lambda: beats.append(1))
    dialog = QDialog(window)
    inside: list[int] = []

    def count() -> None:
        if dialog.isVisible():
            inside.append(1)
            if len(inside) == 3:
                dialog.accept()

    live.timer.setInterval(5)
    live.timer.timeout.connect(count)
    failsafe = QTimer(dialog)
    failsafe.setSingleShot(True)
    failsafe.timeout.connect(dialog.reject)  # ends the dialog if no beat comes (then it fails)
    failsafe.start(20_000)
    live.timer.start()
    result = dialog.exec()
    live.timer.stop()
    assert result == QDialog.DialogCode.Accepted and len(inside) == 3
    assert len(beats) >= 3


def test_first_paint_sends_ready(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs Unix sockets for the fake systemd notify socket")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(tmp_path / "notify"))
    server.settimeout(10)
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    window = QWidget()
    qtbot.addWidget(window)
    live = Liveness(window, stall_seconds=60)
    window.show()
    qtbot.waitUntil(lambda: live.ready)
    assert server.recv(100) == b"READY=1"
    server.close()
