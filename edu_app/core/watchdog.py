"""Making a hang impossible to miss (no Qt here).

A kiosk that freezes is worse than one that crashes: the process is alive, so a supervisor that
only restarts dead programs never notices. Three things notice instead, all fed by a heartbeat
that the window's event loop sends every second (``edu_app.ui.liveness``):

- :class:`StallWatch`, a thread in the program: when the heartbeat stops for longer than the
  stall limit it writes one line into the log and ends the process with :data:`STALL_EXIT_CODE`,
  so the supervisor (systemd, or the Windows watchdog script) starts it again;
- :func:`sd_notify`: ``READY=1`` and ``WATCHDOG=1`` to systemd over ``$NOTIFY_SOCKET``, for the
  unit's ``WatchdogSec`` (``packaging/kiosk/edu-app-kiosk.service``);
- :func:`write_heartbeat`: a small file in the program's state folder holding only the time,
  which ``packaging/kiosk/kiosk-watchdog.ps1`` checks on Windows.

A modal dialog or a print still turns the event loop, so the heartbeat goes on during them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path

log = logging.getLogger("edu_app")

BEAT_SECONDS = 1.0  # the event loop's heartbeat
HEARTBEAT_FILE = "kiosk-heartbeat"  # in the state folder; kiosk-watchdog.ps1 reads its age
HEARTBEAT_FILE_SECONDS = 5  # how often that file is written
STALL_EXIT_CODE = 70  # EX_SOFTWARE: any code but 0 makes the supervisor restart the program
SUSPEND_FACTOR = 10  # the watch itself slept this many polls too long: the computer was asleep


class StallWatch:
    """Calls ``on_stall(seconds)`` once when :meth:`beat` has not been called for ``limit``.

    ``check`` is the whole rule (tests drive it with a fake clock); ``start`` runs it on a daemon
    thread every ``poll`` seconds. If the thread itself did not run for many polls, the whole
    computer (or the process) was asleep or stopped, not the event loop: the wait starts over.
    """

    def __init__(self, limit: float, on_stall: Callable[[float], None],
                 clock: Callable[[], float] = time.monotonic, poll: float = BEAT_SECONDS) -> None:
        self.limit, self.on_stall, self.clock, self.poll = limit, on_stall, clock, poll
        now = clock()
        self.last_beat = self.last_check = now
        self.fired = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def beat(self) -> None:
        """The event loop is turning."""
        self.last_beat = self.clock()

    def check(self) -> bool:
        """Fire (once) if the event loop has stalled past the limit; True when it fired."""
        now = self.clock()
        if now - self.last_check > self.poll * SUSPEND_FACTOR:
            self.last_beat = now  # woken from sleep: give the event loop a fresh chance
        self.last_check = now
        stalled = now - self.last_beat
        if self.fired or stalled <= self.limit:
            return False
        self.fired = True
        self.on_stall(stalled)
        return True

    def start(self) -> None:
        """Check every ``poll`` seconds on a daemon thread until :meth:`stop`."""
        if self._thread is not None:
            return
        self.last_beat = self.last_check = self.clock()
        self._thread = threading.Thread(target=self._run, name="edu-app stall watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (a clean exit must not look like a stall while it tidies up)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2 * self.poll)

    def _run(self) -> None:
        while not self._stop.wait(self.poll):
            if self.check():
                return


def where_stuck(thread_id: int | None = None, depth: int = 6) -> str:
    """'file.py:12 in f < file.py:3 in g …' for the main thread's innermost Python calls (code
    places only, never values)."""
    frame = sys._current_frames().get(thread_id or threading.main_thread().ident or 0)
    if frame is None:
        return "unknown"
    frames = traceback.extract_stack(frame)[::-1][:depth]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)


def end_stalled(seconds: float, limit: float) -> None:
    """Log the stall, then end the process at once with STALL_EXIT_CODE (the event loop cannot
    run a clean exit: it is the thing that is stuck). If logging itself hangs (the stuck thread
    may hold a log file's lock), the process still ends a few seconds later."""
    backstop = threading.Timer(5.0, os._exit, args=(STALL_EXIT_CODE,))
    backstop.daemon = True
    backstop.start()
    log.error("event loop stalled for %.0f s (limit %.0f s) at %s; the program ends so that "
              "its watchdog starts it again", seconds, limit, where_stuck())
    for handler in logging.getLogger("edu_app").handlers:
        with contextlib.suppress(Exception):  # nothing may stop the exit
            handler.flush()
    os._exit(STALL_EXIT_CODE)


def sd_notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (e.g. ``READY=1``) to systemd's ``$NOTIFY_SOCKET``; False without one.

    The socket is a Unix datagram socket: a path, or an abstract name written with a leading
    '@'. Errors are swallowed: a supervisor that is gone must not stop the program.
    """
    address = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
    if address.startswith("@"):
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # unset, or a kind of socket we do not speak (vsock)
    import socket  # only under systemd (importing it: 6 ms alone, 2 ms of start-up: bench-tricks)

    family = getattr(socket, "AF_UNIX", None)
    if family is None:
        return False
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError:
        return False
    return True


def write_heartbeat(path: Path, now: Callable[[], float] = time.time) -> bool:
    """Write the time (whole seconds since 1970, nothing else) into ``path``; False on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{int(now())}\n", encoding="ascii")
    except OSError:
        return False
    return True
