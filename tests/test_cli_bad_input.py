"""Bad clinic input through the real command line and start-up (issue 15): check-content names
each problem with its file, and start-up refuses a clinic folder that is a whole disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from edu_app.core.settings import load_config
from edu_app.startup import load_everything

from helpers import page_text, write


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "edu_app", *args], capture_output=True,
                          text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=300)


def test_check_content_names_each_bad_clinic_page(tmp_path: Path) -> None:
    pages = tmp_path / "our-pages" / "en"
    write(pages / "brackets.md", page_text("brackets", 90, ("[" * 100 + "\n") * 300, "[]",
                                           illustration="skin-healthy"))
    write(pages / "escape.md", page_text("escape", 91, "Text.\n", "[]",
                                         illustration="../../../etc/passwd"))
    write(pages / "long-line.md", page_text("long-line", 92, "word " * 200_000 + "\n", "[]"))
    result = run("check-content", str(tmp_path / "our-pages"))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert f"{pages / 'brackets.md'}:11: error: a paragraph with 30000 '['" in out
    assert (f"{pages / 'escape.md'}:6: error: illustration '../../../etc/passwd' must be an "
            "illustration id (letters, digits, '-'; no folders)") in out
    assert f"{pages / 'long-line.md'}: error: the file is too large (1000" in out


def test_check_content_refuses_a_whole_disk() -> None:
    root = Path(Path.cwd().anchor)
    result = run("check-content", str(root))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (f"{root}: error: the clinic's folder is a whole disk or a home folder; name the "
            "folder that holds the clinic's pages") in result.stdout


def test_start_up_leaves_out_a_whole_disk_as_clinic_folder(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    root = Path(Path.cwd().anchor)
    config.write_text(f"[content]\nextra_folder = '{root}'\n[kiosk]\nenabled = true\n",
                      encoding="utf-8")
    assert load_config(config)[0].extra_content == root
    loaded = load_everything(config, explicit=True)
    assert loaded.config.kiosk_enabled
    assert [m.text for m in loaded.messages] == [
        f"[content] extra_folder {root} is a whole disk or a home folder; name the folder that "
        "holds the clinic's pages; the clinic's pages are left out"]
    assert sorted(loaded.library.languages) == ["en", "th"]
    assert loaded.library.errors == []


def test_a_handout_with_too_long_a_name_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("handout", "--topics", "urgent-help", "--name", "N" * 100,
                 "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == "edu-app: the patient's name has 100 characters (at most 80)\n"
    assert not (tmp_path / "x.pdf").exists()
