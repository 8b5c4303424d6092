"""Per-machine preferences in QSettings, validated by the core settings module."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from edu_app.core.settings import APP_NAME, Preferences


def default_settings() -> QSettings:
    """The QSettings file for this user (an INI file in the platform's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "preferences")


class PreferencesStore:
    """Reads and writes :class:`Preferences`; ``persist=False`` keeps them in memory only."""

    def __init__(self, settings: QSettings | None, persist: bool = True) -> None:
        self._settings = settings
        self._persist = persist and settings is not None

    def load(self) -> Preferences:
        """Stored preferences, or defaults for anything missing or invalid."""
        if self._settings is None:
            return Preferences()
        data = {key: self._settings.value(f"preferences/{key}") for key in Preferences().to_mapping()}
        return Preferences.from_mapping(data)

    def save(self, preferences: Preferences) -> None:
        """Store preferences (no-op when not persisting)."""
        if not self._persist or self._settings is None:
            return
        for key, value in preferences.to_mapping().items():
            self._settings.setValue(f"preferences/{key}", value)
        self._settings.sync()
