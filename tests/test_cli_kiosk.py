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
