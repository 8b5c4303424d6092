"""Smoke tests of the frozen program and its Linux packages (``make installer-test``).

They need a bundle built by ``make installer`` and run only when ``EDU_APP_BUNDLE`` names it
(``make installer-test`` sets it, and CI runs that target); otherwise they are skipped with
that reason. Each runs the frozen ``edu-app`` in a child process, offscreen, with the
hermetic home folder of tests/conftest.py.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

import edu_app

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
sys.path.insert(0, str(REPO / "packaging" / "linux"))

import bundle_rules as rules  # noqa: E402
import package_linux  # noqa: E402

BUNDLE_ENV = os.environ.get("EDU_APP_BUNDLE", "")
BUNDLE = (REPO / BUNDLE_ENV).resolve() if BUNDLE_ENV else None
DIST = REPO / "dist"
LINUX = sys.platform.startswith("linux")
DEB_LIMIT = 80 * 1000 * 1000  # the budget: .deb <= 80 MB

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        BUNDLE is None or not (BUNDLE / rules.EXE_NAME).exists(),
        reason="no frozen bundle: run 'make installer-test' (sets EDU_APP_BUNDLE)",
    ),
]


def run_frozen(exe: Path, *args: str, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the frozen program must need nothing from this checkout
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def clinic_config(folder: Path) -> Path:
    path = folder / "clinic.toml"
    path.write_text('[clinic]\nname = "Riverside Skin Clinic"\nwebsite = "https://example.org/eczema"\n',
                    encoding="utf-8")
    return path


def check_handout(exe: Path, folder: Path) -> None:
    """A two-language handout with a QR code (segno), written by the frozen program."""
    out = folder / "x.pdf"
    result = run_frozen(exe, "--config", str(clinic_config(folder)), "handout",
                        "--topics", "skin-barrier,uc-msc-therapy", "--faq", "all", "--lang", "en",
                        "--bilingual", "th", "--out", str(out), cwd=folder)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    text = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert "Riverside Skin Clinic" in text[0]
    assert re.search("[\u0e00-\u0e7f]", " ".join(text))  # the Thai sections have Thai text


def check_self_test(exe: Path, folder: Path) -> None:
    result = run_frozen(exe, "--self-test", cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "FAIL" not in result.stdout


# --- the one-folder bundle ----------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle() -> Path:
    assert BUNDLE is not None
    return BUNDLE


def test_frozen_version_is_the_package_version(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle / rules.EXE_NAME, "--version", cwd=tmp_path)
    assert result.stdout.strip() == f"edu-app {edu_app.__version__}"


def test_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    check_self_test(bundle / rules.EXE_NAME, tmp_path)


def test_frozen_handout_pdf(bundle: Path, tmp_path: Path) -> None:
    check_handout(bundle / rules.EXE_NAME, tmp_path)


def test_frozen_window_paints(bundle: Path, tmp_path: Path) -> None:
    env_before = os.environ.get("EDU_APP_BENCH_FIRST_PAINT")
    os.environ["EDU_APP_BENCH_FIRST_PAINT"] = "1"
    try:
        result = run_frozen(bundle / rules.EXE_NAME, cwd=tmp_path, timeout=120)
    finally:
        if env_before is None:
            os.environ.pop("EDU_APP_BENCH_FIRST_PAINT")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^FIRST_PAINT \d+\.\d+$", result.stdout, re.M), result.stdout


def test_frozen_resources_come_from_the_bundle_only(bundle: Path, tmp_path: Path) -> None:
    """A copy without its resources folder must fail cleanly, not find the checkout's."""
    copy = tmp_path / "copy"
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link,
                    ignore=lambda folder, names: ["resources"] if folder.endswith("_internal") else [])
    assert not (copy / "_internal" / "resources").exists()
    result = run_frozen(copy / rules.EXE_NAME, "check-content", cwd=REPO)
    assert result.returncode != 0
    assert "resources are missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert str(copy / "_internal" / "resources") in result.stderr  # it looked in sys._MEIPASS


