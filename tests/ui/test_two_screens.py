"""With a second screen connected, the patient's window goes there (a real two-screen layout
from Qt's offscreen platform, in a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SCREENS = {"screens": [
    {"name": "clinician", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
    {"name": "patient", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
]}

PROBE = """
import json
from edu_app.startup import load_everything
from edu_app.ui.app import application
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore
loaded = load_everything()
app = application()
window = MainWindow(loaded.library, loaded.search_index, loaded.config,
                    PreferencesStore(None, persist=False))
window.show()
window.open_explain()
view = window.explain
view.start_visit(["skin-barrier"])
label = view.screen_button.text()
view.screen_button.setChecked(True)
for _ in range(10):
    app.processEvents()
patient = view.patient
first = patient.title.text()
view.go(1)
print(json.dumps({
    "button": label, "presentation": patient.presentation, "close_shown": patient.leave.isVisible(),
    "patient_screen": patient.screen().name(), "geometry": patient.geometry().getRect(),
    "clinician_screen": window.screen().name(), "follows": patient.title.text() != first
    and patient.title.text() == view.step_title.text(),
}))
patient.close()
"""


def test_patient_window_goes_to_the_second_screen(tmp_path: Path, hermetic: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["button"] == "Show on patient screen"
    assert result["presentation"] is False and result["close_shown"] is False  # no controls
    assert result["patient_screen"] == "patient" and result["clinician_screen"] == "clinician"
    assert result["geometry"] == [1280, 0, 1920, 1080]  # the whole second screen
    assert result["follows"]
