"""Thai wraps between words without libthai (which Windows, macOS and our installers lack).

The pages carry U+200B between Thai words (edu_app/core/thai.py, at compile time). The proof
lays the Thai pages out in a child process with libthai hidden (as root: a private mount
namespace with /dev/null bound over the library) and checks that no line begins inside a word
or on a vowel or mark; the same pages without our marks, with libthai hidden, break inside
words ("ที่เ|ริ่ม"), which shows that the check can fail.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app.core.model import Library
from edu_app.core.render import compile_pages, template_for
from edu_app.core.thai import ZWSP
from edu_app.core.theme import NORMAL

CHILD = Path(__file__).with_name("thai_wrap_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _libthai() -> list[str]:
    return sorted({os.path.realpath(p) for p in glob.glob("/usr/lib/*/libthai.so*")
                   + glob.glob("/usr/lib/libthai.so*") + glob.glob("/lib/*/libthai.so*")})


def _without_libthai(*args: str) -> dict[str, object]:
    command = [sys.executable, str(CHILD), *args]
    libraries = _libthai()
    if libraries:
        if os.geteuid() != 0 or shutil.which("unshare") is None:
            pytest.skip("hiding libthai needs root and unshare (CI runs as root)")
        if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
            pytest.skip("this machine does not allow a private mount namespace")
        mounts = " && ".join(f"mount --bind /dev/null '{lib}'" for lib in libraries)
        quoted = " ".join(f"'{part}'" for part in command)
        command = ["unshare", "-m", "sh", "-c", f"{mounts} && exec {quoted}"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["breaks_inside_thai_runs"] == 0, "libthai was not hidden"
    return result


@pytest.mark.slow
def test_thai_pages_wrap_between_words_without_libthai() -> None:
    result = _without_libthai("300", "pages")
    assert isinstance(result["lines"], int) and result["lines"] > 500  # plenty of wrapping
    assert result["bad"] == []
    assert result["overflow"] == []


@pytest.mark.slow
def test_without_our_marks_the_same_pages_break_inside_words() -> None:
    result = _without_libthai("300", "pages", "--no-marks")
    assert isinstance(result["bad"], list) and len(result["bad"]) >= 10


@pytest.mark.slow
@pytest.mark.parametrize(("what", "width", "least"), [("handout", 200, 200), ("labels", 80, 100)])
def test_thai_handouts_labels_and_questions_wrap_between_words_without_libthai(
    what: str, width: int, least: int
) -> None:
    # a handout of every topic and question on narrow paper; every illustration label and FAQ
    # question in a narrow box (as drawn on a picture or shown in a wrapping label)
    result = _without_libthai(str(width), what)
    assert isinstance(result["lines"], int) and result["lines"] > least
    assert result["bad"] == []
    assert result["overflow"] == []
    unmarked = _without_libthai(str(width), what, "--no-marks")
    assert isinstance(unmarked["bad"], list) and len(unmarked["bad"]) + len(unmarked["overflow"]) >= 5


def test_compiled_thai_pages_carry_word_breaks_and_english_none(library: Library) -> None:
    compile_pages(library)
    thai = template_for(library, "th", "skin-barrier", NORMAL) or ""
    english = template_for(library, "en", "skin-barrier", NORMAL) or ""
    between_thai = f"(?<=[\u0e01-\u0e4f]){ZWSP}(?=[\u0e01-\u0e4f])"
    assert len(re.findall(between_thai, thai)) > 200 and not re.findall(between_thai, english)
    # "and keeps germs from getting in", word by word as a Thai reader would split it
    assert f"และ{ZWSP}กัน{ZWSP}เชื้อโรค{ZWSP}ไม่{ZWSP}ให้{ZWSP}เข้ามา" in thai
    assert "<" + ZWSP not in thai and ZWSP + ">" not in thai  # never inside a tag
