"""The kiosk watchdog files are well formed, restart the program only after a failure, and
notice a hang (systemd's watchdog, the Windows script's heartbeat check)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from edu_app.core import paths, watchdog

KIOSK = Path(__file__).resolve().parents[1] / "packaging" / "kiosk"
UNIT = KIOSK / "edu-app-kiosk.service"
SCRIPT = KIOSK / "kiosk-watchdog.ps1"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def read_unit() -> configparser.ConfigParser:
    unit = configparser.ConfigParser(strict=True, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(UNIT, encoding="utf-8")
    return unit


def test_systemd_unit_restarts_on_failure_only() -> None:
    unit = read_unit()
    assert unit["Service"]["ExecStart"].split()[1:] == ["--kiosk"]
    assert unit["Service"]["Restart"] == "on-failure"  # a staff exit (code 0) stays closed
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_systemd_unit_watches_for_a_hang() -> None:
    unit = read_unit()
    service = unit["Service"]
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    watchdog_seconds = int(service["WatchdogSec"])
    # the program's own stall limit (60 s by default) ends it first, with a line in its log;
    # systemd's watchdog is the backstop, and the heartbeat (1 s) is far inside both
    assert 60 < watchdog_seconds <= 300
    # start limits are [Unit] settings: systemd ignores them in [Service]
    assert "StartLimitIntervalSec" not in service and "StartLimitBurst" not in service
    assert unit["Unit"]["StartLimitIntervalSec"] and unit["Unit"]["StartLimitBurst"]


def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("needs systemd-analyze (Debian: systemd; .ci/run installs it)")
    # the same unit, with ExecStart pointing at a program that exists on this machine
    text = UNIT.read_text(encoding="utf-8")
    copy = tmp_path / "edu-app-kiosk.service"
    copy.write_text(re.sub(r"^ExecStart=\S+", f"ExecStart={sys.executable}", text, flags=re.M),
                    encoding="utf-8")
    result = subprocess.run([tool, "verify", str(copy)], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    # verify exits 0 even for an unknown key, but names the file in its warning
    complaints = [line for line in (result.stdout + result.stderr).splitlines()
                  if copy.name in line]
    assert result.returncode == 0 and complaints == [], result.stdout + result.stderr


def test_windows_task_runs_the_watchdog_script_at_logon() -> None:
    root = ET.fromstring((KIOSK / "kiosk-watchdog.xml").read_bytes())  # UTF-16, as schtasks wants
    assert root.find(f"{TASK}Triggers/{TASK}LogonTrigger") is not None
    arguments = root.findtext(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments") or ""
    assert "kiosk-watchdog.ps1" in arguments
    script = SCRIPT.read_text(encoding="utf-8")
    assert '-ArgumentList "--kiosk"' in script
    assert "if (-not $hung -and $process.ExitCode -eq 0) { break }" in script


def script_default(name: str) -> str:
    """A parameter's default in the script's param() block."""
    match = re.search(rf"\$({name}) = (.+?),?\n", SCRIPT.read_text(encoding="utf-8"))
    assert match is not None, name
    return match.group(2)


def test_windows_script_checks_the_heartbeat_file_the_program_writes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # where the program writes it on Windows: the state folder under %LOCALAPPDATA%
    monkeypatch.setenv("LOCALAPPDATA", "/LOCALAPPDATA")
    program_side = paths.user_state_dir("win32") / watchdog.HEARTBEAT_FILE
    assert program_side.as_posix() == "/LOCALAPPDATA/EczemaExplained/State/kiosk-heartbeat"
    assert script_default("Heartbeat") == (
        '"$env:LOCALAPPDATA\\EczemaExplained\\State\\kiosk-heartbeat"')
    # the file is written every 5 s; the script calls it stale only after many missed writes
    assert watchdog.HEARTBEAT_FILE_SECONDS == 5
    assert int(script_default("StaleSeconds")) == 90
    assert int(script_default("StartSeconds")) >= int(script_default("StaleSeconds"))
    script = SCRIPT.read_text(encoding="utf-8")
    assert "LastWriteTimeUtc" in script and "Stop-Process -Id $process.Id -Force" in script
