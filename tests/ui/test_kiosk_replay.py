"""Two visitors at a real kiosk: what the first one leaves behind, the second one must not find.

The real program (``edu-app --kiosk``) runs in Xvfb under openbox. Visitor one is driven with
xdotool at the places the program's test-only geometry probe reports (edu_app/ui/geometry_probe.py:
geometry and field lengths, never text): taps "Touch to start", searches, selects and copies text
(Ctrl+A, Ctrl+C and a mouse drag for the X11 primary selection), opens the handout builder, types
a name, copies it, prints to the CUPS queue ``PDF`` when there is one, and leaves the
builder with Alt+Home. Nobody touches the screen until the "Still reading?" card has counted down
and the kiosk is back on its attract screen. Then visitor two looks: the clipboard and the primary
selection (xclip, and pasting into search), the screen's fields, every file written during the
run (home, cache, state, config, runtime, temp, the CUPS spool), and the program's own output.

The whole replay runs once (a module fixture); each test checks one part of what it saw, so one
failure does not hide the others. The kiosk's idle time is the shortest clinic.toml allows (30 s)
plus the 20 s countdown, so the replay takes about a minute. What is left in memory (hidden
screens, undo histories) is checked in-process by tests/ui/test_kiosk_memory.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from x_desktop import desktop, poll, stop, tail

pytestmark = pytest.mark.slow
TOOLS = {"Xvfb": "xvfb", "xwininfo": "x11-utils", "openbox": "openbox", "xdotool": "xdotool",
         "xclip": "xclip", "wmctrl": "wmctrl"}
SIZE = (1366, 768)
IDLE_SECONDS = 30  # the shortest idle time clinic.toml accepts
COUNTDOWN_SECONDS = 20  # the "Still reading?" card's countdown
SPOOL = Path("/var/spool/cups")
# a whole hash as 'edu-app set-pin' writes it (the PIN itself is never used): a kiosk with a PIN
# starts on its attract screen, with no staff step first
PIN_HASH = "pbkdf2_sha256$200000$" + "0f" * 16 + "$" + "a5" * 32
# What visitor one types. The tag makes this run's traces unique on a machine where other runs
# print too (the spool is shared).
TAG = "".join(random.choice(string.ascii_uppercase) for _ in range(6))
NAME = f"Somchai Testname{TAG}"
QUERY = "itch"
SECRETS = (NAME, f"Testname{TAG}")


@dataclass
class Replay:
    """What happened and what visitor two found."""

    folders: dict[str, Path]
    log: Path
    printer: bool = False
    seen: dict[str, Any] = field(default_factory=dict)
    returncode: int | None = None

    def log_text(self) -> str:
        """The program's own output (stdout and stderr), for assertion messages."""
        return tail(self.log)


class ReplayBroken(Exception):
    """The replay itself could not be carried out (a step never came)."""


def missing_tools() -> list[str]:
    return [f"{tool} (Debian: {package})" for tool, package in TOOLS.items() if shutil.which(tool) is None]


def has_pdf_queue() -> bool:
    if shutil.which("lpstat") is None:
        return False
    return subprocess.run(["lpstat", "-p", "PDF"], capture_output=True, timeout=30).returncode == 0


