"""A hang ends the program: the real program in kiosk mode, its event loop stalled on purpose,
ends by itself with a non-zero code (so its watchdog restarts it) and its log names the stall.
On the way it tells systemd it is ready and alive, and writes the Windows heartbeat file."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from typing import NamedTuple

import pytest

pytestmark = pytest.mark.slow
STALL_LIMIT = 5  # [kiosk] stall_seconds for this run (the smallest clinic.toml accepts)


class Run(NamedTuple):
    code: int | None
    output: str
    log: str
    messages: list[str]
    heartbeat: str


@pytest.fixture(scope="module")
def stalled_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs Unix sockets for the fake systemd notify socket")
    home = tmp_path_factory.mktemp("hang-home")
    config = home / "clinic.toml"
    config.write_text(f"[kiosk]\nenabled = true\nstall_seconds = {STALL_LIMIT}\n",
                      encoding="utf-8")
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(home / "notify"))
    env = {
        **os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
        "EDU_APP_LOG_DIR": str(home / "logs"), "EDU_APP_CONFIG": str(config),
        "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": str(home / "notify"),
        "EDU_APP_TEST_STALL": "600",  # far longer than the test waits: only the watch ends it
    }
    program = subprocess.Popen([sys.executable, "-m", "edu_app"], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output = program.communicate(timeout=120)[0]
    except subprocess.TimeoutExpired:
        program.kill()
        output = program.communicate()[0]
        code = None
    else:
        code = program.returncode
    notify.setblocking(False)
    messages = []
    while True:
        try:
            messages.append(notify.recv(4096).decode("utf-8"))
        except BlockingIOError:
            break
    notify.close()
    log_file = home / "logs" / "edu-app.log"
    beat = home / "state" / "EczemaExplained" / "kiosk-heartbeat"
    return Run(code, output, log_file.read_text(encoding="utf-8") if log_file.exists() else "",
               messages, beat.read_text(encoding="ascii") if beat.exists() else "")


def test_a_stalled_event_loop_ends_the_program_with_an_error_code(stalled_run: Run) -> None:
    print(stalled_run.output)  # the program's own output, kept in the test log
    assert stalled_run.code is not None, "the program was still running after 120 s"
    assert stalled_run.code not in (0, None)
    assert "Traceback" not in stalled_run.output


def test_the_log_names_the_stall_and_where_it_was(stalled_run: Run) -> None:
    lines = [line for line in stalled_run.log.splitlines() if "stalled" in line]
    assert len(lines) == 1, stalled_run.log
    assert re.search(rf"event loop stalled for \d+ s \(limit {STALL_LIMIT} s\) at "
                     r"liveness\.py:\d+ in _stall", lines[0]), lines[0]


def test_systemd_hears_ready_then_alive(stalled_run: Run) -> None:
    assert "READY=1" in stalled_run.messages, stalled_run.messages
    assert "WATCHDOG=1" in stalled_run.messages, stalled_run.messages
    assert "STOPPING=1" not in stalled_run.messages  # not a clean exit


def test_the_heartbeat_file_holds_only_a_time(stalled_run: Run) -> None:
    assert re.fullmatch(r"\d{10}\n", stalled_run.heartbeat), stalled_run.heartbeat
