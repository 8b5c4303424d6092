"""clinic.toml and preferences: defaults, and a clear message for every wrong key."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core.settings import (
    CLINIC_KEYS,
    ClinicConfig,
    ConfigMessage,
    Preferences,
    default_config_path,
    load_config,
    parse_config,
)


def test_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.toml") == (ClinicConfig(), [])


def test_missing_explicit_file_says_so(tmp_path: Path) -> None:
    config, messages = load_config(tmp_path / "none.toml", explicit=True)
    assert config == ClinicConfig()
    assert "file not found" in messages[0].text


def test_full_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        '[clinic]\nname = "Skin Clinic"\nlogo = "logo.png"\nwebsite = "https://example.org"\n'
        '[content]\nlanguages = ["en", "th"]\ndefault_language = "th"\nextra_folder = "pages"\n'
        "[kiosk]\nenabled = true\nidle_seconds = 90\n[print]\nper_session = 3\n",
        encoding="utf-8",
    )
    config, messages = load_config(path)
    assert messages == []
    assert config.clinic_name == "Skin Clinic"
    assert config.clinic_logo == tmp_path / "logo.png"
    assert config.extra_content == tmp_path / "pages"
    assert config.languages == ("en", "th") and config.default_language == "th"
    assert config.kiosk_enabled and config.kiosk_idle_seconds == 90
    assert config.print_per_session == 3 and config.source == path


def test_broken_toml_line_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[clinic\nname = 1", encoding="utf-8")
    config, messages = load_config(path)
    assert config.clinic_name == "" and config.kiosk_idle_seconds == 120
    assert "line 1 ([clinic)" in messages[0].text and "it is ignored" in messages[0].text


def test_unclosed_string_to_the_end_starts_on_defaults(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text('[kiosk]\nenabled = true\n[clinic]\nname = """Riverside\n\n', encoding="utf-8")
    config, messages = load_config(path)
    assert config == ClinicConfig(source=path)
    assert "using defaults" in messages[-1].text


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(b'[clinic]\nname = "\xff"\n')
    assert "not UTF-8" in load_config(path)[1][0].text


BAD_VALUES = {
    bool: "yes",
    int: "many",
    str: 42,
    tuple: "en",
    Path: 7,
}


