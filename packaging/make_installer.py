"""Build the standalone program and this platform's package (``make installer``).

Steps, each from the repository root:

1. a clean build environment, ``build/venv``: only the program's runtime dependencies and
   PyInstaller, pinned in ``pyproject.toml`` (so no test tool can reach the bundle); it is made
   anew whenever that list changes, or with ``--fresh``;
2. the app icon for Windows (``.ico``) and macOS (``.icns``), drawn from the SVG with Qt;
3. the one-folder bundle from ``build_installer.spec`` into ``dist/eczema-explained/``
   (on macOS also ``dist/Eczema Explained.app``);
4. the package: Linux a ``.deb`` and a ``.tar.gz``; Windows the Inno Setup installer (when
   ``iscc`` is installed); macOS a ``.dmg``.

``--target bare`` builds ``benchmarks/bare_window.py`` the same way into ``build/bench/`` (the
baseline of ``make bench-installer``); ``--no-package`` stops after the bundle.
Uses the standard library only, so any Python 3.11 can run it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules as rules  # noqa: E402

BUILD = ROOT / "build"
VENV = BUILD / "venv"
DIST = ROOT / "dist"
WINDOWS = sys.platform.startswith("win")


def build_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The program's runtime dependencies and the ``build`` extra (PyInstaller), as pinned."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["build"]]


def version() -> str:
    """The program's version, read from the package without importing it."""
    for line in (ROOT / "edu_app" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("build: no __version__ in edu_app/__init__.py")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def run(command: list[str | Path], **kwargs: object) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv(fresh: bool) -> Path:
    """Create ``build/venv`` with exactly the build requirements (anew when they change)."""
    requirements = build_requirements()
    digest = hashlib.sha256("\n".join(requirements).encode()).hexdigest()
    stamp = VENV / ".requirements-sha256"
    if not fresh and stamp.exists() and stamp.read_text().strip() == digest and venv_python().exists():
        return venv_python()
    shutil.rmtree(VENV, ignore_errors=True)
    print(f"build: creating a clean build environment in {VENV.relative_to(ROOT)}", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    python = venv_python()
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements])
    stamp.write_text(digest + "\n")
    return python


def make_icons(python: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([python, ROOT / "packaging" / "make_icons.py", BUILD / "icons"], env=env)


def bundle(python: Path, target: str) -> Path:
    """Run PyInstaller on the spec; returns the one-folder bundle."""
    dist, work = (DIST, BUILD / "pyinstaller") if target == "app" else (
        BUILD / "bench" / "dist", BUILD / "bench" / "work")
    env = dict(os.environ, EDU_APP_BUNDLE_TARGET=target, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work, ROOT / "build_installer.spec"], cwd=ROOT, env=env)
    folder = dist / (rules.APP_NAME if target == "app" else "bare-window")
    print(f"build: bundle in {folder}", flush=True)
    return folder


def package(folder: Path) -> None:
    """This platform's package(s) of the bundle, into ``dist/``."""
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(ROOT / "packaging" / "linux"))
        import package_linux

        for path in (package_linux.build_deb(folder, DIST, version()),
                     package_linux.build_tarball(folder, DIST, version())):
            print(f"build: {path} ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
    elif WINDOWS:
        programs = os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")
        default = Path(programs) / "Inno Setup 6" / "ISCC.exe"
        iscc = shutil.which("iscc") or (str(default) if default.exists() else None)
        if not iscc:
            print("build: Inno Setup (iscc) not found; the bundle is ready, the installer is not "
                  "(install Inno Setup 6, then run this again)", flush=True)
            return
        run([iscc, f"/DAppVersion={version()}", f"/DBundleDir={folder}", f"/O{DIST}",
             ROOT / "packaging" / "windows" / "eczema-explained.iss"])
    elif sys.platform == "darwin":
        run(["bash", ROOT / "packaging" / "macos" / "make_dmg.sh",
             DIST / f"{rules.DISPLAY_NAME}.app", DIST / f"{rules.APP_NAME}-{version()}-macos.dmg"])
    else:
        print(f"build: no package recipe for {sys.platform}; the bundle is ready", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--target", choices=["app", "bare"], default="app")
    parser.add_argument("--fresh", action="store_true", help="recreate build/venv first")
    parser.add_argument("--no-package", action="store_true", help="stop after the bundle")
    args = parser.parse_args(argv)
    python = ensure_venv(args.fresh)
    if args.target == "app":
        make_icons(python)
    folder = bundle(python, args.target)
    if args.target == "app" and not args.no_package:
        package(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
