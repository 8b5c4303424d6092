"""Per-platform folders for configuration and logs."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core import paths


def test_linux_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/opt/xdg:/etc/xdg")
    assert paths.user_config_dir("linux") == tmp_path / "cfg" / "EczemaExplained"
    assert paths.user_log_dir("linux") == tmp_path / "state" / "EczemaExplained" / "log"
    assert paths.site_config_dir("linux") == Path("/opt/xdg/EczemaExplained")


def test_relative_xdg_values_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "")
    assert paths.user_config_dir("linux") == Path.home() / ".config" / "EczemaExplained"
    assert paths.site_config_dir("linux") == Path("/etc/xdg/EczemaExplained")


def test_windows_and_macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    assert paths.user_config_dir("win32") == tmp_path / "Roaming" / "EczemaExplained"
    assert paths.site_config_dir("win32") == tmp_path / "ProgramData" / "EczemaExplained"
    assert paths.user_config_dir("darwin").parts[-3:] == (
        "Library", "Application Support", "EczemaExplained")
