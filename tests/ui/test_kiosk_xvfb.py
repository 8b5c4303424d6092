"""The kiosk in a real X server (Xvfb): it fills the whole screen, portrait or landscape."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
NEEDED = ("Xvfb", "xwininfo")  # Debian: xvfb, x11-utils (.ci/run installs them)


@pytest.fixture
def x_display(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs xvfb and x11-utils)")
    from x_desktop import x_server  # Xvfb -noreset, checked to answer, its output kept

    width, height = request.param
    with x_server(width, height, tmp_path / "x") as display:
        yield display


def screen_size(display: str) -> str:
    """The root window's size, e.g. 1920x1080."""
    info = subprocess.run(["xwininfo", "-root"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=10).stdout
    match = re.search(r"-geometry (\d+x\d+)", info)
    assert match is not None, info
    return match.group(1)


def window_geometry(display: str) -> str:
    """The program's top-level window as WIDTHxHEIGHT+X+Y ("" while it has none)."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=10).stdout
    for line in tree.splitlines():
        match = re.search(r'"Eczema Explained": \("[^"]*" "EczemaExplained"\)\s+(\d+x\d+\+\d+\+\d+)', line)
        if match:
            return match.group(1)
    return ""


@pytest.mark.parametrize("x_display", [(1920, 1080), (1080, 1920)], indirect=True)
def test_kiosk_fills_a_real_screen(x_display: str, hermetic: Path, tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text("[kiosk]\nenabled = true\n", encoding="utf-8")
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    program = subprocess.Popen([sys.executable, "-m", "edu_app", "--config", str(config)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        screen = screen_size(x_display)
        deadline, geometry = time.monotonic() + 30, ""
        while time.monotonic() < deadline and program.poll() is None:
            geometry = window_geometry(x_display)
            if geometry == f"{screen}+0+0":
                break
            time.sleep(0.2)
        assert geometry == f"{screen}+0+0", (geometry, program.poll())
    finally:
        program.terminate()
        output = program.communicate(timeout=20)[0]
    assert "Traceback" not in output
