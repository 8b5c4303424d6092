"""``make mutate``: mutation testing of the Qt-free core with the fast tests, and its score.

Runs mutmut (configured in pyproject.toml, ``[tool.mutmut]``) over the chosen modules of
``edu_app/core`` (all of them by default), then prints for each module how many mutants the
tests killed, the kill rate, and every surviving mutant that is not listed as an accepted
equivalent in ``tests/mutation-equivalents.txt`` (one ``name  # reason`` a line). mutmut keeps
its results in ``mutants/``: a run of all modules that is stopped (``--minutes``) goes on where
it stopped next time; naming modules tests all their mutants again. ``mutmut show NAME`` prints
one mutant's change.

    python tests/mutate.py                      # every core module
    python tests/mutate.py search check         # some modules, all their mutants again
    python tests/mutate.py --survivors search   # only the survivors again (after new tests)
    python tests/mutate.py --report-only        # just the score of what has been run
    python tests/mutate.py --fail-under 90      # exit 1 below 90 % killed

The score is killed / (mutants checked - accepted equivalents); timeouts count as killed (the
test run noticed), mutants no test reaches count as survivors.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EQUIVALENTS = REPO / "tests" / "mutation-equivalents.txt"
BIN = Path(sys.executable).parent
KILLED = {"killed", "timeout", "caught by type check"}
NOT_RUN = {"not checked", "skipped"}


def core_modules() -> list[str]:
    return sorted(p.stem for p in (REPO / "edu_app" / "core").glob("*.py") if p.stem != "__init__")


def accepted_equivalents() -> dict[str, str]:
    """Mutant name -> the reason it is accepted (a mutant the tests cannot tell apart)."""
    if not EQUIVALENTS.is_file():
        return {}
    accepted = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        name, _, reason = line.partition("#")
        if name.strip():
            accepted[name.strip()] = reason.strip()
    return accepted


def run_mutmut(names: list[str], minutes: float, children: int) -> None:
    """Run mutmut on these mutant names or patterns (all mutants not yet tested if none)."""
    log = REPO / "mutants" / "last-run.log"
    log.parent.mkdir(exist_ok=True)
    print(f"mutmut run (progress in {log.relative_to(REPO)})", flush=True)
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen([str(BIN / "mutmut"), "run", "--max-children", str(children),
                                    *names], cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            process.wait(timeout=minutes * 60 if minutes else None)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            print(f"stopped after {minutes:g} minutes; run again to go on", flush=True)


def results() -> dict[str, str]:
    """Every mutant mutmut knows of -> its status."""
    out = subprocess.run([str(BIN / "mutmut"), "results", "--all", "true"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        match = re.match(r"\s*(edu_app\.\S+): (.+)$", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def module_of(name: str) -> str:
    return name.split(".")[2]


def report(modules: list[str], fail_under: float | None) -> int:
    statuses = results()
    accepted = accepted_equivalents()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for name, status in sorted(statuses.items()):
        module = module_of(name)
        if module not in modules or status in NOT_RUN:
            continue
        if status in KILLED:
            counts[module]["killed"] += 1
        elif name in accepted:
            counts[module]["equivalent"] += 1
        else:
            counts[module]["survived"] += 1
            survivors.append(f"{name}: {status}")
    print(f"\n{'module':<14}{'killed':>8}{'survived':>10}{'equiv.':>8}{'score':>8}")
    total: Counter[str] = Counter()
    for module in modules:
        c = counts.get(module)
        if not c:
            print(f"{module:<14}{'(not run)':>34}")
            continue
        total.update(c)
        print(f"{module:<14}{c['killed']:>8}{c['survived']:>10}{c['equivalent']:>8}{score(c):>7.1f}%")
    print(f"{'all run':<14}{total['killed']:>8}{total['survived']:>10}{total['equivalent']:>8}"
          f"{score(total):>7.1f}%")
    if survivors:
        print(f"\nsurvivors ({len(survivors)}; see one with: .venv/bin/mutmut show NAME):")
        print("\n".join("  " + s for s in survivors))
    stale = sorted(set(accepted) - set(statuses))
    if stale:
        print(f"\naccepted equivalents that no longer exist (remove them): {', '.join(stale)}")
    if fail_under is not None and score(total) < fail_under:
        print(f"\nscore {score(total):.1f}% is under {fail_under:g}%")
        return 1
    return 0


def score(counts: Counter[str]) -> float:
    checked = counts["killed"] + counts["survived"]
    return 100.0 * counts["killed"] / checked if checked else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", help="core modules (default: all)")
    parser.add_argument("--minutes", type=float, default=0, help="stop the run after this long")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--survivors", action="store_true", help="test only the survivors again")
    parser.add_argument("--fail-under", type=float, default=None)
    args = parser.parse_args()
    known = core_modules()
    unknown = [m for m in args.modules if m not in known]
    if unknown:
        parser.error(f"not a core module: {', '.join(unknown)} (known: {', '.join(known)})")
    modules = args.modules or known
    if args.survivors:
        accepted = accepted_equivalents()
        names = [name for name, status in results().items()
                 if module_of(name) in modules and status not in KILLED | NOT_RUN
                 and name not in accepted]
        if names:
            run_mutmut(names, args.minutes, args.children)
    elif not args.report_only:
        run_mutmut([f"edu_app.core.{m}.*" for m in args.modules], args.minutes, args.children)
    return report(modules, args.fail_under)


if __name__ == "__main__":
    sys.exit(main())