@pytest.mark.parametrize("key", CLINIC_KEYS, ids=lambda k: f"{k.section}.{k.name}")
def test_every_key_with_a_wrong_type_falls_back_and_is_named(key, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = {key.section: {key.name: BAD_VALUES[key.kind]}}
    config, messages = parse_config(data, tmp_path)
    assert getattr(config, key.attr) == getattr(ClinicConfig(), key.attr)
    assert len(messages) == 1
    assert f"[{key.section}] {key.name} must be" in messages[0].text


# Every key with a rule, with values just outside it (and the keys without a rule: paths and
# switches, where a wrong type is the only way to be wrong, or an empty path).
OUT_OF_RANGE: dict[str, list[object]] = {
    "clinic.name": ["x" * 121],
    "clinic.logo": ["", "   ", "~nobody9/logo.png"],
    "clinic.contact": ["x" * 301],
    "clinic.website": ["ftp://x", "example.org", "https://", "javascript:alert(1)",
                       "https://example.org/" + "a" * 181, "https://example.org/" + "a" * 2980,
                       "https:///path", "https://exa mple.org"],
    "content.languages": [[], ["English"], ["en", 7], ["EN"],
                          ["aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al",
                           "am"]],
    "content.default_language": ["English", "e", "en-GB", ""],
    "content.extra_folder": ["", " "],
    "kiosk.enabled": [1, "true"],
    "kiosk.idle_seconds": [29, 601, 0, -5, 10**9, True],
    "kiosk.screen": [-1, 9, True, False],  # true and false are not screen numbers
    "kiosk.hide_cursor": [0, "false"],
    "kiosk.usage_counts": [1, "yes"],
    "kiosk.stall_seconds": [4, 601, 0, -60, 1.5],
    "print.per_session": [-1, 101, True, False, 2.0, 2.5],
    "print.per_day": [-1, 10_001, True],
    "print.sheets_per_handout": [0, 201, True],
    "print.sheets_per_day": [-1, 100_001, True],
    "print.printer": ["x" * 201],
    "print.paper": ["A5", "roll58", "", 80],
    "print.receipt_printer": ["x" * 201, True],
    "print.receipt_escpos": ["", "  "],
    "print.receipt_dots": [575, 384, 0, 640, True, "576"],
    "touch.keyboard": ["on", "yes", "Kiosk", "", True, 1],
    "admin.pin_hash": ["1234", "sha256$abc", "pbkdf2_sha256$x",
                       "pbkdf2_sha256$10000000$" + "ab" * 16 + "$" + "cd" * 32],
}


def test_every_key_has_out_of_range_cases() -> None:
    assert set(OUT_OF_RANGE) == {f"{k.section}.{k.name}" for k in CLINIC_KEYS}


@pytest.mark.parametrize(
    ("dotted", "value"),
    [(dotted, value) for dotted, values in OUT_OF_RANGE.items() for value in values],
    ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 30 else None,
)
def test_out_of_range_values_fall_back(dotted: str, value: object, tmp_path: Path) -> None:
    section, name = dotted.split(".")
    config, messages = parse_config({section: {name: value}}, tmp_path)
    # a pin_hash that is there but not whole is remembered as damaged (staff are told on the pad)
    assert config == ClinicConfig(admin_pin_damaged=dotted == "admin.pin_hash")
    assert len(messages) == 1
    assert messages[0].text.startswith(f"[{section}] {name} must be ")
    assert "using the default" in messages[0].text


@pytest.mark.parametrize(
    ("dotted", "value"),
    [("kiosk.idle_seconds", 30), ("kiosk.idle_seconds", 600), ("kiosk.screen", 8),
     ("kiosk.stall_seconds", 5), ("kiosk.stall_seconds", 600),
     ("print.per_session", 0), ("print.per_day", 10_000), ("clinic.name", "x" * 120),
     ("clinic.website", ""), ("content.languages", ["th"]), ("admin.pin_hash", ""),
     ("clinic.website", "https://example.org/" + "a" * 180), ("clinic.website", "HTTP://x.org"),
     ("content.languages", ["aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "th"]),
     ("print.sheets_per_handout", 1), ("print.sheets_per_handout", 200),
     ("print.sheets_per_day", 0), ("print.sheets_per_day", 100_000),
     ("print.paper", "roll80"), ("print.paper", "letter"), ("print.receipt_dots", 512),
     ("print.receipt_printer", "TM-T20III")],
)
def test_values_at_the_edges_are_accepted(dotted: str, value: object, tmp_path: Path) -> None:
    section, name = dotted.split(".")
    data: dict[str, dict[str, object]] = {section: {name: value}}
    if dotted == "content.languages":
        data[section]["default_language"] = "th"
    config, messages = parse_config(data, tmp_path)
    assert messages == []
    key = next(k for k in CLINIC_KEYS if (k.section, k.name) == (section, name))
    assert getattr(config, key.attr) == (tuple(value) if isinstance(value, list) else value)


def test_wrong_keys_reach_the_staff_banner_through_load_config(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[kiosk]\nidle_seconds = 5\nscreen = \"left\"\n[print]\nper_day = -3\n",
                    encoding="utf-8")
    config, messages = load_config(path)
    texts = [m.text for m in messages]
    assert texts == [
        "clinic.toml: [kiosk] idle_seconds must be a whole number from 30 to 600; "
        "using the default (120)",
        "clinic.toml: [kiosk] screen must be a screen number from 0 to 8; using the default (0)",
        "clinic.toml: [print] per_day must be a whole number from 0 to 10000; "
        "using the default (200)",
    ]
    assert (config.kiosk_idle_seconds, config.kiosk_screen, config.print_per_day) == (120, 0, 200)


def test_true_is_not_a_number_of_prints(tmp_path: Path) -> None:
    # TOML's true is not 1: a switch written where a number belongs is a mistake to report
    path = tmp_path / "clinic.toml"
    path.write_text("[print]\nper_session = true\n[kiosk]\nscreen = false\n", encoding="utf-8")
    config, messages = load_config(path)
    assert (config.print_per_session, config.kiosk_screen) == (5, 0)
    assert [m.text for m in messages] == [
        "clinic.toml: [kiosk] screen must be a screen number from 0 to 8; using the default (0)",
        "clinic.toml: [print] per_session must be a whole number from 0 to 100; "
        "using the default (5)",
    ]


def test_unknown_keys_and_sections_are_reported(tmp_path: Path) -> None:
    _, messages = parse_config({"clinic": {"nmae": "x"}, "colours": {}}, tmp_path)
    texts = " ".join(m.text for m in messages)
    assert "[clinic] nmae is not a known key" in texts and "[colours]" in texts


def test_default_language_must_be_offered(tmp_path: Path) -> None:
    config, messages = parse_config({"content": {"default_language": "fr"}}, tmp_path)
    assert config.default_language == "en" and "not in languages" in messages[0].text


def test_config_path_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDU_APP_CONFIG", str(tmp_path / "c.toml"))
    assert default_config_path() == tmp_path / "c.toml"


def test_preferences_validation() -> None:
    assert Preferences.from_mapping({}) == Preferences()
    prefs = Preferences.from_mapping({"language": "th", "text_scale": "150", "high_contrast": "true"})
    assert (prefs.language, prefs.text_scale, prefs.high_contrast) == ("th", 150, True)
    bad = Preferences.from_mapping({"language": "../x", "text_scale": 137, "high_contrast": 3})
    assert bad == Preferences()
    assert Preferences.from_mapping(prefs.to_mapping()) == prefs


def test_documented_example_loads_without_messages() -> None:
    example = Path(__file__).resolve().parents[2] / "docs" / "clinic.example.toml"
    config, messages = load_config(example)
    assert messages == []
    assert config.clinic_name == "Riverside Skin Clinic" and config.kiosk_idle_seconds == 120


# --- bad input: bounded, local, never fatal (issue 15) ----------------------------------------

# A whole hash as 'edu-app set-pin' writes it (100,000 iterations, 16-byte salt, 32-byte digest)
HASH = "pbkdf2_sha256$100000$" + "00" * 16 + "$" + "11" * 32
GOOD = (
    '[clinic]\nname = "Riverside"\n[kiosk]\nenabled = true\n'
    f'[admin]\npin_hash = "{HASH}"\n'
)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))  # as Windows Notepad saves it
    config, messages = load_config(path)
    assert messages == []
    assert (config.clinic_name, config.kiosk_enabled) == ("Riverside", True)
    assert config.admin_pin_hash == HASH


def test_a_line_toml_cannot_read_leaves_the_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text('[clinic]\nname = Riverside Clinic\nwebsite = "https://example.org"\n'
                    "[kiosk]\nenabled = true\nidle_seconds = 90 seconds\n"
                    f'[admin]\npin_hash = "{HASH}"\n', encoding="utf-8")
    config, messages = load_config(path)
    assert config.clinic_website == "https://example.org" and config.kiosk_enabled is True
    assert config.admin_pin_hash == HASH
    assert config.clinic_name == "" and config.kiosk_idle_seconds == 120  # the bad ones: defaults
    texts = [m.text for m in messages]
    assert len(texts) == 2
    assert texts[0].startswith("clinic.toml: line 2 (name = Riverside Clinic) is not valid TOML")
    assert texts[1].startswith("clinic.toml: line 6 (idle_seconds = 90 seconds) is not valid")


def test_a_duplicated_key_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[print]\nper_session = 2\nper_session = 9\n[kiosk]\nenabled = true\n",
                    encoding="utf-8")
    config, messages = load_config(path)
    assert (config.print_per_session, config.kiosk_enabled) == (2, True)
    assert [m.text[:32] for m in messages] == ["clinic.toml: line 3 (per_session"]


