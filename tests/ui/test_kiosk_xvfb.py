"""The kiosk in a real X server (Xvfb): it fills the whole screen, portrait or landscape, and a
reset empties the clipboard and the primary selection (read with xclip)."""

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
def x_display(request: pytest.FixtureRequest) -> Iterator[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs xvfb and x11-utils)")
    width, height = request.param
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


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


def wait_for(path: Path, program: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert program.poll() is None, f"the program ended ({program.returncode})"
        assert time.monotonic() < deadline, f"no {path.name} within {seconds} s"
        time.sleep(0.05)


def selection(display: str, which: str) -> str:
    """What a paste would give (xclip -o): "" when nothing is there."""
    result = subprocess.run(["xclip", "-o", "-selection", which], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=20)
    return result.stdout


@pytest.mark.parametrize("x_display", [(1366, 768)], indirect=True)
def test_a_reset_empties_the_clipboard_and_the_primary_selection(x_display: str, hermetic: Path,
                                                                  tmp_path: Path) -> None:
    if shutil.which("xclip") is None:
        pytest.skip("needs xclip (Debian: xclip; .ci/run installs it)")
    child = Path(__file__).with_name("clipboard_kiosk_child.py")
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    program = subprocess.Popen([sys.executable, str(child), str(tmp_path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = ""
    try:
        wait_for(tmp_path / "ready", program)
        name = (tmp_path / "ready").read_text("utf-8")
        # the test sees what the next visitor would paste: the name, before the reset
        assert selection(x_display, "primary") == name
        assert selection(x_display, "clipboard") == name
        (tmp_path / "go").write_text("", encoding="utf-8")
        wait_for(tmp_path / "reset", program)
        assert selection(x_display, "primary") == ""  # a middle click pastes nothing
        assert selection(x_display, "clipboard") == ""  # nor does Ctrl+V
        (tmp_path / "quit").write_text("", encoding="utf-8")
        program.wait(timeout=30)
    finally:
        if program.poll() is None:
            program.terminate()
        output = program.communicate(timeout=20)[0]
        print(output)  # the program's own output, in the test log
    assert "Traceback" not in output
