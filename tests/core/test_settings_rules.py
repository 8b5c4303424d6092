"""clinic.toml read leniently, word for word: what staff are told about a line TOML cannot read,
the size limit at its edge, and layout upgrades that leave the parsed file alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from edu_app.core.settings import ConfigMessage, Upgrade, load_config, parse_toml_leniently, upgrade


def test_a_bad_line_is_named_with_the_reason_in_words() -> None:
    text = '[clinic]\nname = Riverside Clinic\nwebsite = "https://example.org"\n'
    assert parse_toml_leniently(text) == ({"clinic": {"website": "https://example.org"}}, [
        ConfigMessage("line 2 (name = Riverside Clinic) is not valid TOML (Invalid value); it is ignored")])


def test_a_bad_last_line_without_a_newline_is_left_out_too() -> None:
    text = '[clinic]\nname = "A"\nwebsite = oops'
    assert parse_toml_leniently(text) == ({"clinic": {"name": "A"}}, [
        ConfigMessage("line 3 (website = oops) is not valid TOML (Invalid value); it is ignored")])


def test_a_long_bad_line_is_shown_to_60_characters() -> None:
    text = "contact = Riverside Clinic, 12 Long Road, Chiang Mai 50000, open Monday to Friday\n"
    assert parse_toml_leniently(text) == ({}, [
        ConfigMessage("line 1 (contact = Riverside Clinic, 12 Long Road, Chiang Mai 50000, ) is not "
                      "valid TOML (Invalid value); it is ignored")])


def test_a_list_left_open_to_the_end_gives_up_at_once() -> None:
    text = '[clinic]\nname = "A"\n[content]\nlanguages = ["en",\n\n'
    assert parse_toml_leniently(text) == (None, [ConfigMessage("Invalid value; using defaults")])


def test_a_file_of_exactly_256000_bytes_is_read(tmp_path: Path) -> None:
    head = '[clinic]\nname = "Riverside"\n'
    path = tmp_path / "clinic.toml"
    path.write_text(head + "#" * (256_000 - len(head) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == 256_000
    config, messages = load_config(path)
    assert config.clinic_name == "Riverside" and messages == []


def _rename_copies(data: dict[str, Any]) -> dict[str, Any]:
    data["print"]["per_session"] = data["print"].pop("copies")
    return data


def _fail_half_way(data: dict[str, Any]) -> dict[str, Any]:
    data["print"].pop("per_session")
    raise KeyError("timeout")


def test_upgrades_work_on_their_own_copy_of_the_tables() -> None:
    data = {"schema": 1, "print": {"copies": 3}}
    result, notes = upgrade(data, (Upgrade(2, "[print] copies is now per_session", _rename_copies),), 2)
    assert result == {"print": {"per_session": 3}}
    assert data == {"schema": 1, "print": {"copies": 3}}  # the parsed file as it was
    assert notes == ["written for schema 1, read as schema 2 ([print] copies is now per_session); "
                     "to stop this message, make these changes in the file and set schema = 2"]


def test_a_step_that_fails_half_way_leaves_the_data_as_before_it() -> None:
    steps = (Upgrade(2, "copies renamed", _rename_copies), Upgrade(3, "timeout dropped", _fail_half_way))
    result, notes = upgrade({"print": {"copies": 3}}, steps, 3)
    assert result == {"print": {"per_session": 3}}  # after step 2, not half of step 3
    assert notes == ["schema 1 could not be brought up to schema 3; read as it is"]


def _add_b(data: dict[str, Any]) -> dict[str, Any]:
    data["steps"] = [*data.get("steps", []), "b"]
    return data


def _add_a(data: dict[str, Any]) -> dict[str, Any]:
    data["steps"] = [*data.get("steps", []), "a"]
    return data


def test_steps_to_the_same_layout_run_in_the_order_listed() -> None:
    steps = (Upgrade(2, "z: first", _add_b), Upgrade(2, "a: second", _add_a))
    result, _notes = upgrade({}, steps, 2)
    assert result == {"steps": ["b", "a"]}
