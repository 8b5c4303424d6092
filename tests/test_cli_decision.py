"""``edu-app decision-aid``: the one-page summary without a window, from a ratings file; one-line
errors; nothing written but the PDF (issue 20). And ``screenshot --page decision-aid``."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from helpers import run_app

RATINGS = """\
leaning = "pay"
questions = [12, 14]
[ratings]
proven = 5
risk = 1
[sure]
sure = false
informed = true
"""


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_app(*args, home=home)


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and "cache" not in p.parts}


def test_the_summary_from_a_ratings_file(tmp_path: Path) -> None:
    ratings = tmp_path / "mine.toml"
    ratings.write_text(RATINGS, encoding="utf-8")
    out = tmp_path / "out" / "summary.pdf"
    before = _files(tmp_path)
    result = run("decision-aid", "--ratings", str(ratings), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 1 page"
    assert _files(tmp_path) - before == {out}  # the PDF and nothing else (the cache aside)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for expected in ["Agree a lot", "Disagree a lot",
                     "My leaning today (I can change my mind): Stem cell shots at a clinic",
                     "What is the total cost?", "Am I being asked to pay?",
                     "Do you feel sure which choice is best for you? No",
                     "Do you know the good and bad points of each choice? Yes"]:
        assert expected in text, expected
    assert text.count("Not answered") == 3 + 2  # three ratings and two SURE questions unanswered


def test_thai_and_letter_and_the_card(tmp_path: Path) -> None:
    out = tmp_path / "th.pdf"
    result = run("decision-aid", "--lang", "th", "--paper", "letter", "--out", str(out),
                 home=tmp_path)
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width)) == 612  # Letter
    card = tmp_path / "card.pdf"
    result = run("decision-aid", "--paper", "roll80", "--out", str(card), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{card}: a card 80 mm wide, ")
    width = float(PdfReader(card).pages[0].mediabox.width) / 72 * 25.4
    assert round(width) == 80


def _one_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_bad_answers_and_a_missing_file_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[ratings]\nproven = 9\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    line = _one_line(run("decision-aid", "--ratings", str(bad), "--out", str(out), home=tmp_path), 2)
    assert line == f"edu-app: {bad}: [ratings] proven must be a whole number from 1 to 5"
    line = _one_line(run("decision-aid", "--ratings", str(tmp_path / "none.toml"), "--out", str(out),
                         home=tmp_path), 2)
    assert line.startswith(f"edu-app: cannot read {tmp_path / 'none.toml'}")
    line = _one_line(run("decision-aid", "--lang", "fr", "--out", str(out), home=tmp_path), 2)
    assert line == "edu-app: there is no content in language 'fr'"
    assert not out.exists()


def test_an_unwritable_output_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    line = _one_line(run("decision-aid", "--out", str(blocker / "x.pdf"), home=tmp_path), 1)
    assert line.startswith("edu-app: cannot write")


def test_a_screenshot_of_each_step(tmp_path: Path) -> None:
    for step in ("", ":2", ":5"):
        out = tmp_path / f"aid{step.strip(':')}.png"
        result = run("screenshot", "--page", f"decision-aid{step}", "--size", "1024x768",
                     "--out", str(out), home=tmp_path)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 10_000