def test_frozen_caches_are_keyed_by_the_code_it_was_built_from(bundle: Path) -> None:
    """The bundle keeps no .py files; the build wrote each module's source checksum instead."""
    from edu_app import code_version

    (table,) = bundle.rglob(f"resources/{code_version.TABLE_NAME}")
    rows = dict(line.split(" ") for line in table.read_text(encoding="utf-8").splitlines())
    source = REPO / "edu_app" / "core" / "render.py"
    assert rows["edu_app.core.render"] == code_version.checksum(source.read_bytes())
    assert not list(bundle.rglob("edu_app/core/render.py"))


def _bundle_files(bundle: Path) -> list[str]:
    return [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]


def test_bundle_leaves_out_what_the_program_never_uses(bundle: Path) -> None:
    files = _bundle_files(bundle)
    joined = "\n".join(files)
    for unwanted in ("libQt6Qml", "libQt6Quick", "libQt6Network", "libQt6WebEngine", "libQt6Pdf",
                     "QtNetwork.", "QtQml.", "tkinter", "_tkinter", "pygments", "pytest",
                     "hypothesis", "mypy", "qtvirtualkeyboard", "qmltooling", "qgtk3",
                     "libgtk", "libgdk", "libcairo"):  # what the dropped GTK theme plugin links to
        assert unwanted not in joined, unwanted
    translations = [f for f in files if "/translations/" in f and f.startswith("_internal/PySide6")]
    assert all(Path(f).name in rules.KEPT_QT_TRANSLATIONS for f in translations), translations
    plugins = [f for f in files if "/plugins/" in f]
    assert plugins and all(rules.keep_file(f.removeprefix("_internal/")) for f in plugins)


def test_bundle_keeps_print_svg_platform_plugins_and_resources(bundle: Path) -> None:
    names = {Path(f).name for f in _bundle_files(bundle)}
    if LINUX:
        assert {"libcupsprintersupport.so", "libqsvg.so", "libqsvgicon.so", "libqxcb.so",
                "libqoffscreen.so", "libqwayland.so"} <= names
    internal = bundle / "_internal" / "resources"
    assert (internal / "content" / "sources.toml").is_file()
    assert (internal / "fonts" / "NotoSansThai-Regular.ttf").is_file()
    assert (internal / "translations" / "edu_app_th.qm").is_file()
    assert (internal / "icons" / "eczema-explained.svg").is_file()
    assert len(list((internal / "illustrations").glob("*.svg"))) >= 10
    assert not list(internal.rglob("*.ts"))


