"""The Linux packages of the one-folder bundle: a ``.deb`` (dpkg-deb) and a ``.tar.gz``.

The ``.deb`` installs::

    /opt/eczema-explained/                         the bundle (edu-app and _internal/)
    /usr/bin/edu-app                               a two-line launcher script
    /usr/share/applications/eczema-explained.desktop
    /usr/share/icons/hicolor/scalable/apps/eczema-explained.svg
    /usr/lib/systemd/user/eczema-explained-kiosk.service   the kiosk watchdog (not enabled)
    /usr/share/doc/eczema-explained/copyright

The bundle carries Python, Qt and most libraries it links to; ``Depends`` names what it takes
from the system (the C library, OpenGL/EGL, Wayland, and the X11/keyboard/font libraries whose
data files — keyboard maps, font configuration — come with the system's packages). A smoke test
checks that every library the unpacked program loads from the system belongs to one of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = "eczema-explained"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = "Eczema Explained team <eczema-explained@example.org>"

# Libraries the bundle loads from the system (PyInstaller leaves these out on purpose), and the
# libraries whose system data the bundled copies read.
DEPENDS = (
    "libgl1", "libegl1", "libxcb1", "libx11-6", "libx11-xcb1", "libfontconfig1",
    "libfreetype6", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
    "libdbus-1-3", "libglib2.0-0",
    # Qt's Thai line breaking where a word has no break mark of ours (the program wraps Thai
    # without it: edu_app/core/thai.py)
    "libthai0",
    # Wayland (kiosks under cage or Ubuntu Frame): PyInstaller never bundles these, they must
    # match the system's compositor
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
)
RECOMMENDS = ("cups",)  # printing goes through CUPS, local or on the network


def glibc_version() -> str:
    """The build machine's C library version: bundled libraries need at least this one."""
    name, _, number = (os.confstr("CS_GNU_LIBC_VERSION") or "").partition(" ")  # "glibc 2.36"
    return number if name == "glibc" and number else "2.31"


def architecture() -> str:
    """The Debian architecture name of this machine (amd64, arm64, ...)."""
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def control(version: str, installed_kib: int, arch: str) -> str:
    """The text of ``DEBIAN/control``."""
    depends = ", ".join((f"libc6 (>= {glibc_version()})", *DEPENDS))
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Homepage: https://example.org/eczema-explained\n"
        "Description: offline patient education about eczema\n"
        " Eczema Explained explains atopic dermatitis (eczema) to patients and families in\n"
        " plain language with original illustrations, in English and Thai, and prints\n"
        " handouts. It needs no internet. Clinics configure it with\n"
        " /etc/xdg/EczemaExplained/clinic.toml.\n"
    )


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Eczema Explained

Files: *
License: Proprietary
 Eczema Explained. The bundled Python runtime, Qt for Python (LGPLv3) and other libraries keep
 their own licences; see /opt/eczema-explained/_internal.

Files: opt/eczema-explained/_internal/resources/fonts/*
Copyright: Google LLC
License: OFL-1.1
 See /opt/eczema-explained/_internal/resources/fonts/OFL.txt.
"""


def _tree_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def stage(bundle: Path, root: Path, version: str) -> Path:
    """Lay out the package's files under ``root`` (which becomes ``/``)."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    launcher = root / "usr" / "bin" / "edu-app"
    launcher.parent.mkdir(parents=True)
    shutil.copy2(HERE / "edu-app", launcher)
    launcher.chmod(0o755)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / f"{PACKAGE}.desktop", apps / f"{PACKAGE}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{PACKAGE}.svg", icons / f"{PACKAGE}.svg")
    units = root / "usr" / "lib" / "systemd" / "user"
    units.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "kiosk" / "edu-app-kiosk.service", units / f"{PACKAGE}-kiosk.service")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in root.rglob("*"):  # files 644 (755 if executable), folders 755
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, _tree_size_kib(root), architecture()),
                                    encoding="utf-8")
    return root


def build_deb(bundle: Path, out_dir: Path, version: str) -> Path:
    """Build ``eczema-explained_<version>_<arch>.deb`` from the bundle folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{architecture()}.deb"
    with tempfile.TemporaryDirectory() as work:
        root = stage(bundle, Path(work) / "root", version)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True, stdout=subprocess.DEVNULL,
        )
    return deb


def build_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """``eczema-explained-<version>-linux-<arch>.tar.gz``: the bundle folder, owned by root."""
    out_dir.mkdir(parents=True, exist_ok=True)
    arch = os.uname().machine
    tarball = out_dir / f"{PACKAGE}-{version}-linux-{arch}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=f"{PACKAGE}-{version}", filter=owned_by_root)
    return tarball
