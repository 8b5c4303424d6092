"""Fuzzing the settings loader: any clinic.toml (broken, hostile, wrongly typed) starts the
program, and every key that was wrong is named and left on its default."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu_app.core.settings import CLINIC_KEYS, ClinicConfig, Preferences, load_config, parse_config

from fuzzing import HOSTILE, fuzz, nested

EXAMPLES = {"files": 200, "tables": 300, "preferences": 100}
EXAMPLE = (Path(__file__).resolve().parents[2] / "docs" / "clinic.example.toml").read_text("utf-8")

values = st.recursive(
    st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE), st.integers(), st.booleans(),
              st.floats(), st.dates(), st.datetimes(), st.times(),
              st.sampled_from(["en", "th", "https://example.org", "pbkdf2_sha256$1$a$b", "~nobody9/x",
                               "", " ", "logo.png", "/abs/logo.png"])),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
sections = st.sampled_from(sorted({k.section for k in CLINIC_KEYS})) | st.text(max_size=8)
names = st.sampled_from(sorted({k.name for k in CLINIC_KEYS})) | st.text(max_size=8)
tables = st.dictionaries(sections, st.dictionaries(names, values, max_size=6) | values, max_size=6)


def _mutated() -> st.SearchStrategy[bytes]:
    """The documented example with random bytes put in, cut out or replaced."""
    source = EXAMPLE.encode()
    return st.tuples(st.integers(0, len(source)), st.integers(0, 20), st.binary(max_size=20)).map(
        lambda c: source[: c[0]] + c[2] + source[c[0] + c[1]:]
    )


files = st.one_of(
    _mutated(), st.binary(max_size=500), st.text(max_size=500).map(str.encode),
    st.sampled_from(["array", "table"]).map(lambda kind: nested(3000, kind).encode()),
    st.sampled_from([b"\xff\xfe[clinic]", b"\x00" * 50, b"[clinic]\nname = \"\\ud800\"\n",
                     "[clinic]\nname = \"x\"\n".encode("utf-16")]),
)


@fuzz(EXAMPLES["files"])
@given(data=files)
def test_any_file_starts_on_a_config(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clinic.toml"
        path.write_bytes(data)
        config, messages = load_config(path, explicit=True)
    assert isinstance(config, ClinicConfig) and config.source == path
    assert config.default_language in config.languages
    for message in messages:
        assert message.text.startswith(("clinic.toml: ", str(path)))


@fuzz(EXAMPLES["tables"])
@given(data=tables)
def test_every_wrong_key_is_named_and_on_its_default(data: dict[str, Any]) -> None:
    config, messages = parse_config(data, Path("/clinic"))
    defaults = ClinicConfig()
    texts = [m.text for m in messages]
    assert all(t.isprintable() for t in texts), texts  # one line each, in the strip and the log
    for key in CLINIC_KEYS:
        table = data.get(key.section)
        if not isinstance(table, dict) or key.name not in table:
            if key.attr != "default_language":
                assert getattr(config, key.attr) == getattr(defaults, key.attr)
            continue
        named = any(t.startswith(f"[{key.section}] {key.name} must be") for t in texts)
        if named:
            assert getattr(config, key.attr) == getattr(defaults, key.attr), key
            assert "using the default" in next(t for t in texts if f"] {key.name} must" in t)
        else:  # accepted: then it has the right type and passes its rule
            value = getattr(config, key.attr)
            assert isinstance(value, key.kind) and key.check(value), (key, value)
    assert config.default_language in config.languages


@fuzz(EXAMPLES["preferences"])
@given(data=st.dictionaries(st.sampled_from(["language", "text_scale", "high_contrast", "x"]),
                            values, max_size=4))
def test_preferences_from_anything(data: dict[str, Any]) -> None:
    prefs = Preferences.from_mapping(data)
    assert Preferences.from_mapping(prefs.to_mapping()) == prefs


def test_a_home_folder_of_an_unknown_user_is_a_wrong_path() -> None:
    # regression: "~nobody9/logo.png" raised RuntimeError out of the settings loader
    config, messages = parse_config({"clinic": {"logo": "~nobody9/logo.png"}}, Path("/clinic"))
    assert config.clinic_logo is None
    assert messages[0].text.startswith("[clinic] logo must be a file or folder path")


@pytest.mark.parametrize("kind", ["array", "table"])
def test_deeply_nested_toml_starts_on_defaults(kind: str, tmp_path: Path) -> None:
    # regression: tomllib's RecursionError escaped from load_config
    path = tmp_path / "clinic.toml"
    path.write_text("[clinic]\n" + nested(5000, kind), encoding="utf-8")
    config, messages = load_config(path)
    assert config == ClinicConfig(source=path)
    assert "nested too deeply" in messages[0].text


def test_unknown_names_are_reported_on_one_line() -> None:
    # regression: a quoted section or key with a line break split the staff message in two
    _, messages = parse_config({"kiosk": {"a\nb": 1}, "x\ny": {}}, Path("/c"))
    assert sorted(m.text for m in messages) == [
        "[kiosk] a\\nb is not a known key", "[x\\ny] is not a known section; it is ignored"]


def test_dates_and_times_are_wrong_types() -> None:
    config, messages = parse_config({"kiosk": {"idle_seconds": dt.time(1, 2)}}, Path("/c"))
    assert config.kiosk_idle_seconds == 120 and "[kiosk] idle_seconds" in messages[0].text
