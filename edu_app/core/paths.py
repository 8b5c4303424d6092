"""Where per-user and machine-wide files go on each platform (no third-party import at start).

Linux follows the XDG base-directory rules; Windows uses %APPDATA% / %LOCALAPPDATA% /
%PROGRAMDATA%; macOS uses ~/Library. Configuration is read from here; the log, the cache and a
kiosk's counts (prints and visits per day, never anything typed) are written here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "EczemaExplained"


def _env_path(name: str, fallback: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value) if value and Path(value).is_absolute() else fallback


def user_config_dir(platform: str = sys.platform) -> Path:
    """The user's configuration folder for this program."""
    home = Path.home()
    if platform.startswith("win"):
        return _env_path("APPDATA", home / "AppData" / "Roaming") / APP_DIR
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR
    return _env_path("XDG_CONFIG_HOME", home / ".config") / APP_DIR


def site_config_dir(platform: str = sys.platform) -> Path:
    """The machine-wide configuration folder (where clinic IT puts clinic.toml)."""
    if platform.startswith("win"):
        return _env_path("PROGRAMDATA", Path("C:/ProgramData")) / APP_DIR
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR
    first = os.environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep)[0].strip()
    return (Path(first) if first and Path(first).is_absolute() else Path("/etc/xdg")) / APP_DIR


def user_log_dir(platform: str = sys.platform) -> Path:
    """The user's folder for the program's log."""
    home = Path.home()
    if platform.startswith("win"):
        return _env_path("LOCALAPPDATA", home / "AppData" / "Local") / APP_DIR / "Logs"
    if platform == "darwin":
        return home / "Library" / "Logs" / APP_DIR
    return _env_path("XDG_STATE_HOME", home / ".local" / "state") / APP_DIR / "log"


def user_cache_dir(platform: str = sys.platform) -> Path:
    """The user's cache folder for this program (only derived data: never anything typed)."""
    home = Path.home()
    if platform.startswith("win"):
        return _env_path("LOCALAPPDATA", home / "AppData" / "Local") / APP_DIR / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / APP_DIR
    return _env_path("XDG_CACHE_HOME", home / ".cache") / APP_DIR


def user_state_dir(platform: str = sys.platform) -> Path:
    """The user's folder for small counts a kiosk keeps between starts (never anything typed)."""
    home = Path.home()
    if platform.startswith("win"):
        return _env_path("LOCALAPPDATA", home / "AppData" / "Local") / APP_DIR / "State"
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR / "State"
    return _env_path("XDG_STATE_HOME", home / ".local" / "state") / APP_DIR
