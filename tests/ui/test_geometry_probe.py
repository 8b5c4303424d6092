"""The end-to-end tests' geometry probe: places and lengths, never what a visitor typed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.ui import app
from edu_app.ui.geometry_probe import PROBE_ENV, GeometryProbe
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore


def test_the_probe_tells_places_and_lengths_but_no_text(qtbot, small_library: Library,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    hook = sys.excepthook
    window = MainWindow(small_library, SearchIndex(small_library),
                        ClinicConfig(languages=("en", "th"), kiosk_enabled=True,
                                     admin_pin_hash="pbkdf2_sha256$200000$" + "0f" * 16 + "$" + "a5" * 32),
                        PreferencesStore(None, persist=False))
    kiosk = KioskController(window, idle_ms=60_000)
    qtbot.addWidget(window, before_close_func=lambda _w: kiosk.shutdown())
    kiosk.start()
    qtbot.waitExposed(window)
    try:
        probe = GeometryProbe(window, tmp_path / "geometry.json")
        probe.write()
        start = json.loads((tmp_path / "geometry.json").read_text(encoding="utf-8"))
        assert start["screen"] == "attract" and "start" in start["places"]
        qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
        window.home.handout_requested.emit()
        qtbot.keyClicks(window.handout.name, "Somchai Probe")
        qtbot.keyClicks(window.handout.note, "Note for the probe")
        probe.write()
        text = (tmp_path / "geometry.json").read_text(encoding="utf-8")
        state = json.loads(text)
        assert state["screen"] == "handout"
        assert state["lengths"]["name"] == 13 and state["lengths"]["note"] == 18
        assert "Somchai" not in text and "Probe" not in text and "Note for" not in text
        assert "start" not in state["places"]  # the attract screen is gone
        assert all(len(place) == 4 for place in state["places"].values())  # x, y, width, height
        # how Print ended, as a code: nothing was chosen yet (no visited page), so no print
        assert state["print_outcome"] == "" and state["print_enabled"] is True
        assert window.handout.print_now() is False
        assert probe.state()["print_outcome"] == "nothing-chosen"
        # F12, the tests' mark, is counted once per press (not once per widget it reaches)
        for _ in range(2):  # as the system sends it: to the window, which passes it on
            QTest.keyClick(window.windowHandle(), Qt.Key.Key_F12)
        assert probe.state()["marks"] == state["marks"] + 2
    finally:
        sys.excepthook = hook


def test_the_program_starts_the_probe_only_when_asked() -> None:
    # edu_app/ui/app.py checks the variable by name, before importing the probe
    source = Path(app.__file__).read_text(encoding="utf-8")
    assert f'os.environ.get("{PROBE_ENV}")' in source
