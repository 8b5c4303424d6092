"""The stall watch, systemd's notify socket and the heartbeat file (no Qt)."""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from edu_app.core import watchdog
from edu_app.core.watchdog import (
    STALL_EXIT_CODE,
    StallWatch,
    sd_notify,
    where_stuck,
    write_heartbeat,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watch_with(limit: float) -> tuple[StallWatch, FakeClock, list[float]]:
    clock, fired = FakeClock(), []
    return StallWatch(limit, fired.append, clock=clock, poll=1.0), clock, fired


def advance(watch: StallWatch, clock: FakeClock, seconds: int, beating: bool) -> None:
    """``seconds`` polls of one second each, with or without heartbeats in between."""
    for _ in range(seconds):
        clock.now += 1.0
        if beating:
            watch.beat()
        watch.check()


def test_a_beating_loop_is_never_stalled() -> None:
    watch, clock, fired = watch_with(limit=5)
    advance(watch, clock, 600, beating=True)
    assert fired == []


def test_a_stall_fires_once_just_after_the_limit() -> None:
    watch, clock, fired = watch_with(limit=5)
    advance(watch, clock, 5, beating=False)
    assert fired == []  # 5 s without a beat is still within the limit
    advance(watch, clock, 1, beating=False)
    assert fired == [6.0]
    advance(watch, clock, 30, beating=False)
    assert fired == [6.0]  # once


def test_a_beat_starts_the_wait_over() -> None:
    watch, clock, fired = watch_with(limit=5)
    advance(watch, clock, 4, beating=False)
    watch.beat()
    advance(watch, clock, 4, beating=False)
    assert fired == []


def test_a_computer_waking_from_sleep_is_not_a_stall() -> None:
    watch, clock, fired = watch_with(limit=5)
    advance(watch, clock, 3, beating=True)
    clock.now += 8 * 3600  # suspended overnight: neither the loop nor the watch ran
    watch.check()
    advance(watch, clock, 2, beating=False)  # the loop gets its usual chance after waking
    assert fired == []
    advance(watch, clock, 4, beating=False)
    assert fired == [6.0]


def test_the_thread_calls_on_stall() -> None:
    called = threading.Event()
    watch = StallWatch(0.05, lambda _s: called.set(), poll=0.01)
    watch.start()
    try:
        assert called.wait(timeout=30)
    finally:
        watch.stop()


def receive(server: socket.socket) -> str:
    server.settimeout(10)
    return server.recv(4096).decode("utf-8")


@pytest.fixture
def notify_socket(tmp_path: Path):  # type: ignore[no-untyped-def]
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets on this system")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(tmp_path / "notify"))
    yield server, str(tmp_path / "notify")
    server.close()


def test_sd_notify_sends_to_a_socket_path(notify_socket) -> None:  # type: ignore[no-untyped-def]
    server, address = notify_socket
    assert sd_notify("READY=1", {"NOTIFY_SOCKET": address})
    assert receive(server) == "READY=1"
    assert sd_notify("WATCHDOG=1", {"NOTIFY_SOCKET": address})
    assert receive(server) == "WATCHDOG=1"


def test_sd_notify_sends_to_an_abstract_socket() -> None:
    if not hasattr(socket, "AF_UNIX") or not Path("/proc/self").exists():
        pytest.skip("abstract Unix sockets are a Linux feature")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    name = f"edu-app-test-{id(server)}"
    server.bind("\0" + name)
    try:
        assert sd_notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert receive(server) == "WATCHDOG=1"
    finally:
        server.close()


@pytest.mark.parametrize("address", ["", "vsock:2:1234", "/nonexistent/notify", "@"])
def test_sd_notify_without_a_usable_socket_is_quiet(address: str) -> None:
    assert sd_notify("READY=1", {"NOTIFY_SOCKET": address} if address else {}) is False


def test_heartbeat_file_holds_only_the_time(tmp_path: Path) -> None:
    path = tmp_path / "state" / "kiosk-heartbeat"
    assert write_heartbeat(path, now=lambda: 1796285742.7)
    assert path.read_text(encoding="ascii") == "1796285742\n"


def test_heartbeat_file_that_cannot_be_written_is_quiet(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert write_heartbeat(blocker / "kiosk-heartbeat") is False


def test_the_process_ends_even_when_logging_hangs(tmp_path: Path) -> None:
    # a log handler that never returns (as if the stuck thread held its lock): the stall must
    # still end the process, with the stall's exit code
    script = tmp_path / "stuck_log.py"
    script.write_text(
        "import logging, threading\n"
        "from edu_app.core.watchdog import end_stalled\n"
        "class Stuck(logging.Handler):\n"
        "    def emit(self, record):\n"
        "        threading.Event().wait()\n"
        "logging.getLogger('edu_app').addHandler(Stuck())\n"
        "end_stalled(61.0, 60.0)\n",
        encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    assert result.returncode == STALL_EXIT_CODE == 70


def test_check_says_when_it_fired() -> None:
    watch, clock, fired = watch_with(limit=5)
    clock.now += 5.0
    assert watch.check() is False  # at the limit: not yet
    clock.now += 0.5
    assert watch.check() is True
    assert fired == [5.5]
    clock.now += 1.0
    assert watch.check() is False  # once only


def test_ten_polls_without_a_check_is_still_a_stall_not_sleep() -> None:
    # the suspend rule needs MORE than ten polls (10 s here) between two checks
    watch, clock, fired = watch_with(limit=5)
    clock.now += 10.0
    assert watch.check() is True
    assert fired == [10.0]
    watch, clock, fired = watch_with(limit=5)
    clock.now += 10.5
    assert watch.check() is False  # the computer slept: the wait starts over
    assert fired == []


def test_the_watch_runs_on_one_named_daemon_thread() -> None:
    watch = StallWatch(3600, lambda _s: None, poll=0.01)
    watch.start()
    try:
        thread = watch._thread
        assert thread is not None and thread.daemon and thread.name == "edu-app stall watch"
        watch.start()  # a second start keeps the one thread
        assert watch._thread is thread
    finally:
        watch.stop()
    assert not thread.is_alive()
    assert watch._thread is None
    StallWatch(1, lambda _s: None).stop()  # stopping a watch never started is fine


def test_stop_gives_up_waiting_for_a_stuck_on_stall_soon() -> None:
    entered, release = threading.Event(), threading.Event()

    def stuck(_seconds: float) -> None:
        entered.set()
        release.wait(60)

    watch = StallWatch(0.0, stuck, poll=0.05)
    watch.start()
    try:
        assert entered.wait(30)
        started = time.monotonic()
        watch.stop()  # waits about two polls (0.1 s), not for on_stall to return
        assert time.monotonic() - started < 5
    finally:
        release.set()


def _inner_frame_for_where_stuck(depth: int) -> str:
    return where_stuck(threading.get_ident(), depth=depth)


def test_where_stuck_names_the_innermost_code_places() -> None:
    places = _inner_frame_for_where_stuck(6).split(" < ")
    assert len(places) == 6
    assert all(re.fullmatch(r"[\w.]+\.py:\d+ in \w+", place) for place in places), places
    assert places[0].startswith("watchdog.py:")  # innermost first
    ours = [p for p in places if p.startswith("test_watchdog.py:")]
    assert ours[0].endswith(" in _inner_frame_for_where_stuck")
    assert ours[1].endswith(" in test_where_stuck_names_the_innermost_code_places")
    assert len(_inner_frame_for_where_stuck(2).split(" < ")) == 2
    assert where_stuck(-1) == "unknown"  # no such thread
    assert len(where_stuck(threading.get_ident()).split(" < ")) == 6  # the default depth
    assert " in test_where_stuck_names_the_innermost_code_places" in where_stuck()  # main thread


def test_where_stuck_looks_at_the_thread_asked_for() -> None:
    parked, release = threading.Event(), threading.Event()

    def _parked_for_where_stuck() -> None:
        parked.set()
        release.wait(30)

    thread = threading.Thread(target=_parked_for_where_stuck)
    thread.start()
    try:
        assert parked.wait(30)
        assert " in _parked_for_where_stuck" in where_stuck(thread.ident, depth=10)
        assert "_parked_for_where_stuck" not in where_stuck(threading.get_ident(), depth=10)
    finally:
        release.set()
        thread.join()


def test_a_stall_logs_where_it_was_and_exits_70(monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    timers: list[tuple[float, object, tuple[int, ...], bool]] = []

    class Timer:
        def __init__(self, interval: float, function: object, args: tuple[int, ...]) -> None:
            self.interval, self.function, self.args, self.daemon = interval, function, args, False

        def start(self) -> None:
            timers.append((self.interval, self.function, self.args, self.daemon))

    class Exited(Exception):
        pass

    def fake_exit(code: int) -> None:
        raise Exited(code)

    flushed: list[bool] = []

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            pass

        def flush(self) -> None:
            flushed.append(True)
            raise OSError("a full disk must not stop the exit")

    handler = Handler()
    logging.getLogger("edu_app").addHandler(handler)
    monkeypatch.setattr(watchdog.threading, "Timer", Timer)
    monkeypatch.setattr(watchdog.os, "_exit", fake_exit)
    try:
        with caplog.at_level(logging.ERROR, logger="edu_app"), pytest.raises(Exited) as ended:
            watchdog.end_stalled(61.4, 60.0)
    finally:
        logging.getLogger("edu_app").removeHandler(handler)
    assert ended.value.args == (70,)
    assert timers == [(5.0, fake_exit, (70,), True)]  # the backstop, if logging hangs
    assert flushed == [True]
    message = caplog.messages[-1]
    assert message.startswith("event loop stalled for 61 s (limit 60 s) at ")
    assert message.endswith("; the program ends so that its watchdog starts it again")
    assert re.search(r" at \w+\.py:\d+ in \w+", message)  # where the main thread was


def test_sd_notify_reads_the_environment_by_default(notify_socket,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    server, address = notify_socket
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    assert sd_notify("READY=1") is True
    assert receive(server) == "READY=1"
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert sd_notify("READY=1") is False


def test_sd_notify_without_unix_sockets_is_false(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.delattr(socket, "AF_UNIX", raising=False)
    assert sd_notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "notify")}) is False


def test_heartbeat_makes_its_folders_and_writes_again(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "kiosk-heartbeat"
    assert write_heartbeat(path, now=lambda: 5.9)
    assert write_heartbeat(path, now=lambda: 17.0)  # the folder exists now
    assert path.read_bytes() == b"17\n"