class Driver:
    """Visitor one's and two's hands (xdotool) and eyes (the probe file, xclip)."""

    def __init__(self, display: str, probe: Path, log: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.probe, self.log = probe, log
        self.started = time.monotonic()
        self.timeline: list[str] = []  # each step awaited, and when (shown when one fails)
        self.marks = 0  # F12 presses sent (see settled)

    def state(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.probe.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def wait(self, what: str, done: Any, timeout: float = 30) -> dict[str, Any]:
        state = poll(what, self.state, done, timeout, log=self.story)
        self.timeline.append(f"{time.monotonic() - self.started:6.1f} s  {what}")
        print(self.timeline[-1], flush=True)
        return state

    def settled(self) -> dict[str, Any]:
        """The state once the program has handled everything sent before: F12 is sent and the
        probe seen to count it (X delivers events in order, so what came earlier is done)."""
        self.marks += 1
        self.keys("F12")
        return self.wait("the program to take the F12 mark",
                         lambda s: s.get("marks", 0) >= self.marks)

    def story(self) -> str:
        """The steps so far and the program's output."""
        return "\n".join(["steps:", *self.timeline, tail(self.log)])

    def place(self, name: str, timeout: float = 30) -> list[int]:
        state = self.wait(f"'{name}' on screen", lambda s: name in s.get("places", {}), timeout)
        return list(state["places"][name])

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=60)

    def scroll_to(self, name: str, x: int, y: int, wheel: str = "5") -> None:
        """Turn the mouse wheel at (x, y) (button 5: down, 4: up) until ``name`` can be seen."""
        for _ in range(40):
            if name in self.settled().get("places", {}):
                return
            self.xdotool("mousemove", str(x), str(y), "click", wheel)
        self.place(name)

    def tap(self, name: str) -> None:
        """Tap the middle of a control, at its place once all earlier input is handled."""
        self.settled()
        x, y, width, height = self.place(name)
        self.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "1")

    def focus(self, name: str) -> None:
        """Tap a text field and wait until it has the keyboard focus (then type)."""
        self.tap(name)
        self.wait(f"the {name} field focused", lambda s: s.get("focus") == name)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "80", *keys)

    def drag_across(self, name: str) -> None:
        """Select a field's text with the mouse (this sets the X11 primary selection)."""
        x, y, width, height = self.place(name)
        middle = str(y + height // 2)
        self.xdotool("mousemove", str(x + 6), middle, "mousedown", "1",
                     "mousemove", str(x + width // 2), middle,
                     "mousemove", str(x + width - 6), middle, "mouseup", "1")

    def selection(self, which: str) -> str:
        """The text of the clipboard or the primary selection ("" when nobody holds one)."""
        result = subprocess.run(["xclip", "-o", "-selection", which], env=self.env,
                                capture_output=True, timeout=30)
        return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else ""


def jobs_done() -> str:
    """The PDF queue's completed jobs (their ids), as lpstat lists them."""
    return subprocess.run(["lpstat", "-W", "completed", "-o", "PDF"], capture_output=True,
                          text=True, timeout=30).stdout


def visitor_one(drive: Driver, replay: Replay) -> None:
    seen = replay.seen
    drive.tap("start")
    drive.wait("the home screen", lambda s: s.get("screen") == "home")
    # search, then select and copy the query (keys), and select it with the mouse (primary)
    drive.focus("search")
    drive.type(QUERY)
    drive.wait("search results", lambda s: s["lengths"]["search_field"] == len(QUERY)
               and "first_result" in s["places"])
    drive.keys("ctrl+a", "ctrl+c")
    seen["clipboard_after_search"] = poll("the query on the clipboard",
                                          lambda: drive.selection("clipboard"),
                                          lambda text: QUERY in text, 10)
    drive.drag_across("search_field")
    seen["primary_after_search"] = poll("the query in the primary selection",
                                        lambda: drive.selection("primary"),
                                        lambda text: QUERY in text, 10)
    drive.tap("first_result")
    drive.wait("a topic page", lambda s: s.get("screen") == "page")
    drive.keys("alt+Home")
    drive.wait("the home screen", lambda s: s.get("screen") == "home")
    # the handout builder: a name, typed, selected and copied (a kiosk's builder has no
    # clinician's note: that is for a clinician to write)
    drive.scroll_to("handout_card", SIZE[0] // 2, SIZE[1] // 2)
    drive.tap("handout_card")
    drive.wait("the handout builder", lambda s: s.get("screen") == "handout")
    replay.seen["builder_first"] = drive.state()
    drive.scroll_to("name", 40, SIZE[1] // 2)  # the form scrolls; Print stays in sight
    drive.focus("name")
    drive.type(NAME)
    drive.wait("the name typed", lambda s: s["lengths"]["name"] == len(NAME))
    # A drag in the builder scrolls it (flick scrolling): select the name with keys instead.
    drive.keys("ctrl+a", "ctrl+c")
    seen["clipboard_in_builder"] = poll("the name on the clipboard",
                                        lambda: drive.selection("clipboard"),
                                        lambda text: NAME in text, 10)
    seen["primary_in_builder"] = poll("the name in the primary selection",
                                      lambda: drive.selection("primary"),
                                      lambda text: f"Testname{TAG}" in text, 10)
    if replay.printer:
        before = jobs_done()
        print_handout(drive, replay)
        after = poll("the print job to complete", jobs_done, lambda done: done != before, 60,
                     every=0.3)
        seen["print_job"] = "\n".join(set(after.splitlines()) - set(before.splitlines()))
    # leave the builder with Alt+Home, come back: is the name still there?
    drive.keys("alt+Home")
    drive.wait("the home screen", lambda s: s.get("screen") == "home")
    drive.scroll_to("handout_card", SIZE[0] // 2, SIZE[1] // 2)
    drive.tap("handout_card")
    seen["builder_again"] = drive.wait("the handout builder", lambda s: s.get("screen") == "handout")
    drive.keys("alt+Home")
    drive.wait("the home screen", lambda s: s.get("screen") == "home")
    seen["clipboard_before_reset"] = drive.selection("clipboard")
    seen["primary_before_reset"] = drive.selection("primary")


def print_handout(drive: Driver, replay: Replay) -> None:
    """Tap Print and wait for the program's answer (the probe's outcome code). A tap that got
    no answer at all (Print's handler never ran: the click was lost between xdotool and the
    window) is tried once more, and said in the timeline; any answer but "sent" fails."""
    for attempt in (1, 2):
        drive.tap("print")
        try:
            state = drive.wait("Print to answer", lambda s: bool(s.get("print_outcome")), 20)
        except AssertionError:
            state = drive.state()
            if attempt == 2 or state.get("screen") != "handout":
                raise
            drive.timeline.append(f"(no answer to the tap on Print, enabled: "
                                  f"{state.get('print_enabled')}; tapped again)")
            continue
        replay.seen["print_taps"] = attempt
        assert state["print_outcome"] == "sent", f"Print answered {state['print_outcome']!r}\n" \
            + drive.story()
        drive.wait("the print counted", lambda s: s.get("prints") == 1, 10)
        return


def wait_for_reset(drive: Driver, replay: Replay) -> None:
    """Hands off: the idle time, the countdown, then the attract screen."""
    left = time.monotonic()
    card = drive.wait("the 'Still reading?' card", lambda s: s.get("overlay") == "still-reading",
                      IDLE_SECONDS + 40)
    replay.seen["card_after_s"] = time.monotonic() - left
    replay.seen["countdown_first"] = card.get("countdown")
    replay.seen["countdown_later"] = drive.wait(
        "the countdown to count", lambda s: 0 < s.get("countdown", 0) < card.get("countdown", 0)
        or s.get("screen") == "attract", COUNTDOWN_SECONDS)
    replay.seen["after_reset"] = drive.wait(
        "the attract screen after the reset",
        lambda s: s.get("screen") == "attract" and not s.get("overlay"), COUNTDOWN_SECONDS + 40)


def visitor_two(drive: Driver, replay: Replay) -> None:
    seen = replay.seen
    seen["clipboard_after_reset"] = drive.selection("clipboard")
    seen["primary_after_reset"] = drive.selection("primary")
    drive.tap("start")
    drive.wait("the home screen", lambda s: s.get("screen") == "home")
    seen["home_after_reset"] = drive.settled()
    drive.scroll_to("search", SIZE[0] // 2, SIZE[1] // 2, wheel="4")
    drive.focus("search")
    # Ctrl+Z: no earlier search comes back
    drive.keys("ctrl+z", "End")
    seen["undo_in_search"] = drive.settled()
    # a middle click pastes the primary selection, Ctrl+V the clipboard
    field = "search" if seen["undo_in_search"]["screen"] == "home" else "search_field"
    x, y, width, height = drive.place(field)
    drive.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "2")
    seen["middle_click"] = drive.settled()
    field = "search" if seen["middle_click"]["screen"] == "home" else "search_field"
    drive.focus(field)
    drive.keys("ctrl+v")
    seen["ctrl_v"] = drive.settled()


def program_env(folders: dict[str, Path], display: str, probe: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "EDU_APP_", "QT_", "DBUS_"))}
    env.update({
        "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
        "HOME": str(folders["home"]), "TMPDIR": str(folders["temp"]),
        "XDG_CONFIG_HOME": str(folders["config"]), "XDG_CACHE_HOME": str(folders["cache"]),
        "XDG_STATE_HOME": str(folders["state"]), "XDG_DATA_HOME": str(folders["data"]),
        "XDG_RUNTIME_DIR": str(folders["runtime"]), "EDU_APP_LOG_DIR": str(folders["logs"]),
        "EDU_APP_TEST_GEOMETRY": str(probe),
    })
    return env


def kiosk_run(root: Path) -> tuple[dict[str, Path], Path, bool]:
    """A kiosk's own folders under ``root`` (home, config, cache, ...: see program_env), its
    clinic.toml (the shortest idle time, a staff PIN, the PDF queue when there is one), and
    whether there is one."""
    folders = {name: root / "run" / name for name in
               ("home", "config", "cache", "state", "data", "runtime", "temp", "logs")}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    printer = has_pdf_queue()
    config = root / "clinic.toml"
    config.write_text(f"[kiosk]\nenabled = true\nidle_seconds = {IDLE_SECONDS}\n"
                      f'[admin]\npin_hash = "{PIN_HASH}"\n'
                      + ('[print]\nprinter = "PDF"\n' if printer else ""), encoding="utf-8")
    return folders, config, printer


@pytest.fixture(scope="module")
def replay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replay]:
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs them)")
    root = tmp_path_factory.mktemp("replay")
    folders, config, printer = kiosk_run(root)
    result = Replay(folders, root / "program.log", printer)
    result.seen["started"] = time.time()
    with desktop(*SIZE, root / "desktop") as display:
        probe = root / "geometry.json"
        with result.log.open("wb") as log:
            program = subprocess.Popen(
                [sys.executable, "-m", "edu_app", "--kiosk", "--config", str(config)],
                env=program_env(folders, display, probe), stdout=log, stderr=subprocess.STDOUT)
        drive = Driver(display, probe, result.log)
        try:
            drive.wait("the attract screen", lambda s: s.get("screen") == "attract", 60)
            visitor_one(drive, result)
            wait_for_reset(drive, result)
            visitor_two(drive, result)
            result.seen["alive"] = program.poll() is None
        except AssertionError as exc:
            # a replay that could not be carried out is an error, not a failed check
            raise ReplayBroken(f"the replay did not get through: {exc}") from exc
        finally:
            result.returncode = stop(program)
            result.seen["steps"] = drive.timeline
            # what was seen, for a person reading a failure (lengths and places; the
            # selections as read, which are this run's test words)
            (root / "seen.json").write_text(json.dumps(result.seen, indent=1), encoding="utf-8")
    yield result


# --- what visitor one did was real (otherwise the checks below would prove nothing) ---------

def test_visitor_one_left_traces_to_find(replay: Replay) -> None:
    seen = replay.seen
    assert NAME in seen["clipboard_in_builder"], replay.log_text()
    assert f"Testname{TAG}" in seen["primary_in_builder"], replay.log_text()
    # a kiosk's builder shows no clinician's note to type into
    assert "note" not in seen["builder_first"]["places"], seen["builder_first"]
    # (after Alt+Home they are gone: leaving the builder ends its part of the session)


def test_the_print_reached_the_cups_queue(replay: Replay) -> None:
    if not replay.printer:
        pytest.skip("no CUPS queue 'PDF' here (.ci/run sets it up): the print step was left out")
    assert replay.seen["print_job"].strip(), replay.log_text()
    # The spool's copy of the document, while this server keeps it, holds the name as PDF text:
    # the search used on the spool below finds it there (it is not blind to PDFs).
    documents = spool_files(replay, "d")
    if cups_keeps_documents() and documents:
        assert any(holds_secret(path) for path in documents), documents


def test_the_idle_reset_fires_with_its_countdown(replay: Replay) -> None:
    seen = replay.seen
    assert IDLE_SECONDS - 2 <= seen["card_after_s"] <= IDLE_SECONDS + 40
    assert 0 < seen["countdown_first"] <= COUNTDOWN_SECONDS
    assert seen["after_reset"]["screen"] == "attract"
    assert seen["alive"], replay.log_text()


# --- visitor two finds nothing ----------------------------------------------------------------

def test_the_screen_after_the_reset_holds_nothing_typed(replay: Replay) -> None:
    home = replay.seen["home_after_reset"]
    assert home["screen"] == "home"
    assert home["lengths"] == {"search": 0, "search_field": 0, "name": 0, "note": 0}
    assert {"name", "note", "print", "search_field"}.isdisjoint(home["places"])
    assert home["prints"] == 0  # a new session's print count


def test_home_starts_at_the_top_after_the_reset(replay: Replay) -> None:
    home = replay.seen["home_after_reset"]
    assert "search" in home["places"], home  # visitor one scrolled down to "Make a handout"


def test_undo_in_search_brings_back_no_earlier_search(replay: Replay) -> None:
    undone = replay.seen["undo_in_search"]
    assert undone["screen"] == "home" and undone["lengths"]["search"] == 0, undone


def test_the_clipboard_is_empty_after_the_reset(replay: Replay) -> None:
    clipboard = replay.seen["clipboard_after_reset"]
    assert not any(secret in clipboard for secret in (*SECRETS, QUERY)), clipboard


def test_the_primary_selection_is_empty_after_the_reset(replay: Replay) -> None:
    primary = replay.seen["primary_after_reset"]
    assert not any(secret in primary for secret in (*SECRETS, QUERY)), primary


def typed(state: dict[str, Any]) -> int:
    return sum(state["lengths"].values())


def test_a_middle_click_into_search_after_the_reset_pastes_nothing(replay: Replay) -> None:
    before, after = replay.seen["undo_in_search"], replay.seen["middle_click"]
    assert typed(after) == typed(before), (before, after)


def test_ctrl_v_into_search_after_the_reset_pastes_nothing(replay: Replay) -> None:
    before, after = replay.seen["middle_click"], replay.seen["ctrl_v"]
    assert typed(after) == typed(before), (before, after)


def test_leaving_the_builder_by_alt_home_empties_name_and_note(replay: Replay) -> None:
    again = replay.seen["builder_again"]["lengths"]
    assert (again["name"], again["note"]) == (0, 0), again


def files_written(replay: Replay) -> list[Path]:
    """Every file in the program's folders, and the spool's files changed during the run."""
    found = [path for folder in replay.folders.values() for path in folder.rglob("*")
             if path.is_file()]
    return found


def holds_secret(path: Path) -> str:
    """Which secret a file holds (UTF-8, UTF-16 or, in a PDF, as text), or ""."""
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if secret.encode(encoding) in data:
                return f"{secret!r} ({encoding})"
    if data.startswith(b"%PDF") and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              timeout=60).stdout
        for secret in SECRETS:
            if secret in text:
                return f"{secret!r} (PDF text)"
    return ""


