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
from contextlib import contextmanager
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


@contextmanager
def kiosk_program(display: str, config: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The program as a kiosk on ``display``; its own output (stdout and stderr) goes to ``log``
    and is printed when the test fails, so a crash (e.g. SIGABRT) shows why."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    with open(log, "wb") as out:
        program = subprocess.Popen([sys.executable, "-m", "edu_app", "--config", str(config)],
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield program
    except BaseException:
        print(f"--- the program's output (exit code {program.poll()}) ---")
        print(log.read_text(encoding="utf-8", errors="replace"))
        raise
    finally:
        program.terminate()
        try:
            program.wait(timeout=20)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait(timeout=10)


@pytest.mark.parametrize("x_display", [(1920, 1080), (1080, 1920)], indirect=True)
def test_kiosk_fills_a_real_screen(x_display: str, hermetic: Path, tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text("[kiosk]\nenabled = true\n", encoding="utf-8")
    log = tmp_path / "program.log"
    with kiosk_program(x_display, config, log) as program:
        screen = screen_size(x_display)
        deadline, geometry = time.monotonic() + 30, ""
        while time.monotonic() < deadline and program.poll() is None:
            geometry = window_geometry(x_display)
            if geometry == f"{screen}+0+0":
                break
            time.sleep(0.2)
        assert geometry == f"{screen}+0+0", (geometry, program.poll())
    output = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output, output


# --- with a real window manager ------------------------------------------------------------

WM_TOOLS = ("openbox", "wmctrl", "xdotool", "xprop")  # Debian: openbox, wmctrl, xdotool, x11-utils
# a whole hash as 'edu-app set-pin' writes it, so the kiosk starts without its first-PIN step
PIN_HASH = "pbkdf2_sha256$200000$" + "0f" * 16 + "$" + "a5" * 32


def x_tool(display: str, *command: str) -> str:
    return subprocess.run(command, env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=10).stdout


@pytest.fixture
def window_manager(x_display: str, tmp_path: Path) -> Iterator[str]:
    """Openbox running on the X display (as a kiosk computer's session might)."""
    missing = [tool for tool in WM_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs openbox, wmctrl, xdotool)")
    with open(tmp_path / "openbox.log", "wb") as out:
        manager = subprocess.Popen(["openbox", "--sm-disable"], stdout=out, stderr=subprocess.STDOUT,
                                   env={**os.environ, "DISPLAY": x_display})
    try:
        deadline = time.monotonic() + 20
        while "Openbox" not in x_tool(x_display, "wmctrl", "-m"):
            assert manager.poll() is None and time.monotonic() < deadline, \
                (tmp_path / "openbox.log").read_text(errors="replace")
            time.sleep(0.2)
        yield x_display
    finally:
        manager.terminate()
        manager.wait(timeout=10)


def kiosk_window(display: str) -> str:
    """The id of the program's managed window ("" while there is none)."""
    for line in x_tool(display, "wmctrl", "-l").splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[3] == "Eczema Explained":
            return parts[0]
    return ""


def wm_state(display: str, window: str) -> str:
    """What the window manager says: e.g. 'Normal FULLSCREEN ABOVE 1366x768+0+0'."""
    props = x_tool(display, "xprop", "-id", window, "_NET_WM_STATE", "WM_STATE")
    words = ["Iconic" if "window state: Iconic" in props else
             "Normal" if "window state: Normal" in props else "unmapped"]
    for name in ("HIDDEN", "FULLSCREEN", "ABOVE"):
        if f"_NET_WM_STATE_{name}" in props:
            words.append(name)
    info = x_tool(display, "xwininfo", "-id", window)
    match = re.search(r"-geometry (\d+x\d+[+-]\d+[+-]\d+)", info)
    words.append(match.group(1) if match else "?")
    return " ".join(words)


ATTACKS = [  # what a window manager (or someone at its menu: Alt+Space, Iconify) can do
    ("xdotool", "windowminimize", "{id}"),
    ("wmctrl", "-i", "-r", "{id}", "-b", "add,hidden"),
    ("wmctrl", "-i", "-r", "{id}", "-b", "remove,fullscreen"),
    ("wmctrl", "-i", "-r", "{id}", "-b", "remove,above"),
    ("wmctrl", "-i", "-r", "{id}", "-b", "remove,fullscreen,above"),
]


@pytest.mark.parametrize("x_display", [(1366, 768)], indirect=True)
def test_the_window_manager_cannot_hide_or_lower_the_kiosk(window_manager: str, hermetic: Path,
                                                           tmp_path: Path) -> None:
    display = window_manager
    config = tmp_path / "clinic.toml"
    config.write_text(f'[kiosk]\nenabled = true\n[admin]\npin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    log = tmp_path / "program.log"
    settled = f"Normal FULLSCREEN ABOVE {screen_size(display)}+0+0"
    with kiosk_program(display, config, log) as program:
        deadline, window, state = time.monotonic() + 60, "", ""
        while time.monotonic() < deadline and program.poll() is None:
            window = kiosk_window(display)
            state = wm_state(display, window) if window else ""
            if state == settled:
                break
            time.sleep(0.2)
        assert state == settled, (window, state, program.poll())
        def put_backs() -> int:
            return log.read_text(encoding="utf-8", errors="replace").count("putting it back")

        for attack in ATTACKS:
            before = put_backs()
            x_tool(display, *(part.replace("{id}", window) for part in attack))
            # back to full screen and on top, and the program says it put it back (so the
            # attack did change something: the test cannot pass without one). A window manager
            # busy with the last put-back can drop a request: the attacker tries again once.
            deadline, again = time.monotonic() + 20, time.monotonic() + 5
            while True:
                state, restored = wm_state(display, window), put_backs()
                if state == settled and restored > before:
                    break
                assert time.monotonic() < deadline and program.poll() is None, (attack, state, restored)
                if time.monotonic() > again and restored == before and state == settled:
                    x_tool(display, *(part.replace("{id}", window) for part in attack))
                    again = deadline  # (once)
                time.sleep(0.2)
        assert program.poll() is None
    output = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output, output


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
