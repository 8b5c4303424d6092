"""``edu-app review list | approve | pdf`` from the command line, as a clinic would run them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest

from edu_app import resources

pypdf = pytest.importorskip("pypdf")


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    return subprocess.run([sys.executable, "-m", "edu_app", *args], capture_output=True,
                          text=True, env=env, timeout=180)


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    config = tmp_path / "clinic" / "clinic.toml"
    config.parent.mkdir()
    config.write_text('[clinic]\nname = "Riverside Skin Clinic"\n', encoding="utf-8")
    return config


def test_approve_then_list_then_lapse(tmp_path: Path, clinic: Path) -> None:
    listed = run("review", "list", "--config", str(clinic), home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0] == f"# sign-off for this clinic: {clinic.parent / 'reviews.toml'} (none yet)"
    row = next(line for line in lines if line.startswith("treatments") and " th " in line)
    assert row.split() == ["treatments", "th", "translation-pending", "not", "reviewed"]

    done = run("review", "approve", "treatments", "--lang", "th", "--by", "พญ. อนงค์ ศรีสุข",
               "--config", str(clinic), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("treatments (th) approved by พญ. อนงค์ ศรีสุข on ")
    listed = run("review", "list", "--lang", "th", "--config", str(clinic), home=tmp_path)
    rows = [line for line in listed.stdout.splitlines() if line.startswith("treatments")]
    assert len(rows) == 1 and "approved: พญ. อนงค์ ศรีสุข, " in rows[0]
    assert all(" en " not in line for line in listed.stdout.splitlines()[2:-1])


@pytest.mark.parametrize(("args", "code", "message"), [
    (["approve", "no-such-page", "--by", "Dr A"], 2, "edu-app: unknown page 'no-such-page' in en"),
    (["approve", "treatments", "--by", ""], 2, "edu-app: the reviewer's name is empty"),
    (["pdf", "no-such-page", "--out", "x.pdf"], 2, "edu-app: unknown page 'no-such-page' in en"),
    (["list", "--lang", "xx"], 2, "edu-app: there is no content in language 'xx'"),
])
def test_bad_input_is_one_line(tmp_path: Path, clinic: Path, args, code, message) -> None:
    result = run("review", *args, "--config", str(clinic), home=tmp_path)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_damaged_file_is_named_and_kept(tmp_path: Path, clinic: Path) -> None:
    reviews = clinic.parent / "reviews.toml"
    reviews.write_text("[[approval]\nbroken", encoding="utf-8")
    for args in (["list"], ["approve", "treatments", "--by", "Dr A"]):
        result = run("review", *args, "--config", str(clinic), home=tmp_path)
        assert result.returncode == 1 and f"{reviews} is damaged" in result.stderr
    assert reviews.read_text(encoding="utf-8") == "[[approval]\nbroken"


def test_the_review_sheet_lists_every_claim_with_its_source(tmp_path: Path, clinic: Path) -> None:
    out = tmp_path / "review.pdf"
    result = run("review", "pdf", "treatments", "--out", str(out), "--config", str(clinic),
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # (ligatures: ﬂ is fl)
    assert "Clinical review:" in flat and "Part 1: claims and their sources" in flat
    assert "Part 2: the page as patients read it" in flat
    assert 'edu-app review approve treatments --by "NAME" --lang en' in flat
    # every clinician point with a badge is a claim on the sheet (read from the file here)
    page_file = (resources.content_dir() / "en" / "treatments.md").read_text(encoding="utf-8")
    front = tomllib.loads(page_file.split("+++")[1])
    graded = [p for step in front["steps"] for p in step["points"] if "{ev:" in p]
    assert len(graded) >= 3
    for point in graded:
        words = " ".join(point.split("{ev:")[0].split()[:4])
        assert words in flat, words
    assert "Not yet reviewed for this clinic." in flat
    shutil.rmtree(clinic.parent)


def test_the_decision_aid_has_a_review_sheet(tmp_path: Path, clinic: Path) -> None:
    """Every cell with a badge is a claim, named by its option and row, with its sources."""
    out = tmp_path / "aid.pdf"
    result = run("review", "pdf", "decision-aid", "--out", str(out), "--config", str(clinic),
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Clinical review: Stem cells for eczema: compare your choices" in flat
    assert "Stem cell shots at a clinic (you pay) · Cost to you: We found no price" in flat
    assert "Proven care, stepping up · How many get better, out of 100: Shot (dupilumab)" in flat
    assert "Simpson EL" in flat and "Légaré F" in flat  # the sources written out in full
    assert 'edu-app review approve decision-aid --by "NAME" --lang en' in flat
    shutil.rmtree(clinic.parent)
