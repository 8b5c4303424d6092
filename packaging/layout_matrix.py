"""``make layout-matrix``: ``edu-app check-layout`` over every combination of the screen matrix.

7 sizes (landscape 1024×768 to 1920×1080, portrait 768×1024 to 1080×1920) × English, Thai and
the two pseudo-locales × text 100/150/200 % × normal and high contrast × desk and kiosk: 336
runs, each its own process (two at a time; about 15 minutes on two cores). ``make test`` runs a
set of eight that covers every value (tests/ui/test_layout_matrix.py); this covers every
combination. Prints each problem once with the runs that found it; exit 1 on any.

    python packaging/layout_matrix.py [--jobs N] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

SIZES = ("1024x768", "1280x800", "1366x768", "1920x1080", "768x1024", "800x1280", "1080x1920")
LANGUAGES = ("en", "th", "qpl", "qpr")
TEXT = ("100", "150", "200")
CONTRAST = ((), ("--high-contrast",))
MODE = ((), ("--kiosk",))


def runs() -> list[tuple[str, ...]]:
    return [(size, lang, text, *contrast, *mode) for size, lang, text, contrast, mode
            in itertools.product(SIZES, LANGUAGES, TEXT, CONTRAST, MODE)]


def check(run: tuple[str, ...]) -> tuple[str, list[str], str]:
    size, lang, text, *extra = run
    with tempfile.TemporaryDirectory() as home:
        env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
        env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": home,
                    "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state"})
        done = subprocess.run(
            [sys.executable, "-m", "edu_app", "check-layout", "--size", size, "--lang", lang,
             "--text-size", text, *extra], capture_output=True, text=True, env=env, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    name = " ".join(run)
    if not lines or not lines[-1].startswith("check-layout ("):
        return name, [f"check-layout did not finish: {done.stderr.strip()[-300:]}"], ""
    return name, lines[:-1], lines[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="runs whose options contain this text")
    args = parser.parse_args()
    chosen = [run for run in runs() if args.only in " ".join(run)]
    found: dict[str, list[str]] = defaultdict(list)
    with ThreadPoolExecutor(args.jobs) as pool:
        for number, (name, problems, summary) in enumerate(pool.map(check, chosen), start=1):
            print(f"[{number}/{len(chosen)}] {summary or name}", flush=True)
            for problem in problems:
                if problem not in found:
                    print(f"    {problem}", flush=True)  # (new: shown as soon as it is found)
                found[problem].append(name)
    for problem, where in sorted(found.items(), key=lambda item: -len(item[1])):
        print(f"\n{problem}\n    in {len(where)} run(s): {'; '.join(where[:6])}"
              f"{' …' if len(where) > 6 else ''}")
    print(f"\n{len(chosen)} runs, {len(found)} distinct problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
