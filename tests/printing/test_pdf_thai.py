"""Thai in a handout PDF (issue 19): SARA AM reads back as written, italic Thai is upright, and
every glyph comes from the bundled fonts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu_app.printing.thai_text import Codes, rewrite

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# words of the treatments page, the action plan and the disclaimer, typed by hand
WORDS = ["น้ำ", "อาบน้ำ", "คำ", "แนะนำ", "ไม่ได้ใช้แทนคำแนะนำจากแพทย์ของคุณ", "ทาครีมบำรุงผิว",
         "กำเริบ"]


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("thai")
    plan = home / "plan.toml"
    plan.write_text('[green]\nproducts = ["cream", "ครีมทาผิว"]\n', encoding="utf-8")
    out = home / "th.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), EDU_APP_LOG_DIR=str(home / "logs"))
    result = subprocess.run([sys.executable, "-m", "edu_app", "handout", "--topics", "treatments",
                             "--lang", "th", "--action-plan", str(plan), "--out", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return out


def joined(text: str) -> str:
    """White space between Thai letters dropped (pypdf reads Thai word breaks as spaces)."""
    return re.sub(r"(?<=[\u0e01-\u0e4f])\s+(?=[\u0e01-\u0e4f])", "", text)


def assert_thai_as_written(text: str) -> None:
    assert "\u0e4d" not in text  # no nikhahit: every one was part of a SARA AM
    for word in WORDS:
        assert word in text, word
    assert "ทา" in text  # a standalone sara aa is still sara aa


def test_sara_am_reads_back_with_pypdf(handout: Path) -> None:
    assert_thai_as_written(joined(" ".join(p.extract_text() for p in PdfReader(handout).pages)))


def test_sara_am_reads_back_with_pdftotext(handout: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(handout), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert_thai_as_written(joined(text))


def test_every_font_is_bundled(handout: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed")
    listing = subprocess.run(["pdffonts", str(handout)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in listing}
    bundled = {path.stem for path in FONTS.glob("*.ttf")}
    assert names and names <= bundled, names - bundled  # the plan's boxes are drawn, not a font's


def test_italic_thai_is_upright_in_a_real_face(handout: Path) -> None:
    reader = PdfReader(handout)
    faces = set()
    for page in reader.pages:
        fonts = {name: font.get_object()["/BaseFont"] for name, font in
                 page["/Resources"]["/Font"].items()}
        content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        for name, matrix in re.findall(r"(/\S+) [\d.]+ Tf ([-\d. ]+) Tm", content):
            faces.add(fonts[name])
            shear = [float(n) for n in matrix.split()][1:3]
            assert shear == [0, 0], f"{fonts[name]} is slanted by Qt: {matrix}"
    assert "/NotoSansThai-Italic" in faces  # the plan's lead lines, in the bundled upright face


def codes() -> Codes:
    return Codes(nikhahit=8, sara_aa=2, above=frozenset({5, 8}), silent=60, am=61)


def glyphs(*numbers: int) -> bytes:
    return b"BT\n/F1 46 Tf 1 0 0 -1 0 0 Tm\n" + b"".join(
        b"1 0 Td <%04X> Tj\n" % n for n in numbers) + b"ET"


def test_only_the_pair_that_was_sara_am_changes() -> None:
    fonts = {b"/F1": codes()}
    assert rewrite(glyphs(1, 8, 5, 2), fonts) == (glyphs(1, 60, 5, 61), {b"/F1": 1})  # น้ำ
    assert rewrite(glyphs(1, 8, 2, 3, 2), fonts) == (glyphs(1, 60, 61, 3, 2), {b"/F1": 1})
    assert rewrite(glyphs(1, 2, 1, 8, 3), fonts) == (glyphs(1, 2, 1, 8, 3), {})  # า and ํ alone
    assert rewrite(glyphs(1, 8, 5, 2), {b"/F2": codes()}) == (glyphs(1, 8, 5, 2), {})  # not Thai
