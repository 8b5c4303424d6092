"""Preferences persist through QSettings; the clinic's name and logo show in the top bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

from edu_app.core.model import Library
from edu_app.core.settings import ClinicConfig, Preferences
from edu_app.ui.preferences_store import PreferencesStore

from ui_helpers import make_window


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)


def test_preferences_round_trip(tmp_path: Path) -> None:
    store = PreferencesStore(settings_in(tmp_path))
    store.save(Preferences(language="en", text_scale=175, high_contrast=True))
    assert PreferencesStore(settings_in(tmp_path)).load() == Preferences("en", 175, True)


def test_corrupt_preferences_fall_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "preferences.ini").write_text(
        "[preferences]\ntext_scale=9999\nhigh_contrast=maybe\nlanguage=../../etc\n", encoding="utf-8"
    )
    assert PreferencesStore(settings_in(tmp_path)).load() == Preferences()


def test_memory_only_store_writes_nothing(tmp_path: Path) -> None:
    PreferencesStore(settings_in(tmp_path), persist=False).save(Preferences(text_scale=150))
    assert not (tmp_path / "preferences.ini").exists()


def test_window_remembers_text_size(qtbot, small_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from edu_app.core.search import SearchIndex
    from edu_app.ui.main_window import MainWindow

    first = MainWindow(small_library, SearchIndex(small_library), ClinicConfig(),
                       PreferencesStore(settings_in(tmp_path)))
    qtbot.addWidget(first)
    first.set_text_scale(150)
    second = MainWindow(small_library, SearchIndex(small_library), ClinicConfig(),
                        PreferencesStore(settings_in(tmp_path)))
    qtbot.addWidget(second)
    assert second.preferences.text_scale == 150
    assert second.top_bar.size_label.text() == "150 %"


def test_clinic_name_and_logo_show(qtbot, small_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b6e6e"))
    assert image.save(str(logo))
    window = make_window(qtbot, small_library, ClinicConfig(clinic_name="Riverside Skin Clinic",
                                                            clinic_logo=logo))
    assert window.top_bar.clinic.text() == "Riverside Skin Clinic"
    assert window.top_bar.clinic.isVisible()
    assert window.top_bar.logo.isVisible() and window.top_bar.logo.pixmap().height() == 48
    assert window.top_bar.logo.pixmap().toImage().pixelColor(10, 10) == QColor("#0b6e6e")


def test_missing_logo_is_simply_not_shown(qtbot, small_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library, ClinicConfig(clinic_logo=tmp_path / "none.png"))
    assert not window.top_bar.logo.isVisible()
    assert not window.top_bar.clinic.isVisible()