@pytest.mark.skipif(not LINUX, reason="ELF libraries: Linux only")
def test_every_library_in_the_bundle_resolves(bundle: Path) -> None:
    """ldd, with the bundle's folders first as the frozen program has them, finds everything."""
    folders = [bundle / "_internal", bundle / "_internal" / "PySide6" / "Qt" / "lib"]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(map(str, folders)))
    missing = []
    for path in bundle.rglob("*.so*"):
        if path.is_file():
            out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
            missing += [f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert missing == []


# --- the Linux packages -------------------------------------------------------------------

def _only(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in dist/, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def deb() -> Path:
    if not LINUX or not shutil.which("dpkg-deb"):
        pytest.skip("the .deb is built on Debian-like Linux only")
    return _only(f"eczema-explained_{edu_app.__version__}_*.deb")


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .deb unpacked into a throwaway root folder."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def test_deb_size_and_control(deb: Path) -> None:
    assert deb.stat().st_size <= DEB_LIMIT, f"{deb.stat().st_size / 1e6:.1f} MB"
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line and not line[0].isspace())
    assert fields["Package"] == "eczema-explained"
    assert fields["Version"] == edu_app.__version__
    assert "libxcb-cursor0" in fields["Depends"] and "libegl1" in fields["Depends"]


def test_deb_files_are_root_owned_and_in_place(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    assert all(" root/root " in line for line in listing)
    paths = {line.split()[-1] if "->" not in line else line.split()[-3] for line in listing}
    for expected in ("./opt/eczema-explained/edu-app", "./usr/bin/edu-app",
                     "./usr/share/applications/eczema-explained.desktop",
                     "./usr/share/icons/hicolor/scalable/apps/eczema-explained.svg",
                     "./usr/lib/systemd/user/eczema-explained-kiosk.service",
                     "./usr/share/doc/eczema-explained/copyright"):
        assert expected in paths, expected


def test_unpacked_deb_runs_self_test_and_handout(unpacked: Path, tmp_path: Path) -> None:
    exe = unpacked / "opt" / "eczema-explained" / rules.EXE_NAME
    check_self_test(exe, tmp_path)
    check_handout(exe, tmp_path)


def test_unpacked_launcher_starts_the_installed_program(unpacked: Path, tmp_path: Path) -> None:
    launcher = unpacked / "usr" / "bin" / "edu-app"
    text = launcher.read_text(encoding="utf-8")
    assert os.access(launcher, os.X_OK)
    assert 'exec /opt/eczema-explained/edu-app "$@"' in text
    moved = tmp_path / "edu-app"  # the same script, pointed at the throwaway root
    moved.write_text(text.replace("/opt/", f"{unpacked}/opt/"), encoding="utf-8")
    moved.chmod(0o755)
    result = run_frozen(moved, "--version", cwd=tmp_path)
    assert result.stdout.strip() == f"edu-app {edu_app.__version__}", result.stderr


def test_unpacked_desktop_entry_and_icon(unpacked: Path) -> None:
    desktop = unpacked / "usr" / "share" / "applications" / "eczema-explained.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == "edu-app"
    icon = unpacked / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "eczema-explained.svg"
    assert ET.parse(icon).getroot().tag.endswith("svg")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_system_libraries_are_in_depends(unpacked: Path, deb: Path) -> None:
    """Each library the installed program takes from the system comes from a package that the
    .deb depends on (or recommends)."""
    bundle = unpacked / "opt" / "eczema-explained"
    folders = [bundle / "_internal", bundle / "_internal" / "PySide6" / "Qt" / "lib"]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(map(str, folders)))
    system_libs: set[str] = set()
    for path in bundle.rglob("*.so*"):
        if path.is_file():
            out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
            for line in out.splitlines():
                match = re.search(r"=> (/\S+)", line)
                if match and not match.group(1).startswith(str(unpacked)):
                    system_libs.add(os.path.realpath(match.group(1)))
    assert system_libs
    allowed = _with_dependencies({*package_linux.DEPENDS, *package_linux.RECOMMENDS, "libc6"})
    owners = {}
    for lib in sorted(system_libs):
        candidates = [lib, lib.replace("/usr/lib/", "/lib/", 1), lib.replace("/lib/", "/usr/lib/", 1)]
        for candidate in candidates:
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if out.returncode == 0:
                owners[lib] = out.stdout.split(":", 1)[0]
                break
        else:
            owners[lib] = "?"
    strays = {lib: pkg for lib, pkg in owners.items() if pkg not in allowed}
    assert strays == {}


def _with_dependencies(packages: set[str]) -> set[str]:
    """The packages and, recursively, what the installed ones depend on (as dpkg knows it)."""
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        out = subprocess.run(["dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}", name],
                             capture_output=True, text=True)
        for alternative in re.split(r"[,|]", out.stdout if out.returncode == 0 else ""):
            dep = alternative.strip().split(" ")[0].split(":")[0]
            if dep:
                todo.append(dep)
    return seen


def test_tarball_holds_the_bundle(tmp_path: Path) -> None:
    if not LINUX:
        pytest.skip("the .tar.gz is built on Linux")
    tarball = _only(f"eczema-explained-{edu_app.__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        top = f"eczema-explained-{edu_app.__version__}"
        member = archive.getmember(f"{top}/edu-app")
        assert member.mode & 0o111 and member.uid == 0
        assert f"{top}/_internal/resources/content/sources.toml" in archive.getnames()
