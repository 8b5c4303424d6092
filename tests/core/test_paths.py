"""Per-platform folders for configuration and logs."""

from __future__ import annotations

import sys
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


# Every folder on every platform, written out by hand: with the variable set to an absolute
# folder, unset, blank, or relative (ignored: the fallback under the home folder is used).
HOME = Path("/home/ann")
ENV = Path("/srv/env")

EXPECTED_WITH_VARIABLE = {
    ("user_config_dir", "win32"): ENV / "EczemaExplained",
    ("user_config_dir", "linux"): ENV / "EczemaExplained",
    ("user_log_dir", "win32"): ENV / "EczemaExplained" / "Logs",
    ("user_log_dir", "linux"): ENV / "EczemaExplained" / "log",
    ("user_cache_dir", "win32"): ENV / "EczemaExplained" / "Cache",
    ("user_cache_dir", "linux"): ENV / "EczemaExplained",
    ("user_state_dir", "win32"): ENV / "EczemaExplained" / "State",
    ("user_state_dir", "linux"): ENV / "EczemaExplained",
    ("site_config_dir", "win32"): ENV / "EczemaExplained",
}

EXPECTED_WITHOUT = {
    ("user_config_dir", "win32"): HOME / "AppData/Roaming/EczemaExplained",
    ("user_config_dir", "darwin"): HOME / "Library/Application Support/EczemaExplained",
    ("user_config_dir", "linux"): HOME / ".config/EczemaExplained",
    ("user_log_dir", "win32"): HOME / "AppData/Local/EczemaExplained/Logs",
    ("user_log_dir", "darwin"): HOME / "Library/Logs/EczemaExplained",
    ("user_log_dir", "linux"): HOME / ".local/state/EczemaExplained/log",
    ("user_cache_dir", "win32"): HOME / "AppData/Local/EczemaExplained/Cache",
    ("user_cache_dir", "darwin"): HOME / "Library/Caches/EczemaExplained",
    ("user_cache_dir", "linux"): HOME / ".cache/EczemaExplained",
    ("user_state_dir", "win32"): HOME / "AppData/Local/EczemaExplained/State",
    ("user_state_dir", "darwin"): HOME / "Library/Application Support/EczemaExplained/State",
    ("user_state_dir", "linux"): HOME / ".local/state/EczemaExplained",
    ("site_config_dir", "win32"): Path("C:/ProgramData/EczemaExplained"),
    ("site_config_dir", "darwin"): Path("/Library/Application Support/EczemaExplained"),
    ("site_config_dir", "linux"): Path("/etc/xdg/EczemaExplained"),
}

VARIABLES = ("APPDATA", "LOCALAPPDATA", "PROGRAMDATA", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
             "XDG_CACHE_HOME", "XDG_CONFIG_DIRS")


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: HOME))


@pytest.mark.parametrize("value", [None, "", "   ", "relative/dir"])
@pytest.mark.parametrize(("function", "platform"), sorted(EXPECTED_WITHOUT))
def test_every_folder_without_its_variable(monkeypatch: pytest.MonkeyPatch, home: None,
                                           function: str, platform: str,
                                           value: str | None) -> None:
    for name in VARIABLES:
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert getattr(paths, function)(platform) == EXPECTED_WITHOUT[function, platform]


@pytest.mark.parametrize(("function", "platform"), sorted(EXPECTED_WITH_VARIABLE))
def test_every_folder_with_its_variable(monkeypatch: pytest.MonkeyPatch, home: None,
                                        function: str, platform: str) -> None:
    for name in VARIABLES:
        monkeypatch.setenv(name, f"  {ENV}  ")  # surrounding blanks are trimmed
    assert getattr(paths, function)(platform) == EXPECTED_WITH_VARIABLE[function, platform]


def test_macos_ignores_the_other_platforms_variables(monkeypatch: pytest.MonkeyPatch,
                                                     home: None) -> None:
    for name in VARIABLES:
        monkeypatch.setenv(name, str(ENV))
    assert paths.user_cache_dir("darwin") == HOME / "Library/Caches/EczemaExplained"
    assert paths.site_config_dir("darwin") == Path("/Library/Application Support/EczemaExplained")


def test_the_first_site_folder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", " /first : /second")
    assert paths.site_config_dir("linux") == Path("/first/EczemaExplained")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "relative:/second")
    assert paths.site_config_dir("linux") == Path("/etc/xdg/EczemaExplained")


def test_the_default_platform_is_this_one(monkeypatch: pytest.MonkeyPatch, home: None) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    mine = {"win32": HOME / "AppData/Local/EczemaExplained/Cache",
            "darwin": HOME / "Library/Caches/EczemaExplained"}.get(
                sys.platform, HOME / ".cache/EczemaExplained")
    assert paths.user_cache_dir() == mine
