"""The kiosk's command-line tools: set-pin and usage."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from edu_app.cli import main
from edu_app.core import paths
from edu_app.core.kiosk import verify_pin
from edu_app.core.settings import load_config


def test_set_pin_writes_a_hash_into_the_given_config(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic.toml"
    config.write_text('[clinic]\nname = "Riverside"\n', encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("5791\n"))
    assert main(["--config", str(config), "set-pin", "--pin-stdin"]) == 0
    loaded, messages = load_config(config, explicit=True)
    assert messages == [] and loaded.clinic_name == "Riverside"
    assert verify_pin("5791", loaded.admin_pin_hash)
    assert "5791" not in config.read_text(encoding="utf-8")


@pytest.mark.parametrize("pin", ["12", "abcd", ""])
def test_set_pin_refuses_a_bad_pin_in_one_line(tmp_path: Path, monkeypatch, capsys, pin: str) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    assert main(["--config", str(config), "set-pin", "--pin-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "4 to 8 digits" in err and not config.exists()


def test_usage_exports_csv(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    state = paths.user_state_dir()
    state.mkdir(parents=True)
    (state / "kiosk-usage.json").write_text(
        json.dumps({"2026-11-23": {"pages": 7, "prints": 2, "resets": 3}}), encoding="utf-8")
    out = tmp_path / "usage.csv"
    assert main(["usage", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "date,pages,prints,resets,sheets\n2026-11-23,7,2,3,0\n"
    assert main(["usage", "--out", str(tmp_path / "missing" / "x.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_set_pin_takes_the_config_after_the_command_as_the_readme_writes_it(
        tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "clinic.toml"
    other = tmp_path / "other.toml"
    monkeypatch.setenv("EDU_APP_CONFIG", str(other))
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert main(["set-pin", "--pin-stdin", "--config", str(config)]) == 0
    assert capsys.readouterr().err == ""
    assert verify_pin("8642", load_config(config)[0].admin_pin_hash)
    assert not other.exists()  # not the default file


def test_a_config_after_the_command_wins_over_one_before_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before, after = tmp_path / "before.toml", tmp_path / "after.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert main(["--config", str(before), "set-pin", "--config", str(after), "--pin-stdin"]) == 0
    assert after.exists() and not before.exists()


def test_usage_takes_global_options_after_the_command(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["usage", "--lang", "th", "--config", str(tmp_path / "c.toml"), "--out", "-"]) == 0
    assert capsys.readouterr().out == "date,pages,prints,resets,sheets\n"


def test_an_unknown_option_after_the_command_is_still_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stop:
        main(["set-pin", "--pin-stdin", "--colour", "red"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_a_kiosk_started_with_a_config_not_yet_there_stores_a_screen_pin_in_that_file(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wanted = tmp_path / "new" / "clinic.toml"
    seen = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr("edu_app.ui.app.run", lambda loaded, _lang, kiosk, **_: seen.append(loaded) or 0)
    assert main(["--kiosk", "--config", str(wanted)]) == 0
    [loaded] = seen
    assert loaded.config.source == wanted  # where the kiosk's first-PIN step writes the hash
