"""``make bench-tricks``: what each start-up trick saves, measured against itself in one run.

Each trick avoids some work on the way to the first paint. Here the program starts to its first
paint as shipped and, interleaved with it, with the avoided work done anyway at the point where
the program loads Qt (or first of all, for a Qt-free trick), so the difference of the medians is
what the trick saves. A trick *pays* when its variant is slower by more than a millisecond in
the median and in at least two thirds of the paired runs. The page-opening tricks (kept pictures,
reused browsers, compiled pages, reused result cards) are rows of ``make bench`` itself.

    python benchmarks/tricks.py [--runs N]

Start-up figures swing by several milliseconds from run to run, so smaller steps are also
measured alone, each in a fresh interpreter timed around the step itself: the import a lazy
import avoids, the parser a plain start skips, and two tricks that cannot be undone from
outside the program (the first widget Qt made itself handed to Python, ``QAbstractScrollArea.
viewport()``, which the picture panel avoids by making its own viewport; a style sheet set
before widgets exist rather than after).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import _env, _first_paint, _median_ms  # noqa: E402  (this folder's run.py)

# Run before the program starts; {extra} is done right after PySide6 is loaded (the program's
# own moment for it), {first} before anything.
LAUNCH = """
import sys
{first}
import edu_app.pyside_hook as hook
_load = hook.load_pyside
def load_pyside():
{before_load}    _load()
{extra}
hook.load_pyside = load_pyside
from edu_app.cli import main
sys.exit(main([]))
"""

# trick -> (where it lives, code before anything, code after PySide6 is loaded, before loading)
TRICKS: dict[str, tuple[str, str, str, str]] = {
    "no QtCore.Qt enums before the first paint": (
        "edu_app/ui/widgets.py", "",
        "    from PySide6 import QtCore\n    QtCore.Qt.AlignmentFlag.AlignLeft\n", ""),
    "QIcon set up when first used": (
        "edu_app/ui/widgets.py", "", "    from PySide6.QtGui import QIcon\n", ""),
    "QComboBox set up when used (language menu)": (
        "edu_app/ui/top_bar.py", "", "    from PySide6.QtWidgets import QComboBox\n", ""),
    "logo code (QImageReader) loaded only with a logo": (
        "edu_app/ui/top_bar.py", "", "    import edu_app.paint.logo\n", ""),
    "PySide6's import hook lightened": (
        "edu_app/pyside_hook.py", "", "",
        "    hook.lighten_import_hook = lambda: False\n"),
    "Qt-free modules loaded before PySide6": (
        "edu_app/startup.py, cli.py",
        "import edu_app.pyside_hook\nedu_app.pyside_hook.load_pyside()\n", "", ""),
    "BLAKE2b from _blake2, not hashlib (OpenSSL)": (
        "edu_app/core/cache.py", "import hashlib\n", "", ""),
    "a plain start builds no argument parser": (
        "edu_app/cli.py", "from edu_app.cli import build_parser\nbuild_parser().parse_args([])\n",
        "", ""),
    "socket imported only under systemd": (
        "edu_app/core/watchdog.py", "import socket\n", "", ""),
}

QT_APP = "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"

# measured alone in a fresh interpreter: (set-up, the step as the program does it, the step the
# trick avoids); each timed with perf_counter around it
ALONE: dict[str, tuple[str, str, str]] = {
    "viewport(): a widget Qt made handed to Python": (
        QT_APP + "from PySide6.QtWidgets import QTextBrowser, QWidget\nbrowser = QTextBrowser()\n",
        "browser.setViewport(QWidget())", "browser.viewport()"),
    "style sheet set before widgets, not after": (
        QT_APP + "from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget\n"
        "sheet = 'QWidget { font-size: 18px; } QPushButton { min-height: 48px; padding: 8px; }'\n"
        "def build():\n    w = QWidget(); lay = QVBoxLayout(w)\n"
        "    for i in range(40): lay.addWidget(QPushButton(str(i))); lay.addWidget(QLabel(str(i)))\n"
        "    return w\n",
        "app.setStyleSheet(sheet); w = build(); w.show(); app.processEvents()",
        "w = build(); app.setStyleSheet(sheet); w.show(); app.processEvents()"),
    "QIcon's type set up (import)": (QT_APP, "pass", "from PySide6.QtGui import QIcon"),
    "QComboBox's type set up (import)": (QT_APP, "pass", "from PySide6.QtWidgets import QComboBox"),
    "hashlib (OpenSSL) instead of _blake2": ("from _blake2 import blake2b", "pass", "import hashlib"),
    "socket imported": ("", "pass", "import socket"),
    "argument parser built for a plain start": (
        "from edu_app.cli import build_parser", "pass", "build_parser().parse_args([])"),
}


def _timed(setup: str, step: str) -> str:
    return (f"{setup}\nimport time\n_t = time.perf_counter()\n{step}\n"
            "print(time.perf_counter() - _t)\n")


def _launch(first: str, extra: str, before_load: str) -> list[str]:
    code = LAUNCH.format(first=first, extra=extra or "    pass\n", before_load=before_load)
    return [sys.executable, "-c", code]


def _alone(code: str, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _verdict(shipped: list[float], variant: list[float]) -> tuple[float, int, str]:
    gain = _median_ms(variant) - _median_ms(shipped)
    wins = sum(v > s for s, v in zip(shipped, variant, strict=True))
    pays = gain > 1.0 and wins * 3 >= 2 * len(shipped)
    return gain, wins, "pays" if pays else "NOT SHOWN"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    import compileall

    compileall.compile_dir(str(HERE.parent / "edu_app"), quiet=1)
    print(f"What each start-up trick saves ({args.runs} interleaved runs, offscreen; ms are "
          "medians from launch to the first paint)")
    with tempfile.TemporaryDirectory() as home:
        env = dict(_env(home), EDU_APP_BENCH_FIRST_PAINT="1")
        shipped_cmd = _launch("", "", "")
        variants = {name: _launch(first, extra, before) for name, (_where, first, extra, before)
                    in TRICKS.items()}
        _first_paint(shipped_cmd, env)  # warm the file cache
        shipped: list[float] = []
        measured: dict[str, list[float]] = {name: [] for name in TRICKS}
        started = time.monotonic()
        for _ in range(args.runs):
            for name, command in variants.items():  # each paired with a shipped run just before
                shipped.append(_first_paint(shipped_cmd, env))
                measured[name].append(_first_paint(command, env))
        print(f"  as shipped: {_median_ms(shipped):.0f} ms ({time.monotonic() - started:.0f} s in all)")
        width = max(len(n) for n in [*TRICKS, *ALONE])
        for index, (name, times) in enumerate(measured.items()):
            paired = shipped[index::len(TRICKS)]
            gain, wins, verdict = _verdict(paired, times)
            print(f"  {name:<{width}}  {gain:+6.1f} ms  (slower without it in {wins}/{len(times)} runs)"
                  f"  {verdict}   [{TRICKS[name][0]}]")
        print("  measured alone, each in a fresh interpreter (ms of the step itself):")
        for name, (setup, with_it, without) in ALONE.items():
            ours: list[float] = []
            theirs: list[float] = []
            for _ in range(args.runs):
                ours.append(_alone(_timed(setup, with_it), env))
                theirs.append(_alone(_timed(setup, without), env))
            gain, wins, verdict = _verdict(ours, theirs)
            print(f"  {name:<{width}}  {gain:+6.1f} ms  (slower without it in {wins}/{len(ours)} runs)"
                  f"  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
