"""``edu-app handout --paper roll80``: the take-away card from the command line (PDF and ESC/POS),
clinic.toml's receipt settings, and one-line errors."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from helpers import run_app

CLINIC = '[clinic]\nname = "Riverside Skin Clinic"\nwebsite = "https://example.org/e"\n'


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_app(*args, home=home)


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_thai_card_as_pdf_and_escpos(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text(CLINIC, encoding="utf-8")
    pdf, job = tmp_path / "out" / "card.pdf", tmp_path / "card.bin"
    result = run("handout", "--paper", "roll80", "--topics", "skin-barrier,treatments", "--lang", "th",
                 "--config", str(config), "--out", str(pdf), "--escpos", str(job), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{pdf}: a card 80 mm wide, ")
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    text = "".join(re.findall("[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z]", page.extract_text()))
    assert "ผวทแขงแรงปกปองคณอยงไร" in text  # the title, ผิวที่แข็งแรงปกป้องคุณอย่างไร, without its marks
    assert "RiversideSkinClinic" in text
    data = job.read_bytes()
    assert data.startswith(b"\x1b\x40\x1d\x76\x30\x00\x48\x00")  # ESC @, GS v 0, 72 bytes across
    assert data.endswith(b"\x1b\x64\x03\x1d\x56\x42\x00")  # feed, partial cut


def test_clinic_toml_chooses_the_roll_and_512_dots(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text(CLINIC + '[print]\npaper = "roll80"\nreceipt_dots = 512\n', encoding="utf-8")
    job = tmp_path / "card.bin"
    result = run("handout", "--topics", "urgent-help", "--config", str(config),
                 "--out", str(tmp_path / "card.pdf"), "--escpos", str(job), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert job.read_bytes()[:8] == b"\x1b\x40\x1d\x76\x30\x00\x40\x00"  # 64 bytes: 512 dots
    result = run("handout", "--topics", "urgent-help", "--config", str(config), "--dots", "576",
                 "--out", str(tmp_path / "card.pdf"), "--escpos", str(job), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert job.read_bytes()[:8] == b"\x1b\x40\x1d\x76\x30\x00\x48\x00"  # --dots wins


def test_bad_dots_is_a_usage_error(tmp_path: Path) -> None:
    result = run("handout", "--paper", "roll80", "--topics", "skin-barrier", "--dots", "600",
                 "--out", str(tmp_path / "x.pdf"), home=tmp_path)
    assert one_line_error(result, 2) == ("edu-app: argument --dots: must be 576 or 512 (dots across "
                                         "an 80 mm roll), not '600' (see 'edu-app --help')")
    result = run("handout", "--topics", "skin-barrier", "--dots", "512",
                 "--out", str(tmp_path / "x.pdf"), home=tmp_path)
    assert one_line_error(result, 2) == ("edu-app: --dots and --escpos are for a card: "
                                         "add --paper roll80")
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_printer_device_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run("handout", "--paper", "roll80", "--topics", "skin-barrier", "--out",
                 str(tmp_path / "x.pdf"), "--escpos", "/dev/usb/lp-edu-app-none", home=tmp_path)
    assert one_line_error(result, 1) == ("edu-app: the receipt printer /dev/usb/lp-edu-app-none is "
                                         "not there: check that it is plugged in and switched on")


def test_what_a_card_cannot_hold_is_refused(tmp_path: Path) -> None:
    result = run("handout", "--paper", "roll80", "--topics", "skin-barrier", "--faq", "all",
                 "--out", str(tmp_path / "x.pdf"), home=tmp_path)
    assert one_line_error(result, 2) == "edu-app: a roll80 card prints topics only; leave out --faq"
    result = run("handout", "--paper", "roll80", "--topics", "nope",
                 "--out", str(tmp_path / "x.pdf"), home=tmp_path)
    assert one_line_error(result, 2).startswith("edu-app: unknown topic 'nope' (known: ")
