"""The kiosk watchdog files are well formed and restart the program only after a failure."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[1] / "packaging" / "kiosk"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def test_systemd_unit_restarts_on_failure_only() -> None:
    unit = configparser.ConfigParser(strict=True, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(KIOSK / "edu-app-kiosk.service", encoding="utf-8")
    assert unit["Service"]["ExecStart"].split()[1:] == ["--kiosk"]
    assert unit["Service"]["Restart"] == "on-failure"  # a staff exit (code 0) stays closed
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_windows_task_runs_the_watchdog_script_at_logon() -> None:
    root = ET.fromstring((KIOSK / "kiosk-watchdog.xml").read_bytes())  # UTF-16, as schtasks wants
    assert root.find(f"{TASK}Triggers/{TASK}LogonTrigger") is not None
    arguments = root.findtext(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments") or ""
    assert "kiosk-watchdog.ps1" in arguments
    script = (KIOSK / "kiosk-watchdog.ps1").read_text(encoding="utf-8")
    assert '-ArgumentList "--kiosk"' in script and "ExitCode -eq 0) { break }" in script
