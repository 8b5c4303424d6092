"""Versioned settings: clinic.toml's ``schema`` is read, older layouts are brought up to date in
memory (the clinic's file is never rewritten) with a message, newer ones are read best-effort.

The program has one layout so far; these tests give it a made-up history of two changes:
schema 2 renamed ``[print] copies`` to ``per_session``; schema 3 replaced ``[kiosk] timeout``
(minutes) with ``idle_seconds``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from edu_app.core import settings
from edu_app.core.settings import ClinicConfig, Preferences, Upgrade, load_config, parse_config


def _rename_copies(data: dict[str, Any]) -> dict[str, Any]:
    table = data.get("print")
    if isinstance(table, dict) and "copies" in table:
        table["per_session"] = table.pop("copies")
    return data


def _minutes_to_seconds(data: dict[str, Any]) -> dict[str, Any]:
    table = data.get("kiosk")
    if isinstance(table, dict) and "timeout" in table:
        table["idle_seconds"] = table.pop("timeout") * 60
    return data


HISTORY = (
    Upgrade(3, "[kiosk] timeout (minutes) is now idle_seconds", _minutes_to_seconds),
    Upgrade(2, "[print] copies is now per_session", _rename_copies),
)


@pytest.fixture
def three_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "CLINIC_SCHEMA", 3)
    monkeypatch.setattr(settings, "CLINIC_UPGRADES", HISTORY)


def _write(folder: Path, text: str) -> Path:
    path = folder / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_current_schema_and_no_schema_load_quietly(tmp_path: Path) -> None:
    for text in ('schema = 1\n[print]\nper_session = 3\n', '[print]\nper_session = 3\n'):
        config, messages = load_config(_write(tmp_path, text))
        assert messages == []
        assert config.print_per_session == 3


@pytest.mark.usefixtures("three_layouts")
def test_an_old_file_is_upgraded_step_by_step_in_memory_only(tmp_path: Path) -> None:
    text = 'schema = 1\n# our kiosk\n[print]\ncopies = 3\n[kiosk]\ntimeout = 2\n'
    path = _write(tmp_path, text)
    config, messages = load_config(path)
    assert (config.print_per_session, config.kiosk_idle_seconds) == (3, 120)
    assert [m.text for m in messages] == [
        "clinic.toml: written for schema 1, read as schema 3 ([print] copies is now per_session; "
        "[kiosk] timeout (minutes) is now idle_seconds); to stop this message, make these changes "
        "in the file and set schema = 3"
    ]
    assert path.read_text(encoding="utf-8") == text  # the clinic's file is left as it was


@pytest.mark.usefixtures("three_layouts")
def test_a_file_without_schema_is_the_first_layout(tmp_path: Path) -> None:
    config, messages = load_config(_write(tmp_path, '[print]\ncopies = 4\n'))
    assert config.print_per_session == 4
    assert "written for schema 1, read as schema 3" in messages[0].text


@pytest.mark.usefixtures("three_layouts")
def test_only_the_steps_after_the_files_schema_apply(tmp_path: Path) -> None:
    # Schema 2 already says per_session; "copies" there is an unknown key, not renamed.
    config, messages = load_config(_write(
        tmp_path, 'schema = 2\n[print]\nper_session = 4\ncopies = 9\n[kiosk]\ntimeout = 3\n'))
    assert (config.print_per_session, config.kiosk_idle_seconds) == (4, 180)
    assert [m.text for m in messages] == [
        "clinic.toml: written for schema 2, read as schema 3 ([kiosk] timeout (minutes) is now "
        "idle_seconds); to stop this message, make these changes in the file and set schema = 3",
        "clinic.toml: [print] copies is not a known key",
    ]


def test_a_newer_schema_is_read_as_well_as_possible(tmp_path: Path) -> None:
    config, messages = load_config(_write(
        tmp_path, 'schema = 7\n[clinic]\nname = "Hill Clinic"\n[kiosk]\nidle_seconds = 90\n'
                  'wake_word = "hello"\n'))
    assert (config.clinic_name, config.kiosk_idle_seconds) == ("Hill Clinic", 90)
    assert [m.text for m in messages] == [
        "clinic.toml: schema 7 is newer than this program reads (up to 1): the keys it knows are "
        "used, the rest are reported; update the program",
        "clinic.toml: [kiosk] wake_word is not a known key",
    ]


@pytest.mark.parametrize("value", ["true", '"2"', "0", "-1", "1.5", "[1]"])
def test_a_wrong_schema_is_named_and_the_rest_still_loads(value: str, tmp_path: Path) -> None:
    config, messages = load_config(_write(tmp_path, f'schema = {value}\n[print]\nper_session = 2\n'))
    assert config.print_per_session == 2
    assert [m.text for m in messages] == [
        "clinic.toml: schema must be a whole number such as 1; read as schema 1"
    ]


def test_an_upgrade_that_fails_on_odd_data_is_reported(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    def strict_minutes(data: dict[str, Any]) -> dict[str, Any]:
        data["kiosk"]["idle_seconds"] = data["kiosk"].pop("timeout") + 0  # text: TypeError
        return data

    monkeypatch.setattr(settings, "CLINIC_SCHEMA", 3)
    monkeypatch.setattr(settings, "CLINIC_UPGRADES", (HISTORY[1], Upgrade(3, "minutes", strict_minutes)))
    config, messages = load_config(_write(tmp_path, 'schema = 2\n[kiosk]\ntimeout = "two"\n'))
    assert messages[0].text == ("clinic.toml: schema 2 could not be brought up to schema 3; "
                                "read as it is")
    assert config.kiosk_idle_seconds == ClinicConfig().kiosk_idle_seconds


def test_parse_config_knows_the_schema_key(tmp_path: Path) -> None:
    config, messages = parse_config({"schema": 1, "clinic": {"name": "X"}}, tmp_path)
    assert messages == [] and config.clinic_name == "X"


def test_preferences_read_their_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = {"schema": "1", "language": "th", "text_size": "150"}
    assert Preferences.from_mapping(stored).text_scale == 100  # "text_size" is not a key today
    monkeypatch.setattr(settings, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(settings, "PREFERENCE_UPGRADES", (
        Upgrade(2, "text_size is now text_scale",
                lambda d: {**{k: v for k, v in d.items() if k != "text_size"},
                           "text_scale": d.get("text_size")}),))
    prefs = Preferences.from_mapping(stored)
    assert (prefs.language, prefs.text_scale) == ("th", 150)
    newer = Preferences.from_mapping({"schema": 5, "language": "th", "text_size": "150"})
    assert (newer.language, newer.text_scale) == ("th", 100)  # newer: no step, best effort
