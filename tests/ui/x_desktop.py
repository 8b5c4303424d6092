"""A real X desktop for end-to-end tests: Xvfb and, when asked, openbox.

Xvfb runs with ``-noreset``. Without it the server resets whenever its last client disconnects,
and refuses connections while it does: a client that connects just after another left (a
``xwininfo`` check, then the program) fails about one time in five on a busy machine, and Qt's
xcb plugin answers that by aborting (SIGABRT, exit 134, "could not connect to display"). That
was the Xvfb kiosk test's flake. Every process's output goes to a log file that the tests put
into their failure messages.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
GRACE_SECONDS = 20  # how long a process gets to end after SIGTERM before it is killed


def poll(what: str, read: Callable[[], T], done: Callable[[T], bool], timeout: float,
         every: float = 0.1, log: Callable[[], str] = lambda: "") -> T:
    """Read until ``done(value)``, for at most ``timeout`` seconds; else fail saying what was
    awaited, the last value read and the log."""
    deadline = time.monotonic() + timeout
    value = read()
    while not done(value):
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}; last seen: {value!r}\n{log()}")
        time.sleep(every)
        value = read()
    return value


def stop(process: subprocess.Popen[bytes]) -> int:
    """End a process gracefully (SIGTERM, then wait); kill it only if it does not end."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=GRACE_SECONDS)
    return process.returncode


def tail(path: Path, chars: int = 6000) -> str:
    """The end of a log file, for an assertion message."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(no log {path}: {exc})"
    return f"--- {path.name} ---\n{text[-chars:]}"


def x_ok(display: str) -> bool:
    """True when the X server on ``display`` answers."""
    result = subprocess.run(["xwininfo", "-root"], env={**os.environ, "DISPLAY": display},
                            capture_output=True, timeout=30)
    return result.returncode == 0


@contextmanager
def x_server(width: int, height: int, logs: Path) -> Iterator[str]:
    """An Xvfb screen that answers; yields its DISPLAY. Its own output goes to logs/xvfb.log."""
    logs.mkdir(parents=True, exist_ok=True)
    log_path = logs / "xvfb.log"
    read, write = os.pipe()
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp", "-noreset"], pass_fds=(write,), stdout=log, stderr=subprocess.STDOUT)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        # Without a display number, Qt's xcb plugin would abort (SIGABRT) on ":": say why here.
        assert number.isdigit(), f"Xvfb gave no display number (exit {server.poll()})\n{tail(log_path)}"
        display = f":{number}"
        poll("the X server to answer", lambda: x_ok(display), bool, 30, every=0.2,
             log=lambda: tail(log_path))
        yield display
    finally:
        stop(server)


@contextmanager
def window_manager(display: str, home: Path, logs: Path) -> Iterator[None]:
    """openbox on ``display`` (with its own home, away from the program's folders), once it
    has taken over the screen."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "XDG_CACHE_HOME": str(home), "XDG_DATA_HOME": str(home), "XDG_STATE_HOME": str(home)}
    log_path = logs / "openbox.log"
    with log_path.open("wb") as log:
        manager = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        poll("openbox to manage the screen",
             lambda: subprocess.run(["wmctrl", "-m"], env=env, capture_output=True,
                                    timeout=30).returncode == 0,
             bool, 30, every=0.2, log=lambda: tail(log_path))
        yield
    finally:
        stop(manager)


@contextmanager
def desktop(width: int, height: int, logs: Path, with_wm: bool = True) -> Iterator[str]:
    """Xvfb, and openbox on it when asked; yields DISPLAY."""
    with ExitStack() as stack:
        display = stack.enter_context(x_server(width, height, logs))
        if with_wm:
            stack.enter_context(window_manager(display, logs / "wm-home", logs))
        yield display