def test_no_file_written_during_the_run_holds_the_name_or_note(replay: Replay) -> None:
    files = files_written(replay)
    assert files, "the program wrote no file at all: the walk would prove nothing"
    found = {str(path): hit for path in files if (hit := holds_secret(path))}
    assert found == {}


def spool_files(replay: Replay, prefix: str) -> list[Path]:
    """The CUPS spool's files of this kind (c: job attributes, d: documents) changed during the
    run; skips when there was no print or the spool cannot be read."""
    if not replay.printer:
        pytest.skip("no CUPS queue 'PDF' here (.ci/run sets it up): nothing was printed")
    if not os.access(SPOOL, os.R_OK | os.X_OK):
        pytest.skip(f"{SPOOL} is readable by root only (CI runs as root)")
    return [path for path in SPOOL.glob(f"{prefix}*")
            if path.is_file() and path.stat().st_mtime >= replay.seen["started"] - 1]


def test_the_cups_job_attributes_hold_no_name_or_note(replay: Replay) -> None:
    jobs = spool_files(replay, "c")
    if not jobs:
        pytest.skip("CUPS kept no job attributes (PreserveJobHistory No): nothing to read")
    assert {str(path): hit for path in jobs if (hit := holds_secret(path))} == {}


def cups_keeps_documents() -> bool:
    """Whether this CUPS keeps printed documents in its spool (PreserveJobFiles; CUPS's default
    keeps them for a day). "Running a kiosk" in the README says to set it to No."""
    settings = subprocess.run(["cupsctl"], capture_output=True, text=True, timeout=30).stdout
    values = [line.partition("=")[2].strip().lower() for line in settings.splitlines()
              if line.lower().startswith("preservejobfiles=")]
    return not values or values[-1] not in ("no", "off", "false", "0")


def test_the_cups_spool_keeps_no_printed_handout(replay: Replay) -> None:
    documents = spool_files(replay, "d")
    if cups_keeps_documents():
        pytest.skip("this CUPS keeps printed documents (PreserveJobFiles is not No): a server "
                    "setting the program cannot change; .ci/run sets it as the README says")
    assert {str(path): hit for path in documents if (hit := holds_secret(path))} == {}


def test_the_program_output_holds_no_name_or_note(replay: Replay) -> None:
    output = replay.log.read_text(encoding="utf-8", errors="replace")
    assert not any(secret in output for secret in SECRETS), replay.log_text()
    assert "Traceback" not in output, replay.log_text()


def test_the_program_ends_cleanly_on_sigterm(replay: Replay) -> None:
    # SIGTERM's default ends the process (-15); a handler may exit 0 or 143 instead. A crash
    # (SIGABRT, SIGSEGV) or a kill after the grace time is a failure.
    assert replay.returncode in (0, -15, 143), (replay.returncode, replay.log_text())
