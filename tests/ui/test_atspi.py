"""A real screen-reader bus: under Xvfb with the AT-SPI bus, a reader (Debian's python3 with
pyatspi) finds the home cards, the search field and, after Enter on a card, the page text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from edu_app.core.model import Library

pytestmark = pytest.mark.slow
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi; not the virtual environment
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
PACKAGES = "xvfb, dbus-x11, at-spi2-core and python3-pyatspi (.ci/run installs them)"


def _missing() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    tools = [t for t in ("Xvfb", "dbus-launch") if shutil.which(t) is None]
    if not any(Path(p).exists() for p in LAUNCHERS):
        tools.append("at-spi-bus-launcher")
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode:
        tools.append("pyatspi for /usr/bin/python3")
    return f"needs {', '.join(tools)}; packages {PACKAGES}" if tools else ""


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server, a session bus and the accessibility bus: the environment for both sides."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    started: list[subprocess.Popen[bytes]] = []
    read, write = os.pipe()
    started.append(subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    os.close(write)
    with os.fdopen(read) as pipe:
        env = {**os.environ, "DISPLAY": f":{pipe.readline().strip()}"}
    bus_pid = ""
    try:
        out = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True,
                             text=True, timeout=30, check=True).stdout
        for line in out.splitlines():
            name, _, value = line.partition("=")
            value = value.rstrip(";").strip("'")
            if name == "DBUS_SESSION_BUS_ADDRESS":
                env[name] = value
            elif name == "DBUS_SESSION_BUS_PID":
                bus_pid = value
        launcher = next(p for p in LAUNCHERS if Path(p).exists())
        started.append(subprocess.Popen([launcher, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=10)
        if bus_pid.isdigit():
            os.kill(int(bus_pid), 15)


def test_a_screen_reader_finds_cards_search_and_page_text(desktop: dict[str, str], hermetic: Path,
                                                          library: Library) -> None:
    pages = library.language("en").pages
    env = {**desktop, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    program = subprocess.Popen([sys.executable, "-m", "edu_app", "--lang", "en"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        reader = subprocess.run([SYSTEM_PYTHON, str(READER), "Eczema", pages[0].title],
                                env=desktop, capture_output=True, text=True, timeout=180)
    finally:
        program.terminate()
        output = program.communicate(timeout=20)[0]
    assert reader.returncode == 0, reader.stderr
    seen = json.loads(reader.stdout)
    assert seen["found_app"], seen["applications"]
    home = {(n["role"], n["name"]) for n in seen["home"]}
    names = {name for _role, name in home}
    assert {p.title for p in pages} <= names  # every topic card, by name
    assert "Questions people ask" in names and "Make a handout" in names
    assert any(name == "Search all topics and questions" and role in ("text", "entry")
               for role, name in home)
    card = [n for n in seen["home"] if n["name"] == pages[0].title and n["role"] != "label"]
    assert [n["description"] for n in card] == [pages[0].summary], card  # the card, described
    assert seen["focused"]
    assert pages[0].summary[:60] in seen.get("page_text", ""), seen.get("page", [])[:40]
    assert "Traceback" not in output