def test_many_broken_lines_give_up_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[kiosk]\nenabled = true\n" + "oops\n" * 50, encoding="utf-8")
    config, messages = load_config(path)
    assert config == ClinicConfig(source=path)
    assert messages[-1].text.endswith("too many lines are not valid TOML; using defaults")
    assert len(messages) == 21  # the first 20 lines named, then the verdict


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(GOOD + "# padding\n" * 100_000, encoding="utf-8")
    config, messages = load_config(path)
    assert config == ClinicConfig(source=path)
    assert "larger than 256000 bytes" in messages[0].text


@pytest.mark.parametrize("key", ["per_session", "per_day"])
def test_true_is_not_a_number_of_prints_or_a_day_limit(key: str, tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[print]\n{key} = true\n", encoding="utf-8")
    config, messages = load_config(path)
    assert (config.print_per_session, config.print_per_day) == (5, 200)
    assert f"[print] {key} must be a whole number" in messages[0].text


def test_duplicate_languages_are_used_once(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[content]\nlanguages = [" + '"en", ' * 10_000 + '"th"]\n', encoding="utf-8")
    config, messages = load_config(path)
    assert config.languages == ("en", "th")
    assert "more than once" in messages[0].text


def test_the_longest_website_fits_a_small_qr_code() -> None:
    import segno

    longest = "https://example.org/" + "a" * 180
    assert parse_config({"clinic": {"website": longest}}, Path())[0].clinic_website == longest
    # the printed header and the pop-up draw the code at error level M: version 10 is
    # 57 modules, still read by a phone from a 15 mm square
    assert segno.make(longest, error="m").version <= 10
    assert segno.make(longest + "a", error="m").version <= 10  # (a little room left)


def test_a_pipe_or_folder_as_clinic_toml_is_not_read(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "clinic.toml"
    folder.mkdir()
    assert load_config(folder) == (ClinicConfig(), [
        ConfigMessage(f"{folder}: not a regular file; using defaults")])
    if hasattr(os, "mkfifo"):  # reading a pipe would wait for a writer for ever
        pipe = tmp_path / "pipe.toml"
        os.mkfifo(pipe)
        assert load_config(pipe, explicit=True)[1] == [
            ConfigMessage(f"{pipe}: not a regular file; using defaults")]


def test_a_broken_pin_hash_line_is_named_without_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[admin]\npin_hash = pbkdf2_sha256$200000$abcdef$123456\n[kiosk]\nenabled = true\n",
                    encoding="utf-8")
    config, messages = load_config(path)
    assert config.kiosk_enabled and config.admin_pin_hash == ""
    assert messages[0].text.startswith("clinic.toml: line 2 (pin_hash = …) is not valid TOML")
    assert "abcdef" not in messages[0].text


def test_where_clinic_toml_is_looked_for(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EDU_APP_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "site"))
    user = tmp_path / "user" / "EczemaExplained" / "clinic.toml"
    site = tmp_path / "site" / "EczemaExplained" / "clinic.toml"
    assert default_config_path() == user  # neither exists: where set-pin would write it
    site.parent.mkdir(parents=True)
    site.write_text("", encoding="utf-8")
    assert default_config_path() == site  # the machine-wide file
    user.parent.mkdir(parents=True)
    user.write_text("", encoding="utf-8")
    assert default_config_path() == user  # this user's file comes first


def test_messages_name_the_default_in_words(tmp_path: Path) -> None:
    data = {"clinic": {"name": "x" * 121}, "kiosk": {"enabled": "yes"}, "content": {"languages": "en"}}
    _, messages = parse_config(data, tmp_path)
    assert sorted(m.text for m in messages) == [
        "[clinic] name must be at most 120 characters; using the default",  # the default is empty
        "[content] languages must be a list of 1 to 12 language codes; using the default (en, th)",
        "[kiosk] enabled must be true or false; using the default (false)",
    ]


def test_sections_that_are_not_tables_or_not_known(tmp_path: Path) -> None:
    _, messages = parse_config({"clinic": "Riverside", "colours": {"a": 1}}, tmp_path)
    assert [m.text for m in messages] == [
        "[clinic] must be a table; using defaults",
        "[colours] is not a known section; it is ignored",
    ]


def test_the_first_offered_language_replaces_a_default_not_offered(tmp_path: Path) -> None:
    config, messages = parse_config(
        {"content": {"languages": ["th", "en"], "default_language": "fr"}}, tmp_path)
    assert config.default_language == "th"
    assert [m.text for m in messages] == [
        "[content] default_language 'fr' is not in languages; using 'th'"]


def test_a_broken_file_is_still_named_as_the_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "clinic.toml"
    for content in (b"[clinic\n", b'[clinic]\nname = "\xff"\n', b"x = " + b"[" * 2000 + b"]" * 2000):
        path.write_bytes(content)
        config, messages = load_config(path)
        assert config == ClinicConfig(source=path) and len(messages) == 1
    assert messages[0].text == f"{path}: nested too deeply; using defaults"

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert load_config(path) == (ClinicConfig(), [
        ConfigMessage(f"{path}: cannot read (Permission denied); using defaults")])


def test_preferences_take_one_as_true() -> None:
    assert Preferences.from_mapping({"high_contrast": "1"}).high_contrast is True
    assert Preferences.from_mapping({"high_contrast": "0"}).high_contrast is False


def test_the_on_screen_keyboard_setting(tmp_path: Path) -> None:
    for value in ("kiosk", "always", "never"):
        path = tmp_path / f"{value}.toml"
        path.write_text(f'[touch]\nkeyboard = "{value}"\n', encoding="utf-8")
        config, messages = load_config(path)
        assert (config.touch_keyboard, messages) == (value, [])
    assert ClinicConfig().touch_keyboard == "kiosk"  # a kiosk gets it without being asked
