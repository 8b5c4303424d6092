"""`edu-app check-layout` over the screen matrix (issue 16): every screen at landscape and
portrait sizes, in English, Thai and the two pseudo-locales, at 100-200 % text, in normal and
high contrast, as a desk and as a kiosk. Each size, language, text size, contrast and mode
appears at least once, and each language with at least two sizes and text sizes.

Each run is its own process (the real command, as a person would run it), so no window or style
of another test is around. A failure prints check-layout's own lines: which screen, which widget.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

MATRIX = [
    # size, language, text size, extra options
    ("1024x768", "en", "200", ()),
    ("1280x800", "th", "150", ("--high-contrast",)),
    ("1366x768", "qpl", "200", ("--kiosk",)),
    ("1920x1080", "qpr", "100", ("--high-contrast", "--kiosk")),
    ("768x1024", "th", "200", ("--kiosk",)),
    ("1080x1920", "en", "150", ("--kiosk",)),
    ("768x1024", "qpl", "200", ("--high-contrast",)),  # (the handout builder grew the window)
    ("1024x768", "th", "100", ("--high-contrast", "--kiosk")),
]


@pytest.mark.parametrize(("size", "lang", "text", "extra"), MATRIX,
                         ids=["-".join((s, lang, t, *e)) for s, lang, t, e in MATRIX])
def test_check_layout_finds_nothing(size: str, lang: str, text: str, extra: tuple[str, ...],
                                    tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "XDG_CACHE_HOME": str(tmp_path / "cache"),
                "XDG_STATE_HOME": str(tmp_path / "state"),
                "PYTHONFAULTHANDLER": "1"})  # (a crash shows where, below)
    result = subprocess.run(
        [sys.executable, "-m", "edu_app", "check-layout", "--size", size, "--lang", lang,
         "--text-size", text, *extra],
        capture_output=True, text=True, timeout=300, env=env)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    noise = "This plugin does not support propagateSizeHints()"  # (offscreen Qt, every window)
    stderr = "\n".join(line for line in result.stderr.splitlines() if line != noise)
    assert lines and lines[-1].endswith(": 0 problems"), \
        f"exit code {result.returncode}\n" + "\n".join(lines) + "\n" + stderr[-6000:]
    assert result.returncode == 0
