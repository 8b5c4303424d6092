"""The command-line contract: one-line errors, exit codes, headless commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app import __version__

from helpers import page_text, write


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if env is not None:
        full_env = env
    return subprocess.run(
        [sys.executable, "-m", "edu_app", *args], capture_output=True, text=True, env=full_env,
        timeout=120,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"edu-app {__version__}"


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["--lang", "english"], ["screenshot", "--page", "x"],
     ["screenshot", "--page", "home", "--size", "big", "--out", "x.png"]],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("edu-app: ")
    assert "Traceback" not in result.stderr


def test_unknown_page_is_one_line(tmp_path: Path) -> None:
    result = run("screenshot", "--page", "nope", "--out", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("edu-app: unknown page 'nope'")


def test_screenshot_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "page.png"
    result = run("screenshot", "--page", "skin-barrier", "--size", "900x700", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_the_handout_builder(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "builder.png"
    result = run("screenshot", "--page", "handout", "--lang", "th", "--size", "1024x768",
                 "--text-size", "200", "--out", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_unwritable_screenshot_path_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("screenshot", "--page", "home", "--out", str(blocker / "x.png"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "edu-app:" in result.stderr


def test_check_content_bundled_passes() -> None:
    result = run("check-content")
    assert result.returncode == 0, result.stdout
    assert "0 errors" in result.stdout


def test_check_content_names_file_line_and_problem(content_tree: Path) -> None:
    write(content_tree / "en" / "bad.md", page_text("bad", 5, "Hi [@ghost-1999].\n", "[]"))
    (content_tree / "en" / "latin1.md").write_bytes(
        page_text("latin1", 6, "caf\xe9\n", "[]").encode("latin-1")
    )
    result = run("check-content", str(content_tree))
    assert result.returncode == 1
    assert f"{content_tree / 'en' / 'bad.md'}:11: error: unknown source id 'ghost-1999'" in result.stdout
    assert f"{content_tree / 'en' / 'latin1.md'}:11: error: the file is not UTF-8" in result.stdout


def test_check_content_missing_folder() -> None:
    result = run("check-content", "/no/such/folder")
    assert result.returncode == 2 and "is not a folder" in result.stderr


def test_self_test_passes() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "FAIL" not in result.stdout


def test_window_without_a_display_says_so() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(env=env)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a display server variable")
    assert result.returncode == 2 and "no display found" in result.stderr


def test_broken_config_still_starts(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text("[kiosk]\nidle_seconds = 5\n", encoding="utf-8")
    out = tmp_path / "home.png"
    result = run("--config", str(config), "screenshot", "--page", "home", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "[kiosk] idle_seconds must be a whole number from 30 to 600" in result.stderr
    assert out.exists()


def test_the_window_opens_paints_and_closes_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EDU_APP_BENCH_FIRST_PAINT="1")
    result = run(env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("FIRST_PAINT ")
    # the start-up phases make bench prints, in the order they happen, before the paint
    phases = [line.split() for line in lines if line.startswith("PHASE ")]
    assert [p[1] for p in phases] == ["python", "content", "qt", "application", "window"]
    stamps = [float(p[2]) for p in phases] + [float(lines[-1].split()[1])]
    assert stamps == sorted(stamps)


def test_search_prints_kind_id_and_title_a_line_best_first() -> None:
    result = run("search", "what is dupilumab", "--limit", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t")[:2] == ["glossary", "dupilumab"]
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_search_in_thai_as_json_with_the_correction() -> None:
    import json

    result = run("search", "สเตอรอยด์", "--lang", "th", "--json", "--limit", "2")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["did_you_mean"] == "สเตียรอยด์" and data["total"] > 2
    assert [r["id"] for r in data["results"]][:1] == ["steroid-safety"]  # the page about steroids
    assert "<" not in data["results"][0]["snippet"]  # plain text, no highlight markup


def test_search_finding_nothing_exits_1_and_a_bad_limit_2() -> None:
    nothing = run("search", "zqxjvw")
    assert nothing.returncode == 1 and nothing.stdout == ""
    bad = run("search", "itch", "--limit", "0")
    assert bad.returncode == 2 and "limit" in bad.stderr
