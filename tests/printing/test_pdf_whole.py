"""A handout PDF is written whole or not at all: a failure or a kill half-way through leaves
the file already at --out as it was, and a failure leaves no temporary file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from edu_app.cli import main
from edu_app.printing import pdf

TOPICS = "skin-barrier,urgent-help"  # four pages or so: page 2 is half-way


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, bytes]:
    """A good handout already at --out (the one a failed run must not spoil)."""
    out = tmp_path / "out" / "handout.pdf"
    assert main(["handout", "--topics", "urgent-help", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert len(PdfReader(out).pages) >= 1
    return out, data


def test_a_failure_on_page_two_keeps_the_earlier_pdf_and_leaves_no_temporary_file(
        qapp, earlier: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        capsys: pytest.CaptureFixture[str]) -> None:
    out, before = earlier
    real_footer = pdf.draw_footers
    written: list[int] = []

    def fail_on_page_two(painter: Any, rect: Any, footers: Any, number: int, *args: Any) -> None:
        real_footer(painter, rect, footers, number, *args)
        written.append(number)
        if number == 2:
            raise RuntimeError("the writer stopped half-way")

    monkeypatch.setattr(pdf, "draw_footers", fail_on_page_two)
    assert main(["handout", "--topics", TOPICS, "--out", str(out)]) == 1
    assert written == [1, 2]  # it did fail half-way, after writing part of the PDF
    assert "RuntimeError" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["handout.pdf"]


def test_an_unwritable_place_is_one_line_and_nothing_is_made(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    (folder / "kept").write_text("x", encoding="utf-8")
    assert main(["handout", "--topics", "urgent-help", "--out", str(folder)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == ["kept"]


KILLED = textwrap.dedent("""
    import sys, threading
    from edu_app.printing import pdf

    real_footer = pdf.draw_footers

    def stop_on_page_two(painter, rect, footers, number, *args):
        real_footer(painter, rect, footers, number, *args)
        if number == 2:
            print("HALF-WAY", flush=True)
            threading.Event().wait()  # until the test kills the program

    pdf.draw_footers = stop_on_page_two
    from edu_app.cli import main
    sys.exit(main(sys.argv[1:]))
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_a_killed_handout_keeps_the_earlier_pdf(earlier: tuple[Path, bytes]) -> None:
    out, before = earlier
    process = subprocess.Popen([sys.executable, "-c", KILLED, "handout", "--topics", TOPICS,
                                "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the PDF is half written
        assert line.strip() == "HALF-WAY", process.stderr.read() if process.stderr else ""
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert out.read_bytes() == before
    assert len(PdfReader(out).pages) >= 1
    left = [p.name for p in out.parent.iterdir() if p.name != "handout.pdf"]
    assert all(name.startswith(".handout.pdf.") and name.endswith(".tmp") for name in left)
